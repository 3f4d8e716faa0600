"""Reads for the page and city charts (followers, reach, posts, comments, flag rate, per
department), in a constant number of queries.

Every function here issues a fixed number of grouped queries whatever the number of pages,
posts or comments (annotations, subqueries, GROUP BY), never one query per row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment, Post
from moderation.selectors import flags_on_pages
from pages.models import OfficialPage

from ..charts import Chart, Series
from ..models import InsightsPull, PageDailyMetric
from ..services import FOLLOWERS
from .review import review_insights
from .weeks import DAYS, _start_of, _trunc_week, _week_key, _weekly_counts, _weekly_flagged, _weeks


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
            # Two sources of the same figure; people read what each is, not the metric's code.
            Series(
                _("Followers (daily insights)"), [by_metric["page_follows"].get(d) for d in days]
            ),
            Series(_("Followers (page's count)"), [by_metric[FOLLOWERS].get(d) for d in days]),
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


def chart_find(charts: list[Chart], slug: str) -> Chart | None:
    return next((c for c in charts if c.slug == slug), None)
