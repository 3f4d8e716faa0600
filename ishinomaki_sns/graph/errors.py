"""Graph API errors, classified by `code` (never by `type`: throttling and dead tokens are
both `OAuthException`).

What each class means for a caller (see shared/GRAPH_API.md):
- `TransientGraphError`: retry with bounded backoff (codes 1, 2, 341, `is_transient`, HTTP 5xx,
  timeouts, dropped connections, truncated or invalid JSON).
- `ThrottledGraphError`: pause that page for `retry_after` seconds (codes 4, 17, 32, 613, 80001).
- `TokenInvalidGraphError`: the token is dead (190); stop syncing the page, mark it broken.
- `PermissionGraphError`: a permission or task is missing (10, 200-299); alert, don't retry.
- `GoneGraphError`: the object is gone (100 with subcode 33); a delete/hide of it is done.
- `PolicyBlockedGraphError`: the page is temporarily blocked for policy (368); pause, alert.

Messages never contain a token: Facebook's text is passed through the log redactor, and
transport errors are described by their exception class only (their text holds the URL).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ishinomaki_sns.common.logging import redact

TRANSIENT_CODES = frozenset({1, 2, 341})
THROTTLE_CODES = frozenset({4, 17, 32, 613, 80001})
TOKEN_CODES = frozenset({190})
POLICY_CODES = frozenset({368})
GONE_SUBCODES = frozenset({33})


class GraphError(Exception):
    """A failed Graph API call. `code`/`subcode` are Facebook's; `http_status` is 0 when no
    HTTP response arrived (timeout, dropped connection)."""

    def __init__(
        self,
        message: str = "",
        *,
        code: int | None = None,
        subcode: int | None = None,
        fbtrace_id: str | None = None,
        http_status: int = 0,
        is_transient: bool = False,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        self.message = redact(str(message or ""))
        self.code = code
        self.subcode = subcode
        self.fbtrace_id = fbtrace_id
        self.http_status = http_status
        self.is_transient = is_transient
        self.payload = dict(payload) if payload else {}
        super().__init__(self.message)

    def __str__(self) -> str:
        parts = [self.message or self.__class__.__name__]
        if self.code is not None:
            parts.append(f"code={self.code}")
        if self.subcode is not None:
            parts.append(f"subcode={self.subcode}")
        if self.http_status:
            parts.append(f"http={self.http_status}")
        if self.fbtrace_id:
            parts.append(f"fbtrace_id={self.fbtrace_id}")
        return " ".join(parts)


class TransientGraphError(GraphError):
    """Temporary: retry with bounded backoff."""


class GraphUnreachableError(TransientGraphError):
    """No connection to the Graph API at all (refused, DNS, proxy): transient for a task,
    but a command reports it as the Graph API being down."""


class ThrottledGraphError(GraphError):
    """Rate limited: `retry_after` seconds from the usage header's estimate (None if absent);
    `page_id` names the throttled page when known."""

    def __init__(
        self,
        message: str = "",
        *,
        retry_after: float | None = None,
        page_id: str | None = None,
        **kw,
    ) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after
        self.page_id = page_id


class TokenInvalidGraphError(GraphError):
    """Error 190: the access token is invalid or expired; only a new connection fixes it."""


class PermissionGraphError(GraphError):
    """Errors 10 and 200-299: a permission or page task is missing; retrying won't help."""


class GoneGraphError(GraphError):
    """Error 100 subcode 33: the object does not exist (deleted, or never visible to us)."""


class PolicyBlockedGraphError(GraphError):
    """Error 368: the page is temporarily blocked from this action for policy reasons."""


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def retry_after_from_headers(headers: Mapping[str, str] | None) -> tuple[float | None, str | None]:
    """Largest `estimated_time_to_regain_access` (minutes in the header, seconds returned) in
    X-Business-Use-Case-Usage, and the page id it belongs to."""
    from .usage import parse_business_use_case_usage  # local: usage imports nothing from here

    if not headers:
        return None, None
    best: tuple[float | None, str | None] = (None, None)
    for page_id, entries in parse_business_use_case_usage(headers).items():
        for entry in entries:
            minutes = entry.estimated_time_to_regain_access
            if minutes and (best[0] is None or minutes * 60 > best[0]):
                best = (float(minutes) * 60.0, page_id)
    if best[1] is None:
        pages = list(parse_business_use_case_usage(headers))
        if len(pages) == 1:
            best = (None, pages[0])
    return best


def classify(
    payload: Mapping[str, Any] | None, http_status: int, headers: Mapping[str, str] | None = None
) -> GraphError:
    """Turn an error response into the right exception (returned, not raised).

    `payload` is the decoded JSON body (None when the body was not valid JSON). Classification is
    by `code` first; HTTP 5xx and unreadable bodies are transient like code 2.
    """
    error = payload.get("error") if isinstance(payload, Mapping) else None
    if not isinstance(error, Mapping):
        if payload is None or http_status >= 500 or http_status == 0:
            return TransientGraphError(
                f"Unreadable or unexpected Graph API response (HTTP {http_status})",
                http_status=http_status,
                is_transient=True,
            )
        return GraphError(
            f"Unexpected Graph API response (HTTP {http_status})", http_status=http_status
        )

    code = _int_or_none(error.get("code"))
    subcode = _int_or_none(error.get("error_subcode"))
    is_transient = bool(error.get("is_transient"))
    kwargs: dict[str, Any] = {
        "code": code,
        "subcode": subcode,
        "fbtrace_id": error.get("fbtrace_id"),
        "http_status": http_status,
        "is_transient": is_transient,
        "payload": {"error": dict(error)},
    }
    message = str(error.get("message") or "")

    if code in THROTTLE_CODES:
        retry_after, page_id = retry_after_from_headers(headers)
        return ThrottledGraphError(message, retry_after=retry_after, page_id=page_id, **kwargs)
    if code in TOKEN_CODES:
        return TokenInvalidGraphError(message, **kwargs)
    if code == 10 or (code is not None and 200 <= code <= 299):
        return PermissionGraphError(message, **kwargs)
    if code in POLICY_CODES:
        return PolicyBlockedGraphError(message, **kwargs)
    if code == 100 and subcode in GONE_SUBCODES:
        return GoneGraphError(message, **kwargs)
    if code in TRANSIENT_CODES or is_transient or http_status >= 500:
        return TransientGraphError(message, **kwargs)
    return GraphError(message, **kwargs)


def decode_json(body: bytes) -> Any:
    """Decode a response body; None when it is not valid JSON (e.g. truncated)."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
