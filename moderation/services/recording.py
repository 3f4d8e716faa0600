"""Writing a decision: the decision row, its outbox actions and its audit entry in the
caller's transaction, and the audit and queue helpers every moderation writer shares.

A decision is written with its audit entry and its outbox actions in one transaction; the
outbox task carries the actions to Facebook after commit (``moderation.services.outbox``).
Decisions and audit entries are never updated or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from comments.models import Comment
from ishinomaki_sns.common.queue import enqueue_on_commit

from ..audit_chain import audit_write
from ..models import AuditEntry, BulkDecision, Decision, ModerationAction
from ..transitions import OUTBOX


def _queue_action(action_id: int) -> None:
    from ..tasks import moderation_action_execute_task

    # Redis down: the action stays pending in the outbox and the sweep queues it again.
    enqueue_on_commit(moderation_action_execute_task, action_id)


def _audit(event: str, *, actor=None, comment=None, decision=None, action=None, page=None,
           batch=None, detail: dict | None = None,
           now: datetime | None = None) -> AuditEntry:  # fmt: skip
    return audit_write(
        event=event,
        created_at=now or timezone.now(),
        actor=actor,
        page=page or (comment.page if comment is not None else None),
        comment=comment,
        decision=decision,
        action=action,
        batch=batch,
        detail=detail or {},
    )


def _pending_kind(comment_id: int) -> str | None:
    """The newest pending hide/unhide/delete for the comment, if any."""
    return (
        ModerationAction.objects.filter(
            comment_id=comment_id,
            status=ModerationAction.Status.PENDING,
            kind__in=[
                ModerationAction.Kind.HIDE,
                ModerationAction.Kind.UNHIDE,
                ModerationAction.Kind.DELETE,
            ],
        )
        .order_by("-created_at", "-id")
        .values_list("kind", flat=True)
        .first()
    )


def _decision_write(*, comment: Comment, action: str, clause: str, reason: str, actor,
                    now: datetime, police: PoliceContact | None = None,
                    batch: BulkDecision | None = None, audit: bool = True) -> Decision:  # fmt: skip
    """Write a decision and its outbox actions; ``audit=False`` when the caller writes one
    audit entry for a whole batch."""
    decision = Decision(
        comment=comment,
        action=action,
        clause=clause,
        reason=reason,
        actor=actor,
        created_at=now,
        batch=batch,
    )
    if police is not None:
        decision.police_station = police.station
        decision.police_officer = police.officer
        decision.police_reference = police.reference
        decision.police_contacted_at = police.contacted_at
    decision.full_clean(exclude=["comment", "actor", "batch"])
    decision.save()
    actions = [
        ModerationAction.objects.create(
            decision=decision, comment=comment, kind=kind, created_at=now, updated_at=now
        )
        for kind in OUTBOX[action]
    ]
    detail = {"action": action, "clause": clause, "reason": reason, "automatic": actor is None}
    if police is not None:
        detail["police"] = {
            "station": police.station,
            "officer": police.officer,
            "reference": police.reference,
            "contacted_at": police.contacted_at.isoformat() if police.contacted_at else None,
        }
    # A bulk decision has ONE audit entry for all its items (written by the bulk service).
    if audit:
        _audit(AuditEntry.Event.DECISION, actor=actor, comment=comment, decision=decision,
               detail=detail, now=now)  # fmt: skip
    for item in actions:
        _queue_action(item.pk)
    return decision


@dataclass(frozen=True)
class PoliceContact:
    """Whom the city told at the police about a threat (an escalation needs it)."""

    station: str
    officer: str = ""
    reference: str = ""
    contacted_at: datetime | None = None
