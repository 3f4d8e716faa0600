"""Redaction for disclosure exports: pseudonyms for commenters, masks for personal information.

A commenter's id or name becomes a pseudonym, an HMAC-SHA-256 under a random key made for
this one export and never stored: the same person has one pseudonym throughout an export,
and pseudonyms cannot be linked across exports. In free text, the portal's own
personal-information detectors (``moderation.engine.pii``: phone, e-mail, My Number, card,
address) find what to mask, and the names of the export's commenters are masked wherever
they appear (a reply that names the person it answers).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from moderation.engine import pii
from moderation.engine.automaton import KeyFinder, key_finder
from moderation.engine.widen import widen

MASKS = {
    "phone": "［電話番号］",
    "email": "［メールアドレス］",
    "my_number": "［個人番号］",
    "card": "［カード番号］",
    "address": "［住所］",
    "name": "［氏名］",
}
_NO_DIGITS = str.maketrans("", "", "0123456789")
MIN_NAME_PART = 2  # one-character name parts (e.g. 太) would mask half the language


class Redactor:
    """One export's redaction state: its HMAC key, the commenters' names, the counts."""

    def __init__(self, names: Iterable[str] = (), key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)
        self.counts: dict[str, int] = dict.fromkeys(MASKS, 0)
        self.pseudonyms_made: set[str] = set()
        self._names: KeyFinder[None] | None = None
        words = set()
        for name in names:
            name = (name or "").strip()
            if len(name) >= MIN_NAME_PART:
                words.add(name)
                words.update(part for part in name.split() if len(part) >= MIN_NAME_PART)
        self._names = key_finder((word, None) for word in words)

    def pseudonym(self, author_id: str, author_name: str = "") -> str:
        """The stable pseudonym of a commenter (by id, else by name) within this export."""
        basis = author_id or author_name
        if not basis:
            return ""
        digest = hmac.new(self._key, basis.encode(), hashlib.sha256).hexdigest()[:12]
        value = f"投稿者-{digest}"
        self.pseudonyms_made.add(value)
        return value

    def _spans(self, text: str) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        wide = widen(text)
        digits = len(wide) - len(wide.translate(_NO_DIGITS))  # widened: ASCII digits only
        for kind, detector in pii.DETECTORS.items():
            if digits < pii.MIN_DIGITS.get(kind, 0):
                continue
            spans.extend((start, end, kind) for start, end in detector(wide))
        if self._names is not None:
            spans.extend((start, end, "name") for start, end, _none in self._names.find(text))
        return spans

    def text(self, text: str) -> str:
        """The text with every detected item replaced by its mask (overlaps merged)."""
        if not text:
            return text
        spans = sorted(self._spans(text))
        if not spans:
            return text
        out, position = [], 0
        for start, end, kind in spans:
            if start < position:  # overlaps one already masked
                if end > position:
                    position = end
                continue
            out.append(text[position:start])
            out.append(MASKS[kind])
            self.counts[kind] += 1
            position = end
        out.append(text[position:])
        return "".join(out)
