"""Reads for screening rules, the engine built from the stored enabled rules, and the review
(queue, item, history, outbox, audit log, rule report), always scoped to the user."""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import Case, Count, IntegerField, Max, OuterRef, Q, QuerySet, Subquery, When
from django.http import Http404

from accounts.models import Department
from comments.models import Comment
from guidelines.clauses import URGENT, Clause
from guidelines.models import OperatingPolicyClause
from ishinomaki_sns.common.permissions import objects_for, user_can
from pages.selectors import pages_visible_to

from .engine import SEVERITIES, Engine, RuleSpec
from .models import (
    AuditEntry,
    CrisisModeChange,
    Decision,
    Flag,
    ModerationAction,
    Rule,
    RuleRevision,
    RulesVersion,
)

SEVERITY_VALUES = SEVERITIES  # low, medium, high, critical: rank = index

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
    ``open_flags``, ``flag_total``, ``urgent`` (open threat flags), ``last_flagged`` and
    ``severity_rank`` (0 low .. 3 critical)."""
    if not review_access(user=user):
        return Comment.objects.none()
    return (
        Comment.objects.filter(page__in=pages_visible_to(user=user), flags__isnull=False)
        .select_related("page__department", "post")
        # Facebook's raw JSON is the widest column and no review screen shows it; leaving it out
        # keeps the grouped, sorted rows narrow.
        .defer("raw", "post__raw")
        .annotate(
            open_flags=Count("flags", filter=Q(flags__decision__isnull=True)),
            flag_total=Count("flags"),
            urgent=Count(
                "flags", filter=Q(flags__decision__isnull=True, flags__clause__in=list(URGENT))
            ),
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
        Flag.objects.filter(decision__isnull=True, comment__page__in=pages_visible_to(user=user))
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
        "actor", "page", "comment", "decision", "action"
    ).order_by("-created_at", "-id")


def rule_report() -> list[dict]:
    """Per rule: flags raised, how many the secretariat decided, how many were kept (a false
    flag), and the precision estimate (decided and not kept / decided)."""
    rows = (
        Flag.objects.values("rule_id")
        .annotate(
            flags=Count("id"),
            comments=Count("comment", distinct=True),
            open=Count("id", filter=Q(decision__isnull=True)),
            decided=Count("id", filter=Q(decision__isnull=False)),
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
    open_flags = Flag.objects.filter(decision__isnull=True)
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
