"""A small fixed-window rate limiter on the Django cache (Redis in every deployment), per
client address, for public endpoints such as the registry's verify form and API.

    limited = rate_limit_exceeded("registry-verify", request, limit=30, window=600)

The first hit in a window creates the counter with the window as its time-out (``add`` is
atomic), later hits ``incr`` it; no lock, no database write.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class RateLimit:
    """How many requests per how many seconds."""

    limit: int
    window: int


def client_address(request) -> str:
    """The client's address as the web server saw it (the reverse proxy sets REMOTE_ADDR)."""
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def rate_limit_exceeded(scope: str, request, *, limit: int, window: int) -> bool:
    """Count this request for its address; True when the address went over ``limit`` within
    the current ``window`` seconds. A cache outage lets the request through (the limiter is
    a courtesy to other residents, not a security boundary)."""
    # The address is hashed: the cache holds no personal data in clear.
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    try:
        if cache.add(key, 1, timeout=window):
            return False
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - never fail a public page because the cache is down
        return False
    return count > limit
