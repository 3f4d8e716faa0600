"""The look-alike steps of de-evasion: masks over a letter (キ〇ガイ) or between two
(ク〇ズ), marks drawn for the voicing mark (ハ〃カ), signs that stand for a word (💩, π),
drawings of 死 (タヒ, 氏ね, 4ね) and of バ (ノヾ), and kanji drawn as katakana (コ口ス).
Each works on the pieces of :mod:`.evasion_steps`, which runs them in order.

Pure Python.
"""

from __future__ import annotations

import unicodedata

from .normalize import _is_kanji, honorific_shi, names_people
from .scripts import is_katakana, letter_kind

# Signs that stand for a word, mostly emoji in abuse (市長は💩, 🔪持って行く): read as that
# word, each of its letters mapped back to the sign, so that the rules written in words
# apply and the highlight lands on the sign. Only emoji whose abusive reading is the usual one on a
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


def unmask_pieces(pieces: list[list]) -> list[list]:
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
    left, right = letter_kind(texts[index - 1]), letter_kind(texts[index + 1])
    if left not in ("hiragana", "katakana") or left != right:
        return False
    # As _glue_split_words: a letter of that script stands alone on one side, or the mask
    # sits between two words (くず〇もち) and stays a letter.
    alone = index < 2 or letter_kind(texts[index - 2]) != left
    alone = alone or index + 2 >= len(texts) or letter_kind(texts[index + 2]) != left
    # Before さん it hides a letter of a name (ま〇さん, ま〇こさん), which is left as written.
    following = ("".join(texts[at : at + 3]) for at in (index + 1, index + 2))
    return alone and not any(text.startswith(_NAME_SUFFIXES) for text in following)


def unmask(text: str) -> str:
    """``text`` with its masked words read (a term written masked, ち〇こ, is keyed as the
    comment that writes it is read: ちんこ)."""
    return "".join(piece[0] for piece in unmask_pieces([[char, 0, 0, False] for char in text]))


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


# Marks drawn for the voicing mark after a kana (ハ〃カ, ﾊ〃ｶ, ハ″カ): the ditto mark and
# the double prime look like ゛ and are written for it to break a word, the way a
# separated ﾞ is. Read as ゛ where the kana before takes it. (Not a quotation mark ": next
# to a kana it opens or closes a quote as often, テストは"カンタン"でした.) But a mark put between two letters that
# spell a word of abuse without it (ク〃ズ, ｸ〃ｽﾞ, シ〃ネ, ハ〃ゲ) hides no voicing: it is a
# separator there, dropped as a mask that hid no letter is (ク〇ズ), and the word is read
# unvoiced (グズ, ジネ are no one's writing of クズ, シネ).
DITTO_MARKS = "〃″"
_UNVOICED_ABUSE = (
    "くず", "くそ", "かす", "しね", "しんで", "ころす", "ころせ", "ころし", "きも", "きしょ", "うざ",
    "はげ", "ぶす", "きちがい", "ちんこ", "ちんぽ", "まんこ", "せっくす", "ふぇら", "くたばれ",
    "ごみくず", "てめえ", "てめー", "ざこ",
)  # fmt: skip


def _kana_fold(char: str) -> str:
    return chr(ord(char) - 0x60) if "\u30a1" <= char <= "\u30f6" else char


def _voiced(char: str) -> str | None:
    composed = unicodedata.normalize("NFC", char + "\u3099")
    return composed if len(composed) == 1 else None


def ditto_voicing(pieces: list[list]) -> list[list]:
    """Marks drawn for ゛ after a kana (see DITTO_MARKS): composed with the kana, or dropped
    between the letters of a word of abuse; anywhere else left as they are."""
    if not any(piece[0] in DITTO_MARKS for piece in pieces):
        return pieces
    out: list[list] = []
    for index, piece in enumerate(pieces):
        mark = piece[0]
        if mark not in DITTO_MARKS or not out or out[-1][3]:
            out.append(piece)
            continue
        before = out[-1]
        voiced = _voiced(before[0]) if letter_kind(before[0]) in _KANA else None
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        kana_after = after is not None and not after[3] and letter_kind(after[0]) in _KANA
        if voiced is None:
            out.append(piece)
            continue
        if kana_after and _abuse_across(out, pieces, index):
            continue  # a separator inside the word: dropped
        before[0] = voiced
        before[2] = piece[2]
    return out


_KANA = ("hiragana", "katakana")


def _abuse_across(out: list[list], pieces: list[list], index: int) -> bool:
    """Whether the kana before the mark at ``index`` (the end of ``out``) and those after
    it spell a word of _UNVOICED_ABUSE across the mark."""
    left = ""
    for piece in reversed(out[-6:]):
        if piece[3] or letter_kind(piece[0]) not in _KANA:
            break
        left = _kana_fold(piece[0]) + left
    right = ""
    for piece in pieces[index + 1 : index + 7]:
        if piece[3] or letter_kind(piece[0]) not in _KANA:
            break
        right += _kana_fold(piece[0])
    joined = left + right
    for word in _UNVOICED_ABUSE:
        at = joined.find(word)
        while at >= 0:
            if at < len(left) < at + len(word):
                return True
            at = joined.find(word, at + 1)
    return False


def _word_before(out: list[list], length: int = 3) -> str:
    """The last letters (up to ``length``) of the word that ends ``out``."""
    letters: list[str] = []
    for piece in reversed(out[-length:]):
        if piece[3]:
            break
        letters.append(piece[0])
    return "".join(reversed(letters))


def look_alikes(pieces: list[list]) -> list[list]:
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
        if (
            piece[0] == "4"
            and nxt is not None
            and nxt[0] in "ねネ"
            and after not in ("ん", "ン")  # 4ねん is a year
            and names_people(_word_before(out, 5))
        ):
            # 4 is read し: 全員4ね, お前4ね (after a role or a group only; 残り4ね stays)
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


def kanji_as_katakana(pieces: list[list]) -> list[list]:
    for index, piece in enumerate(pieces):
        letter = KANJI_AS_KATAKANA.get(piece[0])
        if letter is None or piece[3] or index == 0:
            continue
        before = index - 1
        while before >= 0 and not pieces[before][3] and is_katakana(pieces[before][0]):
            before -= 1
        run = index - 1 - before  # katakana letters right before
        if not 0 < run <= 2:
            # a longer katakana word is a word of its own (チーム力, スーパー口座)
            continue
        nxt = pieces[index + 1] if index + 1 < len(pieces) else None
        inside = nxt is not None and not nxt[3] and is_katakana(nxt[0]) and nxt[0] != "ー"
        ending = nxt is None or nxt[3] or not _is_kanji(nxt[0])
        if inside or ending:
            piece[0] = letter
    return pieces


def sign_words(pieces: list[list]) -> list[list]:
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
