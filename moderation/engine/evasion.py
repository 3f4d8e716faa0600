"""Evasions undone before analysis, with a map back to the original code points.

Pure Python. :func:`deevade` turns a comment into the text the analyser reads:

* zero-width, format and combining characters vanish; voiced-sound marks compose with
  the kana before them (ﾊﾞ -> バ); each character is NFKC-normalised (full-width Latin
  and half-width kana become ordinary: ｂａｋａ -> baka, ﾊﾞｶ -> バカ);
* a run of two or more *single letters* separated by spaces, dots, symbols or line
  breaks is glued together (ば　か, ア.ホ, ば く は し て や る -> ばか, アホ, ばくはしてやる);
  a word of two letters or more ends the run, so ordinary spaced prose is not glued;
* a word split inside by symbols is glued: up to three emoji or other symbols (category
  So / Sk) between two Japanese letters (職員はバ💢カだ, 死💢ね), and one or two spaces or
  middle dots between two kanji or two katakana (お前ら馬 鹿じゃ, お前はア ホだ), where a
  letter stands alone in its script on one side; two words (シネ カス, 石巻市 防災課), a
  space between hiragana or between scripts (今日は 晴れ です) stay apart;
* stretched writing is shortened: two or more long marks become one (カーーース ->
  カース) and three or more of the same letter become two (ばかああああ -> ばかああ);
  コーヒー has single long marks and is left alone;
* katakana written for the kana ending of a kanji word (殺ス, 死ネ, 市長ハ辞メロ: one or two
  katakana right after a kanji, not followed by more katakana) become hiragana, so the
  analyser reads the verb; longer katakana words (市ホームページ) are left alone;
* look-alikes of 死 are undone: タヒ (not タヒチ) and 氏ね / 市ね where 氏 / 市 does not
  follow a kanji (田中氏ね and 石巻市ね stay innocent).

Character classes come from :mod:`.normalize` (one table, not two).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .normalize import (
    _DAKUTEN,
    _DAKUTEN_MARKS,
    _INVISIBLE,
    _LONG,
    _PLAIN_RANGES,
    _SEP,
    _info,
    _is_kanji,
    char_class,
)

# Separators that may sit between the letters of a spaced-out word.
_MAX_GAP = 3
_SENTENCE_ENDS = frozenset("。！？!?\n．")


@dataclass(frozen=True, slots=True)
class Deevaded:
    """The text the analyser reads and, per character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    plain: bool = False  # character for character (！ -> !): the offsets are the identity

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original code points covering characters [start, end) of :attr:`text`."""
        if not self.text:
            return 0, 0
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]


# Emoji that stand for a word in abuse (市長は💩, 🔪持って行く): read as that word, each of
# its letters mapped back to the emoji, so that the rules written in words apply and the
# highlight lands on the emoji. Only emoji whose abusive reading is the usual one on a
# city's page; 🔥, 💀 or 🤮 (praise, laughter, a reaction) are left as symbols. Between two
# letters an emoji is still read as a separator splitting a word (殺🔪す, バ💩カ) and
# glued away first: the held-out comments have more of those than of an emoji standing
# for a word between two others.
EMOJI_WORDS = {
    "\U0001f4a9": "クソ",  # 💩
    "\U0001f437": "豚", "\U0001f416": "豚", "\U0001f43d": "豚",  # 🐷 🐖 🐽
    "\U0001f412": "猿", "\U0001f435": "猿",  # 🐒 🐵
    "\U0001fab3": "ゴキブリ",  # 🪳
    "\U0001f52a": "刃物", "\U0001f5e1": "刃物",  # 🔪 🗡
    "\U0001f4a3": "爆弾",  # 💣
    "\U0001f52b": "銃",  # 🔫
    "\U0001fa93": "斧",  # 🪓
}  # fmt: skip


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


def _letter_kind(char: str) -> str:
    """'kanji', 'katakana', 'hiragana' or '' (anything else) for one output character."""
    code = ord(char)
    if 0x30A1 <= code <= 0x30FA or char == "ー":
        return "katakana"
    if 0x3041 <= code <= 0x3096:
        return "hiragana"
    return "kanji" if _is_kanji(char) else ""


def _gap_kind(char: str) -> str:
    """'symbol' (emoji, ★, ♪), 'space' (spaces, middle dots) or '' for a separator."""
    if char in _DOTS:
        return "space"
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
            left = _letter_kind(pieces[index - 1][0])
            right = _letter_kind(pieces[end][0])
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
    return _letter_kind(pieces[other][0]) == kind


def _shorten(pieces: list[list]) -> list[list]:
    out: list[list] = []
    for piece in pieces:
        if out and not piece[3] and piece[0] == out[-1][0] and not out[-1][3]:
            same = 1
            for previous in reversed(out):
                if previous[0] != piece[0] or previous[3]:
                    break
                same += 1
            if piece[0] == "ー" and same >= 2:
                out[-1][2] = piece[2]
                continue
            if same >= 3 and not piece[0].isdigit():
                out[-1][2] = piece[2]
                continue
        out.append(piece)
    return out


def _look_alikes(pieces: list[list]) -> list[list]:
    out: list[list] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        after = pieces[i + 2][0] if i + 2 < len(pieces) else ""
        if piece[0] == "タ" and nxt is not None and nxt[0] == "ヒ" and after != "チ":
            out.append(["死", piece[1], nxt[2], False])
            i += 2
            continue
        if (
            piece[0] in "氏市"
            and nxt is not None
            and nxt[0] in "ねネ"
            and not (out and not out[-1][3] and _is_kanji(out[-1][0]))
        ):
            out.append(["死", piece[1], piece[2], False])
            i += 1
            continue
        out.append(piece)
        i += 1
    return out


def _emoji_words(pieces: list[list]) -> list[list]:
    """The emoji of EMOJI_WORDS left after gluing, as their words' letters."""
    if not any(piece[0] in EMOJI_WORDS for piece in pieces):
        return pieces
    out: list[list] = []
    for piece in pieces:
        word = EMOJI_WORDS.get(piece[0])
        if word is None:
            out.append(piece)
        else:
            out.extend([letter, piece[1], piece[2], False] for letter in word)
    return out


def _katakana_endings(pieces: list[list]) -> list[list]:
    """One or two katakana right after a kanji, not followed by more katakana: hiragana."""
    index = 1
    while index < len(pieces):
        if pieces[index][3] or not _is_katakana(pieces[index][0]) or pieces[index][0] == "ー":
            index += 1
            continue
        end = index
        while end < len(pieces) and not pieces[end][3] and _is_katakana(pieces[end][0]):
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


def _is_katakana(char: str) -> bool:
    # ヵ and ヶ are counters (三ヶ月), not kana endings: they end a run.
    return "\u30a1" <= char <= "\u30f4" or char == "ー"


def undo_pieces(text: str) -> list[list]:
    """Every step of :func:`deevade`'s loop, in order: [output, start, end, is_separator]
    per character of the result (the fast path must agree with this)."""
    return _emoji_words(
        _katakana_endings(
            _look_alikes(_shorten(_glue_split_words(_glue_single_letters(_pieces(text)))))
        )
    )


def deevade(text: str) -> Deevaded:
    """Undo the evasions in ``text``; never raises on any ``str``."""
    if not text:
        return Deevaded(text, "", (), ())
    if not _NOT_ONE_TO_ONE_RE.search(text):
        wide = text.translate(_ONE_TO_ONE)
        changes = _CHANGES_RE if _ASTRAL_RE.search(wide) else _CHANGES_BMP_RE
        if not changes.search(wide) and not _SPLIT_WORD_RE.search(wide):
            length = len(text)
            return Deevaded(text, wide, tuple(range(length)), tuple(range(1, length + 1)), True)
    pieces = undo_pieces(text)
    return Deevaded(
        text,
        "".join(p[0] for p in pieces),
        tuple(p[1] for p in pieces),
        tuple(p[2] for p in pieces),
    )


def _build_fast_path() -> tuple[re.Pattern, dict[int, str], re.Pattern, re.Pattern]:
    """What :func:`deevade` needs to know to skip its loop: the characters it keeps one
    for one (with what they become: ！ -> !, Ａ -> A, ｶ -> カ), and, over such a text, one
    regular expression for everything else it would change (a superset, since a search
    costs far less than the loop): two single letters between separators, a stretch, a
    look-alike of 死."""
    one_to_one: list[int] = []
    table: dict[int, str] = {}
    separators: list[int] = []
    digits: list[int] = []
    for low, high in _PLAIN_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            kind, _folded = _info(char)
            if kind in (_INVISIBLE, _DAKUTEN) or char in EMOJI_WORDS:
                continue
            wide = _nfkc(char)
            if kind == _LONG:
                out = "ー"
            elif kind == _SEP:
                if len(wide) == 1 and wide.isalnum():
                    # A symbol that is a letter under NFKC (ⓐ, 🄰, ⑴): in the wide text it
                    # would look like the letter, not the separator the loop reads it as.
                    continue
                out = wide if len(wide) == 1 else char
                separators.append(code)
            elif len(wide) == 1 and wide not in _DAKUTEN_MARKS:
                if unicodedata.category(wide) == "Mn":
                    continue
                out = wide
                if wide.isdigit():
                    digits.append(code)
            else:
                continue
            one_to_one.append(code)
            if out != char:
                table[code] = out

    def changes(separators: list[int]) -> re.Pattern:
        sep = char_class(separators)
        not_sep = char_class(separators, negate=True)
        letter = char_class(sorted(separators + digits), negate=True)
        return re.compile(
            "|".join(
                (
                    f"(?<!{not_sep}){not_sep}{sep}{{1,{_MAX_GAP}}}{not_sep}(?!{not_sep})",
                    f"ーー|({letter})\\1\\1",
                    "タヒ|[氏市][ねネ]",
                )
            )
        )

    # The same search with classes of BMP characters only, for text without characters
    # beyond it (nearly all): a BMP class is a bitmap, where the separators beyond it (emoji)
    # make the search test range after range at every character, five times slower.
    bmp = [code for code in separators if code <= 0xFFFF]
    return (
        re.compile(char_class(one_to_one, negate=True)),
        table,
        changes(separators),
        changes(bmp),
    )


_NOT_ONE_TO_ONE_RE, _ONE_TO_ONE, _CHANGES_RE, _CHANGES_BMP_RE = _build_fast_path()
_ASTRAL_RE = re.compile("[\\U00010000-\\U0010ffff]")


def _build_split_word_re() -> re.Pattern:
    """Over a text :func:`deevade` keeps one for one: a separator run that
    :func:`_glue_split_words` may drop (a superset: it starts at the rare separator, so the
    search skips ahead at C speed)."""
    symbols: list[int] = []
    spaces: list[int] = []
    for low, high in _PLAIN_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            if _info(char)[0] != _SEP:
                continue
            wide = _nfkc(char)
            kind = _gap_kind(wide if len(wide) == 1 else char)  # what _pieces outputs
            if kind == "symbol":
                symbols.append(code)
            elif kind == "space":
                spaces.append(code)
    japanese = "[\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9d\u3400-\u9fff々〆]"
    kanji_or_katakana = "[\u30a1-\u30fa\u30fc\uff66-\uff9d\u3400-\u9fff々〆]"
    # Symbol blocks and emoji as whole ranges (a superset) rather than hundreds of small
    # ones, which the search would try in turn for every character.
    symbols = sorted(
        {code for code in symbols if not 0x2100 <= code < 0x2C00 and code < 0x10000}
        | set(range(0x2100, 0x2C00))
        | set(range(0x1F000, 0x1FB00))
    )
    sym, space = char_class(symbols), char_class(spaces)
    katakana = "[\\u30a1-\\u30f4\\u30fc]"
    # Each branch starts with its rare character (a symbol, a space, a katakana) and looks
    # behind only once that is found, so the search skips ahead at C speed.
    kana_ending = "[\\u30a1-\\u30f4]"
    return re.compile(
        f"{sym}(?<={japanese}{sym}){sym}{{0,{_MAX_GAP - 1}}}(?={japanese})"
        f"|{space}(?<={kanji_or_katakana}{space}){space}?(?={kanji_or_katakana})"
        # a katakana ending of a kanji word (_katakana_endings)
        f"|{kana_ending}(?<=[\\u3400-\\u9fff々〆]{kana_ending}){katakana}?(?!{katakana})"
    )


_SPLIT_WORD_RE = _build_split_word_re()


def sentence_breaks(text: str) -> list[int]:
    """Offsets in ``text`` of the characters that end a sentence."""
    return [index for index, char in enumerate(text) if char in _SENTENCE_ENDS]
