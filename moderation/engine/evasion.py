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
  カース), two or more small っ one (ばっっっか -> ばっか) and three or more of the same
  letter two (ばかああああ -> ばかああ);
  コーヒー has single long marks and is left alone;
* katakana written for the kana ending of a kanji word (殺ス, 死ネ, 市長ハ辞メロ: one or two
  katakana right after a kanji, not followed by more katakana) become hiragana, so the
  analyser reads the verb; longer katakana words (市ホームページ) are left alone;
* look-alikes of 死 are undone: タヒ (not タヒチ) and 氏ね / 市ね where 氏 / 市 is no
  honorific or city's name (田中氏ね and 石巻市ね stay innocent, 職員全員氏ね does not);
  ノヾ drawn together is バ (ノヾカ);
* a mark drawn for the voicing mark after a kana (ハ〃カ, ﾊ〃ｶ) is composed with it, or
  dropped between the letters of a word of abuse it splits (ク〃ズ);
* a few words of abuse and threat said with the north's voicing (お前はばがだ, ころずぞ,
  ごろすぞ: see :mod:`.dialect`) are written unvoiced;
* one letter of a word of abuse hidden behind a mask (キ〇ガイ, ぶっこ×す: see
  ``MASKED_WORDS``) is read as the letter; two masks together (〇〇議員, a name's
  stand-in), a mask before さん (a masked name) and a two-letter word (バ〇) are left;
  a mask hiding no letter, put between two kana of one script where one stands alone
  (ク〇ズ, し×ね), is a separator glued away;
* emoji that stand for a word in abuse (市長は💩, 🔪持って行く) are read as the word, where
  they were not glued away as a separator inside a word, and π as パイ;
* a wave dash between two kana is a long mark (バ〜カ), a small vowel after a kanji a
  stretch (死ぃぃね), and 4 before ね after a role or a group is 死 (全員4ね);
* a sentence written in romaji is read as kana (kami wo shinjiru → かみ を しんじる: see
  :mod:`.romaji`).

The steps are in :mod:`.evasion_steps` and :mod:`.lookalikes`; this module runs them
(with a fast path for the texts they would leave as they are). Character classes come
from :mod:`.normalize` (one table, not two).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .dialect import may_be_voiced
from .evasion_steps import (
    _MAX_GAP,
    _SMALL_VOWELS,
    _STRETCH_RE,
    _STRETCH_VOWELS,
    _VOWEL_OF,
    WAVES,
    _gap_kind,
    _nfkc,
    stretched_vowel_pattern,
    undo_pieces,
)
from .lookalikes import DITTO_MARKS, KANJI_AS_KATAKANA, MASKS, SIGN_WORDS
from .normalize import (
    _DAKUTEN,
    _DAKUTEN_MARKS,
    _INVISIBLE,
    _LONG,
    _PLAIN_RANGES,
    _SEP,
    _info,
    char_class,
)
from .romaji import may_hold_romaji_run, read_romaji_runs

_SENTENCE_ENDS = frozenset("。！？!?\n．")


@dataclass(frozen=True, slots=True)
class Deevaded:
    """The text the analyser reads and, per character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    plain: bool = False  # character for character (！ -> !): the offsets are the identity
    romaji: bool = False  # a sentence in romaji was read as kana (see .romaji)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original code points covering characters [start, end) of :attr:`text`."""
        if not self.text:
            return 0, 0
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]


def deevade(text: str, *, romaji: bool = True) -> Deevaded:
    """Undo the evasions in ``text``; never raises on any ``str``. ``romaji=False`` leaves
    sentences in romaji in their letters (the rules written in romaji read them so)."""
    if not text:
        return Deevaded(text, "", (), ())
    if not _NOT_ONE_TO_ONE_RE.search(text):
        wide = text.translate(_ONE_TO_ONE)
        changes = _CHANGES_RE if _ASTRAL_RE.search(wide) else _CHANGES_BMP_RE
        if (
            not changes.search(wide)
            and not _SPLIT_WORD_RE.search(wide)
            and not _MASK_RE.search(text)
            and not _DITTO_RE.search(text)
            and not may_be_voiced(text)
            and not (romaji and may_hold_romaji_run(wide))
        ):
            length = len(text)
            return Deevaded(text, wide, tuple(range(length)), tuple(range(1, length + 1)), True)
    pieces = undo_pieces(text, romaji=False)
    read = read_romaji_runs(pieces) if romaji else pieces
    return Deevaded(
        text,
        "".join(p[0] for p in read),
        tuple(p[1] for p in read),
        tuple(p[2] for p in read),
        romaji=read is not pieces,
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
            if kind in (_INVISIBLE, _DAKUTEN) or char in SIGN_WORDS:
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
                    f"ーー|[っッｯ]{{2}}|({letter})\\1\\1",
                    "タヒ|[氏市4][ねネ]|ノ[ヾゞ]",
                    # a kanji drawn as katakana right after a katakana letter (コ口す)
                    f"(?<=[ァ-ヴー])[{''.join(KANJI_AS_KATAKANA)}]",
                    # a wave dash between two kana (バ〜カ)
                    f"[{WAVES}](?<=[ぁ-ゖァ-ヺー][{WAVES}])[{WAVES}]*[ぁ-ゖァ-ヺー]",
                    stretched_vowel_pattern(),
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
# The same characters made ordinary, with the separators gone: single letters apart
# (は:ぁ) are glued before a stretch is read.
_ONE_TO_ONE_WORDS = {
    code: None
    for low, high in _PLAIN_RANGES
    for code in range(low, high + 1)
    if _info(chr(code))[0] == _SEP
} | {code: out for code, out in _ONE_TO_ONE.items() if _info(chr(code))[0] != _SEP}
_ASTRAL_RE = re.compile("[\\U00010000-\\U0010ffff]")


def _build_may_stretch_gates() -> tuple[re.Pattern, re.Pattern]:
    """Two searches, one of which finds something wherever :func:`may_stretch` is True,
    run on the text itself: a stretch needs a small vowel, or two full vowels of one
    vowel with only separators between them
    (the characters ``_ONE_TO_ONE_WORDS`` makes vowels, or drops). Folding every comment
    first cost 17 µs a comment, a third of the pre-check; these cost 3."""

    def preimage(chars: frozenset[str]) -> list[int]:
        def out(code: int) -> str | None:
            value = _ONE_TO_ONE_WORDS.get(code, code)
            return chr(value) if isinstance(value, int) else value

        codes = {code for code in _ONE_TO_ONE_WORDS if out(code) in chars}
        return sorted(codes | {ord(char) for char in chars if ord(char) not in _ONE_TO_ONE_WORDS})

    dropped = char_class(sorted(code for code, out in _ONE_TO_ONE_WORDS.items() if out is None))
    branches = []
    for vowel in "aiueo":
        full = char_class(preimage(frozenset(c for c in _FULL_VOWELS if _VOWEL_OF[c] == vowel)))
        branches.append(f"(?<={full}){dropped}*{full}")
    # A small vowel after a kana of its vowel (ねぇ), or after a separator (ね・ぇ); not
    # one of the loanwords' small vowels (ティ, カフェ), nearly all of them.
    any_small = char_class(preimage(_SMALL_VOWELS))
    after_kana = [f"(?<={dropped}{any_small})"]
    for vowel in "aiueo":
        kana = char_class(preimage(frozenset(c for c, v in _VOWEL_OF.items() if v == vowel)))
        small = char_class(preimage(frozenset(c for c in _SMALL_VOWELS if _VOWEL_OF[c] == vowel)))
        after_kana.append(f"(?<={kana}{small})")
    after_kana.append(f"(?<=[\u3400-\u9fff々〆]{any_small})")  # 死ぃね
    # Each search starts with one character class, so it skips ahead at C speed; an
    # alternation of classes tries every branch at every position.
    return (
        re.compile(f"{any_small}(?:{'|'.join(after_kana)})"),
        re.compile(f"{char_class(preimage(_FULL_VOWELS))}(?:{'|'.join(branches)})"),
    )


_FULL_VOWELS = _STRETCH_VOWELS - _SMALL_VOWELS
_SMALL_VOWEL_RE, _VOWEL_PAIR_RE = _build_may_stretch_gates()


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
# A mask next to a letter, or a space away, may hide a letter of a word (キ〇ガイ, ち 〇 こ:
# see _unmask); searched in the original text, since the wide text folds ＊ to *.
_MASKS = re.escape(MASKS)
_MASK_RE = re.compile(
    f"[{_MASKS}](?:(?<=[^{_MASKS}\\W][{_MASKS}])|(?<=[^{_MASKS}\\W]\\s[{_MASKS}])"
    f"|(?=\\s?[^{_MASKS}\\W]))"
)


# A mark drawn for the voicing mark right after a kana (ハ〃カ, ﾊ〃ｶ: see
# .lookalikes.ditto_voicing), in the original text.
_KANA = "[ぁ-ゖァ-ヺｦ-ﾝ]"
_DITTO_RE = re.compile(f"[{DITTO_MARKS}](?<={_KANA}[{DITTO_MARKS}])")


def may_be_masked(text: str) -> bool:
    """Whether a mark in ``text`` may stand for a letter or part of one: a mask next to a
    letter (キ〇ガイ), or a mark drawn for the voicing mark after a kana (ハ〃カ); or
    whether a word of abuse may be said with the north's voicing (ごろすぞ, see
    :mod:`.dialect`). A superset of the texts whose masked words, drawn marks and voiced
    words :func:`deevade` reads (the quick form, which keeps letters as written and drops
    marks as symbols, cannot tell)."""
    return (
        _MASK_RE.search(text) is not None
        or _DITTO_RE.search(text) is not None
        or may_be_voiced(text)
    )


def may_stretch(text: str) -> bool:
    """Whether de-evasion may write a stretched vowel of ``text`` as a long mark (しねぇ,
    ｼﾈｪ): the quick form, which folds small kana into full ones, cannot tell."""
    if not (_SMALL_VOWEL_RE.search(text) or _VOWEL_PAIR_RE.search(text)):
        return False
    return bool(_STRETCH_RE.search(text.translate(_ONE_TO_ONE_WORDS)))


def sentence_breaks(text: str) -> list[int]:
    """Offsets in ``text`` of the characters that end a sentence."""
    return [index for index, char in enumerate(text) if char in _SENTENCE_ENDS]
