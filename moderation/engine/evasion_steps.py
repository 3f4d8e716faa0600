"""The steps of de-evasion, each over a list of pieces ``[output, start, end, is_separator]``
(one per character of the result, with the original code points it came from); see
:mod:`.evasion` for what each undoes and for :func:`.evasion.deevade`, which runs them.

Pure Python.
"""

from __future__ import annotations

import re
import unicodedata

from .dialect import unvoice
from .lookalikes import (
    MASKS,
    ditto_voicing,
    kanji_as_katakana,
    look_alikes,
    sign_words,
    unmask_pieces,
)
from .normalize import (
    _DAKUTEN,
    _DAKUTEN_MARKS,
    _INVISIBLE,
    _LONG,
    _SEP,
    _info,
    _is_kanji,
)
from .romaji import read_romaji_runs
from .scripts import is_katakana, letter_kind

# Separators that may sit between the letters of a spaced-out word.
_MAX_GAP = 3


def _nfkc(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def _pieces(text: str) -> list[list]:
    """[output, start, end, is_separator] per kept character, marks composed."""
    out: list[list] = []
    for index, char in enumerate(text):
        kind, _folded = _info(char)
        if kind == _INVISIBLE:
            continue
        if kind == _DAKUTEN:
            if out and not out[-1][3]:
                composed = unicodedata.normalize("NFC", out[-1][0] + _DAKUTEN_MARKS[char])
                if len(composed) == 1:
                    out[-1][0] = composed
                    out[-1][2] = index + 1
            continue
        if kind == _LONG:
            out.append(["ー", index, index + 1, False])
            continue
        if kind == _SEP:
            wide = _nfkc(char)
            out.append([wide if len(wide) == 1 else char, index, index + 1, True])
            continue
        for c in _nfkc(char):
            if c in _DAKUTEN_MARKS or unicodedata.category(c) == "Mn":
                if out and not out[-1][3]:
                    composed = unicodedata.normalize("NFC", out[-1][0] + _DAKUTEN_MARKS.get(c, c))
                    if len(composed) == 1:
                        out[-1][0] = composed
                        out[-1][2] = index + 1
                continue
            out.append([c, index, index + 1, False])
    return out


_COMMAS = "、，,､"


def _comma_between_spaces(gap: list[list]) -> bool:
    """Whether a separator run is spaces, one comma, spaces (each side at least one)."""
    marks = "".join(p[0] for p in gap)
    for i, mark in enumerate(marks):
        if mark in _COMMAS:
            before, after = marks[:i], marks[i + 1 :]
            return before.isspace() and after.isspace()
    return False


def _glue_single_letters(pieces: list[list]) -> list[list]:
    """Drop short separator runs between single letters (two or more in a row)."""
    # Words: maximal runs of non-separators; a word of one letter (not a digit) is "single".
    words: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        if pieces[i][3]:
            i += 1
            continue
        j = i
        while j < len(pieces) and not pieces[j][3]:
            j += 1
        words.append((i, j))
        i = j
    drop: set[int] = set()
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) >= 2:
            for (_s, e), (s2, _e2) in zip(run, run[1:], strict=False):
                # A comma with spaces on both sides is a word of the spaced text, not the
                # evasion's separator: デ ブ 、 ハ ゲ is デブ、ハゲ (ア、ホ and バ, カ are one
                # word). Its spaces go too: the analyser reads a word before a space
                # differently (人集まれ␣ is 人集|まれ).
                keep = _comma_between_spaces(pieces[e:s2])
                drop.update(i for i in range(e, s2) if not (keep and pieces[i][0] in _COMMAS))
        run.clear()

    for start, end in words:
        single = end - start == 1 and pieces[start][0].isalpha()
        if single and run:
            gap = pieces[run[-1][1] : start]
            if len(gap) > _MAX_GAP or any(p[0] in "。！？!?" for p in gap):
                flush()
        if single:
            run.append((start, end))
        else:
            flush()
    flush()
    if not drop:
        return pieces
    return [piece for index, piece in enumerate(pieces) if index not in drop]


def _gap_kind(char: str) -> str:
    """'symbol' (emoji, ★, ♪), 'space' (spaces, middle dots) or '' for a separator."""
    if char in _DOTS:
        return "space"
    if char in MASKS:
        return "symbol"  # a mask that hid no letter (see _inserted)
    category = unicodedata.category(char)
    if category in ("So", "Sk"):
        return "symbol"
    return "space" if category == "Zs" else ""


_DOTS = "・·"


def _glue_split_words(pieces: list[list]) -> list[list]:
    """Drop the separators that split one word (see the module docstring): symbols between
    Japanese letters, spaces between two kanji or two katakana, where a letter of the same
    script stands alone on one side (バ💢カ, お前ら馬 鹿じゃ), so two words (シネ カス,
    石巻市 防災課) stay apart."""
    drop: list[int] = []
    index = 1
    while index < len(pieces):
        if not pieces[index][3] or pieces[index - 1][3]:
            index += 1
            continue
        end = index
        while end < len(pieces) and pieces[end][3]:
            end += 1
        if end < len(pieces) and end - index <= _MAX_GAP:
            kinds = {_gap_kind(piece[0]) for piece in pieces[index:end]}
            left = letter_kind(pieces[index - 1][0])
            right = letter_kind(pieces[end][0])
            symbols = kinds == {"symbol"} and bool(left and right)
            spaces = kinds == {"space"} and end - index <= 2 and left in ("kanji", "katakana")
            if (symbols or (spaces and left == right)) and (
                not _same_script_before(pieces, index - 1, left)
                or not _same_script_before(pieces, end + 1, right, step=1)
            ):
                drop.extend(range(index, end))
        index = end
    if not drop:
        return pieces
    dropped = set(drop)
    return [piece for position, piece in enumerate(pieces) if position not in dropped]


def _same_script_before(pieces: list[list], index: int, kind: str, step: int = -1) -> bool:
    """Whether the letter next to ``index`` (before it, or after it with ``step=1``) is of
    the same script, so the letter at ``index`` does not stand alone."""
    other = index - 1 if step < 0 else index
    if not 0 <= other < len(pieces) or pieces[other][3]:
        return False
    return letter_kind(pieces[other][0]) == kind


# A small っ written again stresses the word it is in (ばっっっか, きっっしょ): never two in
# a Japanese word, so a run of them is one, as a run of long marks is.
_SMALL_TSU = frozenset("っッ")


def _shorten(pieces: list[list]) -> list[list]:
    out: list[list] = []
    for piece in pieces:
        if out and not piece[3] and piece[0] == out[-1][0] and not out[-1][3]:
            same = 1
            for previous in reversed(out):
                if previous[0] != piece[0] or previous[3]:
                    break
                same += 1
            if (piece[0] == "ー" or piece[0] in _SMALL_TSU) and same >= 2:
                out[-1][2] = piece[2]
                continue
            if same >= 3 and not piece[0].isdigit():
                out[-1][2] = piece[2]
                continue
        out.append(piece)
    return out


def _kana_vowels() -> dict[str, str]:
    rows = {
        "a": "あかさたなはまやらわがざだばぱぁゃゎ",
        "i": "いきしちにひみりぎじぢびぴぃ",
        "u": "うくすつぬふむゆるぐずづぶぷぅゅ",
        "e": "えけせてねへめれげぜでべぺぇ",
        "o": "おこそとのほもよろをごぞどぼぽぉょ",
    }
    table = {}
    for vowel, kana in rows.items():
        for char in kana:
            table[char] = vowel
            table[chr(ord(char) + 0x60)] = vowel  # its katakana
    return table


_VOWEL_OF = _kana_vowels()
_STRETCH_VOWELS = frozenset("あいうえおぁぃぅぇぉアイウエオァィゥェォ")
_SMALL_VOWELS = frozenset("ぁぃぅぇぉァィゥェォ")


def stretched_vowel_pattern() -> str:
    """A regular expression for where :func:`_stretched_vowels` may change a text (a
    superset, for the fast path): a kana followed by a small vowel or two full ones of
    its vowel, or a kanji followed by a small vowel."""
    parts = []
    for vowel in "aiueo":
        kana = "".join(c for c, v in _VOWEL_OF.items() if v == vowel)
        small = "".join(c for c in _SMALL_VOWELS if _VOWEL_OF[c] == vowel)
        full = "".join(c for c in _STRETCH_VOWELS - _SMALL_VOWELS if _VOWEL_OF[c] == vowel)
        parts.append(f"[{kana}](?:[{small}]|[{full}]{{2}})")
    parts.append(f"[\u3400-\u9fff々〆][{''.join(sorted(_SMALL_VOWELS))}]")
    return "|".join(parts)


def unstretch(text: str) -> str:
    """``text`` with its stretched vowels written as long marks, as de-evasion writes them
    (ざまぁ -> ざまー): a term is keyed so, or a term written with its stretch would
    never meet the text it is written for."""
    if not _STRETCH_RE.search(text):
        return text
    pieces = [[char, index, index + 1, False] for index, char in enumerate(text)]
    return "".join(piece[0] for piece in _stretched_vowels(pieces))


def _stretched_vowels(pieces: list[list]) -> list[list]:
    """A word's last vowel written again to stretch it (しねええ, 死ねぇぇ, バカァ) becomes
    one long mark, as the same stretch written with ー (しねー) is read: repeated full
    vowels, or small ones, after a kana of that vowel; small ones after a kanji too
    (死ぃぃね: no word writes a small vowel after a kanji). A vowel after a kana of another
    vowel (かわいい, ファ, ティ) and a full vowel written once (ねえ) are words, not
    stretches."""
    out: list[list] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        char = piece[0]
        before = out[-1] if out else None
        if (
            char in _STRETCH_VOWELS
            and not piece[3]
            and before is not None
            and not before[3]
            and (
                _VOWEL_OF.get(before[0]) == _VOWEL_OF.get(char)
                or (char in _SMALL_VOWELS and _is_kanji(before[0]))
            )
        ):
            end = index
            while end < len(pieces) and pieces[end][0] == char and not pieces[end][3]:
                end += 1
            if char in _SMALL_VOWELS or end - index >= 2:
                out.append(["ー", piece[1], pieces[end - 1][2], False])
                index = end
                continue
        out.append(piece)
        index += 1
    return out


def _katakana_endings(pieces: list[list]) -> list[list]:
    """One or two katakana right after a kanji, not followed by more katakana: hiragana."""
    index = 1
    while index < len(pieces):
        if pieces[index][3] or not is_katakana(pieces[index][0]) or pieces[index][0] == "ー":
            index += 1
            continue
        end = index
        while end < len(pieces) and not pieces[end][3] and is_katakana(pieces[end][0]):
            end += 1
        before = pieces[index - 1]
        if (
            end - index <= 2
            and not before[3]
            and _is_kanji(before[0])
            and pieces[index][0] in _KANA_ENDING_STARTS
        ):
            for piece in pieces[index:end]:
                if piece[0] != "ー":
                    piece[0] = chr(ord(piece[0]) - 0x60)
        index = end
    return pieces


# How a kana ending or a particle written in katakana can start (殺ス, 黙レ, 辞メロ, 市長ハ);
# not コ or パ, which start words (口コミ, 食パン).
_KANA_ENDING_STARTS = frozenset("スネロレルメエヌセケッイシクツムウタテヲハガニデトノモヨ")


# A wave dash between two kana is a long mark (バ〜カ, バ～～～～カ, すご〜い): casual writing
# stretches with it. Between digits or kanji it is a range (9時〜17時) and stays.
WAVES = "~〜～〰"


def _waves_as_long(pieces: list[list]) -> list[list]:
    if not any(piece[0] in WAVES for piece in pieces):
        return pieces
    out: list[list] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece[0] in WAVES and out and letter_kind(out[-1][0]) in ("hiragana", "katakana"):
            end = index
            while end < len(pieces) and pieces[end][0] in WAVES:
                end += 1
            if end < len(pieces) and letter_kind(pieces[end][0]) in ("hiragana", "katakana"):
                out.append(["ー", piece[1], pieces[end - 1][2], False])
                index = end
                continue
        out.append(piece)
        index += 1
    return out


def undo_pieces(text: str, *, romaji: bool = True) -> list[list]:
    """Every step of :func:`deevade`'s loop, in order: [output, start, end, is_separator]
    per character of the result (the fast path must agree with this)."""
    pieces = ditto_voicing(_pieces(text))
    pieces = _glue_single_letters(unmask_pieces(_waves_as_long(pieces)))
    pieces = _stretched_vowels(_shorten(_glue_split_words(pieces)))
    pieces = _katakana_endings(kanji_as_katakana(look_alikes(pieces)))
    pieces = sign_words(unvoice(pieces))
    return read_romaji_runs(pieces) if romaji else pieces


_STRETCH_RE = re.compile(stretched_vowel_pattern())
