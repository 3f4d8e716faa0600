"""Continuation reviews (yearly, dormancy, broken connection) and the page's activity."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError

from ..models import (
    OfficialPage,
    PageRequest,
    PageStatus,
    ReviewReason,
)
from ..transitions import (
    Action,
)
from .activity_policy import (
    activity_policy_revision_start,
    activity_policy_transition,
    activity_policy_update,
)
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


def _policy_differs(policy, data: dict) -> bool:
    """True when `data` (the answer form's policy fields) says something else than `policy`."""

    def norm(value):
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, list | tuple):
            return sorted(value)
        return value

    return any(
        norm(getattr(policy, name)) != norm(value)
        for name, value in data.items()
        if name != "change_note"
    )


def _answer_with_policy(page: OfficialPage, actor: User, policy: dict, comment: str) -> None:
    """Turn the answer's policy into a submitted revision when it differs from the version
    in force (a revision already in progress is updated; one waiting for approval cannot
    be changed any more)."""
    from guidelines.models import ActivityPolicyStatus

    in_force = page.activity_policies.filter(status=ActivityPolicyStatus.IN_FORCE).first()
    pending = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).first()
    if pending is not None:
        if _policy_differs(pending, policy):
            raise DomainError(
                _(
                    "Revision v%(version)s of the activity policy is waiting for the ICT "
                    "Promotion Office and cannot be changed now; answer with it as it is."
                )
                % {"version": pending.version}
            )
        return
    if in_force is not None and not _policy_differs(in_force, policy):
        return  # confirmed as it is
    revision = activity_policy_revision_start(page_id=page.pk, actor=actor)
    note = comment.strip() or _("Updated with the continuation review.")
    activity_policy_update(policy_id=revision.pk, actor=actor, data={**policy, "change_note": note})
    activity_policy_transition(policy_id=revision.pk, action="submit", actor=actor)


def page_answer_continue(
    *,
    page_id: int,
    actor: User,
    policy_confirmed: bool = False,
    policy: dict | None = None,
    comment: str = "",
) -> OfficialPage:
    """The department answers a review: continue. Either it confirms the activity policy in
    force, or it answers with a revised one (waiting for approval) that the ICT office then
    approves together with the continuation.

    `policy` (the answer form's policy fields, prefilled from the version in force) does
    both at once: unchanged, it confirms the version in force; changed, it becomes a
    revision submitted with the answer. Refused while `continuation_blockers` names
    something (a broken connection), and the review date follows the one rule of
    `guidelines.review_dates`. What was answered is kept on the request, so that after a
    return both sides see what changed since."""
    from guidelines.models import ActivityPolicyStatus

    from ..selectors import continuation_blockers, page_request_snapshot

    def check(page: OfficialPage) -> None:
        blockers = continuation_blockers(page=page)
        if blockers:
            raise DomainError(blockers[0])
        if policy is not None:
            return  # the policy itself is the answer (written in `apply`)
        has_revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).exists()
        if not policy_confirmed and not has_revision:
            raise DomainError(
                _(
                    "Confirm the activity policy in force, or submit a revised activity "
                    "policy first."
                )
            )

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        if policy is not None:
            _answer_with_policy(page, actor, policy, comment)
        return []

    with transaction.atomic():
        page = page_transition(
            page_id=page_id,
            action=Action.ANSWER_CONTINUE,
            actor=actor,
            comment=comment,
            check=check,
            apply=apply,
        )
        PageRequest.objects.filter(page=page, status=PageRequest.Status.PENDING).update(
            snapshot=page_request_snapshot(page=page)
        )
    return page


def page_decide_continuation(
    *, page_id: int, action: str, actor: User, comment: str = ""
) -> OfficialPage:
    """The ICT office approves the continuation (next review in a year; a pending policy
    revision is approved with it) or returns the answer."""
    from guidelines.models import ActivityPolicyStatus

    if action not in (Action.APPROVE_CONTINUATION, Action.RETURN_CONTINUATION):
        raise InvalidTransitionError(_("Unknown action."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).first()
        if action != Action.APPROVE_CONTINUATION:
            if revision is not None:
                # Returned with the answer: the revision goes back to draft, to be changed.
                activity_policy_transition(
                    policy_id=revision.pk,
                    action="return",
                    actor=actor,
                    comment=comment,
                    via_page=True,
                )
            return []
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
