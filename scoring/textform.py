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


def _map_char(code: int) -> int:
    """One code point through :func:`normalise`, when its result does not depend on its
    neighbours; ``_COMPLEX`` when it may (combining marks and what NFKC turns into one,
    such as the half-width voiced mark ﾞ; expansions such as ㍿; Greek capital sigma,
    whose lower case depends on the next letter)."""
    char = chr(code)
    nfkc = unicodedata.normalize("NFKC", char)
    if code == 0x03A3 or any(unicodedata.category(c)[0] == "M" for c in char + nfkc):
        return _COMPLEX
    folded = _DROP_KEEPING_SEPARATOR.sub("", nfkc.lower()).translate(_KANA)
    if not folded:
        return _DROPPED
    return ord(folded) if len(folded) == 1 else _COMPLEX


def _mapped(codes: np.ndarray) -> np.ndarray:
    mapped = _map[codes]
    unknown = mapped == _UNKNOWN
    if unknown.any():  # first sight of these code points in this process
        for code in np.unique(codes[unknown]).tolist():
            _map[code] = _map_char(code)
        mapped = _map[codes]
    return mapped


def _encode(joined: str) -> np.ndarray:
    return np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def normalise_batch(texts: list[str]) -> tuple[str, np.ndarray]:
    """:func:`normalise` of every text, joined by ``\x00``, as a string and as code points.

    Done on code points in numpy through a per-code-point table (``_map``), which gives
    what the string functions give (a unit test compares them) at a fraction of the cost:
    NFKC alone took about 25 µs a comment. Texts holding a character whose result depends
    on its neighbours (``_COMPLEX``) are first normalised as strings.
    """
    texts = [text.replace(_SEPARATOR, "") if _SEPARATOR in text else text for text in texts]
    codes = _encode(_SEPARATOR.join(texts))
    mapped = _mapped(codes)
    complex_at = mapped == _COMPLEX
    if complex_at.any():
        docs = set(np.cumsum(codes == 0)[complex_at].tolist())
        texts = [normalise(text) if i in docs else text for i, text in enumerate(texts)]
        codes = _encode(_SEPARATOR.join(texts))
        mapped = _mapped(codes)
        if (mapped == _COMPLEX).any():  # pragma: no cover - not met in normalised text
            joined = _normalise_joined(_SEPARATOR.join(texts))
            return joined, _encode(joined)
    out = mapped[mapped != _DROPPED].astype(np.int64)
    # Runs of the same kana vowel (あいうえお: even code points 0x3042-0x304A) become one.
    repeat = np.zeros(len(out), dtype=bool)
    repeat[1:] = (out[1:] == out[:-1]) & (out[1:] >= 0x3042) & (out[1:] <= 0x304A)
    repeat[1:] &= out[1:] % 2 == 0
    if repeat.any():
        out = out[~repeat]
    return out.astype(np.uint32).tobytes().decode("utf-32-le"), out
