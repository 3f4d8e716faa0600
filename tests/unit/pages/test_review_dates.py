"""The review-date rule of an activity policy (no database): ahead, within the interval."""

import datetime as dt

import pytest
from django.utils import translation

from guidelines.review_dates import (
    review_date_default,
    review_date_is_allowed,
    review_date_latest,
    review_date_problem,
)

TODAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def _interval(settings):
    settings.PAGES_REVIEW_INTERVAL_DAYS = 365


@pytest.mark.parametrize("days", [1, 200, 365])
def test_a_date_ahead_within_the_interval_is_allowed(days):
    value = TODAY + dt.timedelta(days=days)
    assert review_date_problem(value, TODAY) is None
    assert review_date_is_allowed(value, TODAY)


@pytest.mark.parametrize("days", [0, -1, -400])
def test_today_or_a_past_date_is_refused_in_japanese(days):
    with translation.override("ja"):
        problem = review_date_problem(TODAY + dt.timedelta(days=days), TODAY)
    assert problem == "見直し日には今日より後の日付を入力してください。"


def test_a_date_beyond_the_interval_is_refused_with_the_last_allowed_day():
    with translation.override("ja"):
        problem = review_date_problem(TODAY + dt.timedelta(days=366), TODAY)
    assert problem == "見直し日は365日以内（2027-12-06まで）にしてください。"
    assert not review_date_is_allowed(TODAY + dt.timedelta(days=366), TODAY)


def test_the_interval_comes_from_settings(settings):
    settings.PAGES_REVIEW_INTERVAL_DAYS = 30
    assert review_date_latest(TODAY) == dt.date(2027, 1, 5)
    assert review_date_default(TODAY) == review_date_latest(TODAY)
    assert review_date_problem(dt.date(2027, 1, 6), TODAY) is not None


def test_no_date_is_left_to_the_required_check():
    assert review_date_problem(None, TODAY) is None
    assert not review_date_is_allowed(None, TODAY)
