"""The character view's normal form of a comment, for one text or for a batch at once.

Pure Python and numpy (no Django). NFKC, lower case, katakana as hiragana, small vowels
full size, everything that is not a letter or digit dropped (spaces and symbols inserted to
dodge filters, long marks), runs of the same kana vowel made one. Simpler than the engine's
matching form (``moderation.engine.normalize``: no offset map, no boundaries, no leet or
kanji evasions, which the learned model sees as character n-grams anyway) and much faster:
the scorer reads every comment ``check_comments`` reads, and the engine's normalisation
alone cost more than the whole scoring may.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

_VOWEL_RUNS = re.compile(r"([あいうえお])\1+")
_KANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)} | {0x30FD: 0x309D, 0x30FE: 0x309E}
_KANA.update(
    {ord(small): ord(full) for small, full in zip("ぁぃぅぇぉ", "あいうえお", strict=True)}
)
_KANA.update(
    {ord(small): ord(full) for small, full in zip("ァィゥェォ", "あいうえお", strict=True)}
)
_SEPARATOR = "\x00"  # between the texts of a batch; dropped inside a text
# Not a letter or digit (NFKC has already made full-width letters plain), or a long mark.
_DROP_KEEPING_SEPARATOR = re.compile(r"(?:[^\w\x00]|[_\u30fc\u2015\u2010-\u2014])+")


def _normalise_joined(joined: str) -> str:
    folded = unicodedata.normalize("NFKC", joined).lower()
    folded = _DROP_KEEPING_SEPARATOR.sub("", folded).translate(_KANA)
    return _VOWEL_RUNS.sub(r"\1", folded)


def normalise(text: str) -> str:
    """The character view's form of a text: NFKC, lower case, katakana as hiragana, small
    vowels full size, everything that is not a letter or digit dropped (so ``辞　め　ろ！``
    reads ``辞めろ``), runs of the same kana vowel made one. C-speed string operations only."""
    return _normalise_joined((text or "").replace(_SEPARATOR, ""))


# Per code point, what it becomes in the normalised form (a code point), or:
_UNKNOWN, _DROPPED, _COMPLEX = -3, -1, -2  # not looked at yet; dropped; needs the text's NFKC
_map = np.full(0x110000, _UNKNOWN, dtype=np.int32)
_map[0] = 0  # the separator stays


def _NEVER_COMPOSING(code: int) -> bool:  # noqa: N802 - reads as the set it tests
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0x20DD <= code <= 0x20E4


def _CONJOINING_JAMO(code: int) -> bool:  # noqa: N802 - letters NFKC joins into syllables
    return 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF


def _map_char(code: int) -> int:
    """One code point through :func:`normalise`, when its result does not depend on its
    neighbours; ``_COMPLEX`` when it may (combining marks and what NFKC turns into one,
    such as the half-width voiced mark ﾞ; expansions such as ㍿; Greek capital sigma,
    whose lower case depends on the next letter; Hangul conjoining jamo, which NFKC joins
    into syllables). Variation selectors and enclosing keycap
    marks (❤️, 1️⃣: common in comments) compose with nothing and are simply dropped."""
    char = chr(code)
    if _NEVER_COMPOSING(code):
        return _DROPPED
    nfkc = unicodedata.normalize("NFKC", char)
    if (
        code == 0x03A3
        or _CONJOINING_JAMO(code)
        or any(unicodedata.category(c)[0] == "M" for c in char + nfkc)
    ):
        return _COMPLEX
    folded = _DROP_KEEPING_SEPARATOR.sub("", nfkc.lower()).translate(_KANA)
    if not folded:
        return _DROPPED
    return ord(folded) if len(folded) == 1 else _COMPLEX


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def normalise_codes(texts: list[str]) -> np.ndarray:
    """The code points (int32) of :func:`normalise` of every text, each text preceded by a
    0 and the whole followed by two more: ``0 t1 0 t2 ... 0 tn 0 0``. The 0 before a text
    marks where it begins; the two after the last let the n-grams of up to three code
    points be taken with plain slices (``features.ngram_buckets``).

    Done on code points in numpy through a per-code-point table (``_map``), which gives
    what the string function gives (a unit test compares them on random text) at a
    fraction of the cost: NFKC alone took about 25 µs a comment. A text holding a
    character whose result depends on its neighbours (``_COMPLEX``: combining marks, the
    half-width voiced mark) is normalised as a string and its code points put in place.
    """
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != max(len(texts) - 1, 0):  # a text holds the separator
        texts = [text.replace(_SEPARATOR, "") for text in texts]
        joined = _SEPARATOR.join(texts)
    codes = _codes(_SEPARATOR + joined + _SEPARATOR * 2)
    mapped = _map[codes]
    if mapped.min() < _DROPPED:  # a code point not seen yet, or one needing its text
        mapped = _resolved(texts, codes, mapped)
    out = np.compress(mapped != _DROPPED, mapped)  # faster than a boolean index here
    # Runs of the same kana vowel (あいうえお: even code points 0x3042-0x304A) become one.
    same = np.flatnonzero(out[1:] == out[:-1]) + 1
    if len(same):
        value = out[same]
        run = same[(value >= 0x3042) & (value <= 0x304A) & (value % 2 == 0)]
        if len(run):
            out = np.delete(out, run)
    return out


_VOICED_MARKS = {0xFF9E, 0xFF9F, 0x3099, 0x309A}  # half-width and combining (semi-)voiced
_voiced_pairs: dict[tuple[int, int], int | None] = {}


def _voiced(before: int, mark: int) -> int | None:
    """What a letter followed by a voiced mark becomes (ｶﾞ -> が), when one code point:
    the mark composes with the letter or is dropped, whatever precedes the letter (a
    letter that composes with nothing before it). None: normalise the text as a string."""
    if mark not in _VOICED_MARKS:
        return None
    pair = (before, mark)
    if pair not in _voiced_pairs:
        folded = normalise(chr(before) + chr(mark))
        _voiced_pairs[pair] = ord(folded) if len(folded) == 1 else None
    return _voiced_pairs[pair]


def _resolved(texts: list[str], codes: np.ndarray, mapped: np.ndarray) -> np.ndarray:
    if mapped.min() == _UNKNOWN:  # first sight of these code points in this process
        for code in np.unique(codes[mapped == _UNKNOWN]).tolist():
            _map[code] = _map_char(code)
        mapped = _map[codes]
    complex_at = []
    for at in np.flatnonzero(mapped == _COMPLEX).tolist():
        joined = _voiced(int(codes[at - 1]), int(codes[at])) if mapped[at - 1] > 0 else None
        if joined is None:
            complex_at.append(at)
        else:  # a kana and its voiced mark (ｶﾞ): one letter
            mapped[at - 1], mapped[at] = joined, _DROPPED
    if not complex_at:
        return mapped
    # The 0 before each text (texts hold no 0 any more), then the two after the last.
    starts = np.cumsum([0] + [len(text) + 1 for text in texts] + [1])
    docs = np.unique(np.searchsorted(starts, complex_at, side="right") - 1).tolist()
    pieces, at = [], 0
    for doc in docs:
        pieces.append(mapped[at : starts[doc] + 1])
        pieces.append(_codes(normalise(texts[doc])).astype(np.int32))
        at = starts[doc + 1]
    pieces.append(mapped[at:])
    return np.concatenate(pieces)


def normalise_batch(texts: list[str]) -> tuple[str, np.ndarray]:
    """:func:`normalise` of every text joined by ``\x00``, as a string and as code points
    (what :func:`normalise_codes` computes, without the 0s around)."""
    codes = normalise_codes(texts)[1:-2]
    return codes.astype(np.uint32).tobytes().decode("utf-32-le"), codes
