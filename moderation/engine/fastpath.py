"""A C-speed pre-check that tells most comments apart from the ones worth reading closely.

Pure Python over C primitives (``str.translate``, ``re``). :func:`quick_form` folds a
message the way :func:`.normalize.normalize` does, character by character from the same
table (width, kana, case; spaces, symbols, long marks and zero-width characters dropped),
then collapses runs of one kana vowel (:func:`collapse`); sentence ends (。！？) become NUL,
since no match may cross them. It refuses (returns None) every message where the full path
does more than that: voiced-sound marks to compose, characters outside the tabled ranges,
look-alikes of 死, stretched runs of three, leet digits, sentences in romaji.

Why it is exact: for any other message, the full path's matching form (normalised
de-evaded text), cut at its sentence ends, equals the quick form cut at its NULs, piece by
piece before collapsing; collapsing maps a substring of a piece to a substring of the
collapsed piece, and a match never crosses a sentence end. So if no collapsed term key
occurs in the quick form, no term can match in the full path either, and the message
needs neither de-evasion, normalisation with offsets nor the analyser. The property test
in ``tests/unit/moderation/test_evasion.py`` checks this on random text. A key found
inside a katakana word (ばか in マイナンバーカード) is set aside by :mod:`.runs`.
"""

from __future__ import annotations

import re

from .evasion import deevade, may_be_masked, may_stretch
from .evasion_steps import WAVES
from .lookalikes import KANJI_AS_KATAKANA
from .normalize import _LETTER, _ZERO_WIDTH, _classify, char_class, normalize
from .romaji import hints_romaji

_RANGES = (
    (0x0000, 0x024F), (0x2000, 0x2BFF), (0x3000, 0x30FF), (0x3200, 0x33FF),
    (0xFF00, 0xFFEF), (0x1F000, 0x1FAFF),
)  # fmt: skip
_HARD_END_CHARS = "。｡！？!?"


def _build_table() -> dict[int, str | int | None]:
    table: dict[int, str | int | None] = {}
    for low, high in _RANGES:
        for code in range(low, high + 1):
            kind, folded = _classify(chr(code))
            if kind == _LETTER:
                if folded != chr(code):
                    table[code] = folded
            else:
                table[code] = None  # separators, long marks, invisible: dropped
    for char in _HARD_END_CHARS:
        table[ord(char)] = "\x00"
    # Characters kept as they are (kanji, kana, ASCII letters) map to themselves: a code
    # missing from the table costs ``str.translate`` a raised and caught KeyError, which
    # made folding twice as slow; about 2 MB.
    for low, high in ((0x0000, 0x007F), (0x3000, 0x30FF), (0x4E00, 0x9FFF)):
        for code in range(low, high + 1):
            table.setdefault(code, code)
    return table


_TABLE = _build_table()


def _read_otherwise() -> set[int]:
    """Characters of the tabled ranges that the full path reads otherwise than the table
    folds them: de-evasion reads each character through NFKC first, so a circled or
    squared letter (ⓑⓐⓚⓐ, 🄱🄰🄺🄰) is a letter there and a dropped symbol here. A message
    holding one is refused: the pre-check must never miss what the full path finds.
    Worked out once per process (about 50 ms), not listed by hand."""
    different = set()
    for low, high in _RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            if char in _HARD_END_CHARS or 0x3099 <= code <= 0x309C or code in (0xFF9E, 0xFF9F):
                continue
            if normalize(deevade(char).text).text != char.translate(_TABLE):
                different.add(code)
    return different


# Each is a separate search: one character class (or one class of first characters, with
# the second checked behind) lets the regular-expression engine skip ahead at C speed,
# where one alternation of them tries every branch at every position.
# An invisible character vanishes in both, but the full path then reads what it kept apart
# as one (は\u200bああ is a stretched は), which the quick form's searches do not see.
_READ_OTHERWISE = _read_otherwise() | {ord(char) for char in _ZERO_WIDTH}
_REFUSE_CHAR_RE = re.compile(
    char_class(
        [
            code
            for low, high in (*_RANGES, (0x4E00, 0x9FFF))
            for code in range(low, high + 1)
            if not (0x3099 <= code <= 0x309C or code in (0xFF9E, 0xFF9F))
            and code not in _READ_OTHERWISE
        ],
        negate=True,
    )
)
_REFUSE_PAIR_RE = re.compile(
    "[タﾀ氏市4４ーｰ―ノﾉ](?:(?<=[タﾀ])[ヒﾋ]|(?<=[氏市4４])[ねネﾈ]|(?<=[ーｰ―])[ーｰ―]|(?<=[ノﾉ])[ヾゞ])"
)
# コ口ス, コ・口・ス (letters glued across a short gap): see .lookalikes. A search of its
# own: an alternation with the pairs above tries both at every position, twice as slow.
_REFUSE_GLUED_RE = re.compile(f"[ァ-ヴーｦ-ﾟ][^ぁ-ゖァ-ヺ一-鿿]{{0,3}}[{''.join(KANJI_AS_KATAKANA)}]")
# A wave dash between two kana is a long mark there (バ〜カ: see .evasion_steps.WAVES).
_WAVE_RE = re.compile(f"[{WAVES}](?<=[ぁ-ゖァ-ヺー―ｦ-ﾟ][{WAVES}])[{WAVES}]*[ぁ-ゖァ-ヺー―ｦ-ﾟ]")
# Long marks are dropped without a boundary by normalisation, so they cannot keep a leet
# digit or a run apart either (0ーa is "oa" there): these search the text without them.
_TRIPLE_RE = re.compile(r"([^\x00])\1\1|っっ")  # っっ: one っ in the full path
# Look-alikes of 死 that normalisation undoes across a dropped separator (氏:ね).
_LOOK_ALIKE_RE = re.compile("[た氏市4](?:(?<=た)\x00*ひ|(?<=[氏市4])\x00*ね)")
_LEET_RE = re.compile("[0-9a-z](?:(?<=[a-z])[0-9]|(?<=[0-9])[a-z])")
# Sentence ends that are never glued away: a term never matches across one, so the quick
# form keeps them (as NUL, which no term contains) and nothing matches across them there.
HARD_ENDS = "。!?"
_VOWEL_RUN_RE = re.compile(r"([あいうえお])\1+")


def collapse(text: str) -> str:
    """Runs of one kana vowel become one (what normalisation does without a boundary)."""
    # Searched first: most texts have none, and a substitution with a template costs its
    # set-up even when nothing matches.
    return _VOWEL_RUN_RE.sub(r"\1", text) if _VOWEL_RUN_RE.search(text) else text


def quick_form(message: str) -> str | None:
    """The quick form of ``message`` (its collapsed matching form, sentence ends as NUL),
    or None when only the full path will do."""
    if (
        _REFUSE_CHAR_RE.search(message)
        or _REFUSE_PAIR_RE.search(message)
        or _REFUSE_GLUED_RE.search(message)
        or _WAVE_RE.search(message)
    ):
        return None
    if may_stretch(message) or may_be_masked(message):
        return None
    folded = message.translate(_TABLE)
    if _TRIPLE_RE.search(folded) or _LEET_RE.search(folded) or _LOOK_ALIKE_RE.search(folded):
        return None
    if hints_romaji(folded) and deevade(message).romaji:
        return None  # a sentence in romaji, read as kana by the full path
    return collapse(folded)


def quick_key(key: str) -> str:
    """A (normalised) term key as the pre-check looks it up in a quick form."""
    return collapse(key)
