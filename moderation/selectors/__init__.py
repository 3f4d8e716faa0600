"""Reads for screening rules, the engine built from the stored enabled rules, and the review
(queue, item, history, outbox, audit log, rule report), always scoped to the user."""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, IntegerField, Max, OuterRef, Q, QuerySet, Subquery, When
from django.http import Http404

from accounts.models import Department
from comments.models import Comment
from guidelines.clauses import URGENT, Clause
from guidelines.models import OperatingPolicyClause
from ishinomaki_sns.common.permissions import objects_for, user_can
from pages.selectors import pages_visible_to

from ..engine import SEVERITIES, Engine, RuleSpec
from ..models import (
    AuditEntry,
    BulkDecision,
    CrisisModeChange,
    Decision,
    Flag,
    ModerationAction,
    ReasonTemplate,
    Rule,
    RuleRevision,
    RulesVersion,
)

logger = logging.getLogger(__name__)

SEVERITY_VALUES = SEVERITIES  # low, medium, high, critical: rank = index

# The one definition of an open flag: no person's decision has closed it yet. The review
# queue, the secretariat's to-do counts, the page health dashboard and insights all use it,
# so they cannot disagree. `OPEN_FLAG` filters flags; `OPEN_FLAG_OF_COMMENT` filters or
# counts the `flags` of comments.
OPEN_FLAG = Q(decision__isnull=True)
OPEN_FLAG_OF_COMMENT = Q(flags__decision__isnull=True)


def flags_open() -> QuerySet[Flag]:
    """Every open flag (no decision closed it yet), on every page: callers scope by page.

    For city-wide counts (home, dashboard, insights); the review queue scopes through
    `review_comments_visible_to`, which counts with the same definition.
    """
    return Flag.objects.filter(OPEN_FLAG)


def flags_on_pages(*, page_ids: list[int] | None) -> QuerySet[Flag]:
    """Every flag, open or decided, on the given pages (None: every page), for statistics."""
    if page_ids is None:
        return Flag.objects.all()
    return Flag.objects.filter(comment__page_id__in=page_ids)


_engine_lock = threading.Lock()
_engine_state: dict = {"version": None, "engine": None}


def rules_visible_to(*, user, clause: str | None = None, enabled: bool | None = None):
    """Rules the user may see (all of them for holders of ``moderation.view_rule``)."""
    if not user_can(user, "moderation.view_rule"):
        return Rule.objects.none()
    rules = Rule.objects.all()
    if clause:
        rules = rules.filter(clause=clause)
    if enabled is not None:
        rules = rules.filter(enabled=enabled)
    return rules.order_by("clause", "slug")


def rule_counts_by_clause(*, user) -> dict[str, dict[str, int]]:
    """{clause: {"total", "enabled"}} over the rules the user may see."""
    rows = (
        rules_visible_to(user=user)
        .order_by()
        .values("clause")
        .annotate(total=Count("id"), enabled=Count("id", filter=Q(enabled=True)))
    )
    return {row["clause"]: {"total": row["total"], "enabled": row["enabled"]} for row in rows}


def rule_get_for_user_or_404(*, user, slug: str) -> Rule:
    """The rule, or 404 when it does not exist or the user may not see rules."""
    rule = rules_visible_to(user=user).filter(slug=slug).first()
    if rule is None:
        raise Http404
    return rule


def rule_revisions(*, rule: Rule):
    """The change history of a rule, newest first, with who made each change."""
    return RuleRevision.objects.filter(rule=rule).select_related("actor")


def rules_version_current() -> int:
    """The global rules version (0 before any rule exists)."""
    return RulesVersion.objects.filter(pk=1).values_list("number", flat=True).first() or 0


def rule_specs_enabled() -> list[RuleSpec]:
    """The stored enabled rules as engine specs."""
    return [
        RuleSpec(
            slug=rule.slug,
            clause=rule.clause,
            kind=rule.kind,
            severity=rule.severity,
            action=rule.action,
            config=rule.config,
        )
        for rule in Rule.objects.filter(enabled=True)
        .exclude(kind=Rule.Kind.LEARNED)  # its flags come from the learned scorer, not the engine
        .order_by("slug")
    ]


def engine_for_current_rules() -> Engine:
    """An Engine for the stored enabled rules, rebuilt only when the rules version moved.

    One small query per call (the version); the worker, the ``check_comments`` command and
    the sandbox all use this, so they screen with exactly the same rules.
    """
    # The row's timestamp joins the number: a rolled-back transaction can reuse a number.
    version = RulesVersion.objects.filter(pk=1).values_list("number", "updated_at").first()
    with _engine_lock:
        if _engine_state["engine"] is not None and _engine_state["version"] == version:
            return _engine_state["engine"]
    engine = Engine(rule_specs_enabled())
    with _engine_lock:
        _engine_state.update(version=version, engine=engine)
    return engine


# Kinds whose verdict on one text can be re-checked alone; repetition needs the stream
# and a flag of another origin (a learned model) is not the engine's to withdraw.
_RESCREENABLE = frozenset({"terms", "regex", "pii", "link", "pattern", "exception"})


@dataclass
class StaleFlags:
    """Open flags that the rules as they stand no longer raise, grouped by comment.

    ``comment_ids``: comments whose every open flag is stale, so that closing them as kept
    (false flag) leaves nothing the rules still object to. ``partly``: comments with a stale
    flag beside one that still holds; they stay in the queue.
    """

    comment_ids: list[int] = field(default_factory=list)
    flags: int = 0
    partly: int = 0

    def __len__(self) -> int:
        return len(self.comment_ids)


def flags_stale_after_rule_change(*, rule: Rule) -> StaleFlags:
    """Open flags that ``rule`` as it now stands (or, for an exception list, any rule) no
    longer raises on the text they were raised on.

    Each distinct text is screened once with the current engine. A flag is stale when its
    rule is disabled, or when its rule can be re-checked on one text and no longer fires.
    """
    open_flags = Flag.objects.filter(decision__isnull=True)
    if rule.kind != Rule.Kind.EXCEPTION:
        open_flags = open_flags.filter(rule=rule)
    comment_ids = set(open_flags.values_list("comment_id", flat=True))
    if not comment_ids:
        return StaleFlags()
    engine = engine_for_current_rules()
    fired: dict[str, set[str]] = {}
    flags_by_comment: dict[int, list[bool]] = {}
    rows = (
        Flag.objects.filter(decision__isnull=True, comment_id__in=comment_ids)
        .values_list("comment_id", "message_screened", "rule__slug", "rule__kind", "rule__enabled")
        .order_by("comment_id")
    )
    for comment_id, text, slug, kind, enabled in rows:
        if not enabled:
            stale = True
        elif kind not in _RESCREENABLE:
            stale = False
        else:
            if text not in fired:
                fired[text] = {hit.rule for hit in engine.screen(text)}
            stale = slug not in fired[text]
        flags_by_comment.setdefault(comment_id, []).append(stale)
    result = StaleFlags()
    for comment_id, verdicts in sorted(flags_by_comment.items()):
        if all(verdicts):
            result.comment_ids.append(comment_id)
            result.flags += len(verdicts)
        elif any(verdicts):
            result.partly += 1
    return result


# --------------------------------------------------------------------------- review


def crisis_mode_pages(*, page_ids=None) -> set[int]:
    """Ids of the pages whose crisis mode is on (the newest switch per page says so)."""
    changes = CrisisModeChange.objects.order_by("page_id", "-created_at", "-id")
    if page_ids is not None:
        changes = changes.filter(page_id__in=list(page_ids))
    current: dict[int, bool] = {}
    for page_id, enabled in changes.values_list("page_id", "enabled"):
        current.setdefault(page_id, enabled)
    return {page_id for page_id, enabled in current.items() if enabled}


CRISIS_CACHE_KEY = "moderation:crisis-state:v1"


def crisis_mode_batches(*, page_ids=None) -> dict[int, int | None]:
    """{page id: the crisis's bulk decision id} for the pages whose crisis mode is on."""
    changes = CrisisModeChange.objects.order_by("page_id", "-created_at", "-id")
    if page_ids is not None:
        changes = changes.filter(page_id__in=list(page_ids))
    current: dict[int, tuple[bool, int | None]] = {}
    for page_id, enabled, batch_id in changes.values_list("page_id", "enabled", "batch_id"):
        current.setdefault(page_id, (enabled, batch_id))
    return {page_id: batch for page_id, (enabled, batch) in current.items() if enabled}


def crisis_mode_state() -> list[dict]:
    """The pages in crisis mode now, with since when, by whom, why and the incident: for the
    header of every staff page. Cached (the switch clears it); plain values only."""
    from django.core.cache import cache

    try:
        state = cache.get(CRISIS_CACHE_KEY)
    except Exception:  # Redis down: read the database; the banner must not break a page
        logger.warning("crisis-mode cache unavailable; reading the database")
        state = None
    if state is not None:
        return state
    on = crisis_mode_batches()
    changes = (
        CrisisModeChange.objects.filter(page_id__in=list(on), enabled=True)
        .select_related("page", "actor")
        .order_by("page_id", "-created_at", "-id")
    )
    state = []
    seen: set[int] = set()
    for change in changes:
        if change.page_id in seen:
            continue
        seen.add(change.page_id)
        state.append(
            {
                "page_id": change.page_id,
                "page_name": change.page.name,
                "since": change.created_at,
                "by": str(change.actor),
                "reason": change.reason,
                "incident_id": change.incident_id,
            }
        )
    with contextlib.suppress(Exception):  # a cache outage only costs the next read
        cache.set(CRISIS_CACHE_KEY, state, 60)
    return state


def crisis_mode_latest(*, page_id: int) -> CrisisModeChange | None:
    return (
        CrisisModeChange.objects.filter(page_id=page_id)
        .select_related("actor")
        .order_by("-created_at", "-id")
        .first()
    )


def review_access(*, user) -> bool:
    """The queue is for the secretariat, the ICT office and the auditor (every page), and,
    read-only, for department staff (their own department's pages)."""
    if user_can(user, "moderation.review_flag"):
        return True
    return objects_for(user, "accounts.view_department_pages", Department.objects.all()).exists()


_SEVERITY_RANK = Case(
    *[When(flags__severity=value, then=rank) for rank, value in enumerate(SEVERITY_VALUES)],
    default=0,
    output_field=IntegerField(),
)


def review_comments_visible_to(*, user) -> QuerySet[Comment]:
    """Flagged comments on the pages the user may see, one row each, annotated with
    ``open_flags``, ``flag_total``, ``urgent`` (open threat flags), ``overdue`` (open flags
    older than the secretariat's time-to-hide target), ``last_flagged`` and
    ``severity_rank`` (0 low .. 3 critical)."""
    if not review_access(user=user):
        return Comment.objects.none()
    from records.selectors import overdue_flag_cutoff

    cutoff = overdue_flag_cutoff()
    return (
        # `has_flags` is set with a comment's first flag: it adds nothing to the join but lets
        # PostgreSQL start from the flagged comments' partial index (comments migration 0003).
        Comment.objects.filter(
            page__in=pages_visible_to(user=user), flags__isnull=False, has_flags=True
        )
        .select_related("page__department", "post")
        # Facebook's raw JSON is the widest column and no review screen shows it; leaving it out
        # keeps the grouped, sorted rows narrow.
        # The page's encrypted token would be decrypted for every row.
        .defer("raw", "post__raw", "page__access_token")
        .annotate(
            open_flags=Count("flags", filter=OPEN_FLAG_OF_COMMENT),
            flag_total=Count("flags"),
            urgent=Count("flags", filter=OPEN_FLAG_OF_COMMENT & Q(flags__clause__in=list(URGENT))),
            overdue=Count("flags", filter=OPEN_FLAG_OF_COMMENT & Q(flags__created_at__lt=cutoff)),
            last_flagged=Max("flags__created_at"),
            severity_rank=Max(_SEVERITY_RANK),
        )
    )


def review_item_get_for_user_or_404(*, user, comment_id) -> Comment:
    """A flagged comment the user may see, else 404 (another department's stays hidden)."""
    try:
        return review_comments_visible_to(user=user).get(pk=int(comment_id))
    except (Comment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def review_open_counts_by_clause(*, user) -> list[dict]:
    """[{"clause", "label", "count"}]: comments with an open flag per clause, for the queue."""
    rows = (
        flags_open()
        .filter(comment__page__in=pages_visible_to(user=user))
        .values("clause")
        .annotate(count=Count("comment", distinct=True))
    )
    counts = {row["clause"]: row["count"] for row in rows}
    return [
        {"clause": value, "label": label, "count": counts[value]}
        for value, label in Clause.choices
        if counts.get(value)
    ]


def comment_flags(*, comment: Comment) -> QuerySet[Flag]:
    return (
        Flag.objects.filter(comment=comment)
        .select_related("rule", "decision")
        .order_by("-created_at", "rule__slug")
    )


def comment_decisions(*, comment: Comment) -> QuerySet[Decision]:
    return (
        Decision.objects.filter(comment=comment)
        .select_related("actor")
        .prefetch_related("actions")
        .order_by("-created_at", "-id")
    )


def comment_pending_kind(*, comment: Comment) -> str | None:
    return (
        ModerationAction.objects.filter(comment=comment, status=ModerationAction.Status.PENDING)
        .exclude(kind=ModerationAction.Kind.BLOCK)
        .order_by("-created_at", "-id")
        .values_list("kind", flat=True)
        .first()
    )


def comment_thread(*, comment: Comment, around: int = 5) -> list[Comment]:
    """The comments of the same post just before and after this one (chronological)."""
    siblings = Comment.objects.filter(post_id=comment.post_id)
    if comment.created_time is None:
        return list(siblings.order_by("created_time", "pk")[: 2 * around + 1])
    before = list(
        siblings.filter(created_time__lt=comment.created_time).order_by("-created_time", "-pk")[
            :around
        ]
    )
    after = list(
        siblings.filter(created_time__gte=comment.created_time)
        .exclude(pk=comment.pk)
        .order_by("created_time", "pk")[:around]
    )
    return [*reversed(before), comment, *after]


def author_history(*, user, comment: Comment, limit: int = 20) -> list[Comment]:
    """The author's other comments on the city's pages the user may see, newest first, with
    their flag count and latest decision (``flag_count``, ``last_decision``)."""
    if not comment.author_id:
        return []
    last_decision = (
        Decision.objects.filter(comment=OuterRef("pk"))
        .order_by("-created_at", "-id")
        .values("action")[:1]
    )
    return list(
        Comment.objects.filter(author_id=comment.author_id, page__in=pages_visible_to(user=user))
        .exclude(pk=comment.pk)
        .select_related("page")
        .annotate(flag_count=Count("flags"), last_decision=Subquery(last_decision))
        .order_by("-created_time", "-pk")[:limit]
    )


def clause_text(*, code: str) -> OperatingPolicyClause | None:
    """The clause's wording in the operating policy in force (None before one is published)."""
    return (
        OperatingPolicyClause.objects.filter(policy__published_at__isnull=False, code=code)
        .select_related("policy")
        .order_by("-policy__version")
        .first()
    )


def moderation_actions_visible_to(*, user, status: str | None = None) -> QuerySet[ModerationAction]:
    """Outbox actions (the secretariat, the ICT office, the auditor), newest first."""
    if not user_can(user, "moderation.review_flag"):
        return ModerationAction.objects.none()
    actions = ModerationAction.objects.select_related("comment__page", "decision__actor")
    if status in ModerationAction.Status.values:
        actions = actions.filter(status=status)
    return actions.order_by("-created_at", "-id")


def moderation_action_counts() -> dict[str, int]:
    rows = ModerationAction.objects.values("status").annotate(n=Count("id"))
    return {row["status"]: row["n"] for row in rows}


def audit_entries_visible_to(*, user) -> QuerySet[AuditEntry]:
    """The audit log, newest first (holders of ``moderation.view_auditentry``)."""
    if not user_can(user, "moderation.view_auditentry"):
        return AuditEntry.objects.none()
    return AuditEntry.objects.select_related(
        "actor", "page__department", "comment", "decision", "action", "batch"
    ).order_by("-created_at", "-id")


def audit_entries_filtered(
    *,
    user,
    actor_id: int | None = None,
    department_id: int | None = None,
    page_id: int | None = None,
    event: str | None = None,
    comment_id: int | None = None,
    rule_slug: str | None = None,
    date_from=None,
    date_to=None,
) -> QuerySet[AuditEntry]:
    """The audit log narrowed by person, department, page, event, date range (Japan days), or
    one object's history (a comment, incl. the bulk decisions it was part of; a rule's flags'
    decisions). A bulk decision is one row; ``audit_batch_items`` expands it."""
    entries = audit_entries_visible_to(user=user)
    if actor_id:
        entries = entries.filter(actor_id=actor_id)
    if page_id:
        entries = entries.filter(
            Q(page_id=page_id)
            | Q(batch__in=BulkDecision.objects.filter(decisions__comment__page_id=page_id))
        )
    if department_id:
        entries = entries.filter(
            Q(page__department_id=department_id)
            | Q(
                batch__in=BulkDecision.objects.filter(
                    decisions__comment__page__department_id=department_id
                )
            )
        )
    if event:
        entries = entries.filter(event=event)
    if comment_id:
        entries = entries.filter(
            Q(comment_id=comment_id)
            | Q(batch__in=BulkDecision.objects.filter(decisions__comment_id=comment_id))
        )
    if rule_slug:
        decided = Flag.objects.filter(rule__slug=rule_slug, decision__isnull=False)
        entries = entries.filter(
            Q(decision__in=decided.values("decision_id"))
            | Q(
                batch__in=Decision.objects.filter(pk__in=decided.values("decision_id")).values(
                    "batch_id"
                )
            )
        )
    if date_from:
        entries = entries.filter(created_at__date__gte=date_from)
    if date_to:
        entries = entries.filter(created_at__date__lte=date_to)
    return entries


def audit_batch_items(*, batch_ids) -> dict[int, list[Decision]]:
    """The decisions of each bulk decision, for expanding its audit row."""
    items: dict[int, list[Decision]] = {}
    decisions = (
        Decision.objects.filter(batch_id__in=list(batch_ids))
        .select_related("comment__page")
        .prefetch_related("actions")
        .order_by("batch_id", "id")
    )
    for decision in decisions:
        if decision.batch_id is not None:
            items.setdefault(decision.batch_id, []).append(decision)
    return items


def reason_templates() -> QuerySet[ReasonTemplate]:
    """The secretariat's reason templates, per clause."""
    return ReasonTemplate.objects.order_by("clause", "title", "id")


def rule_report() -> list[dict]:
    """Per rule: flags raised, how many the secretariat decided, how many were kept (a false
    flag), and the precision estimate (decided and not kept / decided)."""
    rows = (
        Flag.objects.values("rule_id")
        .annotate(
            flags=Count("id"),
            comments=Count("comment", distinct=True),
            open=Count("id", filter=OPEN_FLAG),
            decided=Count("id", filter=~OPEN_FLAG),
            kept=Count("id", filter=Q(decision__action=Decision.Action.KEEP)),
        )
        .order_by()
    )
    stats = {row["rule_id"]: row for row in rows}
    report: list[dict[str, Any]] = []
    for rule in Rule.objects.order_by("clause", "slug"):
        row = stats.get(rule.pk, {"flags": 0, "comments": 0, "open": 0, "decided": 0, "kept": 0})
        decided = row["decided"]
        precision = (decided - row["kept"]) / decided if decided else None
        report.append({"rule": rule, **{k: row[k] for k in ("flags", "comments", "open", "decided", "kept")},
                       "precision": precision})  # fmt: skip
    # Worst precision first (rules never decided last), then the noisiest.
    report.sort(key=lambda r: (r["precision"] if r["precision"] is not None else 2.0, -r["flags"]))
    return report


def review_todo_counts() -> dict[str, int]:
    """For the secretariat's home page: open flagged comments, urgent ones, failed actions."""
    open_flags = flags_open()
    return {
        "open": open_flags.values("comment").distinct().count(),
        "urgent": open_flags.filter(clause__in=list(URGENT)).values("comment").distinct().count(),
        "failed": ModerationAction.objects.filter(status=ModerationAction.Status.FAILED).count(),
    }


def moderation_actions_stalled(*, now, older_than_seconds: float) -> list[int]:
    """Ids of outbox actions still pending long after their last attempt was scheduled: their
    task was lost (worker killed, database busy). Re-running one is safe: hiding or deleting on
    Facebook is idempotent and the service records a result only while the action is pending."""
    from datetime import timedelta

    cutoff = now - timedelta(seconds=older_than_seconds)
    return list(
        ModerationAction.objects.filter(
            status=ModerationAction.Status.PENDING, updated_at__lt=cutoff
        )
        .order_by("created_at")
        .values_list("pk", flat=True)[:500]
    )


def crisis_mode_preview(*, page_id: int) -> dict[str, int]:
    """What switching would do on the page: ``flagged_visible`` (comments with an open flag
    still visible, which switching on can hide) and ``hidden_by_crisis`` (what the current
    crisis hid, which switching off can unhide)."""
    flagged_visible = (
        Comment.objects.filter(page_id=page_id, is_hidden=False, is_deleted=False, can_hide=True)
        .filter(pk__in=Flag.objects.filter(decision__isnull=True).values("comment_id"))
        .count()
    )
    batches = crisis_mode_batches(page_ids=[page_id])
    hidden = 0
    if batches.get(page_id):
        hidden = (
            Decision.objects.filter(batch_id=batches[page_id], action=Decision.Action.HIDE)
            .values("comment_id")
            .distinct()
            .count()
        )
    return {"flagged_visible": flagged_visible, "hidden_by_crisis": hidden}
