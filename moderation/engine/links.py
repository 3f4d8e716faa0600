"""Finding links in comment text, including disguised ones, and judging their domains.

Pure Python. Runs on the widened text (same offsets as the original), so links written
with full-width characters (ｈｔｔｐｓ：／／…) are found like plain ones. A link is
*obfuscated* when it was written to slip past filters: a masked scheme (``hxxp``, ``h**p``,
``ttp``), full-width characters, a dot in brackets (``[.]``, ``(.)``, ``{dot}``), `` . ``,
`` dot ``, ドット (spoken in Japanese: example（ドット）com), or a Japanese full stop or middle
dot or comma (example。com, bit・ly, bit、ly) instead of dots. Links spelled out letter by letter are closed up
by :mod:`.spaced` and read here again (see ``detectors.links_in``).
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

# A dot spoken in Japanese, bracketed or spaced or not (example（ドット）com, example ドット com).
_SPOKEN_DOT = "[ \u3000]?[(\\[（［【]?(?:ドット|どっと)[)\\]）］】]?[ \u3000]?"
# A dot with a space on both sides (www . example . cc): prose puts a space after a full
# stop, never before it, so this is a link spaced apart to slip past filters.
_SPACED_DOT = "[ \u3000]{1,2}\\.[ \u3000]{1,2}"
# A dot, or the word, in brackets of any kind, spaced or not: example[.]com, example (.) com,
# example {dot} com, example【。】com (full-width brackets are widened already).
_BRACKETED_DOT = "[ \u3000]?[\\[({<【]\\s?(?:\\.|dot|。|・)\\s?[\\])}>】][ \u3000]?"
# A Japanese full stop, middle dot or comma for the dot (example。com, bit・ly/…, bit、ly;
# the half-width ｡ ･ ､ and the full-width ， are widened to them). Prose has both between words, so a host written with one
# and no scheme is held to more: no capital letter (「Thanks。Me too」 is two sentences, 「TV・
# net」 a list; (?-i:…) keeps the test after the dot case-sensitive) and a top-level domain
# that is no English word (_IDEOGRAPHIC_TLDS).
_IDEOGRAPHIC_DOT = "[ \u3000]?[。・、,][ \u3000]?(?-i:(?=[a-z0-9]))"
_DOT = rf"(?:\.|{_BRACKETED_DOT}| dot |{_SPACED_DOT}|{_SPOKEN_DOT}|{_IDEOGRAPHIC_DOT})"
_FAKE_DOT_RE = re.compile(
    rf"{_BRACKETED_DOT}|{_SPACED_DOT}|{_SPOKEN_DOT}|[ \u3000]?[。・、,][ \u3000]?| dot ",
    re.IGNORECASE,
)
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
_TLD = (
    r"(?:com|net|org|info|biz|jp|io|ly|gl|me|co|cc|ru|cn|xyz|top|site|online|click|link|"
    r"shop|app|dev|tv|us|uk|de|fr|kr|tw|hk|in|to|at|gd|id|in|nu|la|sc|blue|pw|tk|ml|ga|cf|gq|su|"
    r"buzz|icu|rest|cam|monster|live|vip|club|win|bid|loan)"
)
# A scheme as written to stop it being a link: hxxp, h**p, h__p, htxp (letters masked), ttp
# (the h dropped, as on Japanese boards), spaces around the colon or after the slashes. A
# scheme spelled out letter by letter (h t t p s : / /) is closed up by .spaced first.
_SCHEME = r"(?:h(?:tt|[tx*+_#●○×]{2})ps?|ttps?)\s?:\s?//\s?"
_URL_RE = re.compile(
    r"(?<![\w@.\-])"
    rf"(?P<scheme>{_SCHEME})?"
    rf"(?P<host>(?:{_LABEL}{_DOT})+(?:{_TLD}(?![a-z0-9\-])|[a-z]{{2,24}}(?=/)))"
    r"(?P<path>/[^\s<>\"'\u3000-\u30ff\u4e00-\u9fff]*)?",
    re.IGNORECASE | re.ASCII,
)
_PLAIN_SCHEMES = ("", "http://", "https://")
# Top-level domains a host dotted with 。 ・ 、 or , and written without a scheme must end in:
# those no Japanese comment has as a word after a full stop (「Thanks。to all」 is prose).
_IDEOGRAPHIC_TLDS = frozenset((
    "com", "net", "org", "jp", "xyz", "ly", "cc", "ru", "cn", "io", "biz", "info", "top",
    "click", "site", "tk", "ml", "ga", "cf", "gq", "pw", "icu", "buzz", "su", "gd", "nu", "gl",
))  # fmt: skip
_IDEOGRAPHIC_DOTS = "。・、,"
_COMMAS = "、,"
_COMMA_TLDS = frozenset(("com", "net", "org", "jp", "xyz", "ly", "io", "biz", "cc", "icu", "tk"))


@dataclass(frozen=True, slots=True)
class Link:
    start: int
    end: int
    host: str
    obfuscated: bool


def _clean_host(host: str) -> str:
    return _FAKE_DOT_RE.sub(".", host.lower()).removeprefix("www.")


def find_links(original: str, wide: str) -> list[Link]:
    """Links and bare domains in the text (``example.com``, ``https://…``, ``hxxp://…``)."""
    links = []
    position = 0
    while match := _URL_RE.search(wide, position):
        start, end = match.span()
        position = end
        raw_host = match.group("host")
        scheme = match.group("scheme") or ""
        if not scheme and " dot " in raw_host.lower():
            continue  # "see you dot com" without a scheme is too weak to call a link
        host = _clean_host(raw_host)
        if (
            not scheme
            and any(dot in raw_host for dot in _IDEOGRAPHIC_DOTS)
            and (host.rsplit(".", 1)[-1] not in _IDEOGRAPHIC_TLDS or raw_host != raw_host.lower())
        ):
            # Prose (thanks。to all, TV・net): read on from after its first full stop or
            # middle dot, where a link may start (Hello。kyufu.xyz).
            dots = [i for i in map(raw_host.find, _IDEOGRAPHIC_DOTS) if i >= 0]
            position = match.start("host") + min(dots) + 1
            continue
        if (
            not scheme
            and not match.group("path")
            and any(comma in raw_host for comma in _COMMAS)
            and host.rsplit(".", 1)[-1] not in _COMMA_TLDS
        ):
            # A comma is commoner between words than a full stop (ok、top画面): without a
            # path, only a top-level domain that is no word at all makes it a link.
            commas = [i for i in map(raw_host.find, _COMMAS) if i >= 0]
            position = match.start("host") + min(commas) + 1
            continue
        obfuscated = (
            scheme.lower() not in _PLAIN_SCHEMES  # hxxps, ttps, https:// with a space
            or wide[start:end] != original[start:end]
            or host != raw_host.lower().removeprefix("www.")
        )
        links.append(Link(start, end, host, obfuscated))
    return links


# Top-level domains that free or near-free registration has made the home of phishing.
RISKY_TLDS = (
    "xyz", "top", "click", "tk", "ml", "ga", "cf", "gq", "pw", "buzz", "icu", "rest", "cam",
    "monster", "su", "bid", "loan", "win",
)  # fmt: skip
# Domains that impostors imitate: the platform and the city.
PROTECTED_DOMAINS = ("facebook.com", "city.ishinomaki.lg.jp")
_GENERIC_LABELS = frozenset({"www", "com", "net", "org", "jp", "lg", "go", "co", "ne", "or"})
_SKELETON = str.maketrans("013457@8", "oleastab")


def risky_tld(host: str) -> bool:
    """True when the host ends in a top-level domain listed in :data:`RISKY_TLDS`."""
    return host.rsplit(".", 1)[-1] in RISKY_TLDS


def _distance_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def lookalike(host: str, protected=PROTECTED_DOMAINS) -> bool:
    """True when ``host`` imitates a protected domain without being it or under it.

    The host's skeleton (digits read as letters: faceb00k -> facebook, hyphens dropped)
    must contain every distinctive label of the protected domain (facebook; city and
    ishinomaki), or be one letter away from a single long label (faceboook).
    """
    if host_in(host, protected):
        return False
    skeleton = host.translate(_SKELETON)
    flat = skeleton.replace("-", "").replace(".", "")
    labels = skeleton.replace("-", ".").split(".")
    for domain in protected:
        brand = [label for label in domain.split(".") if label not in _GENERIC_LABELS]
        if not brand:
            continue
        if all(label in flat for label in brand):
            return True
        if (
            len(brand) == 1
            and len(brand[0]) >= 6
            and any(_distance_one(label, brand[0]) for label in labels)
        ):
            return True
    return False


def host_in(host: str, domains) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


# A full stop, middle dot or comma between letters or digits (either width), with spaces,
# brackets or invisible characters around it: the only way a host dotted so (example。com,
# example【。】com, e x a m p l e 。 c o m) can be written.
_AROUND = "[ \u3000\u200b-\u200d\u2060\ufeff\u00ad()\\[\\]{}<>【】（）［］｛｝＜＞]*"
_IDEOGRAPHIC_LINK_RE = re.compile(
    f"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{_AROUND}[。｡・･、､,，]{_AROUND}[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]"
)


# The word dot in any case and either width (Dot, ｄｏｔ): the link is read widened and
# case-blind.
_DOT_WORD_RE = re.compile("[dDｄＤ][oOｏＯ][tTｔＴ]")
_COMMA_RE = re.compile("[、､,，]")


def may_contain_link(text: str) -> bool:
    """Cheap pre-check: no dot of any kind means no link (most Japanese comments); a full
    stop or middle dot counts only between letters (example。com, not 終わりました。)."""
    return (
        "." in text
        or "．" in text
        or _DOT_WORD_RE.search(text) is not None
        or "ドット" in text
        or "どっと" in text
        or (
            (
                "。" in text
                or "・" in text
                or "｡" in text
                or "･" in text
                or _COMMA_RE.search(text) is not None
            )
            and _IDEOGRAPHIC_LINK_RE.search(text) is not None
        )
    )
