"""Rate-limit usage headers and the per-page meter shared by web and worker processes.

Facebook reports usage as percentages of the quota on every response:
`X-Business-Use-Case-Usage` (per page, for page-token calls; `estimated_time_to_regain_access`
in minutes), `X-App-Usage` and the older `X-Page-Usage`. The meter keeps the latest figures per
page in Django's cache (Redis in every environment), slows callers down above ~80 % and pauses
a page when it is throttled, until Facebook's estimate or an exponential backoff has passed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

BUC_HEADER = "X-Business-Use-Case-Usage"
APP_HEADER = "X-App-Usage"
PAGE_HEADER = "X-Page-Usage"


@dataclass(frozen=True)
class Usage:
    """One usage report: percentages of the quota used (0-100+)."""

    call_count: float = 0
    total_cputime: float = 0
    total_time: float = 0
    estimated_time_to_regain_access: float = 0  # minutes
    type: str = ""

    @property
    def percent(self) -> float:
        """The highest of the three percentages: the one that throttles first."""
        return max(self.call_count, self.total_cputime, self.total_time)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Usage:
        def num(key: str) -> float:
            try:
                return float(data.get(key) or 0)
            except (TypeError, ValueError):
                return 0.0

        return cls(
            call_count=num("call_count"),
            total_cputime=num("total_cputime"),
            total_time=num("total_time"),
            estimated_time_to_regain_access=num("estimated_time_to_regain_access"),
            type=str(data.get("type") or ""),
        )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:  # plain dicts are case-sensitive; requests' headers are not
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                return candidate
    return value


def _load(raw: str | None) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def parse_business_use_case_usage(headers: Mapping[str, str]) -> dict[str, list[Usage]]:
    """`{"PAGE_ID": [{"type": "pages", "call_count": 97, ...}]}` -> {page_id: [Usage]}.
    A malformed header yields {} (usage is advisory, never a reason to fail a call)."""
    data = _load(_header(headers, BUC_HEADER))
    if not isinstance(data, dict):
        return {}
    result: dict[str, list[Usage]] = {}
    for page_id, entries in data.items():
        if isinstance(entries, dict):
            entries = [entries]
        if isinstance(entries, list):
            result[str(page_id)] = [Usage.from_dict(e) for e in entries if isinstance(e, dict)]
    return result


def parse_app_usage(headers: Mapping[str, str]) -> Usage | None:
    """`X-App-Usage: {"call_count":28,"total_time":25,"total_cputime":25}`."""
    data = _load(_header(headers, APP_HEADER))
    return Usage.from_dict(data) if isinstance(data, dict) else None


def parse_page_usage(headers: Mapping[str, str]) -> Usage | None:
    """The older `X-Page-Usage`, same shape as X-App-Usage."""
    data = _load(_header(headers, PAGE_HEADER))
    return Usage.from_dict(data) if isinstance(data, dict) else None


class PageUsageMeter:
    """Per-page usage and pauses, persisted in Django's cache so every process sees them.

    - `record(headers, page_id=None)` stores the latest percentages (and pauses a page that
      reports 100 % with an estimate).
    - `delay(page_id)` is how long to wait before the next call: 0 below `slow_at` percent,
      rising linearly to `max_delay` at 100 %, or the remaining pause.
    - `throttled(page_id, retry_after)` pauses the page for Facebook's estimate, else for an
      exponential backoff from `base_backoff` seconds capped at `max_backoff`.
    - `paused_until(page_id)` -> aware datetime or None.
    """

    def __init__(
        self,
        cache: Any = None,
        *,
        prefix: str = "graph:usage:",
        slow_at: float = 80.0,
        max_delay: float = 10.0,
        base_backoff: float = 60.0,
        max_backoff: float = 3600.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if cache is None:
            from django.core.cache import cache as default_cache

            cache = default_cache
        self.cache = cache
        self.prefix = prefix
        self.slow_at = slow_at
        self.max_delay = max_delay
        self.base_backoff = base_backoff
        self.max_backoff = max_backoff
        self.clock = clock

    def _key(self, page_id: str, what: str) -> str:
        return f"{self.prefix}{page_id}:{what}"

    # --- recording -------------------------------------------------------------------------
    def record(self, headers: Mapping[str, str], page_id: str | None = None) -> None:
        """Store the usage reported by one response. Business-use-case entries name their
        pages; X-Page-Usage and X-App-Usage are attributed to `page_id` / the app."""
        for buc_page, entries in parse_business_use_case_usage(headers).items():
            if not entries:
                continue
            percent = max(e.percent for e in entries)
            regain = max(e.estimated_time_to_regain_access for e in entries)
            self._store(buc_page, percent)
            if percent >= 100 and regain > 0:
                self.throttled(buc_page, regain * 60.0)
        page_usage = parse_page_usage(headers)
        if page_usage and page_id:
            self._store(page_id, max(page_usage.percent, self.percent(page_id) or 0))
        app_usage = parse_app_usage(headers)
        if app_usage:
            self._store("app", app_usage.percent)

    def _store(self, page_id: str, percent: float) -> None:
        self.cache.set(
            self._key(page_id, "percent"), {"percent": percent, "at": self.clock()}, 24 * 3600
        )

    def percent(self, page_id: str) -> float | None:
        """The latest usage percentage recorded for the page (None if never seen)."""
        data = self.cache.get(self._key(page_id, "percent"))
        return float(data["percent"]) if data else None

    def succeeded(self, page_id: str) -> None:
        """A call for the page went through: the backoff streak starts over."""
        self.cache.delete(self._key(page_id, "streak"))

    # --- decisions ---------------------------------------------------------------------------
    def throttled(self, page_id: str, retry_after: float | None = None) -> float:
        """Pause the page; returns the pause in seconds."""
        streak_key = self._key(page_id, "streak")
        streak = int(self.cache.get(streak_key) or 0)
        if retry_after and retry_after > 0:
            seconds = float(retry_after)
        else:
            seconds = min(self.base_backoff * (2**streak), self.max_backoff)
        self.cache.set(streak_key, streak + 1, int(self.max_backoff * 4))
        until = self.clock() + seconds
        current = self.cache.get(self._key(page_id, "paused"))
        if not current or current < until:
            self.cache.set(self._key(page_id, "paused"), until, int(seconds) + 60)
        return seconds

    def paused_until(self, page_id: str) -> datetime | None:
        """When the page may be called again, or None when it is not paused."""
        until = self.cache.get(self._key(page_id, "paused"))
        if until and until > self.clock():
            return datetime.fromtimestamp(until, tz=UTC)
        return None

    def resume(self, page_id: str) -> None:
        """Lift a pause (staff action or tests)."""
        self.cache.delete_many([self._key(page_id, w) for w in ("paused", "streak", "percent")])

    def delay(self, page_id: str | None) -> float:
        """Seconds to wait before the next call for the page (0 = go ahead)."""
        if not page_id:
            return 0.0
        until = self.cache.get(self._key(page_id, "paused"))
        now = self.clock()
        if until and until > now:
            return until - now
        percent = max(self.percent(page_id) or 0.0, self.percent("app") or 0.0)
        if percent <= self.slow_at:
            return 0.0
        share = min((percent - self.slow_at) / max(100.0 - self.slow_at, 1.0), 1.0)
        return round(share * self.max_delay, 3)
