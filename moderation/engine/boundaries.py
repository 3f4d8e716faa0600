"""Where a surface term may match: on the words' boundaries, and not where the words
around it say the dictionary's reading of them means something else (the する of
雪かきしねぇ, 何もしねぇ, 気にしねぇ is no 死ね), nor where the dictionary split a word of
abuse written in hiragana after a particle (お前は|が|いじ is がいじ).

Pure Python apart from the analyser's words (:mod:`.analysed`).
"""

from __future__ import annotations

import re

from .analysed import Analysis
from .terms import is_predicate, takes_suru


def on_word_boundaries(a: Analysis, start: int, end: int, one_word: bool) -> bool:
    """A surface match must start and end where words do; a one-word term must match
    one word (オナニー is not オーナー|に) unless the dictionary split it after a
    particle (see :func:`_split_after_particle`); and a match must not begin with a particle
    or auxiliary attached to the word before (そうだ|しね), nor with the light verb
    する of the word before (雪かき|しねぇ is 雪かきしない, 早く|しねぇと is 早くしないと:
    the dialect's "does not", not 死ね), nor with a する that "nothing" or "nobody" does
    (何もしねぇ, 誰もしねーの, 何一つしねぇ), nor with the する of a "treat as" idiom
    (気にしねぇ, 相手にしねーよ). The "does not" of a word that takes する is said in
    hiragana; written in katakana (担当シネ, ｼﾈ) it is the death wish."""
    if not (a.is_cut(start) and a.is_cut(end)):
        return False
    tokens = a.tokens or ()
    first = a.token_index(a.de_starts[start])
    if (
        one_word
        and a.token_index(a.de_ends[end - 1] - 1) != first
        and not _split_after_particle(a, start, end, first)
    ):
        return False
    if 0 < first < len(tokens) and a.same_sentence(first - 1, first):
        word, before = tokens[first], tokens[first - 1]
        if word.pos[0] in ("助詞", "助動詞"):
            return not is_predicate(before)
        if (
            word.lemma == "する"
            and before.end == word.start
            and takes_suru(before)
            and not _written_in_katakana(a, start)
        ):
            return False
        if word.lemma == "する" and (_after_nothing(tokens, first) or _treats_as(tokens, first)):
            return False
    # しねぇで, しねぇから, しねぇんだ: an imperative is never followed so.
    last = a.token_index(a.de_ends[end - 1] - 1)
    return not (
        tokens
        and tokens[first].lemma == "する"
        and last + 1 < len(tokens)
        and a.same_sentence(last, last + 1)
        and tokens[last + 1].pos[1] in ("接続助詞", "準体助詞")
    )


# 何も, 誰も, 何一つ: "(not) anything", "nobody". A する after them is what nobody does
# (何もしねぇ市役所); a death wish is never said to "nothing". Nor to "a thing": そんな
# ことはしねぇ, 同じことはしねーよ is "(we) won't do that".
_NOTHING_WORDS = frozenset(
    ("何", "なに", "なん", "ナニ", "ナン", "誰", "だれ", "ダレ", "こと", "事")
)


def _after_nothing(tokens, index: int) -> bool:
    """Whether the する at ``index`` follows 何も / 誰も / 何一つ / 何ひとつ, or ことは /
    ことも, directly."""
    before = [token.surface for token in tokens[max(0, index - 3) : index]]
    if before[-1:] == ["も"]:
        return len(before) >= 2 and before[-2] in _NOTHING_WORDS
    if before[-1:] == ["は"]:
        return len(before) >= 2 and before[-2] in ("こと", "事")
    # 何|一|つ, 何|ひと|つ: the dictionary splits the counter from its number.
    return (
        len(before) == 3
        and before[0] in _NOTHING_WORDS
        and before[1] in ("一", "ひと")
        and before[2] == "つ"
    )


# 気にする, 相手にする, 本気にする: nouns that take に + する as one idiom ("mind", "deal
# with", "take seriously"). 気にしねぇ is 気にしない; after other nouns に + しね can be
# 死ね (一緒にしね, ついでにしねよ), so only these are excused.
_TREATED_AS = frozenset((
    "気", "相手", "本気", "参考", "楽しみ", "馬鹿", "バカ", "ばか", "無駄", "犠牲", "後回し",
    "問題", "話題", "邪魔", "苦", "目", "当て", "あて", "言いなり", "大事", "大切", "真似",
))  # fmt: skip


def _treats_as(tokens, index: int) -> bool:
    """Whether the する at ``index`` follows one of _TREATED_AS and に directly."""
    if index < 2:
        return False
    noun, ni = tokens[index - 2], tokens[index - 1]
    return (
        ni.surface == "に"
        and noun.surface in _TREATED_AS
        and noun.end == ni.start
        and ni.end == tokens[index].start
    )


_HIRAGANA_RE = re.compile("[\u3041-\u309f]+")
_KANA_RE = re.compile("[\u3041-\u309f\u30a1-\u30fc\uff66-\uff9f]+")
_AFTER_WHICH_NO_PARTICLE = frozenset({"助詞", "助動詞", "補助記号", "空白"})


def _split_after_particle(a: Analysis, start: int, end: int, first: int) -> bool:
    """Whether a one-word term written in hiragana was split by the dictionary into a
    particle and a word (お前は|が|いじ for がいじ, あそこの|が|いじ): its first word is read
    as a particle right after another particle or right after a "you" (お前|か|す for
    かす), or as a particle or conjunction at the start of a sentence (が|いじ|は), where
    none stands before a word of abuse, so the dictionary's reading is the wrong one. After a word a
    particle can follow (雨|が|き|た) the reading stands, and so does a match written
    otherwise."""
    tokens = a.tokens or ()
    # The matching form folds katakana to hiragana: the comment's own letters tell.
    de = a.deevaded
    first_char = de.starts[a.de_starts[start]]
    last_char = de.ends[a.de_ends[end - 1] - 1]
    if first == 0 or not a.same_sentence(first - 1, first):
        # At a sentence's start the dictionary reads が as the conjunction "but".
        return tokens[first].pos[0] in ("助詞", "接続詞") and bool(
            _HIRAGANA_RE.fullmatch(de.original, first_char, last_char)
        )
    if tokens[first].pos[0] != "助詞":
        return False
    before = tokens[first - 1]
    if _addressed(before):
        # Nobody writes "is it you?" in katakana either (オメエ|カ|ス).
        return bool(_KANA_RE.fullmatch(de.original, first_char, last_char))
    return before.pos[0] in _AFTER_WHICH_NO_PARTICLE and bool(
        _HIRAGANA_RE.fullmatch(de.original, first_char, last_char)
    )


# "You", said to someone's face. Right after it the dictionary reads か of かす as "is it
# you?" (お前|か|す) and が of がいじ as its subject (あんた|が|いじ); a word that goes on
# (おまえがいじめた, お前かすごい) ends inside the next word and is not matched anyway.
_YOU = frozenset((
    "お前", "おまえ", "おめえ", "おめぇ", "おめー", "てめえ", "てめぇ", "てめー", "手前", "あんた",
    "貴様", "きさま", "おまい", "きみ", "君",
))  # fmt: skip
_KATAKANA_TO_HIRAGANA = str.maketrans(
    {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
)


def _addressed(token) -> bool:
    """Whether ``token`` is a "you" a comment calls someone (お前, テメエ, あんた)."""
    return token.pos[0] == "代名詞" and token.surface.translate(_KATAKANA_TO_HIRAGANA) in _YOU


def _written_in_katakana(a: Analysis, start: int) -> bool:
    """Whether the comment wrote the letter at ``start`` (of the matching form) in
    katakana, full- or half-width."""
    de = a.deevaded
    original = de.original[de.starts[a.de_starts[start]]]
    return "\u30a1" <= original <= "\u30fa" or "\uff66" <= original <= "\uff9d"
