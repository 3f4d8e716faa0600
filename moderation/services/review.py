"""Writers for the review: screening ingested comments, decisions, crisis mode, text purge.

Screening (``comments_screen``) records a ``Flag`` per rule hit under the rule's version;
running it again on the same text adds nothing (a unique constraint). An auto-hide rule, or
crisis mode on the comment's page, turns new flags into an automatic hide decision.

A decision (``decision_record``) is written with its audit entry and its outbox actions in
one transaction; the outbox task carries the actions to Facebook after commit
(``moderation.services.outbox``). Decisions and audit entries are never updated or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, F, Max, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment, CommentRevision
from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import (
    DomainError,
    InvalidTransitionError,
    PermissionDeniedError,
)
from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.common.queue import enqueue_on_commit
from pages.models import CLOSED_STATUSES, OfficialPage

from .. import scorer_hook
from ..audit_chain import audit_write
from ..engine import RepetitionState
from ..engine.analysed import matching_text
from ..engine.analysis import analyser_version
from ..engine.repetition import repetition_remember
from ..models import (
    AuditEntry,
    BulkDecision,
    Decision,
    Flag,
    ModerationAction,
    Rule,
)
from ..selectors import crisis_mode_batches, engine_for_current_rules
from ..transitions import ALLOWED, OUTBOX, comment_state
from .flagged import comment_mark_flagged

SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2, "critical": 3}
MAX_REASON = 2000


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


# --------------------------------------------------------------------------- screening


@dataclass
class ScreenResult:
    screened: int = 0
    flags: int = 0
    auto_hidden: list[int] = field(default_factory=list)


def _repetition_window(engine) -> float:
    windows = [
        float((spec.config or {}).get("window_seconds", 3600))
        for spec in engine.specs
        if spec.kind == "repetition"
    ]
    return max(windows) if windows else 0.0


def comments_screen(*, comment_ids: list[int], now: datetime | None = None) -> ScreenResult:
    """Screen stored comments with the enabled rules and record a flag per hit.

    Called by the ingestion (through ``comments_screen_task``) for new and re-worded
    comments. Idempotent: a flag is unique per comment, rule, rule version and text, so a
    repeated run adds nothing and triggers no second automatic hide. New flags from an
    auto-hide rule, and every new flag on a page in crisis mode, produce an automatic hide
    decision (no actor) and an outbox action. Repetition is judged against the author's
    earlier stored comments on the same page.
    """
    now = now or timezone.now()
    result = ScreenResult()
    engine = engine_for_current_rules()
    rules = {rule.slug: rule for rule in Rule.objects.filter(enabled=True)}
    comments = list(
        Comment.objects.filter(pk__in=comment_ids, is_deleted=False)
        .exclude(message="")
        .select_related("page")
        .order_by("created_time", "pk")
    )
    if not comments:
        return result
    states = _repetition_states(engine, comments)
    crisis = crisis_mode_batches(page_ids={c.page_id for c in comments})
    analyser = analyser_version()
    for comment in comments:
        hits = engine.screen(
            comment.message,
            author_id=comment.author_id or None,
            created_time=comment.created_time,
            repetition=states.get(comment.page_id),
        )
        result.screened += 1
        if not hits:
            continue
        with transaction.atomic():
            # Under the page's row lock: a page withdrawn meanwhile gets no new flag, so the
            # withdrawal's bulk close stays final (the withdrawal holds the same lock).
            status = (
                OfficialPage.objects.select_for_update(of=("self",))
                .filter(pk=comment.page_id)
                .values_list("status", flat=True)
                .first()
            )
            if status in CLOSED_STATUSES:
                continue
            new = []
            for hit in hits:
                rule = rules.get(hit.rule)
                if rule is None:
                    continue
                flag, created = Flag.objects.get_or_create(
                    comment=comment,
                    rule=rule,
                    rule_version=rule.version,
                    message_screened=comment.message,
                    defaults={
                        "clause": hit.category,
                        "severity": hit.severity,
                        "spans": [list(span) for span in hit.spans],
                        "analyser": analyser,
                        "created_at": now,
                    },
                )
                if created:
                    new.append((flag, rule))
            if new:
                comment_mark_flagged(comment=comment)
            result.flags += len(new)
            if new and _auto_hide(
                comment,
                new,
                crisis=comment.page_id in crisis,
                crisis_batch=crisis.get(comment.page_id),
                now=now,
            ):
                result.auto_hidden.append(comment.pk)
    # The learned scorer, when one is configured, scores the same comments (its own flags).
    scorer_hook.after_screen(comments=comments, now=now)
    return result


def _repetition_states(engine, comments: list[Comment]) -> dict[int, RepetitionState]:
    """Per page, a repetition state primed with the authors' earlier stored comments."""
    window = _repetition_window(engine)
    if not window:
        return {}
    states: dict[int, RepetitionState] = {}
    ids = [c.pk for c in comments]
    by_page: dict[int, list[Comment]] = {}
    for comment in comments:
        by_page.setdefault(comment.page_id, []).append(comment)
    for page_id, batch in by_page.items():
        state = states.setdefault(page_id, RepetitionState())
        authors = {c.author_id for c in batch if c.author_id}
        times = [c.created_time for c in batch if c.created_time]
        if not authors or not times:
            continue
        earlier = (
            Comment.objects.filter(
                page_id=page_id,
                author_id__in=authors,
                created_time__gte=min(times) - timedelta(seconds=window),
                created_time__lte=max(times),
            )
            .exclude(pk__in=ids)
            .order_by("created_time")
            .values_list("author_id", "message", "created_time")[:5000]
        )
        for author_id, message, created in earlier:
            repetition_remember(
                state,
                author=author_id,
                normalized_text=matching_text(message),
                created_time=created,
            )
    return states


def _auto_hide(comment: Comment, new: list, *, crisis: bool, now: datetime,
               crisis_batch: int | None = None) -> bool:  # fmt: skip
    auto = [(flag, rule) for flag, rule in new if rule.action == Rule.Action.AUTO_HIDE]
    if not (auto or crisis):
        return False
    if comment.is_hidden or not comment.can_hide:
        return False
    if _pending_kind(comment.pk) in (ModerationAction.Kind.HIDE, ModerationAction.Kind.DELETE):
        return False
    flag, rule = max(auto or new, key=lambda pair: SEVERITY_ORDER.get(pair[0].severity, 0))
    values = {"rule": rule.name, "clause": Clause(flag.clause).label}
    if auto:
        reason = _("Hidden automatically: the rule “%(rule)s” matched (clause: %(clause)s).")
    else:
        reason = _(
            "Hidden automatically while crisis mode is on for this page, pending review: the "
            "rule “%(rule)s” matched (clause: %(clause)s)."
        )
    # A crisis-mode hide joins the crisis's bulk decision, so switching crisis mode off can
    # offer to unhide exactly what it hid; it keeps its own audit entry (it happened later).
    _decision_write(
        comment=comment,
        action=Decision.Action.HIDE,
        clause=flag.clause,
        reason=reason % values,
        actor=None,
        now=now,
        batch=BulkDecision(pk=crisis_batch) if (crisis_batch and not auto) else None,
    )
    return True


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class PoliceContact:
    """Whom the city told at the police about a threat (an escalation needs it)."""

    station: str
    officer: str = ""
    reference: str = ""
    contacted_at: datetime | None = None


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


# --------------------------------------------------------------------------- retention


def moderation_text_purgeable(*, now: datetime, retention_days: int | None = None,
                              exclude: Q | None = None):  # fmt: skip
    """The comments whose text ``moderation_text_purge`` would erase now (``exclude``: rows a
    legal hold keeps, from ``records.retention``)."""
    days = settings.MODERATION_RETENTION_DAYS if retention_days is None else retention_days
    cutoff = now - timedelta(days=days)
    visibility = [
        ModerationAction.Kind.HIDE,
        ModerationAction.Kind.UNHIDE,
        ModerationAction.Kind.DELETE,
    ]
    comments = (
        Comment.objects.filter(Q(is_hidden=True) | Q(is_deleted=True))
        .exclude(message="")
        .annotate(
            last_change=Max(
                "moderation_actions__done_at",
                filter=Q(
                    moderation_actions__status=ModerationAction.Status.DONE,
                    moderation_actions__kind__in=visibility,
                ),
            ),
            last_decided=Max("decisions__created_at"),
        )
        .filter(Q(deleted_at__isnull=True) | Q(deleted_at__lt=cutoff))
        .filter(Q(last_change__isnull=True) | Q(last_change__lt=cutoff))
        .filter(
            Q(deleted_at__isnull=False) | Q(last_change__isnull=False) | Q(last_decided__lt=cutoff)
        )
    )
    return comments.exclude(exclude) if exclude is not None else comments


def moderation_text_purge(*, now: datetime | None = None, retention_days: int | None = None,
                          exclude: Q | None = None, limit: int | None = None) -> int:  # fmt: skip
    """Erase the text of comments hidden or deleted longer than ``MODERATION_RETENTION_DAYS``.

    The text is kept as a public record until then. The retention runs from the moment the
    comment became hidden or deleted: the later of the deletion being seen and the last
    visibility change Facebook confirmed (hide, unhide, delete); a comment hidden directly on
    Facebook without either falls back to its last decision, and with no date at all it is
    kept (a public record is never erased early). Flags and decisions stay (only the text
    they screened goes), and each purge writes an audit entry. Returns the number of
    comments purged. ``records.retention`` calls it with the retention class the ICT office
    set and the legal holds in force (``retention_days``, ``exclude``, batches of ``limit``).
    """
    now = now or timezone.now()
    days = settings.MODERATION_RETENTION_DAYS if retention_days is None else retention_days
    comments = moderation_text_purgeable(now=now, retention_days=days, exclude=exclude)
    if limit is not None:
        comments = comments.order_by("pk")[:limit]
    purged = 0
    for comment in comments.select_related("page").iterator(chunk_size=500):
        with transaction.atomic():
            # The raw Graph API answer holds the text too; keep only what identifies it.
            Comment.objects.filter(pk=comment.pk).update(
                message="", search_text="", raw={"id": comment.facebook_id, "purged": True}
            )
            CommentRevision.objects.filter(comment=comment).update(message="")
            # The flag's text is part of its unique key: keep each row distinct.
            Flag.objects.filter(comment=comment).update(
                message_screened=Concat(Value("purged:"), Cast(F("id"), output_field=CharField()))
            )
            _audit(AuditEntry.Event.TEXT_PURGED, comment=comment, now=now,
                   detail={"retention_days": days})  # fmt: skip
        purged += 1
    return purged
