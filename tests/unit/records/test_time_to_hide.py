"""Time-to-hide maths: office hours (weekdays 8:30-17:15 in Japan time), weekends, public
holidays from jpholiday, the year-end closure and the change of year; medians and p90."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from records.figures import HideTime, minutes_between, percentile, summarise
from records.office_hours import DEFAULT, OfficeHours

JST = ZoneInfo("Asia/Tokyo")


def jst(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=JST)


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (jst(2026, 12, 7, 10, 0), True),  # Monday
        (jst(2026, 12, 7, 8, 29), False),  # before 8:30
        (jst(2026, 12, 7, 8, 30), True),
        (jst(2026, 12, 7, 17, 14), True),
        (jst(2026, 12, 7, 17, 15), False),  # the end is exclusive
        (jst(2026, 12, 5, 10, 0), False),  # Saturday
        (jst(2026, 12, 6, 10, 0), False),  # Sunday
        (jst(2026, 11, 23, 10, 0), False),  # 勤労感謝の日, a Monday
        (jst(2027, 1, 11, 10, 0), False),  # 成人の日 2027 (second Monday of January)
        (jst(2026, 12, 28, 10, 0), True),  # the last working day of the year
        (jst(2026, 12, 29, 10, 0), False),  # year-end closure, a Tuesday
        (jst(2026, 12, 31, 10, 0), False),
        (jst(2027, 1, 1, 10, 0), False),  # 元日
        (jst(2027, 1, 4, 10, 0), True),  # first working day of 2027
        (dt.datetime(2026, 12, 7, 0, 30, tzinfo=dt.UTC), True),  # 09:30 in Japan
        (dt.datetime(2026, 12, 7, 8, 30, tzinfo=dt.UTC), False),  # 17:30 in Japan
    ],
)
def test_default_office_hours(moment, inside):
    assert DEFAULT.contains(moment) is inside


def test_office_hours_from_the_activity_policy_data():
    hours = OfficeHours.from_data(
        {
            "weekdays": [0, 1, 2, 3, 4, 5],
            "start": "09:00",
            "end": "18:00",
            "holidays": False,
            "closed": [],
        }  # fmt: skip
    )
    assert hours.contains(jst(2026, 12, 5, 17, 30))  # Saturday now counts
    assert not hours.contains(jst(2026, 12, 7, 8, 45))
    assert hours.contains(jst(2026, 11, 23, 10, 0))  # holidays ignored on request
    assert hours.contains(jst(2026, 12, 29, 10, 0))
    assert OfficeHours.from_data({}) == DEFAULT
    assert OfficeHours.from_data({"start": "nonsense"}) == DEFAULT
    assert OfficeHours.from_data(hours.to_data()) == hours


def test_percentiles():
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 50) == pytest.approx(5.5)
    assert percentile(values, 90) == pytest.approx(9.1)
    assert percentile([7.0], 90) == 7.0
    assert percentile([], 50) is None


def test_durations_across_the_change_of_year_and_clock_skew():
    created = jst(2026, 12, 31, 23, 50)
    assert minutes_between(created, jst(2027, 1, 1, 0, 5)) == 15
    assert minutes_between(created, created - dt.timedelta(minutes=1)) == 0  # never negative
    assert minutes_between(created, None) is None


def item(page, clause, created, flag_min, decide_min, confirm_min, *, flagged=True):
    return HideTime(
        page_id=page,
        clause=clause,
        created=created,
        flagged=created + dt.timedelta(minutes=flag_min) if flagged else None,
        decided=created + dt.timedelta(minutes=decide_min),
        confirmed=created + dt.timedelta(minutes=confirm_min),
    )


def test_summary_splits_office_hours_per_page_clause_and_city():
    items = [
        item(1, "defamation", jst(2026, 12, 7, 10, 0), 1, 10, 12),  # Monday, office
        item(1, "defamation", jst(2026, 12, 7, 11, 0), 1, 20, 22),  # office
        item(1, "privacy", jst(2026, 12, 5, 10, 0), 2, 600, 601),  # Saturday
        item(2, "defamation", jst(2026, 11, 23, 14, 0), 1, 300, 302),  # public holiday
        item(2, "threat", jst(2026, 12, 31, 23, 50), 0, 15, 30),  # New Year's Eve, outside
        item(2, "threat", jst(2027, 1, 4, 9, 0), 3, 5, 6, flagged=False),  # hidden unflagged
    ]
    # Page 2 works Saturdays and ignores holidays; page 1 uses the default.
    hours = {2: OfficeHours.from_data({"weekdays": [0, 1, 2, 3, 4, 5], "holidays": False})}
    figures = summarise(items, hours)

    city = figures.get("city", None, "all")
    assert city.count == 6
    assert city.median("confirmed") == pytest.approx((22 + 30) / 2)
    assert len(city.values["flag"]) == 5  # the unflagged one has no time to flag

    office = figures.get("city", None, "office")
    outside = figures.get("city", None, "outside")
    # Page 2's holiday comment counts as office time (its policy ignores holidays), the
    # year-end one is outside (closure days still apply), 1/4 is inside.
    assert office.count == 4 and outside.count == 2
    assert sorted(outside.values["confirmed"]) == [30.0, 601.0]
    assert figures.get("page", 1, "office").median("decision") == pytest.approx(15)
    assert figures.get("page", 1, "outside").p90("decision") == pytest.approx(600)
    assert figures.get("clause", "threat", "all").count == 2
    assert figures.get("clause", "defamation", "all").p90("confirmed") == pytest.approx(
        percentile([12, 22, 302], 90)
    )
    assert figures.get("page", 3, "all").count == 0  # unknown group: empty, not an error
