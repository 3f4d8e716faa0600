"""Reads for charts and the page health dashboard, in a constant number of queries.

Every function here issues a fixed number of grouped queries whatever the number of pages,
posts or comments (annotations, subqueries, GROUP BY), never one query per row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import (
    Count,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce, TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from comments.models import Comment, PageSyncState, Post
from incidents.models import UNRESOLVED_STATUSES, Incident
from moderation.selectors import flags_on_pages, flags_open
from pages.models import (
    OPERATING_STATUSES,
    ConnectionState,
    OfficialPage,
    PageRequest,
    PageStatus,
)

from .charts import Chart, Series
from .models import InsightsPull, PageDailyMetric
from .services import FOLLOWERS

WEEKS = 12
DAYS = 90


def _weeks(today: dt.date, weeks: int = WEEKS) -> list[dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return [monday - dt.timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


def _week_of(value) -> dt.date:
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def _week_key(value) -> dt.date:
    day = _week_of(value)
    return day - dt.timedelta(days=day.weekday())


def _trunc_week(field_name: str):
    return TruncWeek(field_name, tzinfo=timezone.get_current_timezone())


# --------------------------------------------------------------------------- charts


def _daily_charts(rows, days: list[dt.date], prefix: str) -> list[Chart]:
    """Followers and reach over time from daily metric rows [(date, metric, value)]."""
    by_metric: dict[str, dict[dt.date, int]] = defaultdict(dict)
    for day, metric, value in rows:
        by_metric[metric][day] = by_metric[metric].get(day, 0) + value
    labels = [d.isoformat() for d in days]
    followers = Chart(
        slug=f"{prefix}followers",
        title=_("Followers"),
        kind="line",
        labels=labels,
        series=[
            Series(_("Followers (page_follows)"), [by_metric["page_follows"].get(d) for d in days]),
            Series(_("Followers (followers_count)"), [by_metric[FOLLOWERS].get(d) for d in days]),
        ],
        unit=_("people"),
    )
    followers.series = [s for s in followers.series if any(v is not None for v in s.values)] or (
        followers.series[:1]
    )
    reach = Chart(
        slug=f"{prefix}reach",
        title=_("Reach (media views per day)"),
        kind="line",
        labels=labels,
        series=[Series(_("Media views"), [by_metric["page_media_view"].get(d) for d in days])],
        unit=_("views"),
    )
    return [followers, reach]


def _weekly_charts(
    weeks: list[dt.date], posts: dict, comments: dict, flagged: dict, prefix: str
) -> list[Chart]:
    labels = [w.isoformat() for w in weeks]
    rate = [(flagged.get(w, 0) * 100 / comments[w]) if comments.get(w) else None for w in weeks]
    return [
        Chart(
            slug=f"{prefix}posts",
            title=_("Posts per week"),
            kind="bar",
            labels=labels,
            series=[Series(_("Posts"), [posts.get(w, 0) for w in weeks])],
            unit=_("count"),
            note=_("Weeks start on Monday."),
        ),
        Chart(
            slug=f"{prefix}comments",
            title=_("Comments per week"),
            kind="bar",
            labels=labels,
            series=[
                Series(_("Comments"), [comments.get(w, 0) for w in weeks]),
                Series(_("Flagged comments"), [flagged.get(w, 0) for w in weeks]),
            ],
            unit=_("count"),
        ),
        Chart(
            slug=f"{prefix}flag-rate",
            title=_("Flag rate per week"),
            kind="line",
            labels=labels,
            series=[Series(_("Flagged comments (%)"), rate)],
            unit="%",
            decimals=1,
            note=_("Share of the week's comments flagged by at least one rule."),
        ),
    ]


def _weekly_counts(queryset: QuerySet, field_name: str, group: str | None = None) -> dict:
    fields = ["week"] + ([group] if group else [])
    rows = (
        queryset.annotate(week=_trunc_week(field_name))
        .values(*fields)
        .annotate(n=Count("pk"))
        .order_by()
    )
    out: dict = {}
    for row in rows:
        key = _week_key(row["week"]) if not group else (row[group], _week_key(row["week"]))
        out[key] = out.get(key, 0) + row["n"]
    return out


def _weekly_flagged(queryset: QuerySet) -> dict:
    rows = (
        queryset.annotate(week=_trunc_week("comment__created_time"))
        .values("week")
        .annotate(n=Count("comment_id", distinct=True))
        .order_by()
    )
    out: dict = {}
    for row in rows:
        key = _week_key(row["week"])
        out[key] = out.get(key, 0) + row["n"]
    return out


@dataclass
class PageInsights:
    charts: list[Chart]
    last_pull: InsightsPull | None


def page_insights(*, page: OfficialPage, today: dt.date | None = None) -> PageInsights:
    """A page's charts: followers and reach per day (90 days); posts, comments and the flag
    rate per week (12 weeks); and its last insights pull (with the metrics Facebook
    rejected). Caller has already checked the page is visible (page_get_for_user_or_404).
    Five queries."""
    today = today or timezone.localdate()
    days = [today - dt.timedelta(days=i) for i in range(DAYS - 1, -1, -1)]
    weeks = _weeks(today)
    start = _start_of(weeks[0])
    rows = PageDailyMetric.objects.filter(page=page, date__gte=days[0]).values_list(
        "date", "metric", "value"
    )
    posts = _weekly_counts(Post.objects.filter(page=page, created_time__gte=start), "created_time")
    comments = _weekly_counts(
        Comment.objects.filter(page=page, created_time__gte=start), "created_time"
    )
    flagged = _weekly_flagged(
        flags_on_pages(page_ids=[page.pk]).filter(comment__created_time__gte=start)
    )
    charts = _daily_charts(list(rows), days, "") + _weekly_charts(
        weeks, posts, comments, flagged, ""
    )
    last_pull = InsightsPull.objects.filter(page=page).order_by("-started_at").first()
    return PageInsights(charts=charts, last_pull=last_pull)


@dataclass
class CityInsights:
    charts: list[Chart]
    department_charts: list[Chart]
    review_charts: list[Chart]
    invalid_metrics: list[str] = field(default_factory=list)


def city_insights(*, pages: QuerySet[OfficialPage], today: dt.date | None = None) -> CityInsights:
    """City-wide charts over `pages` (the viewer's visible pages): the page charts summed;
    per department the latest followers, the comments and flags of the last 12 weeks; and
    for the secretariat the time from flag to decision and the review backlog.
    A fixed number of queries (about ten)."""
    today = today or timezone.localdate()
    days = [today - dt.timedelta(days=i) for i in range(DAYS - 1, -1, -1)]
    weeks = _weeks(today)
    start = _start_of(weeks[0])
    page_ids = list(pages.values_list("pk", flat=True))
    rows = (
        PageDailyMetric.objects.filter(page_id__in=page_ids, date__gte=days[0])
        .values("date", "metric")
        .annotate(total=Coalesce(Sum("value"), 0))
        .values_list("date", "metric", "total")
        .order_by()
    )
    posts = _weekly_counts(
        Post.objects.filter(page_id__in=page_ids, created_time__gte=start), "created_time"
    )
    # One pass each over the comments and the flags, grouped by page and week: the weekly
    # totals and the per-department totals both come from it.
    per_page_week = _weekly_counts(
        Comment.objects.filter(page_id__in=page_ids, created_time__gte=start),
        "created_time",
        group="page_id",
    )
    flagged_rows = (
        flags_on_pages(page_ids=page_ids)
        .filter(comment__created_time__gte=start)
        .annotate(week=_trunc_week("comment__created_time"))
        .values("comment__page_id", "week")
        .annotate(n=Count("comment_id", distinct=True))
        .order_by()
    )
    flagged_per_page_week: dict = {}
    for row in flagged_rows:
        key = (row["comment__page_id"], _week_key(row["week"]))
        flagged_per_page_week[key] = flagged_per_page_week.get(key, 0) + row["n"]
    comments: dict = defaultdict(int)
    flagged: dict = defaultdict(int)
    for (_page, week), n in per_page_week.items():
        comments[week] += n
    for (_page, week), n in flagged_per_page_week.items():
        flagged[week] += n
    charts = _daily_charts(list(rows), days, "city-") + _weekly_charts(
        weeks, posts, comments, flagged, "city-"
    )
    department_charts = _department_charts(page_ids, today, per_page_week, flagged_per_page_week)
    # A viewer who sees every page needs no page filter: the flags then never join the
    # million comments.
    every_page = len(page_ids) == OfficialPage.objects.count()
    review_charts = review_insights(page_ids=None if every_page else page_ids, weeks=weeks)
    invalid = set()
    for metrics in (
        InsightsPull.objects.filter(page_id__in=page_ids, started_at__gte=_start_of(today))
        .exclude(invalid_metrics=[])
        .values_list("invalid_metrics", flat=True)
    ):
        invalid.update(metrics)
    return CityInsights(charts, department_charts, review_charts, sorted(invalid))


def _department_charts(
    page_ids: list[int], today: dt.date, comments_per_page_week: dict, flagged_per_page_week: dict
) -> list[Chart]:
    pages = list(
        OfficialPage.objects.filter(pk__in=page_ids)
        .select_related("department")
        .order_by("department__division__sort_order", "department__code")
    )
    department_of = {p.pk: p.department for p in pages}
    departments = list(dict.fromkeys(p.department for p in pages))
    comments: dict[int, int] = defaultdict(int)
    flagged: dict[int, int] = defaultdict(int)
    for (page_id, _week), n in comments_per_page_week.items():
        comments[department_of[page_id].pk] += n
    for (page_id, _week), n in flagged_per_page_week.items():
        flagged[department_of[page_id].pk] += n
    latest: dict[int, tuple[dt.date, int]] = {}
    for page_id, day, value in PageDailyMetric.objects.filter(
        page_id__in=page_ids,
        metric__in=[FOLLOWERS, "page_follows"],
        date__gte=today - dt.timedelta(days=14),
    ).values_list("page_id", "date", "value"):
        if page_id not in latest or latest[page_id][0] <= day:
            latest[page_id] = (day, value)
    followers: dict[int, int] = defaultdict(int)
    for page_id, (_day, value) in latest.items():
        followers[department_of[page_id].pk] += value
    labels = [d.name_ja for d in departments]
    return [
        Chart(
            slug="department-followers",
            title=_("Followers per department"),
            kind="bar",
            labels=labels,
            series=[Series(_("Followers"), [followers.get(d.pk, 0) for d in departments])],
            unit=_("people"),
        ),
        Chart(
            slug="department-comments",
            title=_("Comments and flags per department (12 weeks)"),
            kind="bar",
            labels=labels,
            series=[
                Series(_("Comments"), [comments.get(d.pk, 0) for d in departments]),
                Series(_("Flagged comments"), [flagged.get(d.pk, 0) for d in departments]),
            ],
            unit=_("count"),
        ),
    ]


def review_insights(*, page_ids: list[int] | None, weeks: list[dt.date]) -> list[Chart]:
    """For the secretariat: the median hours from a comment's first flag to its first
    decision, per week of decision; and the backlog (flagged comments without a decision)
    at the end of each week. `page_ids` None means every page. One query."""
    start = _start_of(weeks[0])
    flags = flags_on_pages(page_ids=page_ids)
    rows = list(
        flags.values("comment_id")
        .annotate(
            first_flag=Min("created_at"), first_decision=Min("comment__decisions__created_at")
        )
        .filter(Q(first_decision__isnull=True) | Q(first_decision__gte=start))
        .values_list("first_flag", "first_decision")
        .order_by()
    )
    hours: dict[dt.date, list[float]] = defaultdict(list)
    for flagged_at, decided_at in rows:
        if decided_at is not None and decided_at >= flagged_at:
            hours[_week_key(decided_at)].append((decided_at - flagged_at).total_seconds() / 3600)
    flags_sorted = sorted(r[0] for r in rows)
    decided_sorted = sorted(r[1] for r in rows if r[1] is not None)
    backlog: list[float | None] = []
    for week in weeks:
        end = _start_of(week + dt.timedelta(days=7))
        flagged_by_end = bisect.bisect_left(flags_sorted, end)
        decided_by_end = bisect.bisect_left(decided_sorted, end)
        backlog.append(max(flagged_by_end - decided_by_end, 0))
    labels = [w.isoformat() for w in weeks]
    return [
        Chart(
            slug="review-time",
            title=_("Time from flag to decision"),
            kind="line",
            labels=labels,
            series=[
                Series(
                    _("Median hours"),
                    [statistics.median(hours[w]) if hours.get(w) else None for w in weeks],
                ),
                Series(
                    _("90th percentile hours"),
                    [_p90(hours[w]) if hours.get(w) else None for w in weeks],
                ),
            ],
            unit=_("h"),
            decimals=1,
            note=_("Per week of the decision; the first decision after the first flag."),
        ),
        Chart(
            slug="review-backlog",
            title=_("Review backlog"),
            kind="bar",
            labels=labels,
            series=[Series(_("Flagged comments without a decision"), backlog)],
            unit=_("count"),
            note=_("At the end of each week (Sunday midnight)."),
        ),
    ]


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def chart_find(charts: list[Chart], slug: str) -> Chart | None:
    return next((c for c in charts if c.slug == slug), None)


# --------------------------------------------------------------------------- page health


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
        .select_related("department", "sync_state")
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
        if page.connection_state == ConnectionState.OK:
            token_health = _("Valid")
            if page.connection_checked_at:
                token_health += (
                    " (" + timezone.localtime(page.connection_checked_at).strftime("%Y-%m-%d") + ")"
                )
        elif page.connection_state == ConnectionState.BROKEN:
            token_health = _("Invalid") + (
                f": {page.connection_error}" if page.connection_error else ""
            )
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
