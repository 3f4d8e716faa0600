"""Office hours as data, and whether a moment falls inside them (pure; no database).

A page's activity policy holds its hours as structured data (``ActivityPolicy.office_hours``);
an empty value means the city's default: weekdays 8:30-17:15, closed on Japanese public
holidays (``jpholiday``) and over the year-end break (12/29-1/3, the city's closing days).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import jpholiday

TOKYO = ZoneInfo("Asia/Tokyo")
YEAR_END_CLOSED = ("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")


@dataclass(frozen=True)
class OfficeHours:
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: dt.time = dt.time(8, 30)
    end: dt.time = dt.time(17, 15)
    holidays: bool = True
    closed: tuple[str, ...] = YEAR_END_CLOSED

    @classmethod
    def from_data(cls, data: dict | None) -> OfficeHours:
        """From the activity policy's JSON; missing or malformed keys take the default."""
        data = data or {}
        default = cls()
        try:
            weekdays = tuple(int(d) for d in data.get("weekdays", default.weekdays))
            start = dt.time.fromisoformat(data["start"]) if "start" in data else default.start
            end = dt.time.fromisoformat(data["end"]) if "end" in data else default.end
        except (TypeError, ValueError):
            return default
        return cls(
            weekdays=weekdays,
            start=start,
            end=end,
            holidays=bool(data.get("holidays", True)),
            closed=tuple(data.get("closed", default.closed)),
        )

    def to_data(self) -> dict:
        return {
            "weekdays": list(self.weekdays),
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "holidays": self.holidays,
            "closed": list(self.closed),
        }

    def is_open_day(self, day: dt.date) -> bool:
        if day.weekday() not in self.weekdays:
            return False
        if self.holidays and jpholiday.is_holiday(day):
            return False
        return day.strftime("%m-%d") not in self.closed

    def contains(self, moment: dt.datetime) -> bool:
        """True when the aware ``moment`` is inside office hours (in Japan time)."""
        local = moment.astimezone(TOKYO)
        return self.is_open_day(local.date()) and self.start <= local.time() < self.end


DEFAULT = OfficeHours()
