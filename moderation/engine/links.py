"""Finding links in comment text, including disguised ones, and judging their domains.

Pure Python. Runs on the widened text (same offsets as the original), so links written
with full-width characters (ｈｔｔｐｓ：／／…) are found like plain ones. A link is
*obfuscated* when it was written to slip past filters: ``hxxp``, full-width characters,
``[.]``/``(.)`` or `` dot `` instead of dots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The city's own and other government domains are allowed unless a rule says otherwise.
DEFAULT_ALLOWED_DOMAINS = (
    "city.ishinomaki.lg.jp",
    "lg.jp",
    "go.jp",
    "pref.miyagi.jp",
    "furusato-tax.jp",
)

URL_SHORTENERS = (
    "bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
    "cutt.ly", "shorturl.at", "t.ly", "v.gd", "x.gd", "tiny.cc", "rb.gy", "s.id", "bl.ink",
    "lnkd.in", "amzn.to", "urx.blue", "urx2.nu", "00m.in", "qr.paps.jp", "onl.la", "onl.sc",
)  # fmt: skip

_DOT = r"(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)| dot )"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
_TLD = (
    r"(?:com|net|org|info|biz|jp|io|ly|gl|me|co|cc|ru|cn|xyz|top|site|online|click|link|"
    r"shop|app|dev|tv|us|uk|de|fr|kr|tw|hk|in|to|at|gd|id|in|nu|la|sc|blue|pw|tk|ml|ga|cf|gq|su)"
)
_URL_RE = re.compile(
    r"(?<![\w@.\-])"
    rf"(?P<scheme>(?:h[tx]{{2}}ps?|ttps?|hxxps?)\s?:\s?//)?"
    rf"(?P<host>(?:{_LABEL}{_DOT})+(?:{_TLD}(?![a-z0-9\-])|[a-z]{{2,24}}(?=/)))"
    r"(?P<path>/[^\s<>\"'\u3000-\u30ff\u4e00-\u9fff]*)?",
    re.IGNORECASE | re.ASCII,
)
_SCHEME_ONLY_RE = re.compile(r"(?:h[tx]{2}ps?|ttps?)\s?:\s?//", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Link:
    start: int
    end: int
    host: str
    obfuscated: bool


def _clean_host(host: str) -> str:
    host = host.lower()
    for fake in ("[.]", "(.)", "[dot]", "(dot)", " dot "):
        host = host.replace(fake, ".")
    return host.removeprefix("www.")


def find_links(original: str, wide: str) -> list[Link]:
    """Links and bare domains in the text (``example.com``, ``https://…``, ``hxxp://…``)."""
    links = []
    for match in _URL_RE.finditer(wide):
        start, end = match.span()
        raw_host = match.group("host")
        scheme = match.group("scheme") or ""
        if not scheme and " dot " in raw_host.lower():
            continue  # "see you dot com" without a scheme is too weak to call a link
        host = _clean_host(raw_host)
        obfuscated = (
            "xx" in scheme.lower()
            or wide[start:end] != original[start:end]
            or host != raw_host.lower().removeprefix("www.")
        )
        links.append(Link(start, end, host, obfuscated))
    return links


def host_in(host: str, domains) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def may_contain_link(text: str) -> bool:
    """Cheap pre-check: no dot of any kind means no link (most Japanese comments)."""
    return "." in text or "．" in text or "dot" in text or "DOT" in text
