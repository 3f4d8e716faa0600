"""The 1:1 wide-to-narrow view of a comment for the detectors (links, phone numbers, IDs):
full-width ASCII, circled digits, dashes and long marks to ASCII, half-width katakana to
full-width, the same length as the comment so offsets carry over unchanged.

Pure Python.
"""

from __future__ import annotations

import re
import unicodedata

from .normalize import char_class

_DASHES = "‐‑‒–—―−ーｰ－﹣"


def _build_widen_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Half-width katakana too (ﾗｲﾝ, ｲﾝｽﾀ): the messaging-ID and spelled-out-number
    # detectors look for katakana words; a voicing mark (ﾞ) stays a character of its own.
    ranges = [
        (0xFF01, 0xFF5E), (0xFF61, 0xFF9F), (0x2460, 0x24FF), (0x1D400, 0x1D7FF),
        (0x3000, 0x3000),
    ]  # fmt: skip
    for low, high in ranges:
        for code in range(low, high + 1):
            nfkc = unicodedata.normalize("NFKC", chr(code))
            if len(nfkc) == 1 and nfkc != chr(code):
                table[code] = nfkc
    for dash in _DASHES:
        table[ord(dash)] = "-"
    table[ord("。")] = "。"  # sentence ends stay Japanese: not a dot in a domain
    table[ord("＠")] = "@"
    table[ord("．")] = "."
    table[ord("\u00a0")] = " "
    return table


_WIDEN = _build_widen_table()
_WIDENED_RE = re.compile(char_class(sorted(c for c, to in _WIDEN.items() if chr(c) != to)))
# The same class without the mathematical letters beyond the BMP, and a search for any
# character beyond it: a class of BMP characters is a bitmap the search skips through at
# C speed, where the astral ranges make it test range after range at every character.
_WIDENED_BMP_RE = re.compile(
    char_class(sorted(c for c, to in _WIDEN.items() if chr(c) != to and c <= 0xFFFF))
)
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def widen(text: str) -> str:
    """Full-width ASCII, circled digits, dashes and long marks to ASCII, and half-width
    katakana to full-width; same length."""
    pattern = _WIDENED_RE if _ASTRAL_RE.search(text) else _WIDENED_BMP_RE
    if not pattern.search(text):  # most comments: nothing to change, no copy
        return text
    # A comment has a few such characters (the long marks of its katakana words): replacing
    # each match is cheaper than translating every character.
    return pattern.sub(_widened, text)


def _widened(match: re.Match) -> str:
    return _WIDEN[ord(match.group())]
