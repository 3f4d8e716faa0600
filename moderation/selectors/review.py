"""Reads for the secretariat's review: who may review, the comments and items of the queue, a comment's flags, decisions, thread and author history, the outbox, reason templates and to-do counts."""

from __future__ import annotations

from django.db.models import Case, Count, IntegerField, Max, OuterRef, Q, QuerySet, Subquery, When
from django.http import Http404

from accounts.models import Department
from comments.models import Comment
from guidelines.clauses import URGENT, Clause
from guidelines.models import OperatingPolicyClause
from ishinomaki_sns.common.permissions import objects_for, user_can
from pages.selectors import pages_visible_to

from ..models import (
    Decision,
    Flag,
    ModerationAction,
    ReasonTemplate,
)
from .flags import OPEN_FLAG_OF_COMMENT, SEVERITY_VALUES, flags_open


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


def reason_templates() -> QuerySet[ReasonTemplate]:
    """The secretariat's reason templates, per clause."""
    return ReasonTemplate.objects.order_by("clause", "title", "id")


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
