"""Numbers written as words: digit words in kana (ぜろきゅーぜろ…), in English (zero nine
zero…) or in romaji (zero kyuu zero…), digits among them, read one digit per word with its
offsets, for the detectors of numbers (:mod:`.phones`, the My Number of :mod:`.pii`).

Pure Python. Works on the *widened* text (``widen.widen``: full-width letters made ASCII,
long marks made ``-``, half-width katakana full-width with its voicing mark apart), with
kanji numerals already read as digits by the caller where it wants them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Digit words in kana. Widening has made long marks "-" (キュー -> キュ-, オー -> オ-), which
# may stand between digit words, and half-width katakana full-width with the voicing mark
# apart (ｾﾞﾛ -> セ + U+3099). A long vowel may be written out (にい, ごう), but not when it
# starts the next word (にいち is 2 1).
_V = "\u3099"
KANA_DIGIT_RE = re.compile(
    f"ぜろ|ゼロ|せ{_V}ろ|セ{_V}ロ|れい|レイ|まる|マル|オ-|お-|いち|イチ|さん|サン|よん|ヨン|ろく|ロク"
    f"|なな|ナナ|はち|ハチ|しち|シチ|きゅう|キュウ|きゅー|キュー|きゅ|キュ|ごう|ゴウ|ご|ゴ|こ{_V}う"
    f"|コ{_V}ウ|こ{_V}|コ{_V}|にい(?!ち)|ニイ(?!チ)|に|ニ|し|シ|く|ク|[0-9]"
)
_KANA_DIGITS = {
    "ぜろ": "0", "れい": "0", "まる": "0", "お-": "0", "いち": "1", "に": "2", "にい": "2",
    "さん": "3", "よん": "4", "し": "4", "ご": "5", "ごう": "5", "ろく": "6", "なな": "7",
    "しち": "7", "はち": "8", "きゅう": "9", "きゅー": "9", "きゅ": "9", "く": "9",
}  # fmt: skip

# Digit words in English and in romaji. A run of Latin letters counts only when it is
# digit words from end to end (zero nine zero, zeroninezero, ichi ni san), so a digit word
# inside another word (someone, gone, nice) is no digit.
_LATIN_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "rei": "0", "maru": "0", "ichi": "1", "ni": "2", "nii": "2", "san": "3", "yon": "4",
    "shi": "4", "si": "4", "go": "5", "goo": "5", "roku": "6", "nana": "7", "shichi": "7",
    "hachi": "8", "kyuu": "9", "kyu": "9", "ku": "9",
}  # fmt: skip
_LATIN_WORD_RE = re.compile("|".join(sorted(_LATIN_DIGITS, key=len, reverse=True)))
# A run of two letters or more (no digit word has one letter).
_LATIN_RUN_RE = re.compile("[A-Za-z]{2,}")
_LATIN_STARTS = frozenset(word[:2] for word in _LATIN_DIGITS)


def may_hold_latin_digits(wide: str) -> bool:
    """Whether the (widened) text may hold a Latin digit word: a run of Latin letters that
    starts as one does (most comments have no Latin letter, which the search skips at C
    speed)."""
    return any(run.group()[:2].lower() in _LATIN_STARTS for run in _LATIN_RUN_RE.finditer(wide))


def _kana_digit(word: str) -> str:
    """The digit a kana digit word (or a digit) stands for ("" for none)."""
    word = unicodedata.normalize("NFC", word)
    folded = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in word)
    return folded if folded.isdigit() else _KANA_DIGITS.get(folded, "")


def _latin_words(wide: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digit) of the Latin digit words: only runs of letters that are digit
    words throughout."""
    for run in _LATIN_RUN_RE.finditer(wide):
        lowered = run.group().lower()
        words = []
        position = 0
        for match in _LATIN_WORD_RE.finditer(lowered):
            if match.start() != position:
                break
            words.append(match)
            position = match.end()
        if not words or position != len(lowered):
            continue
        for match in words:
            start = run.start() + match.start()
            yield start, run.start() + match.end(), _LATIN_DIGITS[match.group()]


def latin_digit_words(wide: str) -> int:
    """How many Latin digit words ``wide`` holds."""
    return sum(1 for _word in _latin_words(wide))


def digit_words(wide: str, *, latin: bool | None = None) -> list[tuple[int, int, str]]:
    """Every digit, kana digit word and (when ``latin``, or by default when the text may
    hold one) Latin digit word of ``wide``, in order: (start, end, digit)."""
    words = [(m.start(), m.end(), _kana_digit(m.group())) for m in KANA_DIGIT_RE.finditer(wide)]
    if latin is None:
        latin = may_hold_latin_digits(wide)
    if latin:
        words = sorted(words + list(_latin_words(wide)))
    return words


# What may stand between the digit words of one number.
GAP = " 　-ー、・のノ~〜,."


def digit_runs(wide: str, *, latin: bool | None = None) -> list[list[tuple[int, int, str]]]:
    """The digit words of ``wide`` grouped into runs: words with nothing but GAP between."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    position = 0
    for start, end, digit in digit_words(wide, latin=latin):
        if run and wide[position:start].strip(GAP) != "":
            runs.append(run)
            run = []
        run.append((start, end, digit))
        position = end
    if run:
        runs.append(run)
    return runs


def spelled_digits(wide: str) -> str:
    """The digits of a number written with digit words, digits or both (ぜろにーにーご…,
    zero two two five… read 0225…), so that a spelled number can be compared with a
    published one."""
    return "".join(digit for _start, _end, digit in digit_words(wide))
