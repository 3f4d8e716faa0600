"""Time-to-hide: how long a hidden or deleted comment stayed visible, and the pure maths.

For each comment hidden or deleted on Facebook (a hide or delete the outbox saw confirmed),
three durations run from its ``created_time`` on Facebook: to the portal's first flag, to
the decision to hide or delete it, and to Facebook's confirmation. Figures are the median and
the 90th percentile per page, per clause and city-wide, split by whether the comment was
written inside the page's office hours or outside them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .office_hours import DEFAULT, OfficeHours

STAGES = ("flag", "decision", "confirmed")


@dataclass(frozen=True)
class HideTime:
    """One hidden or deleted comment's timeline (aware datetimes; flag may be missing when a
    person hid a comment nobody flagged)."""

    page_id: int
    clause: str
    created: dt.datetime
    flagged: dt.datetime | None
    decided: dt.datetime | None
    confirmed: dt.datetime


def minutes_between(start: dt.datetime, end: dt.datetime | None) -> float | None:
    """Elapsed wall-clock minutes (never negative: a flag before created_time is a clock skew)."""
    if end is None:
        return None
    return max(0.0, (end - start).total_seconds() / 60)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Summary:
    """Median and p90 minutes per stage, over the comments of one group."""

    count: int = 0
    values: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STAGES})

    def add(self, item: HideTime) -> None:
        self.count += 1
        for stage, end in zip(STAGES, (item.flagged, item.decided, item.confirmed), strict=True):
            minutes = minutes_between(item.created, end)
            if minutes is not None:
                self.values[stage].append(minutes)

    def median(self, stage: str) -> float | None:
        return percentile(self.values[stage], 50)

    def p90(self, stage: str) -> float | None:
        return percentile(self.values[stage], 90)

    def row(self) -> dict:
        out: dict = {"count": self.count}
        for stage in STAGES:
            out[f"{stage}_median"] = self.median(stage)
            out[f"{stage}_p90"] = self.p90(stage)
        return out


@dataclass
class Figures:
    """Summaries keyed by (group, key, period) where group is "city", "page" or "clause"
    and period is "office", "outside" or "all"."""

    groups: dict[tuple[str, object, str], Summary] = field(
        default_factory=lambda: defaultdict(Summary)
    )

    def get(self, group: str, key: object, period: str) -> Summary:
        return self.groups.get((group, key, period)) or Summary()

    def keys(self, group: str) -> list:
        return sorted({key for g, key, _p in self.groups if g == group}, key=str)


def summarise(items: Iterable[HideTime], hours_by_page: dict[int, OfficeHours]) -> Figures:
    """Group each comment by city, page and clause, by all / in office hours / outside."""
    figures = Figures()
    for item in items:
        hours = hours_by_page.get(item.page_id, DEFAULT)
        period = "office" if hours.contains(item.created) else "outside"
        for group, key in (("city", None), ("page", item.page_id), ("clause", item.clause)):
            figures.groups[(group, key, "all")].add(item)
            figures.groups[(group, key, period)].add(item)
    return figures
