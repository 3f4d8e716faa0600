"""Term entries as data: surface forms, lemmas with conditions, substrings, romaji.

Pure Python apart from the analyser. One line of a term list is one entry:

* ``バカ`` (a *surface* term): matched on the normalised form (width, kana, case,
  stretched vowels), and only where the match starts and ends on word (token)
  boundaries, so マイナンバーカード never matches バーカ. Several words are allowed
  (``人間のクズ``). Latin terms keep word boundaries; ``fuck*`` may continue.
* ``lemma:死ぬ/命令形`` (a *lemma* term): every word whose dictionary form is 死ぬ,
  with optional conditions after ``/``, separated by commas:

  - a part of speech (``名詞``, ``動詞``, ``普通名詞`` ...): the word must have it;
  - a conjugation form (``命令形``, ``終止形``, ``意志推量形`` ...) or ``+X`` (the
    verb phrase continues with the word X, e.g. ``+やる`` for 殺してやる): at least one
    of these must hold. The form is the one of the *last* verb or auxiliary of the
    phrase, so ``死ぬ/命令形`` covers 死ね, 死んじまえ and 死んでしまえ;
  - ``-X``: the phrase must not contain X (``-れる`` leaves out the passive 殺される).

  A noun used as a する-verb counts as ``noun+する`` (``lemma:駆除する`` covers
  駆除しろ), and the intensifying prefixes ぶっ / ぶち / ぶん are ignored (ぶっ殺す).
* ``substr:bit.ly/`` (a *substring* term): plain substring of the normalised form, for
  what has no word boundary (URL pieces, ID patterns).

Kana terms (or terms whose reading the analyser knows) also match their romaji as a
whole Latin word (``baka``, ``BAKA``, ``ｂａｋａ``), unless that is an English word.
Surface terms written with kanji also match their reading in kana on word boundaries
(出て行け as でていけ), when the reading is three kana or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .evasion_steps import unstretch
from .lookalikes import unmask
from .normalize import normalize
from .romaji import romaji_variants
from .ru_verbs import DICTIONARY, FOLLOWERS

SURFACE, LEMMA, SUBSTR, LATIN, ROMAJI = "surface", "lemma", "substr", "latin", "romaji"

FORMS = (
    "命令形", "終止形", "連体形", "連用形", "未然形", "仮定形", "意志推量形", "已然形", "語幹",
)  # fmt: skip
_PREFIXES = ("ぶっ", "ぶち", "ぶん", "ぶった")
_PREDICATES = frozenset({"動詞", "形容詞", "助動詞", "形状詞"})
_NOUNS = frozenset({"名詞", "普通名詞", "固有名詞", "代名詞", "数詞"})
# The kana a godan verb's forms write right after its stem: the ending's row, and the
# sound changes of the te- and ta-forms (書いて, 言って, 死んで, 喋んな); small kana also
# as full ones, as some write them (言つて is no verb, but the pre-check must not be
# stricter than the analyser).
_GODAN_ROWS = {
    "う": "わいうえおっつ",
    "く": "かきくけこいっつ",  # 行く -> 行って
    "ぐ": "がぎぐげごい",
    "す": "さしすせそ",
    "つ": "たちつてとっ",
    "ぬ": "なにぬねのん",
    "ぶ": "ばびぶべぼん",
    "む": "まみむめもん",
    "る": "らりるれろっつん",
}
_SURU_FOLLOWERS = "さしすせそで"  # 駆除しろ 駆除させ 駆除する 駆除せよ 駆除できる
_SPLIT_RE = re.compile(r"[,、，]")
# Romaji that is also an ordinary English word is not taken as Japanese.
_ENGLISH = frozenset({"shine", "sine", "same", "dame", "mane", "kami", "sake", "hate"})


class TermError(ValueError):
    """A term entry that cannot be used; ``code`` says why, ``detail`` what."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Term:
    """One parsed entry (see the module docstring)."""

    mode: str
    key: str
    left: bool = False
    right: bool = False
    pos: tuple[str, ...] = ()
    shapes: tuple[str, ...] = ()  # conjugation forms and +X, any of which must hold
    without: tuple[str, ...] = ()  # -X

    @property
    def needs_tokens(self) -> bool:
        return self.mode in (SURFACE, LEMMA)


@lru_cache(maxsize=1)
def dictionary_pos_names() -> frozenset[str]:
    """Every part-of-speech name of the analyser's dictionary (levels 1-4)."""
    from .dictionary import part_of_speech, tokenizer

    tokenizer()  # opens the dictionary
    names: set[str] = set()
    index = 0
    while True:
        pos = part_of_speech(index) or None
        if pos is None:
            break
        names.update(level for level in pos[:4] if level != "*")
        index += 1
    return frozenset(names)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The matching form of a word (what :func:`normalize` makes of it). Cached: words
    repeat (a few thousand lemmas make most text); bounded at a few MB."""
    return normalize(text).text


def written_key(written: str) -> str:
    """A written term as a comment that writes it is read: stretches and masks undone
    (しねぇぇ, ち〇こ), then normalised."""
    return normalize(unstretch(unmask(written))).text


def parse_term(entry: str) -> Term:
    """Parse one term entry; raises :class:`TermError` for an unusable one."""
    raw = entry.strip()
    lowered = raw.lower()
    if lowered.startswith("substr:"):
        key = written_key(raw[7:].strip())
        if not key:
            raise TermError("empty", raw)
        return Term(SUBSTR, key)
    if lowered.startswith("lemma:"):
        return _parse_lemma(raw[6:].strip(), raw)
    left_open = raw.startswith("*")
    right_open = raw.endswith("*")
    key = written_key(raw.strip("*"))
    if not key:
        raise TermError("empty", raw)
    if all(c.isascii() and c.isalnum() for c in key):
        return Term(LATIN, key, left=not left_open, right=not right_open)
    return Term(SURFACE, key)


def _parse_lemma(body: str, raw: str) -> Term:
    lemma, _slash, conditions = body.partition("/")
    lemma = lemma.strip()
    if not lemma:
        raise TermError("empty", raw)
    pos: list[str] = []
    shapes: list[str] = []
    without: list[str] = []
    for condition in _SPLIT_RE.split(conditions) if conditions else []:
        condition = condition.strip()
        if not condition:
            continue
        if condition[0] in "+＋":
            if not condition[1:].strip():
                raise TermError("condition", condition)
            shapes.append("+" + fold(condition[1:].strip()))
        elif condition[0] in "-－":
            if not condition[1:].strip():
                raise TermError("condition", condition)
            without.append(fold(condition[1:].strip()))
        elif condition in FORMS:
            shapes.append(condition)
        elif condition in dictionary_pos_names():
            pos.append(condition)
        else:
            raise TermError("condition", condition)
    key = fold(lemma)
    if not key:
        raise TermError("empty", raw)
    return Term(LEMMA, key, pos=tuple(pos), shapes=tuple(shapes), without=tuple(without))


def lemma_stem(term: Term) -> str:
    """A piece of the normalised text that every inflected form of the lemma contains.

    Inflection changes only the kana ending, so the lemma without its final kana is in
    every form (殺す -> 殺, 辞める -> 辞め, 駆除する -> 駆除). Empty (always analyse)
    for the few lemmas where that fails (来る / くる, する alone).
    """
    key = term.key
    if key in ("くる", "来る", "する", "為る", "ある", "いる", "いく"):
        return ""
    if term.pos and all(name in _NOUNS for name in term.pos):
        return key  # a noun does not inflect: ボケ/名詞 is always ぼけ, never ぼ alone
    if key.endswith("する") and len(key) > 2:
        return key[:-2]
    if len(key) >= 2 and "\u3040" <= key[-1] <= "\u309f":
        return key[:-1]
    return key


def stem_followers(term: Term) -> str | None:
    """The kana one of the lemma's forms may write right after its stem, or None when the
    stem may stand without one (so a stem followed by anything else, as 売 in 販売中, 住
    in 住所 or 倒 in 倒壊, cannot be the word).

    A string for a する-verb (駆除し, 駆除さ, 駆除でき…) and a godan verb whose stem ends
    in a kanji (its ending's row: 倒さ 倒し 倒す 倒せ 倒そ; its ending is never left
    unwritten in a verb form). None for an ichidan verb of one kanji (出る, 見る: the
    continuative 出 has no ending), for adjectives, whose stem stands alone (うざ!), and
    for a noun.
    """
    stem = lemma_stem(term)
    key = term.key
    if not stem or stem == key or not _is_kanji(stem[-1]):
        return None
    if key.endswith("する") and len(key) > 2:
        return _SURU_FOLLOWERS
    if key[-1] == "る" and len(key) == 2:
        # Godan (殴る, 祈る: 祈ら 祈り 祈っ) or ichidan (出る, whose continuative 出 has no
        # ending): the dictionary's own words tell, read once into a table (.ru_verbs).
        return _ru_verb_followers(key)
    return _GODAN_ROWS.get(key[-1])


def _ru_verb_followers(key: str) -> str | None:
    """What the dictionary writes after the kanji of ``key`` (one kanji and る) in every
    word it reads as that verb, or None when it also writes the kanji alone (出), when
    the verb is not in the table, or when the table is of another dictionary version."""
    after = FOLLOWERS.get(key)
    if after is None or _dictionary_version() != DICTIONARY:
        return None
    # The row's kana as well (る, and つ for っ as some write it): never stricter than the
    # godan rule applied to other endings.
    return "".join(sorted(set(after + _GODAN_ROWS["る"])))


@lru_cache(maxsize=1)
def _dictionary_version() -> str:
    from .dictionary import analyser_version

    return analyser_version()


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "々〆"


# --- romaji ---------------------------------------------------------------------------------


def romaji_keys(term: Term, reading: str = "") -> list[str]:
    """The romaji spellings under which a surface term also matches, if any."""
    if term.mode != SURFACE:
        return []
    kana = term.key if all("\u3041" <= c <= "\u3096" for c in term.key) else fold(reading)
    if not kana or not all("\u3041" <= c <= "\u3096" for c in kana):
        return []
    return [r for r in romaji_variants(kana) if len(r) >= 4 and r not in _ENGLISH]


# --- lemma matching over tokens -------------------------------------------------------------


def _continues(token) -> bool:
    """True for words that continue a verb phrase (auxiliaries, て/で, しまう, やる ...)."""
    pos = token.pos
    if pos[0] == "助動詞":
        return True
    if pos[0] == "助詞":
        return pos[1] == "接続助詞" and token.surface in ("て", "で")
    return pos[0] == "動詞" and pos[1] == "非自立可能"


def takes_suru(token) -> bool:
    """Whether a following する is this word's own verb: a noun that is used as a する-verb
    (勉強, 雪かき, 連絡) or an adjective's adverbial form (早く, 良く). A person (お前,
    みんな, 職員) does not take it, so お前しね stays 死ね."""
    pos = token.pos
    if pos[0] == "名詞":
        return pos[2] == "サ変可能"
    return pos[0] == "形容詞" and pos[5].startswith("連用形")


def phrase_end(tokens, head: int) -> int:
    """Index after the last word of the verb phrase that starts at ``head``."""
    end = head + 1
    while end < len(tokens) and _continues(tokens[end]):
        end += 1
    return end


_ORDER_ENDS = frozenset("。！？!?…")


def _potential_as_order(tokens, index: int) -> bool:
    """Whether token ``index`` is a potential verb (黙れる, 辞めれる) that the analyser read
    where the writer gave an order: お前は黙れ / 黙れよ / 市長は辞めれ (northern dialects'
    imperative of 一段 verbs) at the end of a phrase, not 帰れ、ほっとした."""
    token = tokens[index]
    if token.pos[0] != "動詞" or not token.lemma.endswith("れる") or len(token.lemma) < 3:
        return False
    form = token.form
    if form.startswith("命令形"):
        return True
    if not form.startswith("連用形") or not token.surface.endswith("れ"):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None:
        return True
    if after.pos[0] == "助詞":
        return after.pos[1] == "終助詞"
    return after.pos[0] == "補助記号" and after.surface in _ORDER_ENDS


def lemma_candidates(tokens, index: int) -> list[tuple[str, int]]:
    """(folded dictionary form, head index) pairs under which token ``index`` is looked up."""
    token = tokens[index]
    key = fold(token.lemma)
    keys = [(key, index)]
    if _potential_as_order(tokens, index):  # 黙れ read as 黙れる: also 黙る
        keys.append((fold(token.lemma[:-2] + "る"), index))
    if token.normalized != token.lemma:  # 信じ may be read as 信ずる; its normal form is 信じる
        keys.append((fold(token.normalized), index))
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            keys.append((key[len(prefix) :], index))
    if (
        token.pos[0] == "名詞"
        and len(token.pos) > 2
        and token.pos[2] == "サ変可能"
        and index + 1 < len(tokens)
        and tokens[index + 1].lemma == "する"
    ):
        keys.append((key + "する", index + 1))
    return keys


def lemma_holds(term: Term, tokens, first: int, head: int) -> int | None:
    """The end index (exclusive) of the match if ``term``'s conditions hold, else None."""
    token = tokens[first]
    if term.pos and not any(p in token.pos[:4] for p in term.pos):
        return None
    end = phrase_end(tokens, head)
    phrase = tokens[head:end]
    lemmas = {fold(t.lemma) for t in phrase[1:]}
    if term.without and any(w in lemmas for w in term.without):
        return None
    # A final particle (殺すぞ, 住むな) belongs to the phrase for +X and the highlight.
    tail = end
    if tail < len(tokens) and tokens[tail].pos[0] == "助詞" and tokens[tail].pos[1] == "終助詞":
        lemmas.add(fold(tokens[tail].lemma))
        tail += 1
    if not term.shapes:
        return tail
    last = phrase[-1]
    form = last.form
    after = tokens[end] if end < len(tokens) else None
    forms = {form.split("-")[0]}
    # 死ね / 帰れ (五段) and 消えれ (一段, northern dialects) not followed by ば is the
    # imperative, whatever the dictionary says.
    if (
        form.startswith("仮定形")
        and len(last.pos) > 4
        and last.pos[4].startswith(("五段", "下一段", "上一段"))
        and not (after is not None and after.surface in ("ば", "ども"))
    ):
        forms.add("命令形")
    if len(phrase) == 1 and fold(last.lemma) != term.key and _potential_as_order(tokens, head):
        forms.add("命令形")  # 黙れ read as the potential 黙れる, looked up as 黙る
    for shape in term.shapes:
        if shape.startswith("+"):
            if shape[1:] in lemmas:
                return tail
        elif shape in forms:
            return tail
    return None


def is_predicate(token) -> bool:
    return token.pos[0] in _PREDICATES
