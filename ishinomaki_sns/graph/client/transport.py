"""The Graph client's wire: HTTP, authentication and paging, shared by every other part.

- `appsecret_proof` on every call carrying a token; the pinned version in every path.
- Connect/read timeouts; transport failures, 5xx and unreadable bodies become
  `TransientGraphError` (no token in any message or chained traceback).
- Pagination follows `paging.next` exactly as given until it is absent.
- Usage headers feed a `PageUsageMeter` (shared through Redis): a paused page is not called at
  all (`ThrottledGraphError` at once), a page above ~80 % is slowed down.

Tests and the demo point `FACEBOOK_GRAPH_URL` at the simulator; nothing else differs.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

import requests

from ..errors import (
    GraphError,
    GraphUnreachableError,
    ThrottledGraphError,
    TransientGraphError,
    classify,
    decode_json,
)
from ..usage import PageUsageMeter

_SHARED_METER: Any = object()  # from_settings' default: the Redis-backed meter


def appsecret_proof(access_token: str, app_secret: str) -> str:
    """Hex HMAC-SHA256 of the access token keyed with the app secret."""
    return hmac.new(app_secret.encode(), access_token.encode(), hashlib.sha256).hexdigest()


def _page_of(object_id: str) -> str | None:
    """The page id of a post id `{page-id}_{post-id}` (None for other ids)."""
    head, sep, _ = str(object_id).partition("_")
    return head if sep else None


class GraphTransport:
    """What every part of `GraphClient` builds on: the app's credentials, the HTTP session,
    the page usage meter, and `get`/`post`/`delete`/`paginate`."""

    def __init__(
        self,
        base_url: str,
        version: str,
        app_id: str,
        app_secret: str,
        timeout: tuple[float, float] = (3.05, 30.0),
        session: requests.Session | None = None,
        meter: PageUsageMeter | None = None,
        *,
        dialog_url: str = "https://www.facebook.com",
        sleep: Callable[[float], None] = time.sleep,
        max_slowdown: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.version = version
        self.app_id = str(app_id)
        self._app_secret = app_secret
        self.timeout = timeout
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", "ishinomaki-sns-portal/1.0")
        self.meter = meter
        self.dialog_url = dialog_url.rstrip("/")
        self.sleep = sleep
        self.max_slowdown = max_slowdown
        self.calls = 0
        self.last_api_version: str | None = None

    def __repr__(self) -> str:  # never show the secret
        return f"<GraphClient {self.base_url}/{self.version} app={self.app_id}>"

    @classmethod
    def from_settings(
        cls, *, meter: Any = _SHARED_METER, session: requests.Session | None = None
    ) -> Self:
        """The client configured from Django settings, with the Redis-backed page meter
        (pass `meter=None` for none, or a meter of your own)."""
        from django.conf import settings

        return cls(
            base_url=settings.FACEBOOK_GRAPH_URL,
            version=settings.FACEBOOK_GRAPH_VERSION,
            app_id=settings.FACEBOOK_APP_ID,
            app_secret=settings.FACEBOOK_APP_SECRET,
            timeout=(
                getattr(settings, "FACEBOOK_GRAPH_CONNECT_TIMEOUT", 3.05),
                getattr(settings, "FACEBOOK_GRAPH_READ_TIMEOUT", 30.0),
            ),
            session=session,
            meter=PageUsageMeter() if meter is _SHARED_METER else meter,
            dialog_url=getattr(settings, "FACEBOOK_DIALOG_URL", "https://www.facebook.com"),
        )

    # --- transport ---------------------------------------------------------------------------
    def _url(self, path: str) -> str:
        path = path.lstrip("/")
        first = path.split("/", 1)[0]
        if first.startswith("v") and first[1:].replace(".", "").isdigit():
            path = path.split("/", 1)[1] if "/" in path else ""
        return f"{self.base_url}/{self.version}/{path}"

    def _before_call(self, page_id: str | None) -> None:
        if not (self.meter and page_id):
            return
        until = self.meter.paused_until(page_id)
        if until is not None:
            remaining = max(until.timestamp() - time.time(), 0.0)
            raise ThrottledGraphError(
                "Page is paused after throttling; not calling Facebook",
                retry_after=remaining,
                page_id=page_id,
            )
        delay = self.meter.delay(page_id)
        if delay > 0:
            self.sleep(min(delay, self.max_slowdown))

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        page_id: str | None = None,
        files: Mapping[str, Any] | None = None,
    ) -> Any:
        self._before_call(page_id)
        self.calls += 1
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                data=data,
                files=files,
                timeout=self.timeout,
                allow_redirects=False,
            )
            body = response.content
        except requests.Timeout:
            raise TransientGraphError("Graph API call timed out", is_transient=True) from None
        except requests.ConnectionError as exc:
            raise GraphUnreachableError(
                f"Graph API connection failed ({type(exc).__name__})", is_transient=True
            ) from None
        except requests.RequestException as exc:
            # The exception text contains the URL (and so the token): keep only its class.
            raise TransientGraphError(
                f"Graph API connection failed ({type(exc).__name__})", is_transient=True
            ) from None
        headers = response.headers
        self.last_api_version = headers.get("facebook-api-version")
        if self.meter is not None:
            self.meter.record(headers, page_id)
        payload = decode_json(body)
        if (
            response.status_code >= 400
            or payload is None
            or (isinstance(payload, dict) and "error" in payload)
        ):
            error = classify(payload, response.status_code, headers)
            if isinstance(error, ThrottledGraphError):
                error.page_id = error.page_id or page_id
                if self.meter is not None and error.page_id:
                    error.retry_after = self.meter.throttled(error.page_id, error.retry_after)
            raise error
        if self.meter is not None and page_id:
            self.meter.succeeded(page_id)
        return payload

    def _auth(self, params: Mapping[str, Any] | None, access_token: str | None) -> dict[str, Any]:
        merged = {k: v for k, v in (params or {}).items() if v is not None}
        if access_token:
            merged["access_token"] = access_token
            merged["appsecret_proof"] = appsecret_proof(access_token, self._app_secret)
        return merged

    def get(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Any:
        """GET /{version}/{path}; returns the decoded JSON."""
        return self._send(
            "GET", self._url(path), params=self._auth(params, access_token), page_id=page_id
        )

    def post(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Any:
        """POST /{version}/{path} with form fields (token in the body, not the URL)."""
        return self._send(
            "POST", self._url(path), data=self._auth(params, access_token), page_id=page_id
        )

    def delete(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Any:
        """DELETE /{version}/{path}."""
        return self._send(
            "DELETE", self._url(path), params=self._auth(params, access_token), page_id=page_id
        )

    def _follow(self, next_url: str, access_token: str | None, page_id: str | None) -> Any:
        """GET a `paging.next` URL as given. It already carries the token; we only add the
        proof if absent, and refuse to send anything to another host."""
        ours, theirs = urlsplit(self.base_url), urlsplit(next_url)
        if (ours.scheme, ours.netloc) != (theirs.scheme, theirs.netloc):
            raise GraphError("paging.next points to an unexpected host; not following it")
        query = parse_qs(theirs.query)
        extra: dict[str, str] = {}
        token = (query.get("access_token") or [access_token or ""])[0]
        if "access_token" not in query and access_token:
            extra["access_token"] = access_token
        if token and "appsecret_proof" not in query:
            extra["appsecret_proof"] = appsecret_proof(token, self._app_secret)
        return self._send("GET", next_url, params=extra or None, page_id=page_id)

    def _follow_all(
        self, payload: Mapping[str, Any], access_token: str | None, page_id: str | None
    ) -> Iterator[dict]:
        seen: set[str] = set()
        while True:
            yield from payload.get("data") or []
            next_url = (payload.get("paging") or {}).get("next")
            if not next_url:
                return
            if next_url in seen:  # a server bug must not become an endless loop
                raise TransientGraphError("paging.next repeated itself", is_transient=True)
            seen.add(next_url)
            payload = self._follow(next_url, access_token, page_id)

    def paginate(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Iterator[dict]:
        """Every item of an edge, following `paging.next` until it is absent (an empty page
        with `next` continues). Streams: one page of results in memory at a time."""
        first = self.get(path, params, access_token, page_id=page_id)
        yield from self._follow_all(first, access_token, page_id)
