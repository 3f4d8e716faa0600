"""Durations for people: minutes as 「45分」「20時間34分」「2日4時間」 (the monthly report's
time to flag, to decide and to hide), in Japanese and in English, through the helper and the
template filter."""

import pytest
from django.template import Context, Template
from django.utils import translation

from ishinomaki_sns.common.durations import minutes_readable


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [
        (0, "1分未満"),
        (0.4, "1分未満"),
        (0.6, "1分"),
        (45, "45分"),
        (59.4, "59分"),
        (59.6, "1時間"),  # rounds up into the next unit, never 「60分」
        (60, "1時間"),
        (61, "1時間1分"),
        (1234, "20時間34分"),
        (1439.6, "1日"),  # never 「24時間」
        (1440, "1日"),
        (3120, "2日4時間"),
        (3121, "2日4時間"),  # minutes no longer matter at the scale of days
        (29524.8, "20日12時間"),
        (10080, "7日"),
    ],
)
def test_minutes_read_in_the_two_units_that_matter(minutes, shown):
    with translation.override("ja"):
        assert minutes_readable(minutes) == shown


@pytest.mark.parametrize("value", [None, "", "abc", float("nan"), -5])
def test_no_duration_reads_as_nothing(value):
    assert minutes_readable(value) == ""


def test_english_screens_read_the_same_durations_in_english():
    with translation.override("en"):
        assert minutes_readable(1234) == "20 h 34 min"
        assert minutes_readable(3120) == "2 d 4 h"


def test_the_template_filter_falls_back_to_a_dash():
    template = Template(
        '{% load durations %}{{ a|minutes_readable }} / {{ b|minutes_readable|default:"—" }}'
    )
    with translation.override("ja"):
        assert template.render(Context({"a": "1234", "b": None})) == "20時間34分 / —"
