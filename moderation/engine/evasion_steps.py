"""The steps of de-evasion, each over a list of pieces ``[output, start, end, is_separator]``
(one per character of the result, with the original code points it came from); see
:mod:`.evasion` for what each undoes and for :func:`.evasion.deevade`, which runs them.

Pure Python.
"""

from __future__ import annotations

import re
import unicodedata

from .normalize import (
    _DAKUTEN,
    _DAKUTEN_MARKS,
    _INVISIBLE,
    _LONG,
    _SEP,
    _info,
    _is_kanji,
    honorific_shi,
)

# Separators that may sit between the letters of a spaced-out word.
_MAX_GAP = 3


# Signs that stand for a word, mostly emoji in abuse (市長は💩, 🔪持って行く): read as that
# word, each of its letters mapped back to the sign, so that the rules written in words apply and the
# highlight lands on the emoji. Only emoji whose abusive reading is the usual one on a
# city's page; 🔥, 💀 or 🤮 (praise, laughter, a reaction) are left as symbols. Between two
# letters an emoji is still read as a separator splitting a word (殺🔪す, バ💩カ) and
# glued away first: the held-out comments have more of those than of an emoji standing
# for a word between two others.
SIGN_WORDS = {
    "\U0001f4a9": "クソ",  # 💩
    "\U0001f437": "豚", "\U0001f416": "豚", "\U0001f43d": "豚",  # 🐷 🐖 🐽
    "\U0001f412": "猿", "\U0001f435": "猿",  # 🐒 🐵
    "\U0001fab3": "ゴキブリ",  # 🪳
    "\U0001f52a": "刃物", "\U0001f5e1": "刃物",  # 🔪 🗡
    "\U0001f4a3": "爆弾",  # 💣
    "\U0001f52b": "銃",  # 🔫
    "\U0001fa93": "斧",  # 🪓
    # A letter read as its name: π is パイ, as in おっπ; in 円周率π the reading is the same.
    "π": "パイ", "\u03d6": "パイ",  # π ϖ
}  # fmt: skip


# Words of abuse that writers hide by masking one letter (キ〇ガイ, ま〇こ, ぶっこ×す): the
# masked writing is read as the word, so the rules written in words apply. Only words of
# three letters or more, where the two or more letters left name the word; a two-letter
# mask (バ〇, 死〇) could be anything. Hiragana and katakana forms are both derived.
MASKED_WORDS = (
    "キチガイ", "ガイキチ", "基地外", "ガイジ", "ころす", "ぶっころす", "ぶっ殺す", "殺すぞ", "ころすぞ",
    "殺してやる", "しんでしまえ", "死んでしまえ", "しんじまえ", "死んじまえ", "くたばれ", "きえろ",
    "バカヤロー", "ばかやろう", "馬鹿野郎", "あほんだら", "クソジジイ", "クソババア", "ババア", "ジジイ",
    "ブサイク", "売国奴", "税金泥棒", "給料泥棒", "ゴミクズ", "人間のクズ", "死ねばいい",
    "まんこ", "おまんこ", "ちんこ", "ちんぽ", "セックス", "オナニー", "ヤリマン", "やらせろ", "レイプ",
    "フェラ", "チョン", "シナジン", "支那人", "ニガー", "ばくだん", "ばくはする",
)  # fmt: skip
# Characters written in place of a hidden letter.
MASKS = "○〇◯●◎＊*×✕"
# After a masked name the mask hides a person, not a word (ま〇こさん is まさこさん).
_NAME_SUFFIXES = ("さん", "ちゃん", "くん", "君", "様", "さま", "氏", "先生")


def _masked_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for word in MASKED_WORDS:
        forms = {word, _to_hiragana(word), _to_katakana(word)}
        for form in forms:
            for index in range(len(form)):
                keys.setdefault(form[:index] + "〇" + form[index + 1 :], form)
    return keys


def _to_hiragana(word: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in word)


def _to_katakana(word: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in word)


_MASKED_KEYS = _masked_keys()
_MASKED_LENGTHS = sorted({len(key) for key in _MASKED_KEYS}, reverse=True)


def _unmask(pieces: list[list]) -> list[list]:
    """One mask between letters, where the letters around it spell a word of
    MASKED_WORDS with that letter hidden: the mask becomes the hidden letter. Spaces are
    passed over (ち 〇 こ is spaced out as well as masked). Two masks together (〇〇議員,
    the usual stand-in for a name) are left alone."""
    if not any(piece[0] in MASKS for piece in pieces):
        return pieces
    kept = [piece for piece in pieces if not piece[0].isspace()]
    texts = ["〇" if piece[0] in MASKS else piece[0] for piece in kept]
    for index, text in enumerate(texts):
        if text != "〇" or "〇" in texts[max(0, index - 1) : index] + texts[index + 1 : index + 2]:
            continue
        letter = _hidden_letter(texts, index)
        if letter is not None:
            kept[index][0] = letter
            kept[index][3] = False
        elif _inserted(texts, index):
            kept[index][3] = True
    return pieces


def _inserted(texts: list[str], index: int) -> bool:
    """Whether the mask at ``index`` hides no letter but was put between two: ク〇ズ and
    し×ね are クズ and しね written apart. Only between two kana of one script, so a
    kanji numeral (二〇二六年) and a two-letter word masked at its end (バ〇です) stay; the
    separator it becomes is then glued away like an emoji inside a word (バ💢カ)."""
    if not 0 < index < len(texts) - 1:
        return False
    left, right = _letter_kind(texts[index - 1]), _letter_kind(texts[index + 1])
    if left not in ("hiragana", "katakana") or left != right:
        return False
    # As _glue_split_words: a letter of that script stands alone on one side, or the mask
    # sits between two words (くず〇もち) and stays a letter.
    alone = index < 2 or _letter_kind(texts[index - 2]) != left
    alone = alone or index + 2 >= len(texts) or _letter_kind(texts[index + 2]) != left
    # Before さん it hides a letter of a name (ま〇さん, ま〇こさん), which is left as written.
    following = ("".join(texts[at : at + 3]) for at in (index + 1, index + 2))
    return alone and not any(text.startswith(_NAME_SUFFIXES) for text in following)


def unmask(text: str) -> str:
    """``text`` with its masked words read (a term written masked, ち〇こ, is keyed as the
    comment that writes it is read: ちんこ)."""
    return "".join(piece[0] for piece in _unmask([[char, 0, 0, False] for char in text]))


def _hidden_letter(texts: list[str], index: int) -> str | None:
    """The letter hidden by the mask at ``index``, if a masked word is written there."""
    for length in _MASKED_LENGTHS:
        for start in range(max(0, index - length + 1), min(index, len(texts) - length) + 1):
            key = "".join(texts[start : start + length])
            word = _MASKED_KEYS.get(key)
            if word is None:
                continue
            following = "".join(texts[start + length : start + length + 3])
            if following.startswith(_NAME_SUFFIXES):
                continue
            return word[index - start]
    return None


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
    its vowel."""
    parts = []
    for vowel in "aiueo":
        kana = "".join(c for c, v in _VOWEL_OF.items() if v == vowel)
        small = "".join(c for c in _SMALL_VOWELS if _VOWEL_OF[c] == vowel)
        full = "".join(c for c in _STRETCH_VOWELS - _SMALL_VOWELS if _VOWEL_OF[c] == vowel)
        parts.append(f"[{kana}](?:[{small}]|[{full}]{{2}})")
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
    vowels, or small ones, after a kana of that vowel. A vowel after a kana of another
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
            and _VOWEL_OF.get(before[0]) == _VOWEL_OF.get(char)
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


def _word_before(out: list[list]) -> str:
    """The last letters (up to three) of the word that ends ``out``."""
    letters: list[str] = []
    for piece in reversed(out[-3:]):
        if piece[3]:
            break
        letters.append(piece[0])
    return "".join(reversed(letters))


def _look_alikes(pieces: list[list]) -> list[list]:
    out: list[list] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        after = pieces[i + 2][0] if i + 2 < len(pieces) else ""
        if piece[0] == "ノ" and nxt is not None and nxt[0] in "ヾゞ" and not nxt[3]:
            # ノ and the voiced iteration mark drawn together look like バ (ノヾカ)
            out.append(["バ", piece[1], nxt[2], False])
            i += 2
            continue
        if piece[0] == "タ" and nxt is not None and nxt[0] == "ヒ" and after != "チ":
            out.append(["死", piece[1], nxt[2], False])
            i += 2
            continue
        if (
            piece[0] in "氏市"
            and nxt is not None
            and nxt[0] in "ねネ"
            and not honorific_shi(_word_before(out))
        ):
            out.append(["死", piece[1], piece[2], False])
            i += 1
            continue
        out.append(piece)
        i += 1
    return out


# Kanji drawn like a katakana letter, written inside katakana to break a word (コ口ス,
# バ力, ア木 is not one): read as the letter only right after one or two katakana letters
# (the word it breaks is short), before more katakana or at a word's end, so チーム力アップ
# or 入口 stay kanji.
KANJI_AS_KATAKANA = {
    "口": "ロ",
    "力": "カ",
    "工": "エ",
    "夕": "タ",
    "二": "ニ",
    "八": "ハ",
    "卜": "ト",
}


def _kanji_as_katakana(pieces: list[list]) -> list[list]:
    for index, piece in enumerate(pieces):
        letter = KANJI_AS_KATAKANA.get(piece[0])
        if letter is None or piece[3] or index == 0:
            continue
        before = index - 1
        while before >= 0 and not pieces[before][3] and _is_katakana(pieces[before][0]):
            before -= 1
        run = index - 1 - before  # katakana letters right before
        if not 0 < run <= 2:
            # a longer katakana word is a word of its own (チーム力, スーパー口座)
            continue
        nxt = pieces[index + 1] if index + 1 < len(pieces) else None
        inside = nxt is not None and not nxt[3] and _is_katakana(nxt[0]) and nxt[0] != "ー"
        ending = nxt is None or nxt[3] or not _is_kanji(nxt[0])
        if inside or ending:
            piece[0] = letter
    return pieces


def _sign_words(pieces: list[list]) -> list[list]:
    """The signs of SIGN_WORDS left after gluing, as their words' letters."""
    if not any(piece[0] in SIGN_WORDS for piece in pieces):
        return pieces
    out: list[list] = []
    for piece in pieces:
        word = SIGN_WORDS.get(piece[0])
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
    return _sign_words(
        _katakana_endings(
            _kanji_as_katakana(
                _look_alikes(
                    _stretched_vowels(
                        _shorten(_glue_split_words(_glue_single_letters(_unmask(_pieces(text)))))
                    )
                )
            )
        )
    )


_STRETCH_RE = re.compile(stretched_vowel_pattern())
