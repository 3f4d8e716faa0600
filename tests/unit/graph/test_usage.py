"""Usage headers and the page meter's slow-down and pause decisions."""

import json
import uuid

import pytest
from django.core.cache.backends.locmem import LocMemCache

from ishinomaki_sns.graph.usage import (
    PageUsageMeter,
    parse_app_usage,
    parse_business_use_case_usage,
    parse_page_usage,
)


def buc(page_id, pct, regain=0):
    return {
        "X-Business-Use-Case-Usage": json.dumps(
            {
                page_id: [
                    {
                        "type": "pages",
                        "call_count": pct,
                        "total_cputime": 1,
                        "total_time": 2,
                        "estimated_time_to_regain_access": regain,
                    }
                ]
            }
        )
    }


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def meter(clock):
    # LocMemCache instances with one name share storage: a fresh name per test.
    return PageUsageMeter(LocMemCache(f"usage-{uuid.uuid4()}", {}), clock=clock)


def test_headers_are_parsed():
    usage = parse_business_use_case_usage(buc("123", 97, 3))
    assert usage["123"][0].call_count == 97
    assert usage["123"][0].estimated_time_to_regain_access == 3
    assert usage["123"][0].percent == 97
    app = parse_app_usage({"x-app-usage": '{"call_count":28,"total_time":25,"total_cputime":25}'})
    assert app.percent == 28
    assert (
        parse_page_usage(
            {"X-Page-Usage": '{"call_count":5,"total_time":60,"total_cputime":1}'}
        ).percent
        == 60
    )


@pytest.mark.parametrize("raw", ["", "not json", "[1,2]", '{"1": "x"}'])
def test_malformed_headers_are_ignored(raw):
    assert parse_business_use_case_usage({"X-Business-Use-Case-Usage": raw}) in ({}, {"1": []})
    if not raw.startswith("{"):
        assert parse_app_usage({"X-App-Usage": raw}) is None


def test_no_delay_below_eighty_percent(meter):
    meter.record(buc("1", 50))
    assert meter.percent("1") == 50
    assert meter.delay("1") == 0
    assert meter.paused_until("1") is None


def test_slows_down_above_eighty_percent(meter):
    meter.record(buc("1", 90))
    slow = meter.delay("1")
    meter.record(buc("1", 99))
    assert 0 < slow < meter.delay("1") <= meter.max_delay


def test_full_usage_with_estimate_pauses_the_page(meter, clock):
    meter.record(buc("1", 100, regain=5))
    until = meter.paused_until("1")
    assert until is not None and until.timestamp() == clock.now + 300
    assert meter.delay("1") == 300
    clock.now += 301
    assert meter.paused_until("1") is None


def test_throttle_without_estimate_backs_off_exponentially_with_a_cap(meter, clock):
    assert meter.throttled("1") == 60
    assert meter.throttled("1") == 120
    assert meter.throttled("1") == 240
    for _ in range(10):
        last = meter.throttled("1")
    assert last == meter.max_backoff
    meter.succeeded("1")
    assert meter.throttled("1") == 60


def test_throttle_with_estimate_uses_it(meter, clock):
    assert meter.throttled("1", 420) == 420
    assert meter.paused_until("1").timestamp() == clock.now + 420
    meter.resume("1")
    assert meter.paused_until("1") is None


def test_pages_are_independent(meter):
    meter.throttled("1")
    assert meter.paused_until("2") is None
