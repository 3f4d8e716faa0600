"""Recognise a Facebook page in the many ways its address is written (pure, no database).

Residents paste what their browser shows: http or https, www / m / web / mbasic hosts,
trailing slashes, tracking query strings and fragments, `profile.php?id=NUM`,
`/pages/Name/NUM`, `/people/Name/NUM`, a numeric id or a vanity name in any case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from django.utils.translation import gettext as _

FACEBOOK_HOSTS = {
    "facebook.com",
    "www.facebook.com",
    "m.facebook.com",
    "web.facebook.com",
    "mbasic.facebook.com",
    "touch.facebook.com",
    "business.facebook.com",
    "fb.com",
    "www.fb.com",
    "fb.me",
}
_NUMERIC = re.compile(r"^\d{5,25}$")
_USERNAME = re.compile(r"^[A-Za-z0-9.\-]{3,100}$")
# Paths that are Facebook's own, never a page name.
_RESERVED = {"profile.php", "pages", "people", "groups", "events", "watch", "login", "home.php"}
MAX_LENGTH = 2000


class NotAFacebookUrl(ValueError):
    """The text is a URL, but not of a Facebook page (answer: not official)."""


class BadUrl(ValueError):
    """The text cannot be read as an address at all (answer: 400 with this message)."""


@dataclass(frozen=True)
class FacebookRef:
    """A Facebook page named by its numeric id or by its user name (lower case)."""

    page_id: str = ""
    username: str = ""


def parse_facebook_url(value: str | None) -> FacebookRef:
    """Read a Facebook page address; raise BadUrl or NotAFacebookUrl with a message."""
    # Japanese keyboards type full-width letters and punctuation (ｆａｃｅｂｏｏｋ．ｃｏｍ／…,
    # 「：」「／」); NFKC folds them to ASCII so the address reads as the resident meant it.
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        raise BadUrl(_("Enter the address (URL) of the Facebook page."))
    if len(text) > MAX_LENGTH:
        raise BadUrl(_("The address is too long."))
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise BadUrl(_("The address must not contain spaces."))
    if _NUMERIC.match(text):
        return FacebookRef(page_id=text)
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError as exc:
        raise BadUrl(_("This is not a valid address.")) from exc
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise BadUrl(_("This is not a valid address."))
    if host not in FACEBOOK_HOSTS:
        raise NotAFacebookUrl(_("This is not a Facebook address."))
    segments = [unquote(s) for s in parts.path.split("/") if s]
    query = parse_qs(parts.query)
    if segments and segments[0].lower() == "profile.php":
        page_id = (query.get("id") or [""])[0]
        if _NUMERIC.match(page_id):
            return FacebookRef(page_id=page_id)
        raise NotAFacebookUrl(_("This Facebook address does not name a page."))
    if len(segments) >= 3 and segments[0].lower() in ("pages", "people"):
        candidate = segments[2]
        if _NUMERIC.match(candidate):
            return FacebookRef(page_id=candidate)
    if len(segments) >= 2 and segments[0].lower() == "pg":
        segments = segments[1:]
    if not segments or segments[0].lower() in _RESERVED:
        raise NotAFacebookUrl(_("This Facebook address does not name a page."))
    first = segments[0]
    if _NUMERIC.match(first):
        return FacebookRef(page_id=first)
    # Vanity names end in a page-name slug sometimes: "Name-123456789" (old style).
    # The slug may also be a real user name, so both are tried.
    match = re.match(r"^[^/]*-(\d{5,25})$", first)
    if _USERNAME.match(first):
        return FacebookRef(page_id=match.group(1) if match else "", username=first.lower())
    if match:
        return FacebookRef(page_id=match.group(1))
    raise NotAFacebookUrl(_("This Facebook address does not name a page."))
