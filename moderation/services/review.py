"""Writers for the review: a person's decision on a flagged comment, and the same decision on
a selection as one bulk decision.

Each decision is checked against the comment's state (``moderation.transitions.ALLOWED``)
under the comment's row lock, and written with its audit entry and outbox actions in one
transaction (``moderation.services.recording``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import (
    DomainError,
    InvalidTransitionError,
    PermissionDeniedError,
)
from ishinomaki_sns.common.permissions import user_can
from pages.models import OfficialPage

from ..models import AuditEntry, BulkDecision, Decision, Flag
from ..transitions import ALLOWED, comment_state
from .recording import PoliceContact, _audit, _decision_write, _pending_kind

MAX_REASON = 2000


def _check_decision(action: str, clause: str, reason: str, police: PoliceContact | None) -> str:
    if action not in Decision.Action.values:
        raise DomainError(_("Choose a decision."))
    # Keeping a comment says the flag was wrong: it cites no clause.
    if clause and clause not in Clause.values:
        raise DomainError(_("Choose the clause of the operating policy that the decision cites."))
    if not clause and action != Decision.Action.KEEP:
        raise DomainError(_("Choose the clause of the operating policy that the decision cites."))
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Write the reason for the decision."))
    if len(reason) > MAX_REASON:
        raise DomainError(_("The reason is too long (at most 2,000 characters)."))
    if action == Decision.Action.ESCALATE and (police is None or not police.station.strip()):
        raise DomainError(
            _("An escalation records the police contact: enter at least the police station.")
        )
    return reason


def _decide_locked(*, comment_id: int, actor, action: str, clause: str, reason: str, now: datetime,
                   police: PoliceContact | None = None, batch: BulkDecision | None = None,
                   close_flags: bool = True) -> Decision:  # fmt: skip
    """Lock the comment, check its state allows ``action``, write the decision (inside the
    caller's transaction)."""
    comment = (
        Comment.objects.select_for_update(of=("self",))
        .select_related("page")
        .filter(pk=comment_id)
        .first()
    )
    if comment is None:
        raise DomainError(_("The comment no longer exists."))
    state = comment_state(
        is_hidden=comment.is_hidden,
        is_deleted=comment.is_deleted,
        pending=_pending_kind(comment.pk),
    )
    if action not in ALLOWED[state]:
        raise InvalidTransitionError(
            {
                "visible": _("The comment is not hidden, so it cannot be unhidden."),
                "hidden": _("The comment is already hidden (or a hide is on its way)."),
                "deleted": _("The comment has been deleted; only keep, block or escalate remain."),
            }[state]
        )
    if action == Decision.Action.HIDE and not comment.can_hide:
        raise DomainError(_("Facebook does not allow hiding this comment (the page's own)."))
    if action == Decision.Action.DELETE and not comment.can_remove:
        raise DomainError(_("Facebook does not allow deleting this comment."))
    if action == Decision.Action.BLOCK and not comment.author_id:
        raise DomainError(_("The author of this comment is unknown, so they cannot be blocked."))
    decision = _decision_write(
        comment=comment,
        action=action,
        clause=clause,
        reason=reason,
        actor=actor,
        now=now,
        police=police,
        batch=batch,
        audit=batch is None,
    )
    if close_flags:
        Flag.objects.filter(comment=comment, decision__isnull=True).update(decision=decision)
    return decision


def decision_record(
    *,
    comment_id: int,
    actor,
    action: str,
    clause: str,
    reason: str,
    police: PoliceContact | None = None,
    now: datetime | None = None,
) -> Decision:
    """Record a person's decision on a comment, close its open flags, queue what Facebook
    must do (hide, unhide, delete, block) and write the audit entry, in one transaction.

    Who: holders of ``moderation.decide_flag`` (the secretariat and the ICT office). The
    comment's state must allow the decision (``moderation.transitions.ALLOWED``); the
    comment's hidden/deleted state itself changes only when Facebook confirms. Keeping a
    comment (a false flag) needs no clause.
    """
    if not user_can(actor, "moderation.decide_flag"):
        raise PermissionDeniedError(_("You may not decide on flagged comments."))
    reason = _check_decision(action, clause or "", reason, police)
    now = now or timezone.now()
    with transaction.atomic():
        return _decide_locked(
            comment_id=comment_id,
            actor=actor,
            action=action,
            clause=clause or "",
            reason=reason,
            now=now,
            police=police,
        )


@dataclass
class BulkResult:
    decided: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    batch: BulkDecision | None = None


MAX_BULK = 5000


def _bulk_run(*, items: list[tuple[int, str]], actor, action: str, clause: str, reason: str,
              source: str, filter_query: str = "", close_flags: bool = True,
              page: OfficialPage | None = None) -> BulkResult:  # fmt: skip
    """Inside the caller's transaction: one ``BulkDecision``, a decision per (comment, clause)
    that its state allows (the others skipped with the reason), ONE audit entry."""
    now = timezone.now()
    result = BulkResult()
    batch = BulkDecision.objects.create(
        action=action,
        clause=clause,
        reason=reason,
        source=source,
        filter_query=filter_query[:2000],
        actor=actor,
        created_at=now,
    )
    pages: set[int] = set()
    for comment_id, item_clause in items:
        try:
            with transaction.atomic():
                decision = _decide_locked(
                    comment_id=comment_id,
                    actor=actor,
                    action=action,
                    clause=item_clause,
                    reason=reason,
                    now=now,
                    batch=batch,
                    close_flags=close_flags,
                )
        except DomainError as error:
            result.skipped.append((comment_id, error.message))
        else:
            result.decided.append(comment_id)
            pages.add(decision.comment.page_id)
    if not result.decided:
        # Nothing went through: no bulk decision to record (no decision points at it).
        batch.delete()
        return result
    only_page = page or (OfficialPage(pk=next(iter(pages))) if len(pages) == 1 else None)
    _audit(
        AuditEntry.Event.BULK_DECISION,
        actor=actor,
        page=only_page,
        batch=batch,
        now=now,
        detail={
            "action": action,
            "clause": clause,
            "reason": reason,
            "source": source,
            "count": len(result.decided),
            "skipped": len(result.skipped),
            "pages": sorted(pages),
        },
    )
    result.batch = batch
    return result


def decisions_record_bulk(*, comment_ids: list[int], actor, action: str, clause: str, reason: str,
                          source: str = BulkDecision.Source.QUEUE,
                          filter_query: str = "") -> BulkResult:  # fmt: skip
    """The same decision on a selection, as ONE bulk decision: one audit entry that expands
    to its items, one outbox action per comment. Each comment is checked on its own, so one
    that does not allow the decision (already hidden, say) is skipped with the reason and
    the others go through. Who: holders of ``moderation.decide_flag``; at most 5,000 at once.
    """
    if not user_can(actor, "moderation.decide_flag"):
        raise PermissionDeniedError(_("You may not decide on flagged comments."))
    if action in (Decision.Action.ESCALATE, Decision.Action.BLOCK):
        raise DomainError(_("Blocking and escalation are decided one comment at a time."))
    reason = _check_decision(action, clause or "", reason, None)
    if len(comment_ids) > MAX_BULK:
        raise DomainError(_("At most 5,000 comments can be decided at once; narrow the filter."))
    with transaction.atomic():
        return _bulk_run(
            items=[(pk, clause or "") for pk in comment_ids],
            actor=actor,
            action=action,
            clause=clause or "",
            reason=reason,
            source=source,
            filter_query=filter_query,
        )
