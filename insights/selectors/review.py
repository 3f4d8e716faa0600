"""Reads for the secretariat's review charts: time from flag to decision, and the backlog
(one query)."""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import defaultdict

from django.db.models import Min, Q
from django.utils.translation import gettext as _

from moderation.selectors import flags_on_pages

from ..charts import Chart, Series
from .weeks import _start_of, _week_key


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
