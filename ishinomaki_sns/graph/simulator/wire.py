"""Wire-format helpers shared by the simulator's routes: errors in Facebook's shape, times,
opaque cursors, integer parameters."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import UTC, datetime
from typing import Any

VERSION_RE = re.compile(r"^/(v\d+\.\d+)(/.*)?$")
DEFAULT_VERSION = "v24.0"
MAX_LIMIT = 100


class GraphFault(Exception):
    """An error answer in Facebook's shape."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        status: int = 400,
        type_: str = "OAuthException",
        transient: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code, self.message, self.subcode, self.status = code, message, subcode, status
        self.type, self.transient, self.headers = type_, transient, headers or {}

    def payload(self, trace: str) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.transient:
            error["is_transient"] = True
        error["fbtrace_id"] = trace
        return {"error": error}


def gone(object_id: str, method: str = "get") -> GraphFault:
    return GraphFault(
        100,
        f"Unsupported {method} request. Object with ID '{object_id}' does not exist, cannot be "
        "loaded due to missing permissions, or does not support this operation. Please read the "
        "Graph API documentation at https://developers.facebook.com/docs/graph-api",
        subcode=33,
        type_="GraphMethodException",
    )


def fb_time(ts: int) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _enc(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _dec(text: str) -> str:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except ValueError:
        raise GraphFault(100, "(#100) Invalid cursor") from None


def _int_param(params: dict[str, str], name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return int(float(value))
    except ValueError:
        if name in ("since", "until"):
            try:  # Facebook also accepts dates
                return int(datetime.fromisoformat(value).replace(tzinfo=UTC).timestamp())
            except ValueError:
                pass
        raise GraphFault(100, f"(#100) Param {name} must be an integer") from None


def hash_str(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class HtmlError(Exception):
    pass
