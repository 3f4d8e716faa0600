"""Time buckets for the charts: the weeks and days shown, and counts grouped by week in one
query (weeks start on Monday, in the city's time zone)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncWeek
from django.utils import timezone

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
