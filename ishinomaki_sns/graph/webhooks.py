"""Facebook webhook deliveries: signature check and normalisation of Page `feed` changes.

Verify the signature over the raw bytes before parsing anything; deliveries can repeat and our
own hide/delete come back as `hide`/`remove`, so whatever consumes `FeedChange`s must be
idempotent.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .times import parse_time

SIGNATURE_HEADER = "X-Hub-Signature-256"
SIGNATURE_PREFIX = "sha256="
COMMENT_VERBS = frozenset({"add", "edited", "remove", "hide", "unhide"})


def sign(raw_body: bytes, app_secret: str) -> str:
    """The header value Facebook sends: `sha256=<hex HMAC-SHA256 of the body>`."""
    digest = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def verify_signature(raw_body: bytes, header_value: str | None, app_secret: str) -> bool:
    """True only for a `sha256=` signature of exactly these bytes with our app secret."""
    if not app_secret or not header_value or not isinstance(raw_body, bytes | bytearray):
        return False
    if not header_value.startswith(SIGNATURE_PREFIX):
        return False
    expected = sign(bytes(raw_body), app_secret)
    return hmac.compare_digest(expected.encode(), header_value.strip().lower().encode())


def subscription_challenge(params: Any, verify_token: str) -> str | None:
    """The body to answer Facebook's GET handshake with (`hub.challenge`), or None when the
    mode or the verify token is wrong (answer 403 then). `params` is request.GET or a dict."""
    if not verify_token or params.get("hub.mode") != "subscribe":
        return None
    given = str(params.get("hub.verify_token") or "")
    if not hmac.compare_digest(given.encode(), verify_token.encode()):
        return None
    challenge = params.get("hub.challenge")
    return str(challenge) if challenge is not None else None


@dataclass(frozen=True)
class FeedChange:
    """One change of a page's feed, normalised from either payload shape.

    `item` is "comment", "post", "reaction", ...; `verb` is add/edited/remove/hide/unhide for
    comments. `parent_id == post_id` for a top-level comment. Times are aware datetimes.
    """

    page_id: str
    item: str
    verb: str
    entry_time: datetime | None = None
    comment_id: str | None = None
    post_id: str | None = None
    parent_id: str | None = None
    from_id: str | None = None
    from_name: str | None = None
    message: str | None = None
    created_time: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_comment(self) -> bool:
        return self.item == "comment"

    @property
    def is_top_level(self) -> bool:
        return self.parent_id is None or self.parent_id == self.post_id

    @property
    def dedupe_key(self) -> str:
        """Same change delivered twice -> same key."""
        stamp = int(self.created_time.timestamp()) if self.created_time else ""
        entry = int(self.entry_time.timestamp()) if self.entry_time else ""
        text = hashlib.sha256((self.message or "").encode()).hexdigest()[:16]
        return f"{self.page_id}:{self.item}:{self.verb}:{self.comment_id or self.post_id}:{stamp}:{entry}:{text}"


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _time(value: Any) -> datetime | None:
    try:
        return parse_time(value)
    except (ValueError, TypeError, OverflowError, OSError):
        return None


def parse_feed_changes(payload: Any) -> list[FeedChange]:
    """All `feed` changes of a `{"object": "page", "entry": [...]}` delivery. Entries or
    changes that are malformed or of another field are skipped, never fatal."""
    if not isinstance(payload, dict) or payload.get("object") != "page":
        return []
    changes: list[FeedChange] = []
    for entry in payload.get("entry") or []:
        if not isinstance(entry, dict):
            continue
        page_id = _str(entry.get("id"))
        entry_time = _time(entry.get("time"))
        for change in entry.get("changes") or []:
            if not isinstance(change, dict) or change.get("field") != "feed":
                continue
            value = change.get("value")
            if not isinstance(value, dict) or not page_id:
                continue
            raw_author = value.get("from")
            author: dict[str, Any] = raw_author if isinstance(raw_author, dict) else {}
            changes.append(
                FeedChange(
                    page_id=page_id,
                    item=str(value.get("item") or ""),
                    verb=str(value.get("verb") or ""),
                    entry_time=entry_time,
                    comment_id=_str(value.get("comment_id")),
                    post_id=_str(value.get("post_id")),
                    parent_id=_str(value.get("parent_id")),
                    from_id=_str(author.get("id")) or _str(value.get("sender_id")),
                    from_name=_str(author.get("name")) or _str(value.get("sender_name")),
                    message=value.get("message") if isinstance(value.get("message"), str) else None,
                    created_time=_time(value.get("created_time")),
                    raw=value,
                )
            )
    return changes
