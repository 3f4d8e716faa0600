"""Continuation reviews (yearly, dormancy, broken connection) and the page's activity."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError

from ..models import (
    OfficialPage,
    PageStatus,
    ReviewReason,
)
from ..transitions import (
    Action,
)
from .activity_policy import activity_policy_transition
from .transition import Hook, _review_interval, page_transition

logger = logging.getLogger(__name__)


def _open_review_apply(reason: str) -> Hook:
    def apply(page: OfficialPage, now: datetime) -> list[str]:
        page.review_reason = reason
        page.review_opened_at = now
        page.review_answer_due_on = timezone.localdate(now) + timedelta(
            days=settings.PAGES_REVIEW_ANSWER_DAYS
        )
        return ["review_reason", "review_opened_at", "review_answer_due_on"]

    return apply


def page_open_review(
    *, page_id: int, actor: User | None, reason: str = ReviewReason.MANUAL, comment: str = ""
) -> OfficialPage:
    """Open a continuation review of an active page (the ICT office by hand, or the system
    for the yearly date, dormancy or a broken connection). The department must answer by
    `review_answer_due_on`; after that the review is overdue on the ICT office's home."""
    if reason not in ReviewReason.values:
        raise DomainError(_("Unknown review reason."))
    return page_transition(
        page_id=page_id,
        action=Action.OPEN_REVIEW,
        actor=actor,
        comment=comment or str(ReviewReason(reason).label),
        apply=_open_review_apply(reason),
    )


def page_answer_continue(
    *, page_id: int, actor: User, policy_confirmed: bool, comment: str = ""
) -> OfficialPage:
    """The department answers a review: continue. Either it confirms the activity policy in
    force, or it has submitted a revision (waiting for approval) that the ICT office then
    approves together with the continuation."""
    from guidelines.models import ActivityPolicyStatus

    def check(page: OfficialPage) -> None:
        has_revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).exists()
        if not policy_confirmed and not has_revision:
            raise DomainError(
                _(
                    "Confirm the activity policy in force, or submit a revised activity "
                    "policy first."
                )
            )

    return page_transition(
        page_id=page_id, action=Action.ANSWER_CONTINUE, actor=actor, comment=comment, check=check
    )


def page_decide_continuation(
    *, page_id: int, action: str, actor: User, comment: str = ""
) -> OfficialPage:
    """The ICT office approves the continuation (next review in a year; a pending policy
    revision is approved with it) or returns the answer."""
    from guidelines.models import ActivityPolicyStatus

    if action not in (Action.APPROVE_CONTINUATION, Action.RETURN_CONTINUATION):
        raise InvalidTransitionError(_("Unknown action."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        if action != Action.APPROVE_CONTINUATION:
            return []
        revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).first()
        if revision is not None:
            activity_policy_transition(
                policy_id=revision.pk, action="approve", actor=actor, comment=comment
            )
        page.next_review_on = timezone.localdate(now) + _review_interval()
        page.dormancy_baseline_at = now
        page.review_reason = ""
        page.review_opened_at = None
        page.review_answer_due_on = None
        return [
            "next_review_on",
            "dormancy_baseline_at",
            "review_reason",
            "review_opened_at",
            "review_answer_due_on",
        ]

    return page_transition(
        page_id=page_id, action=action, actor=actor, comment=comment, apply=apply
    )


def page_record_activity(*, page_id: int, last_post_at: datetime) -> None:
    """Record the time of the page's latest post (used for dormancy). Only moves forward,
    so replays and out-of-order calls from the worker are harmless."""
    if timezone.is_naive(last_post_at):
        raise ValueError("last_post_at must be timezone-aware")
    OfficialPage.objects.filter(pk=page_id).filter(
        Q(last_post_at__isnull=True) | Q(last_post_at__lt=last_post_at)
    ).update(last_post_at=last_post_at)


def pages_open_due_reviews(now: datetime | None = None) -> list[tuple[int, str]]:
    """Open the continuation reviews that are due (run daily by Celery beat).

    An active page is due when its yearly review date has come, or when it has not posted
    for `PAGES_DORMANCY_DAYS` days (counted from its last post or, if later, its connection
    or last approved continuation). Idempotent: only active pages are considered, and
    opening a review moves the page out of "active". Returns (page id, reason) pairs.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    cutoff = now - timedelta(days=settings.PAGES_DORMANCY_DAYS)
    active = OfficialPage.objects.filter(status=PageStatus.ACTIVE)
    due: dict[int, str] = {}
    for page_id in active.filter(next_review_on__lte=today).values_list("pk", flat=True):
        due[page_id] = ReviewReason.YEARLY
    dormant = active.filter(
        Q(last_post_at__isnull=True) | Q(last_post_at__lt=cutoff),
        Q(dormancy_baseline_at__isnull=True) | Q(dormancy_baseline_at__lt=cutoff),
    )
    for page_id in dormant.values_list("pk", flat=True):
        due.setdefault(page_id, ReviewReason.DORMANT)
    opened = []
    for page_id, reason in sorted(due.items()):
        try:
            page_open_review(page_id=page_id, actor=None, reason=reason)
        except DomainError:  # changed meanwhile (e.g. a withdrawal was requested): skip
            continue
        opened.append((page_id, reason))
    return opened
