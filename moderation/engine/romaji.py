"""Romaji both ways: the spellings of a kana word, and Japanese written in romaji read as kana.

A term in kana also matches its romaji spellings (:func:`romaji_variants`: ばか as baka, しね
as shine): one word written in Latin letters. A whole sentence in romaji is another matter:
"kami wo shinjiru mono wa sukuwareru" holds no listed word, and a rule that pairs words in a
sentence (信じれば救われる + 集会) needs the sentence read as words. De-evasion therefore
reads a run of romaji words that is Japanese as kana (:func:`read_romaji_runs`), with each
kana mapped back to the letters it came from, and the analyser reads the kana.

A run is Japanese when it has at least three words, every one of them spells kana
(Hepburn or kunrei: ``shi`` and ``si``, ``n`` before a consonant, a doubled consonant as っ)
and one of them is a particle only Japanese has (wa, wo, ga, ni, de) or ends like a
Japanese verb (-masu, -desu, -mashita, -kudasai). English words rarely spell kana (hello,
the, this do not), and the particle is asked for as well, so "go to sea" stays English.
The particles are read as they are spoken in writing: wa and ha alone as は, wo as を,
o alone as を, e and he alone as へ.

Why not jaconv's ``alphabet2kana``: it reads the keyboard's romaji, where "nn" is ん
(konnichiwa becomes こんいちわ) and any Latin word becomes kana (hello becomes へっろ); a
comment writes Hepburn, and English must stay English.

:func:`may_hold_romaji_run` is the C-speed test the fast paths ask first: it finds every
text where :func:`read_romaji_runs` could read something (and more), so a text it passes
over is left as it is by the full path too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KANA_ROMAJI = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "さ": "sa", "し": "shi|si", "す": "su", "せ": "se", "そ": "so",
    "た": "ta", "ち": "chi|ti", "つ": "tsu|tu", "て": "te", "と": "to",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu|hu", "へ": "he", "ほ": "ho",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "を": "wo|o", "ん": "n|nn",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "ざ": "za", "じ": "ji|zi", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "だ": "da", "ぢ": "ji|di", "づ": "zu|du", "で": "de", "ど": "do",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
}  # fmt: skip
YOON = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
YOON_BASE = {"し": "sh|sy", "ち": "ch|ty", "じ": "j|zy"}


def romaji_variants(kana: str, limit: int = 4) -> list[str]:
    """Hepburn and kunrei spellings of a hiragana word (at most ``limit``); [] if not kana."""
    variants = [""]
    i = 0
    double = False
    while i < len(kana):
        char = kana[i]
        if char == "っ":
            double = True
            i += 1
            continue
        nxt = kana[i + 1] if i + 1 < len(kana) else ""
        if nxt in YOON and char in KANA_ROMAJI:
            base = YOON_BASE.get(char)
            options = (
                [b + YOON[nxt] for b in base.split("|")]
                if base
                else [KANA_ROMAJI[char].split("|")[0][:-1] + "y" + YOON[nxt]]
            )
            i += 2
        elif char in KANA_ROMAJI:
            options = KANA_ROMAJI[char].split("|")
            i += 1
        else:
            return []
        if double:
            options = [o[0] + o for o in options]
            double = False
        variants = [v + o for v in variants for o in options][:limit]
    return [v for v in variants if v]


# --- reading romaji as kana -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Every spelling of a syllable (one to three letters) and its kana; ん is read apart."""
    table: dict[str, str] = {}
    for kana, spellings in KANA_ROMAJI.items():  # あいうえお first: "o" is お, not を
        if kana != "ん":
            for spelling in spellings.split("|"):
                table.setdefault(spelling, kana)
    for kana in "きしちにひみりぎじびぴ":
        for small, vowel in YOON.items():
            bases = YOON_BASE.get(kana, KANA_ROMAJI[kana].split("|")[0][:-1] + "y")
            for base in bases.split("|"):
                table.setdefault(base + vowel, kana + small)
    table.update(
        {"jya": "じゃ", "jyu": "じゅ", "jyo": "じょ", "she": "しぇ", "che": "ちぇ", "je": "じぇ"}
    )
    table.update({"fa": "ふぁ", "fi": "ふぃ", "fe": "ふぇ", "fo": "ふぉ"})
    return table


_VOWELS = "aiueo"


def word_as_kana(word: str) -> list[tuple[str, int, int]] | None:
    """The kana of a romaji word, syllable by syllable, with the letters [start, end) each
    came from; None when the word does not spell kana (an English word, a name in letters
    no syllable has)."""
    w = word.lower()
    table = _syllables()
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(w):
        char = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if char == "n" and (not nxt or nxt not in _VOWELS + "y"):
            out.append(("ん", i, i + 1))  # before a consonant or at the end (konnichiwa)
            i += 1
            continue
        if char == "m" and nxt in ("b", "p", "m") and i + 2 < len(w) and w[i + 2] != "m":
            out.append(("ん", i, i + 1))  # shimbun, sempai
            i += 1
            continue
        if char not in _VOWELS and char != "n" and (nxt == char or (char == "t" and nxt == "c")):
            out.append(("っ", i, i + 1))  # kitte, matcha
            i += 1
            continue
        for size in (3, 2, 1):
            spelling = w[i : i + size]
            kana = table.get(spelling) if len(spelling) == size else None
            if kana is not None:
                out.append((kana, i, i + size))
                i += size
                break
        else:
            return None
    return out


_PARTICLES = {"wa": "は", "ha": "は", "wo": "を", "o": "を", "e": "へ", "he": "へ"}
_JAPANESE_ONLY = frozenset({"wa", "wo", "ga", "ni", "de"})
_JAPANESE_ENDINGS = ("masu", "masen", "mashita", "mashou", "masho", "desu", "deshita", "kudasai")
_MIN_WORDS = 3


def _is_japanese(words: list[str]) -> bool:
    lowered = [w.lower() for w in words]
    return len(words) >= _MIN_WORDS and any(
        w in _JAPANESE_ONLY or w.endswith(_JAPANESE_ENDINGS) for w in lowered
    )


def _is_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"


_GAPS = frozenset(" ,、")


def read_romaji_runs(pieces: list[list]) -> list[list]:
    """De-evasion's step: the words of each Japanese romaji run become kana pieces, each
    mapped to the letters it came from ([output, start, end, is_separator] per character,
    as :mod:`.evasion_steps` keeps them); the spaces between the words stay, as separators."""
    runs = _romaji_runs(pieces)
    if not runs:
        return pieces
    out: list[list] = []
    last = 0
    for words in runs:
        for start, end in words:
            out.extend(pieces[last:start])
            word = "".join(p[0] for p in pieces[start:end])
            particle = _PARTICLES.get(word.lower())
            if particle is not None:
                out.append([particle, pieces[start][1], pieces[end - 1][2], False])
            else:
                for kana, first, stop in word_as_kana(word) or ():
                    for char in kana:
                        begin, finish = pieces[start + first][1], pieces[start + stop - 1][2]
                        out.append([char, begin, finish, False])
            last = end
    out.extend(pieces[last:])
    return out


def _romaji_runs(pieces: list[list]) -> list[list[tuple[int, int]]]:
    """Runs of romaji words (piece index spans) that are Japanese and spell kana."""
    runs: list[list[tuple[int, int]]] = []
    words: list[tuple[int, int]] = []

    def close() -> None:
        texts = ["".join(p[0] for p in pieces[s:e]) for s, e in words]
        if _is_japanese(texts) and all(word_as_kana(t) is not None for t in texts):
            runs.append(list(words))
        words.clear()

    index = 0
    count = len(pieces)
    while index < count:
        piece = pieces[index]
        if not piece[3] and _is_letter(piece[0]):
            end = index
            while end < count and not pieces[end][3] and _is_letter(pieces[end][0]):
                end += 1
            words.append((index, end))
            index = end
            continue
        if not (piece[3] and piece[0] in _GAPS) and words:
            close()  # a run ends at anything but spaces and commas (a kana, a digit, a 。)
        index += 1
    if words:
        close()
    return runs


# --- the fast paths' test -------------------------------------------------------------------


# Where the characters that NFKC makes letters, spaces or commas, or that vanish, are
# (checked against every code point by the unit tests): the whole range took a second.
_GATE_RANGES = (
    (0x0000, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x2000, 0x24FF),
    (0x3000, 0x30FF), (0x3200, 0x33FF), (0xFE00, 0xFEFF), (0xFF00, 0xFFEF),
    (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF), (0xE0000, 0xE01EF),
)  # fmt: skip


def _build_gate() -> tuple[re.Pattern, dict[int, str | None]]:
    """A run of three or more words of letters, classed as the step's pieces class them
    (one table, :func:`.normalize._info`): letters (what NFKC makes Latin letters, kept as
    letters), gaps (separators that are a space or a comma), and what vanishes there
    (zero-width, combining and voiced-sound marks), which may stand anywhere; anything else
    (a circled letter is a separator there) ends a run. With the table that reads a run
    as the step does."""
    from .normalize import _DAKUTEN, _INVISIBLE, _LETTER, _SEP, _info, char_class

    letters, gaps, vanish = [], [], []
    table: dict[int, str | None] = {}
    for low, high in _GATE_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            kind, _folded = _info(char)
            wide = unicodedata.normalize("NFKC", char)
            if kind == _LETTER and wide and all(_is_letter(c) for c in wide):
                letters.append(code)
                table[code] = wide.lower()
            elif kind == _SEP and (wide if len(wide) == 1 else char) in _GAPS:
                gaps.append(code)
                table[code] = " "
            elif kind in (_INVISIBLE, _DAKUTEN):
                vanish.append(code)
                table[code] = None
    letter, gap, invisible = char_class(letters), char_class(gaps), char_class(vanish)
    word = f"{letter}(?:{letter}|{invisible})*"
    pattern = f"{word}(?:(?:{gap}|{invisible})+{word}){{{_MIN_WORDS - 1},}}"
    return re.compile(pattern), table


_GATE, _RUN_TABLE = _build_gate()
_STRONG_RE = re.compile(
    r"(?<![a-z])(?:wa|wo|ga|ni|de)(?![a-z])|(?:" + "|".join(_JAPANESE_ENDINGS) + r")(?![a-z])"
)


def may_hold_romaji_run(text: str) -> bool:
    """Whether :func:`read_romaji_runs` might read something in ``text`` as it stands
    (never False where it would), for a text the other steps leave as it is: de-evasion's
    fast path asks it."""
    for match in _GATE.finditer(text):
        if _STRONG_RE.search(match.group().translate(_RUN_TABLE)):
            return True
    return False


# Over the quick form's folding (letters lower-case ASCII; spaces, symbols and what
# vanishes dropped), the words of a run stand together: a run of letters holding a word
# only Japanese has, four letters at least (three words, one of two letters).
_HINT_RE = re.compile("[a-z]*(?:wa|wo|ga|ni|de|" + "|".join(_JAPANESE_ENDINGS) + ")[a-z]*")


def hints_romaji(folded: str) -> bool:
    """Whether a text folded by the quick form may hold a run :func:`read_romaji_runs`
    reads (never False where it does, whatever the other steps glue first: b a k a, w.a)."""
    return any(len(match.group()) >= 4 for match in _HINT_RE.finditer(folded))
