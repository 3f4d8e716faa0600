"""Phone numbers however they are written: digits of either width, kanji numerals, digit
words in kana (ぜろきゅーぜろ…), in English or romaji (zero nine zero…), the letter O for
zero, any separators between the groups.

Pure Python. :func:`detect_phone` takes the *widened* text (``widen.widen``: same
length as the original, full-width digits and letters made ASCII, dashes and long marks
made ``-``) and returns code-point spans of the original; every candidate is validated
(a leading 0, ten digits, or eleven for a mobile, toll-free or IP number), which is what
keeps dates, prices and order numbers out. Part of :mod:`.pii`.
"""

from __future__ import annotations

import re

from .digit_words import digit_runs, latin_digit_words, may_hold_latin_digits, spelled_digits

__all__ = ["detect_phone", "phone_digits", "phone_digits_valid", "spelled_digits"]

Span = tuple[int, int]

# Inside a phone number people write hyphens, spaces, dots, brackets, の or ノ (090の1234の
# 5678), ・, 、, commas, slashes, wave dashes (090〜1234〜5678), asterisks and _; zero-width
# characters are an evasion we tolerate.
_PHONE_SEP = r"[ \t\-\.()\u200b\u200c\u200d\u2060\ufeffの・、_ノ,/~〜*]"
_PHONE_RE = re.compile(
    rf"(?<![\d+])(?:\+{_PHONE_SEP}?81{_PHONE_SEP}{{0,2}}(?:\(0\){_PHONE_SEP}?)?|\(?0)(?:{_PHONE_SEP}{{0,3}}\d){{8,10}}(?!{_PHONE_SEP}?\d)"
)
_MOBILE_PREFIXES = ("070", "080", "090", "050", "020")
# Digits written as kanji numerals (〇九〇ー一二三四…): one character for one, so spans keep.
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_KANJI_DIGIT_RE = re.compile("[〇零一二三四五六七八九]")
# The letter O (or o) written for a zero (O9O-1234-5678): alone, not inside a word (No.,
# Go), and beside a digit, directly or across one separator.
_LETTER_ZERO_RE = re.compile(r"(?<![A-Za-z])[Oo]+(?![A-Za-z])")


def phone_digits_valid(digits: str) -> bool:
    """Whether ``digits`` are a Japanese phone number: a leading 0 (not 00), ten digits,
    or eleven for a mobile, IP, M2M or toll-free 0800 number."""
    if not digits.startswith("0") or digits.startswith("00") or digits == "0123456789":
        return False  # 0123456789 is the digits counted, not a number
    if len(digits) == 11:
        return digits.startswith(_MOBILE_PREFIXES) or digits.startswith("0800")
    return len(digits) == 10


def _letter_zeros(text: str) -> str:
    """``text`` with every O standing for a zero made ``0`` (same length)."""

    def zero(match: re.Match) -> str:
        near = text[max(0, match.start() - 2) : match.start()] + text[match.end() : match.end() + 2]
        return "0" * len(match.group()) if any("0" <= c <= "9" for c in near) else match.group()

    return _LETTER_ZERO_RE.sub(zero, text)


def _has_letter_zero(text: str) -> bool:
    return ("O" in text or "o" in text) and _LETTER_ZERO_RE.search(text) is not None


# Digits spelled out in words (ゼロキューゼロ…, zero nine zero…) are read by :mod:`.digit_words`;
# a spelled number starts with zero, and まる and れい are also inside words (始まる, きれい).
_SPELLED_HINT_RE = re.compile("ぜろ|ゼロ|せ\u3099ろ|セ\u3099ロ|マル|レイ|オ-|お-")


def phone_digits(wide: str) -> str:
    """The digits of a (widened) phone number however written: digits, kanji numerals, the
    letter O, or digit words; +81 read as the leading 0."""
    text = _letter_zeros(wide.translate(_KANJI_DIGITS))
    digits = "".join(c for c in text if "0" <= c <= "9")
    if "+" in text and digits.startswith("81"):
        digits = "0" + digits[2:]
    if len(digits) < 10:
        digits = spelled_digits(text)
    return digits


def _spelled_phone(wide: str, latin: bool) -> list[Span]:
    """A phone number spelled in words (ゼロキューゼロ いちにさんよん…, zero nine zero one
    two…, or digits among them): the digit words are read as digits (a run of at least
    ten), then checked like a written number."""
    spans: list[Span] = []
    for run in digit_runs(wide, latin=latin):
        number = "".join(digit for _s, _e, digit in run)
        for offset in range(max(0, len(number) - 9)):
            piece = next(
                (p for n in (11, 10) if len(p := number[offset : offset + n]) == n
                 and phone_digits_valid(p)),
                None,
            )  # fmt: skip
            if piece is not None:
                spans.append((run[offset][0], run[offset + len(piece) - 1][1]))
                break
    return spans


def detect_phone(wide: str) -> list[Span]:
    """Japanese phone numbers: mobile 070/080/090, IP 050, landlines (0225-95-1111),
    toll-free 0120/0800, in any width, in kanji numerals (〇九〇…), with O for zero, with
    hyphens, spaces, の, wave dashes, parentheses or +81, or spelled in kana."""
    # The cheap pre-check (a number has ten digits): str.count runs at C speed, and kanji
    # numerals (common in prose: 一緒, 三回目) and O are only counted when digits fall short.
    # Digit words in English or romaji are read only where, with the digits, they are
    # enough for a number, or beside a zero in kana (most comments have no Latin letter).
    kana = _SPELLED_HINT_RE.search(wide) is not None
    count = sum(map(wide.count, "0123456789"))
    latin = may_hold_latin_digits(wide) and (
        kana
        or latin_digit_words(wide) + count + sum(map(wide.count, "〇零一二三四五六七八九")) >= 10
    )
    spelled = _spelled_phone(wide.translate(_KANJI_DIGITS), latin) if latin or kana else []
    if count < 10 and _KANJI_DIGIT_RE.search(wide):
        count += sum(map(wide.count, "〇零一二三四五六七八九"))
    if 4 <= count < 10 and _has_letter_zero(wide):
        count += wide.count("O") + wide.count("o")
    if count < 10:
        return spelled
    text = wide.translate(_KANJI_DIGITS)
    if _has_letter_zero(text):
        text = _letter_zeros(text)
    spans = []
    for match in _PHONE_RE.finditer(text):
        raw = match.group()
        digits = "".join(c for c in raw if c.isdigit())
        if raw.lstrip("(").startswith("+"):
            digits = digits[2:]
            if not digits.startswith("0"):
                digits = "0" + digits
        if phone_digits_valid(digits) and not _masked(wide[match.start() : match.end()]):
            spans.append(match.span())
    return sorted(set(spans + spelled))


def _masked(written: str) -> bool:
    """Whether a number is hidden rather than given: 〇 is the mark Japanese hides digits
    with (090-〇〇〇〇-〇〇〇〇, 090-〇〇〇-5678), and is read as a zero only where the whole
    number is in kanji with no run of four (〇九〇-一〇〇〇-…)."""
    if "〇〇〇" not in written:
        return False
    return "〇〇〇〇" in written or any("0" <= c <= "9" for c in written)
