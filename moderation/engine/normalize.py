"""Normalisation of Japanese and English comment text for matching, with an offset map.

Pure Python (no Django). Two views of a message are produced:

* ``normalize(text)`` -> :class:`Normalized`: the *matching form* used by term lists and
  exceptions. Per code point: NFKC (full/half width, half-width kana widened), case folding,
  Latin accents stripped, katakana folded to hiragana, small vowels folded to full size.
  Zero-width and format characters vanish; spaces, punctuation and symbols vanish too but
  leave a *boundary* mark so that matchers can tell ``し ね`` (an evasion) from
  ``おかし、ねえ`` (two words) and can keep English word boundaries. Long marks (ー) are
  dropped, runs of the same kana vowel collapse to one, Latin runs of three or more collapse
  (vowels to one, consonants to two: ``fuuuck`` -> ``fuck``, ``killlll`` -> ``kill``), leet
  digits inside Latin words become letters (``sh1t``), and a few well-known visual/kanji
  evasions are undone (see :func:`_undo_evasions`). Every normalised character remembers
  the original code points it came from, so ``to_original(start, end)`` covers exactly
  the matched characters of the original message.

* ``widen(text)``: a 1:1 (same length, same offsets) translation of full-width ASCII,
  dashes and similar to plain ASCII, and of half-width katakana to full-width, used by the
  personal-information and link detectors, whose regular expressions need the punctuation
  that the matching form drops.

Terms are normalised with the same function, so a term and the text it should match
always agree whatever the folding does (``コーヒー`` becomes ``こひ`` on both sides).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Character kinds in the per-code-point table.
_LETTER = 0  # kept (letters, digits), possibly several output characters
_SEP = 1  # space / punctuation / symbol: dropped, leaves a boundary
_INVISIBLE = 2  # zero-width, format, combining marks: dropped, no boundary
_DAKUTEN = 3  # voiced / semi-voiced sound mark: composed with the previous kana
_LONG = 4  # long vowel mark: dropped without a boundary (ばーか -> ばか)

_ZERO_WIDTH = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
)
_LONG_MARKS = frozenset("ーｰ\u2015")
_DAKUTEN_MARKS = {"\u3099": "\u3099", "\u309a": "\u309a", "\u309b": "\u3099", "\u309c": "\u309a",
                  "\uff9e": "\u3099", "\uff9f": "\u309a"}  # fmt: skip
_SMALL_VOWELS = str.maketrans("ぁぃぅぇぉ", "あいうえお")
# Small ヵ is a counter (一ヵ月, read and also written 一か月), and as a letter only an evasion
# (バヵ): read as か either way. Not ヶ, which is が in place names (霞ヶ浦).
_SMALL_KA = str.maketrans("ゕ", "か")
_KANA_VOWELS = frozenset("あいうえお")
_LATIN_VOWELS = frozenset("aeiouy")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
_KANJI_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))

_TABLE: dict[str, tuple[int, str]] = {}


def _is_kanji(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _KANJI_RANGES) or char in "々〆"


# People named by their role or as a group: nobody writes 職員氏 or 全員氏 as an honorific,
# so 氏ね (or 市ね) after them is a look-alike of 死ね, as after お前ら.
_NOT_HONOURED = (
    "全員", "職員", "市長", "議員", "役人", "公務員", "課長", "部長", "係長", "市民", "住民",
    "連中", "一同", "担当", "担当者", "奴", "奴等", "老害", "野郎", "一家", "役所", "全部", "皆",
    "お前", "貴様", "手前",
)  # fmt: skip


def names_people(before: str) -> bool:
    """Whether ``before`` ends with a role or a group of people (_NOT_HONOURED), in the
    plural or not (お前ら, 職員ども)."""
    for plural in ("ら", "ども", "たち", "達"):
        if before.endswith(plural):
            before = before[: -len(plural)]
            break
    return before.endswith(_NOT_HONOURED)


def honorific_shi(before: str) -> bool:
    """Whether 氏 (or 市) right after ``before`` names a person or a city (田中氏, 石巻市),
    not a look-alike of 死: it follows a kanji word, but not one of _NOT_HONOURED."""
    return bool(before) and _is_kanji(before[-1]) and not before.endswith(_NOT_HONOURED)


def _is_latin_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


# Cyrillic and Greek letters drawn like Latin ones, written into a Latin word to break it
# (ѕех, ΚΙLL): read as the Latin letter. (μ is left alone: µg and μm are units.)
_LATIN_LOOKALIKES = str.maketrans(
    "аеорсхуѕіјԁӏкмнтвԛԝαεοριυκτχνβ",
    "aeopcxysijdlkmhtbqwaeopiuktxvb",
)


def _fold_char(char: str) -> str:
    """Case fold, strip Latin accents, read Latin look-alikes as Latin, fold katakana to
    hiragana."""
    out = []
    for c in char.casefold().translate(_LATIN_LOOKALIKES):
        decomposed = unicodedata.normalize("NFKD", c)
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            c = decomposed[0]  # é -> e; kana are left alone (が must stay が)
        code = ord(c)
        if 0x30A1 <= code <= 0x30F6 or code in (0x30FD, 0x30FE):
            c = chr(code - 0x60)
        out.append(c)
    return "".join(out).translate(_SMALL_VOWELS).translate(_SMALL_KA)


def _classify(char: str) -> tuple[int, str]:
    """The kind of one original code point and what it becomes in the matching form."""
    if char in _ZERO_WIDTH:
        return _INVISIBLE, ""
    if char in _DAKUTEN_MARKS:
        return _DAKUTEN, _DAKUTEN_MARKS[char]
    if char in _LONG_MARKS:
        return _LONG, ""
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf", "Cs", "Co", "Cn"):
        return _INVISIBLE, ""
    if category[0] in "ZPSC":
        return _SEP, ""
    nfkc = unicodedata.normalize("NFKC", char)
    kept = []
    for c in nfkc:
        sub = unicodedata.category(c)
        if sub[0] in "LN":
            kept.append(_fold_char(c))
        elif c in _DAKUTEN_MARKS and kept:
            kept[-1] = unicodedata.normalize("NFC", kept[-1] + _DAKUTEN_MARKS[c])
    if not kept:
        return _SEP, ""
    return _LETTER, "".join(kept)


def _info(char: str) -> tuple[int, str]:
    info = _TABLE.get(char)
    if info is None:
        info = _classify(char)
        if len(_TABLE) < 200_000:  # bounded: hostile input cannot grow it forever
            _TABLE[char] = info
    return info


# --- The plain-text fast path -------------------------------------------------------------
# Most comments are plain: every character in these ranges, each letter folding to one
# character, nothing invisible or to compose. Their matching form needs no loop in Python.
_PLAIN_RANGES = (
    (0x0000, 0x024F), (0x2000, 0x2BFF), (0x3000, 0x30FF), (0x3200, 0x33FF),
    (0x4E00, 0x9FFF), (0xFF00, 0xFFEF), (0x1F000, 0x1FAFF),
)  # fmt: skip


def char_class(codes: list[int], *, negate: bool = False) -> str:
    """A regular-expression character class of ``codes`` (sorted), as ranges."""
    parts = []
    index = 0
    while index < len(codes):
        low = high = codes[index]
        while index + 1 < len(codes) and codes[index + 1] == high + 1:
            index += 1
            high = codes[index]
        escape = (lambda c: f"\\U{c:08x}") if high > 0xFFFF else (lambda c: f"\\u{c:04x}")
        parts.append(escape(low) if low == high else f"{escape(low)}-{escape(high)}")
        index += 1
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _build_plain() -> tuple[dict[int, str], list[int], list[int]]:
    table: dict[int, str] = {}
    plain: list[int] = []
    separators: list[int] = []
    for low, high in _PLAIN_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            kind, folded = _classify(char)
            if kind == _LETTER and len(folded) == 1 and folded not in " ー":
                if folded != char:
                    table[code] = folded
            elif kind == _SEP:
                table[code] = " "
                separators.append(code)
            elif kind == _LONG:
                table[code] = "ー"
            else:
                continue  # invisible, marks to compose, letters folding to several
            plain.append(code)
    return table, plain, separators


_PLAIN_FOLD, _PLAIN_CODES, SEPARATOR_CODES = _build_plain()
_NOT_PLAIN_RE = re.compile(char_class(_PLAIN_CODES, negate=True))
_WORD_RE = re.compile("[^ ]+")
# What the loop changes in a run of letters: a repeated kana vowel, three Latin letters.
_REPEAT_RE = re.compile(r"([あいうえお])\1|([a-z])\2\2")
# _unleet changes only a word where a Latin letter touches a digit.
_LEET_HINT_RE = re.compile("[a-z][0-9]|[0-9][a-z]")
# _undo_evasions changes nothing unless both match (the first is what it always required).
_LOOK_ALIKE_TEXT_RE = re.compile("タヒ|ﾀﾋ|[氏市]")
_LOOK_ALIKE_RE = re.compile("たひ|[氏市]ね")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The matching form of a message and the way back to the original.

    ``starts[i]``/``ends[i]``: the original code points that normalised character ``i``
    came from. ``boundary[i]``: a space, punctuation or symbol (or the start of the text)
    came right before character ``i``; ``boundary[len(text)]`` is always True.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    boundary: tuple[bool, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Code-point offsets in the original covering normalised characters [start, end)."""
        if not self.text or end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; never raises on any ``str``."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    boundary: list[bool] = []
    if _NOT_PLAIN_RE.search(text):
        _fold_span(text, 0, len(text), out, starts, ends, boundary)
    else:
        _fold_plain(text, out, starts, ends, boundary)
    boundary.append(True)
    folded = "".join(out)
    normalized = Normalized(text, folded, tuple(starts), tuple(ends), tuple(boundary))
    if _LEET_HINT_RE.search(folded):
        normalized = _unleet(normalized)
    if _LOOK_ALIKE_TEXT_RE.search(text) and _LOOK_ALIKE_RE.search(folded):
        normalized = _undo_evasions(normalized)
    return normalized


def _fold_span(
    text: str,
    begin: int,
    stop: int,
    out: list[str],
    starts: list[int],
    ends: list[int],
    boundary: list[bool],
) -> None:
    """The matching form of ``text[begin:stop]``, character by character, appended to the
    lists; ``begin`` is the start of the text or follows a separator."""
    pending_boundary = True
    run = 0
    info = _info
    for index in range(begin, stop):
        char = text[index]
        kind, folded = _TABLE.get(char) or info(char)
        if kind == _LETTER:
            for c in folded:
                if out and c == out[-1] and not pending_boundary:
                    run += 1
                    if c in _KANA_VOWELS:
                        ends[-1] = index + 1
                        continue
                    if c.isascii() and c.isalpha():
                        if c in _LATIN_VOWELS:
                            if run == 3:  # "aaa": drop back to one
                                out.pop()
                                ends.pop()
                                starts.pop()
                                boundary.pop()
                                ends[-1] = index + 1
                                continue
                            if run > 3:
                                ends[-1] = index + 1
                                continue
                        elif run >= 3:
                            ends[-1] = index + 1
                            continue
                else:
                    run = 1
                out.append(c)
                starts.append(index)
                ends.append(index + 1)
                boundary.append(pending_boundary)
                pending_boundary = False
        elif kind == _SEP:
            pending_boundary = True
            run = 0
        elif kind == _DAKUTEN and out and not pending_boundary:
            composed = unicodedata.normalize("NFC", out[-1] + folded)
            if len(composed) == 1:
                out[-1] = composed
                ends[-1] = index + 1
                run = 1
        # _INVISIBLE and _LONG: dropped, no boundary


def _fold_plain(
    text: str, out: list[str], starts: list[int], ends: list[int], boundary: list[bool]
) -> None:
    """:func:`_fold_span` of a plain text (see ``_PLAIN_RANGES``) at C speed: one
    ``str.translate`` folds every character (separators become a space, long marks ー),
    and each run between separators is appended whole, unless it has a repeat to
    collapse, which the loop does. A property test checks both paths agree."""
    folded = text.translate(_PLAIN_FOLD)
    for word in _WORD_RE.finditer(folded):
        begin, stop = word.span()
        letters = word.group()
        if _REPEAT_RE.search(letters.replace("ー", "") if "ー" in letters else letters):
            _fold_span(text, begin, stop, out, starts, ends, boundary)
            continue
        first = True
        position = begin
        for part in letters.split("ー") if "ー" in letters else (letters,):
            if part:
                out.append(part)
                starts.extend(range(position, position + len(part)))
                ends.extend(range(position + 1, position + len(part) + 1))
                boundary.append(first)
                boundary.extend([False] * (len(part) - 1))
                first = False
            position += len(part) + 1


def _unleet(n: Normalized) -> Normalized:
    """Digits inside a Latin word become the letters they imitate (sh1t, 1d10t).

    Only inside a run of Latin letters and leet digits (between boundaries) that contains
    at least one letter and no other digit, so 2016, covid19 and 090 stay digits.
    """
    chars = list(n.text)
    length = len(chars)
    i = 0
    while i < length:
        if not _is_latin_alnum(chars[i]):
            i += 1
            continue
        j = i + 1
        while j < length and _is_latin_alnum(chars[j]) and not n.boundary[j]:
            j += 1
        word = chars[i:j]
        if any(c.isalpha() for c in word) and all(c.isalpha() or c in _LEET for c in word):
            for k in range(i, j):
                chars[k] = _LEET.get(chars[k], chars[k])
        i = j
    return Normalized(n.original, "".join(chars), n.starts, n.ends, n.boundary)


def _undo_evasions(n: Normalized) -> Normalized:
    """Undo the common visual/kanji evasions of 死 (death), chosen to avoid innocent text.

    * katakana タヒ (full or half width) -> 死 (タ+ヒ drawn together look like 死), but not
      in タヒチ (Tahiti); hiragana たひ is ordinary text (行ったひと) and is left alone.
    * 氏ね / 市ね -> 死ね unless 氏/市 is an honorific or a city's name (:func:`honorific_shi`):
      ``田中氏ね`` (Mr Tanaka) and ``石巻市ね`` (Ishinomaki City) are innocent,
      ``お前ら氏ね``, ``市ね`` and ``職員全員氏ね`` are not.
    """
    chars = list(n.text)
    starts = list(n.starts)
    ends = list(n.ends)
    boundary = list(n.boundary)
    original = n.original
    i = 0
    while i < len(chars) - 1:
        pair = chars[i] + chars[i + 1]
        if (
            pair == "たひ"
            and original[starts[i]] in "タﾀ"
            and original[starts[i + 1]] in "ヒﾋ"
            and not (i + 2 < len(chars) and chars[i + 2] == "ち")
        ):
            chars[i : i + 2] = ["死"]
            ends[i : i + 2] = [ends[i + 1]]
            del starts[i + 1]
            del boundary[i + 1]
        elif pair in ("氏ね", "市ね") and (
            i == 0 or boundary[i] or not honorific_shi("".join(chars[max(0, i - 3) : i]))
        ):
            chars[i] = "死"
        i += 1
    return Normalized(original, "".join(chars), tuple(starts), tuple(ends), tuple(boundary))
