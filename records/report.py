"""The monthly report for the headquarters meeting (地域情報化推進本部会議): one month of
pages and their health, posts, flags by clause, decisions, time-to-hide, incidents, crisis
mode and the access review, with charts (``insights.charts``) and the same figures as CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.exports import neutralise_cell
from comments.models import Post
from guidelines.clauses import Clause
from incidents.models import Incident, IncidentKind
from insights.charts import Chart, Series
from insights.selectors.health import PageHealth, pages_health
from ishinomaki_sns.common.durations import minutes_readable
from moderation.models import CrisisModeChange, Decision, Flag
from pages.selectors import pages_visible_to

from .figures import STAGES, Figures, summarise
from .selectors import hide_times, office_hours_by_page, overdue_flag_cutoff


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return (
        dt.datetime.combine(first, dt.time.min, tzinfo=tz),
        dt.datetime.combine(following, dt.time.min, tzinfo=tz),
    )


@dataclass
class MonthlyReport:
    month: dt.date
    health: list[PageHealth]
    posts: list[tuple[str, int]]
    flags: list[tuple[str, int]]
    decisions: list[tuple[str, int]]
    figures: Figures
    page_names: dict[int, str]
    incidents: list[tuple[str, int, int]]
    crisis: list[CrisisModeChange]
    access: dict
    overdue_open: int
    charts: list[Chart] = field(default_factory=list)

    def figure_rows(self) -> list[dict]:
        """Time-to-hide rows: city-wide, per page, per clause; all / office / outside."""
        rows = []
        groups = [("city", None, _("City-wide"))]
        groups += [
            ("page", key, self.page_names.get(key, str(key))) for key in self.figures.keys("page")
        ]
        groups += [("clause", key, str(Clause(key).label) if key in Clause.values else key)
                   for key in self.figures.keys("clause")]  # fmt: skip
        for group, key, label in groups:
            for period, period_label in (("all", _("All")), ("office", _("Office hours")),
                                         ("outside", _("Outside office hours"))):  # fmt: skip
                summary = self.figures.get(group, key, period)
                if not summary.count and period != "all":
                    continue
                rows.append(
                    {"group": group, "label": label, "period": period_label, **summary.row()}
                )
        return rows

    def csv_lines(self) -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)

        def emit(*cells) -> str:
            writer.writerow([neutralise_cell(str(c)) if c is not None else "" for c in cells])
            value = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return value

        yield "\ufeff"
        yield emit("区分", "項目", "値", "", "", "", "", "")
        for h in self.health:
            yield emit("ページ", h.page.name, h.state_label, h.open_flags)
        for name, count in self.posts:
            yield emit("投稿数", name, count)
        for label, count in self.flags:
            yield emit("条項別の検知", label, count)
        for label, count in self.decisions:
            yield emit("判断", label, count)
        yield emit("非表示までの時間", "対象", "区分", "件数",
                   *[f"{s} {m}" for s in STAGES for m in ("median", "p90")])  # fmt: skip
        for row in self.figure_rows():
            yield emit("非表示までの時間", row["label"], row["period"], row["count"],
                       *[_minutes(row[f"{s}_{m}"]) for s in STAGES for m in ("median", "p90")])  # fmt: skip
        for label, opened, resolved in self.incidents:
            yield emit("インシデント", label, opened, resolved)
        for change in self.crisis:
            yield emit("緊急モード", change.page.name, "ON" if change.enabled else "OFF",
                       timezone.localtime(change.created_at).isoformat())  # fmt: skip
        yield emit("アクセスレビュー", "割当", self.access.get("total"))
        yield emit("アクセスレビュー", "要確認", self.access.get("flagged"))
        yield emit("目標超過の未処理", "件数", self.overdue_open)


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def monthly_report(*, user, month: dt.date) -> MonthlyReport:
    """The month's report over the pages the user may see (city-wide roles: every page)."""
    from accounts.selectors import access_review_rows

    start, end = month_bounds(month)
    pages = pages_visible_to(user=user)
    page_ids = list(pages.values_list("pk", flat=True))
    names = dict(pages.values_list("pk", "name"))
    posts = dict(
        Post.objects.filter(page_id__in=page_ids, created_time__gte=start, created_time__lt=end)
        .values_list("page_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    flags = dict(
        Flag.objects.filter(
            comment__page_id__in=page_ids, created_at__gte=start, created_at__lt=end
        )
        .values_list("clause")
        .annotate(n=Count("pk"))
        .order_by()
    )
    decisions = dict(
        Decision.objects.filter(
            comment__page_id__in=page_ids, created_at__gte=start, created_at__lt=end
        )
        .values_list("action")
        .annotate(n=Count("pk"))
        .order_by()
    )
    opened = dict(
        Incident.objects.filter(page_id__in=page_ids, opened_at__gte=start, opened_at__lt=end)
        .values_list("kind").annotate(n=Count("pk")).order_by()
    )  # fmt: skip
    resolved = dict(
        Incident.objects.filter(page_id__in=page_ids, resolved_at__gte=start, resolved_at__lt=end)
        .values_list("kind").annotate(n=Count("pk")).order_by()
    )  # fmt: skip
    figures = summarise(
        hide_times(page_ids=page_ids, start=start, end=end), office_hours_by_page(page_ids=page_ids)
    )
    rows = access_review_rows(user=user)
    overdue = (
        Flag.objects.filter(
            decision__isnull=True,
            comment__page_id__in=page_ids,
            created_at__lt=overdue_flag_cutoff(),
        )
        .values("comment_id")
        .distinct()
        .count()
    )
    report = MonthlyReport(
        month=month.replace(day=1),
        health=sorted(pages_health(pages=pages), key=lambda h: h.sort_key),
        posts=sorted(((names[pk], n) for pk, n in posts.items()), key=lambda r: -r[1]),
        flags=[(str(label), flags[code]) for code, label in Clause.choices if flags.get(code)],
        decisions=[
            (str(label), decisions[code])
            for code, label in Decision.Action.choices
            if decisions.get(code)
        ],  # fmt: skip
        figures=figures,
        page_names=names,
        incidents=[
            (str(label), opened.get(code, 0), resolved.get(code, 0))
            for code, label in IncidentKind.choices
            if opened.get(code) or resolved.get(code)
        ],  # fmt: skip
        crisis=list(
            CrisisModeChange.objects.filter(
                page_id__in=page_ids, created_at__gte=start, created_at__lt=end
            )
            .select_related("page")
            .order_by("created_at")
        ),  # fmt: skip
        access={
            "available": bool(rows),
            "total": len(rows),
            "flagged": sum(1 for r in rows if r.flags),
        },
        overdue_open=overdue,
    )
    report.charts = _charts(report)
    return report


def _hours(minutes: float | None) -> float | None:
    return None if minutes is None else minutes / 60


def _charts(report: MonthlyReport) -> list[Chart]:
    charts = [
        Chart("flags-by-clause", _("Flags by clause"), "bar", [r[0] for r in report.flags],
              [Series(_("Flags"), [r[1] for r in report.flags])]),
        Chart("decisions", _("Decisions"), "bar", [r[0] for r in report.decisions],
              [Series(_("Decisions"), [r[1] for r in report.decisions])]),
        Chart("posts", _("Posts per page"), "bar", [r[0] for r in report.posts],
              [Series(_("Posts"), [r[1] for r in report.posts])]),
    ]  # fmt: skip
    city = [row for row in report.figure_rows() if row["group"] == "city"]
    charts.append(
        Chart(
            "time-to-hide",
            _("Time to hide (median, hours)"),
            "bar",
            [row["period"] for row in city],
            [
                Series(_("To flag"), [_hours(row["flag_median"]) for row in city]),
                Series(_("To decision"), [_hours(row["decision_median"]) for row in city]),
                Series(
                    _("Confirmed by Facebook"), [_hours(row["confirmed_median"]) for row in city]
                ),
            ],  # fmt: skip
            # The axis in hours (minutes ran to "25k"); the table reads 「2日4時間」.
            unit=_("hours (unit of a chart's axis)"),
            decimals=1,
            display=lambda hours: minutes_readable(hours * 60),
        )
    )
    return charts
