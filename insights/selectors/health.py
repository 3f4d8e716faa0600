"""Reads for the page health dashboard: every page's state (broken, needs attention,
healthy) and why, in three queries whatever the data size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, IntegerField, Min, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments.models import PageSyncState, Post
from incidents.models import UNRESOLVED_STATUSES, Incident
from moderation.selectors import flags_open
from pages.models import (
    OPERATING_STATUSES,
    ConnectionState,
    OfficialPage,
    PageRequest,
    PageStatus,
)


class HealthState:
    HEALTHY = "healthy"
    ATTENTION = "attention"
    BROKEN = "broken"


_STATE_LABELS = {
    HealthState.HEALTHY: gettext_lazy("Healthy"),
    HealthState.ATTENTION: gettext_lazy("Needs attention"),
    HealthState.BROKEN: gettext_lazy("Broken"),
}


@dataclass
class PageHealth:
    page: OfficialPage
    state: str
    dormant: bool
    reasons: list[str]
    token_health: str
    token_checked_on: dt.date | None
    token_error: str
    last_success_at: dt.datetime | None
    lag: dt.timedelta | None
    open_flags: int
    oldest_open_flag_at: dt.datetime | None
    last_post_at: dt.datetime | None
    pending_requests: int
    open_incidents: int

    @property
    def state_label(self) -> str:
        return str(_STATE_LABELS[self.state])

    @property
    def lag_hours(self) -> float | None:
        return round(self.lag.total_seconds() / 3600, 1) if self.lag is not None else None

    @property
    def sort_key(self) -> tuple:
        rank = {HealthState.BROKEN: 0, HealthState.ATTENTION: 2, HealthState.HEALTHY: 3}[self.state]
        if self.dormant and self.state != HealthState.BROKEN:
            rank = 1
        return (rank, self.page.department.code, self.page.name)


BROKEN_SYNC = (
    PageSyncState.Status.BROKEN,
    PageSyncState.Status.PERMISSION,
    PageSyncState.Status.BLOCKED,
)


def pages_health(
    *, pages: QuerySet[OfficialPage], now: dt.datetime | None = None
) -> list[PageHealth]:
    """Every operating (or approved, waiting to connect) page in `pages` with its health:
    last post, token health, last successful sync and lag, open flags (flagged comments
    without a decision), pending requests to the ICT office, open incidents, next review,
    and a state: broken (connection or token dead, Facebook blocking or refusing), attention
    (dormant, sync late or failing, review due, flags waiting over a day, an incident open,
    not yet connected) or healthy. Broken pages first, then dormant ones, then the rest.
    Three queries whatever the data size.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    dormancy = dt.timedelta(days=settings.PAGES_DORMANCY_DAYS)
    lag_limit = dt.timedelta(hours=getattr(settings, "HEALTH_SYNC_LAG_HOURS", 6))
    flag_wait = dt.timedelta(hours=getattr(settings, "HEALTH_FLAG_WAIT_HOURS", 24))
    pending = (
        PageRequest.objects.filter(page=OuterRef("pk"), status=PageRequest.Status.PENDING)
        .values("page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    incidents = (
        Incident.objects.filter(page=OuterRef("pk"), status__in=UNRESOLVED_STATUSES)
        .values("page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    # Open flags per page in one grouped query over the open flags only (a partial index),
    # with the same definition of "open" as the review queue; never one query per page.
    open_flags = {
        row["comment__page_id"]: (row["n"], row["oldest"])
        for row in flags_open()
        .values("comment__page_id")
        .annotate(n=Count("comment_id", distinct=True), oldest=Min("created_at"))
        .order_by()
    }
    latest_post = (
        Post.objects.filter(page=OuterRef("pk"))
        .order_by("-created_time")
        .values("created_time")[:1]
    )
    rows = list(
        pages.filter(status__in=[*OPERATING_STATUSES, PageStatus.APPROVED])
        .select_related("department", "sync_state", "webhook_subscription")
        .annotate(
            pending_requests=Coalesce(Subquery(pending, output_field=IntegerField()), 0),
            open_incidents=Coalesce(Subquery(incidents, output_field=IntegerField()), 0),
            latest_post_at=Subquery(latest_post),
        )
    )
    result = []
    for page in rows:
        open_flag_count, oldest_open_flag_at = open_flags.get(page.pk, (0, None))
        reasons: list[str] = []
        state = HealthState.HEALTHY
        sync = getattr(page, "sync_state", None)
        sync_status = sync.status if sync else PageSyncState.Status.NEVER
        if page.connection_state == ConnectionState.BROKEN:
            state = HealthState.BROKEN
            reasons.append(_("Facebook connection broken"))
        if sync is not None and sync_status in BROKEN_SYNC:
            state = HealthState.BROKEN
            reasons.append(sync.get_status_display())
        # The label, and apart from it the date it was checked and Facebook's error: the
        # template sets them out (the date whole on its own line; 「無効：…」 with the
        # Japanese colon, not 「無効: …」 glued in here).
        token_checked_on = None
        token_error = ""
        if page.connection_state == ConnectionState.OK:
            token_health = _("Valid")
            if page.connection_checked_at:
                token_checked_on = timezone.localdate(page.connection_checked_at)
        elif page.connection_state == ConnectionState.BROKEN:
            token_health = _("Invalid")
            token_error = page.connection_error or ""
        else:
            token_health = _("Not connected")
        operating = page.status in OPERATING_STATUSES
        last_post_at = max(
            [d for d in (page.last_post_at, page.latest_post_at) if d is not None], default=None
        )
        since = max(
            [d for d in (last_post_at, page.dormancy_baseline_at) if d is not None],
            default=None,
        )
        dormant = bool(operating and since is not None and now - since > dormancy)
        if dormant and since is not None:
            reasons.append(_("No post for %(days)d days") % {"days": (now - since).days})
        last_success = sync.last_success_at if sync else None
        lag = now - last_success if last_success else None
        attention = []
        if page.status == PageStatus.APPROVED:
            attention.append(_("Approved but not connected to Facebook"))
        elif operating and page.connection_state == ConnectionState.OK:
            if last_success is None:
                attention.append(_("Comments never read"))
            elif lag is not None and lag > lag_limit:
                attention.append(
                    _("Comments last read %(hours)d hours ago")
                    % {"hours": lag.total_seconds() // 3600}
                )
            if sync is not None and sync_status in (
                PageSyncState.Status.ERROR,
                PageSyncState.Status.THROTTLED,
            ):
                attention.append(sync.get_status_display())
        # A subscription that failed for good: the page's detail screen offers 再試行.
        webhooks = getattr(page, "webhook_subscription", None)
        if operating and webhooks is not None and webhooks.is_failed_subscription:
            attention.append(_("Facebook notifications could not be turned on"))
        if page.status == PageStatus.REVIEW_DUE:
            attention.append(_("Continuation review open"))
        elif page.next_review_on and page.next_review_on <= today:
            attention.append(_("Review date reached"))
        if open_flag_count and oldest_open_flag_at and now - oldest_open_flag_at > flag_wait:
            attention.append(_("Flags waiting more than a day"))
        if page.open_incidents:
            attention.append(_("Incident open"))
        reasons += attention
        if state != HealthState.BROKEN and (attention or dormant):
            state = HealthState.ATTENTION
        result.append(
            PageHealth(
                page=page,
                state=state,
                dormant=dormant,
                reasons=reasons,
                token_health=token_health,
                token_checked_on=token_checked_on,
                token_error=token_error,
                last_success_at=last_success,
                lag=lag,
                open_flags=open_flag_count,
                oldest_open_flag_at=oldest_open_flag_at,
                last_post_at=last_post_at,
                pending_requests=page.pending_requests,
                open_incidents=page.open_incidents,
            )
        )
    result.sort(key=lambda row: row.sort_key)
    return result
