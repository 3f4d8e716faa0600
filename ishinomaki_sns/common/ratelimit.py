"""Per-address rate limits for the public endpoints (registry, verify API and form).

`RateLimitMiddleware` applies them by URL name (settings.RATELIMIT_VIEWS, data: name ->
"html" or "json"), so a view moving between modules keeps its limit; `rate_limit` is the
same as a decorator.

A fixed window per (scope, address) counted in the cache (Redis): `limit` requests per
`window` seconds; the next one is answered 429 with `Retry-After` (the seconds left in the
window) and a Japanese message, as an HTML page or as JSON for the API. If the cache is
down the request goes through: a rate limit must never take the public registry down.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def client_address(request: HttpRequest) -> str:
    """The address the limit applies to. Behind the proxy, SecurityMiddleware-compatible
    setups put the client's address in REMOTE_ADDR (as axes reads it)."""
    return request.META.get("REMOTE_ADDR") or "unknown"


def hit(scope: str, address: str, *, limit: int, window: int) -> int | None:
    """Count one request; the seconds to wait if it is over the limit, else None."""
    now = time.time()
    index = int(now // window)
    key = f"ratelimit:{scope}:{address}:{index}"
    try:
        cache.add(key, 0, timeout=window + 1)
        count = cache.incr(key)
    except Exception as exc:  # the cache is down: let the request through, say so once
        logger.warning("rate limit not applied (%s): %s", scope, type(exc).__name__)
        return None
    if count <= limit:
        return None
    return max(1, int((index + 1) * window - now + 0.999))


def too_many_requests(request: HttpRequest, retry_after: int, *, json: bool) -> HttpResponse:
    message = _(
        "Too many requests from your address. Please wait %(seconds)d seconds and try again."
    ) % {"seconds": retry_after}
    if json:
        response: HttpResponse = JsonResponse(
            {"error": message}, status=429, json_dumps_params={"ensure_ascii": False}
        )
    else:
        response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limit(scope: str, *, json: bool = False) -> Callable:
    """Decorator for a view function or a class-based view's `dispatch`: the limit is
    RATELIMIT_PUBLIC_REQUESTS per RATELIMIT_PUBLIC_WINDOW_SECONDS per address and scope."""

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            request = next(a for a in args if isinstance(a, HttpRequest))
            retry_after = hit(
                scope,
                client_address(request),
                limit=settings.RATELIMIT_PUBLIC_REQUESTS,
                window=settings.RATELIMIT_PUBLIC_WINDOW_SECONDS,
            )
            if retry_after is not None:
                return too_many_requests(request, retry_after, json=json)
            return view(*args, **kwargs)

        return wrapped

    return decorate


class RateLimitMiddleware:
    """Rate limits the views named in settings.RATELIMIT_VIEWS, before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        kind = settings.RATELIMIT_VIEWS.get(match.view_name) if match else None
        if kind is None:
            return None
        retry_after = hit(
            match.view_name,
            client_address(request),
            limit=settings.RATELIMIT_PUBLIC_REQUESTS,
            window=settings.RATELIMIT_PUBLIC_WINDOW_SECONDS,
        )
        if retry_after is None:
            return None
        return too_many_requests(request, retry_after, json=kind == "json")


def rate_limit_exceeded(scope: str, request: HttpRequest, *, limit: int, window: int) -> bool:
    """Count this request for its address; True when the address went over ``limit`` within
    the current ``window`` seconds (for a view that answers the limit in its own page)."""
    return hit(scope, client_address(request), limit=limit, window=window) is not None
