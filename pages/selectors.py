"""Reads about official pages, always scoped to what the user may see.

A page of a department the user may not see does not exist for them (404), so that a
department's drafts never leak to another department.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.selectors import departments_visible_to
from ishinomaki_sns.common.permissions import user_can

from .models import (
    CLOSED_STATUSES,
    OPERATING_STATUSES,
    REGISTRY_STATUSES,
    ConnectionState,
    OfficialPage,
    PageRequest,
    PageStatus,
    PageWebhookSubscription,
)
from .transitions import ACTIONS, REVIEW, ActionSpec, actions_from


def pages_visible_to(*, user: User) -> QuerySet[OfficialPage]:
    """Pages the user may see in the portal: every page for the ICT office, secretariat and
    auditor; their own department's pages for department admins and operators."""
    if not user.is_authenticated:
        return OfficialPage.objects.none()
    return OfficialPage.objects.filter(
        department__in=departments_visible_to(user=user)
    ).select_related("department__division", "responsible_person")


def page_get_for_user_or_404(*, user: User, page_id: int) -> OfficialPage:
    """The page if `user` may see it, else Http404 (never 403: existence must not leak)."""
    try:
        return pages_visible_to(user=user).get(pk=page_id)
    except (OfficialPage.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def page_pending_request(*, page: OfficialPage) -> PageRequest | None:
    """The request waiting for the ICT office, if any."""
    return (
        page.requests.filter(status=PageRequest.Status.PENDING)
        .select_related("submitted_by")
        .first()
    )


@dataclass(frozen=True)
class AvailableAction:
    name: str
    spec: ActionSpec

    @property
    def label(self) -> str:
        return str(self.spec.label)


def page_available_actions(*, page: OfficialPage, user: User) -> list[AvailableAction]:
    """The actions `user` may take on `page` now: the table allows them from the current
    status, the user holds the permission, and a decision is not on their own request.
    Drives both the buttons on the detail page and the check in the action view."""
    from .services import _may, page_is_own_request

    if not user.is_authenticated:
        return []
    pending: PageRequest | None = None
    looked_up = False
    result = []
    for name in actions_from(page.status):
        spec = ACTIONS[name]
        if not _may(user, spec.permissions, page):
            continue
        if spec.decides:
            if not looked_up:
                pending, looked_up = page_pending_request(page=page), True
            if pending is None or page_is_own_request(page, pending, user):
                continue
        result.append(AvailableAction(name, spec))
    return result


def page_events(*, page: OfficialPage):
    """The page's timeline, oldest first."""
    return page.events.select_related("actor").order_by("created_at", "id")


def review_is_overdue(page: OfficialPage, today=None) -> bool:
    """A continuation review whose answer date has passed without an answer."""
    today = today or timezone.localdate()
    return (
        page.status == PageStatus.REVIEW_DUE
        and page.review_answer_due_on is not None
        and page.review_answer_due_on < today
    )


def pages_with_overdue_review(today=None) -> QuerySet[OfficialPage]:
    """Reviews the department has not answered in time: escalated to the ICT office."""
    today = today or timezone.localdate()
    return OfficialPage.objects.filter(
        status=PageStatus.REVIEW_DUE, review_answer_due_on__lt=today
    ).select_related("department")


def pages_for_sync() -> QuerySet[OfficialPage]:
    """Pages the ingestion worker should read: listed (operating) pages whose connection is
    OK and that hold a token. Call `page.page_access_token()` for the decrypted token only
    when calling Facebook; never log it."""
    return (
        OfficialPage.objects.filter(
            status__in=REGISTRY_STATUSES, connection_state=ConnectionState.OK
        )
        .exclude(access_token="")
        .exclude(facebook_page_id="")
        .select_related("department")
        .order_by("pk")
    )


def registry_pages() -> QuerySet[OfficialPage]:
    """Pages the city vouches for in the public registry (withdrawn ones leave it)."""
    from guidelines.models import ActivityPolicy, ActivityPolicyStatus

    return (
        OfficialPage.objects.filter(status__in=REGISTRY_STATUSES)
        .exclude(facebook_page_id="")
        .select_related("department__division")
        .prefetch_related(
            Prefetch(
                "activity_policies",
                queryset=ActivityPolicy.objects.filter(status=ActivityPolicyStatus.IN_FORCE),
                to_attr="policies_in_force",
            )
        )
        .order_by("department__division__sort_order", "department__code")
    )


def registry_withdrawn_pages() -> QuerySet[OfficialPage]:
    """Pages the city ran and withdrew, newest withdrawal first (public history)."""
    return (
        OfficialPage.objects.filter(status=PageStatus.WITHDRAWN)
        .exclude(facebook_page_id="")
        .select_related("department")
        .order_by("-withdrawn_on", "-pk")
    )


def registry_page_find(*, page_id: str = "", username: str = "", withdrawn: bool = False):
    """The registry page with this Facebook id or user name (case-insensitive), or None;
    with `withdrawn`, the latest withdrawn page of that address instead."""
    condition = Q(pk__in=[])
    if page_id:
        condition |= Q(facebook_page_id=page_id)
    if username:
        condition |= Q(facebook_username__iexact=username)
    pages = registry_withdrawn_pages() if withdrawn else registry_pages()
    return pages.filter(condition).first()


def facebook_pages_taken(*, facebook_page_ids: list[str], page: OfficialPage) -> dict[str, str]:
    """Which of these Facebook pages another live official page already holds, by Facebook
    id -> that page's department and name (the connection refuses them; the chooser says so
    before). Live pages are public in the registry, so naming them leaks nothing."""
    taken = (
        OfficialPage.objects.filter(facebook_page_id__in=facebook_page_ids)
        .exclude(pk=page.pk)
        .exclude(status__in=CLOSED_STATUSES)
        .select_related("department")
    )
    return {
        other.facebook_page_id: f"{other.department.name_ja}「{other.name}」" for other in taken
    }


def page_withdrawal_preview(*, page: OfficialPage) -> dict:
    """What withdrawing `page` will close, for the confirmation step: every app's
    `page_hooks.page_withdrawal_preview` counts (moderation: open flags, outbox actions)."""
    from ishinomaki_sns.common.discovery import app_modules

    counts: dict = {}
    for module in app_modules("page_hooks"):
        preview = getattr(module, "page_withdrawal_preview", None)
        if preview is not None:
            counts.update(preview(page=page))
    return counts


def departments_open_for_application(*, user: User):
    """Departments the user manages that may still apply: those without a live page or an
    application in progress (one page per department)."""
    from accounts.selectors import departments_managed_by

    live = OfficialPage.objects.exclude(status__in=CLOSED_STATUSES).values("department_id")
    return departments_managed_by(user=user).exclude(pk__in=live)


def application_blockers(*, user: User) -> list[OfficialPage]:
    """The live pages that keep the user's departments from applying (shown instead of the
    form when no department may apply)."""
    from accounts.selectors import departments_managed_by

    return list(
        OfficialPage.objects.filter(department__in=departments_managed_by(user=user))
        .exclude(status__in=CLOSED_STATUSES)
        .select_related("department")
    )


# Which request a page in each status may have had returned: the application to open it,
# or its answer to a continuation review.
_RETURNABLE: dict[str, str] = {
    PageStatus.RETURNED: PageRequest.Kind.OPEN,
    PageStatus.SUBMITTED: PageRequest.Kind.OPEN,
    PageStatus.REVIEW_DUE: PageRequest.Kind.CONTINUATION,
    PageStatus.CONTINUATION_ANSWERED: PageRequest.Kind.CONTINUATION,
}


def continuation_policy(*, page: OfficialPage):
    """The activity policy a continuation answer is made with: the revision in progress
    (draft or waiting for approval), else the version in force."""
    from guidelines.models import ActivityPolicyStatus

    return (
        page.activity_policies.filter(
            status__in=[ActivityPolicyStatus.DRAFT, ActivityPolicyStatus.PENDING]
        ).first()
        or page.activity_policies.filter(status=ActivityPolicyStatus.IN_FORCE).first()
    )


def page_request_snapshot(*, page: OfficialPage) -> dict[str, str]:
    """The page's application, or its continuation answer, as text per field (now)."""
    from .application_diff import application_snapshot

    if _RETURNABLE.get(page.status) == PageRequest.Kind.CONTINUATION:
        return application_snapshot(page, continuation_policy(page=page))
    return application_snapshot(page)


def application_changes(*, page: OfficialPage) -> dict | None:
    """After an application or a continuation answer was returned: the reviewer's reason
    and what changed since the returned version (the new submission, or the draft being
    edited), field by field. None when it was never returned."""
    from .application_diff import compare_snapshots

    kind = _RETURNABLE.get(page.status)
    if kind is None:
        return None
    returned = (
        page.requests.filter(kind=kind, status=PageRequest.Status.RETURNED)
        .select_related("decided_by")
        .order_by("-decided_at", "-pk")
        .first()
    )
    if returned is None:
        return None
    if kind == PageRequest.Kind.CONTINUATION:
        # Only the return of this review counts (an earlier year's return is history).
        later = page.requests.filter(
            kind=kind, status=PageRequest.Status.APPROVED, decided_at__gt=returned.decided_at
        )
        if later.exists():
            return None
    pending = page_pending_request(page=page)
    current = pending.snapshot if pending is not None and pending.snapshot else None
    diffs = compare_snapshots(returned.snapshot or {}, current or page_request_snapshot(page=page))
    return {
        "returned": returned,
        "diffs": diffs,
        "changed": [diff for diff in diffs if diff.changed],
        "has_snapshot": bool(returned.snapshot),
    }


def continuation_blockers(*, page: OfficialPage) -> list[str]:
    """What keeps the department from answering a continuation review now (shown instead
    of the form, and refused by `page_answer_continue`): a page whose connection to
    Facebook is broken must be reconnected before it can continue."""
    from django.utils.translation import gettext as _

    from .models import ConnectionState

    blockers = []
    if page.connection_state == ConnectionState.BROKEN:
        blockers.append(
            _(
                "The page's connection to Facebook is broken. Reconnect the page first; "
                "then answer the review."
            )
        )
    return blockers


def registry_withdrawn_find(*, page_id: str = "", username: str = ""):
    """A page the city closed (withdrawn) with this Facebook id or user name, or None: the
    public verify form says so plainly instead of "unknown"."""
    from .models import PageStatus

    condition = Q(pk__in=[])
    if page_id:
        condition |= Q(facebook_page_id=page_id)
    if username:
        condition |= Q(facebook_username__iexact=username)
    return (
        OfficialPage.objects.filter(condition, status=PageStatus.WITHDRAWN)
        .exclude(facebook_page_id="", facebook_username="")
        .select_related("department")
        .order_by("-withdrawn_on", "-pk")
        .first()
    )


@dataclass(frozen=True)
class WebhookStatus:
    """What the page's detail screen says about its Facebook notifications (webhooks)."""

    label: str
    css: str
    since: datetime | None
    error: str
    next_attempt_at: datetime | None
    can_retry: bool
    polling_only: bool  # new comments arrive only by the regular reading, later


def page_webhook_status(*, page: OfficialPage, user: User) -> WebhookStatus | None:
    """The page's webhook subscription as shown to `user` (who may see the page), or None
    for a page never connected to Facebook. `can_retry` is the ICT office's 再試行 on a
    subscription that failed for good (the same check as `page_webhooks_retry`)."""
    if not page.facebook_page_id:
        return None
    sub = PageWebhookSubscription.objects.filter(page=page).first()
    if sub is None:
        return WebhookStatus(str(_("Not subscribed")), "neutral", None, "", None, False, True)
    Target, State = PageWebhookSubscription.Target, PageWebhookSubscription.State
    subscribing = sub.target == Target.SUBSCRIBED
    labels = {
        (True, State.DONE): (_("Receiving"), "ok", sub.subscribed_at),
        (True, State.PENDING): (_("Subscription pending"), "pending", None),
        (True, State.FAILED): (_("Could not be turned on"), "failed", sub.last_error_at),
        (False, State.DONE): (_("Stopped"), "neutral", sub.unsubscribed_at),
        (False, State.PENDING): (_("Stop pending"), "pending", None),
        (False, State.FAILED): (_("Could not be stopped"), "failed", sub.last_error_at),
    }
    label, css, since = labels[(subscribing, State(sub.state))]
    failed = sub.state == State.FAILED
    return WebhookStatus(
        label=str(label),
        css=css,
        since=since,
        error=sub.get_last_error_display() if sub.last_error else "",
        next_attempt_at=sub.next_attempt_at if sub.state == State.PENDING else None,
        can_retry=failed
        and subscribing
        and page.status in OPERATING_STATUSES
        and page.has_token
        and user_can(user, REVIEW),
        polling_only=subscribing and sub.state != State.DONE,
    )
