"""The keys under which a written term is looked up in a message.

A term is found by its normalised writing, and also by the other ways residents write it:
its kana reading (出て行け as でていけ), the kana stem of a verb written with kanji (殴る
as なぐ), a て said voiced in the north (殺してやる as 殺しでやる), and a Latin term's word
boundaries. The engine compiles every term through these when it builds its automata.
"""

from __future__ import annotations

import re

from .analysis import analyse
from .lookalikes import unmask
from .normalize import _is_kanji, normalize
from .terms import Term, written_key


def term_key(term: str) -> tuple[str, bool, bool]:
    """A term's matching form and whether each end must sit on a word boundary.

    Latin terms (``idiot``) need word boundaries; ``fuck*`` may continue (``fucking``),
    ``*phobe`` may be preceded. Japanese terms are plain substrings.
    """
    raw = term.strip()
    left_open = raw.startswith("*")
    right_open = raw.endswith("*")
    key = written_key(raw.strip("*"))  # as the engine keys it (terms.parse_term)
    latin = bool(key) and all(c.isascii() and c.isalnum() for c in key)
    return key, latin and not left_open, latin and not right_open


# Kanji that alone carry a term's harm, read as a common word's kanji are: 逝く ("pass
# away", said to wish a death) is いく as 行く is, so 逝ってください in kana is いってください,
# "please go on" (続けていってください). A term with one has no key in kana.
_HOMOPHONES = frozenset("逝")


def reading_key(key: str, reading: str) -> str | None:
    """The key under which a term written with kanji also matches its reading in kana
    (出て行け as でていけ, 税金泥棒 as ぜいきんどろぼう): writing all in hiragana is how
    children write, and how some get past a list. None for a term without kanji, or whose
    reading is shorter than three kana (a short kana word is too often another word), or
    with a kanji whose reading is a common word's (_HOMOPHONES)."""
    if not any(_is_kanji(char) for char in key) or any(char in _HOMOPHONES for char in key):
        return None
    kana = normalize(reading).text
    if len(kana) < 3 or kana == key or not all("\u3041" <= c <= "\u3096" for c in kana):
        return None
    return kana


def kana_stem(term: Term, stem: str) -> str | None:
    """The stem of a lemma written with kanji, in hiragana (殴る -> なぐ, 辞める -> やめ,
    駆除する -> くじょ): residents write verbs in kana too (なぐってやる, だまれ), where the
    kanji stem is not to be found, while the analyser still reads them as the lemma (its
    normalised form). None when the stem has no kanji, the reading does not end as the
    lemma does, or the kana stem is a single kana (し of 死ぬ is in every other word)."""
    if not any(_is_kanji(char) for char in stem) or not term.key.startswith(stem):
        return None
    ending = term.key[len(stem) :]
    kana = normalize(read_term(term.key)[1]).text
    if not kana.endswith(ending) or not all("\u3041" <= c <= "\u3096" for c in kana):
        return None
    kana_stem = kana[: len(kana) - len(ending)]
    return kana_stem if len(kana_stem) >= 2 else None


def read_term(term: str) -> tuple[int, str]:
    """How many words a written term is, and its kana reading (for its romaji)."""
    tokens = analyse(unmask(term.strip().strip("*")))
    return len(tokens), "".join(token.reading for token in tokens)


# 殺してやる said in the north is 殺しでやる (see .rereading): a term's て after a verb's stem,
# before a verb that helps it, is also matched voiced. Only after し and the イ音便's い
# (叩いて), the endings that voice; 泳いで and 死んで are voiced already.
_VOICED_TE_RE = re.compile(
    "(?<=[しい])て(?=やる|やっ|やら|やれ|やろ|しま|け|くれ|くん|み|お[くかけこ])"
)


def voiced_te_key(key: str) -> str | None:
    """``key`` with each such て voiced (ころしてやる -> ころしでやる), or None if it has none."""
    voiced = _VOICED_TE_RE.sub("で", key)
    return voiced if voiced != key else None


# --- an exception's adjective, inflected ---------------------------------------------------------
# ばかでかい and ばかうまい excuse the ばか in them, but a comment says ばかでかくて, ばかうまかった
# or, in the speech of the north and of anyone casual, ばかうめぇ and ばかでけぇ (the
# vowels a-i and o-i of an adjective's ending said as e-e). An exception written as an
# adjective (in kana, ending in い after a kana of another row) also excuses those forms.
_ENDINGS = ("く", "くて", "かった", "くない", "ければ", "さ", "そう")
_E_ROW = dict(zip(
    "かがさざただなはばぱまらわこごそぞとどのほぼぽもろ",
    "けげせぜてでねへべぺめれえけげせぜてでねへべぺめれ",
    strict=True,
))  # fmt: skip
_KANA_RE = re.compile("[\u3041-\u3096]+")


def adjective_keys(key: str) -> list[str]:
    """The other forms an exception written as a kana adjective also excuses (ばかでかい:
    ばかでかく, ばかでかくて, ばかでかかった, ばかでけえ), as the matching form spells them;
    none for other words."""
    if len(key) < 3 or not key.endswith("い") or not _KANA_RE.fullmatch(key[-2:]):
        return []
    stem = key[:-1]
    forms = [stem + ending for ending in _ENDINGS]
    shifted = _E_ROW.get(stem[-1])  # none after し or い (ばからしい has no e-e form)
    if shifted:
        # うまい -> うめえ; うめぇ and うめー are read as a stretched め, and the stretch folds away
        forms += [stem[:-1] + shifted + "え", stem[:-1] + shifted]
    return [normalize(form).text for form in forms]
