"""Japanese morphological analysis: a comment read as words, once, for every detector.

We use SudachiPy with the ``sudachidict-core`` dictionary (both wheels from PyPI, nothing
downloaded at run time). Measured against fugashi + unidic-lite on this machine
(49-character sentences, 20,000 runs): Sudachi analysed 19,200 sentences/s against
10,300, its dictionary forms keep the writing of the surface (辞めろ -> 辞める, ぶっ殺す ->
ぶっ殺す, where UniDic's lemmas rewrite them as 止める / 打ち殺す and 撃つ as 打つ), and its
longest-unit mode C keeps compounds such as マイナンバーカード whole, so a term can never
match across their inside. It costs more memory (about 120 MB RSS against 46 MB), which
is within the engine's budget.

Pure Python apart from Sudachi (no Django). A tokenizer object is not safe to share
between threads, so each thread gets its own.
"""

from __future__ import annotations

import ctypes
import re
import threading
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from sudachipy import Dictionary, SplitMode

# Sudachi refuses very long inputs; comments are split at sentence ends below this size.
_CHUNK = 4000
_local = threading.local()
_dictionary: Dictionary | None = None
_dictionary_lock = threading.Lock()


class Token(NamedTuple):
    """One word: its text, dictionary form, part of speech and place in the analysed text.

    ``start``/``end`` are code-point offsets into the string given to :func:`analyse`
    (plus its ``offset``). ``pos`` is Sudachi's part of speech (six levels, e.g.
    ``("動詞", "一般", "*", "*", "五段-ナ行", "命令形")``); ``pos[0]`` is the coarse class
    and ``pos[5]`` the conjugation form. A named tuple, not a dataclass: a comment has
    dozens of words and building them is much of the cost of reading it.
    """

    surface: str
    lemma: str
    normalized: str
    reading: str
    pos: tuple[str, ...]
    start: int
    end: int

    @property
    def pos1(self) -> str:
        return self.pos[0] if self.pos else ""

    @property
    def form(self) -> str:
        return self.pos[5] if len(self.pos) > 5 else ""


def new_token(fields: tuple) -> Token:
    """A Token from its seven fields in order, without the named tuple's Python-level
    constructor (words are built by the thousand: it was a tenth of reading a comment)."""
    return tuple.__new__(Token, fields)


def analyser_version() -> str:
    """The analyser and dictionary versions, recorded with each flag (results depend on them)."""
    return (
        f"sudachipy {metadata.version('sudachipy')} / "
        f"sudachidict-core {metadata.version('sudachidict-core')}"
    )


def _tokenizer():
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        global _dictionary
        with _dictionary_lock:
            if _dictionary is None:
                _dictionary = Dictionary(dict="core")
        tokenizer = _dictionary.tokenizer(mode=SplitMode.C)
        _local.tokenizer = tokenizer
    return tokenizer


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= _CHUNK:
        return [(0, text)]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = max(text.rfind(mark, start, end) for mark in "。！？!?\n")
            if cut > start:
                end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def analyse(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The words of ``text`` in order, their offsets shifted by ``offset``; whitespace is
    not a word. Never raises on a ``str``."""
    if not text:
        return ()
    tokenizer = _tokenizer()
    tokens: list[Token] = []
    # Each word costs as much in this loop as in Sudachi: names are bound once, the part of
    # speech is looked up inline, and the tuple built without a call (see new_token).
    append = tokens.append
    build = tuple.__new__
    known_pos = _pos_cache
    pos_of = _part_of_speech
    for shift, piece in _chunks(text):
        shift += offset
        for morpheme in tokenizer.tokenize(piece):
            surface = morpheme.surface()
            if not surface or surface.isspace():
                continue
            if len(surface) >= _KATAKANA_SENTENCE and morpheme.is_oov():
                words = _katakana_sentence(surface, shift + morpheme.begin())
                if words:
                    tokens.extend(words)
                    continue
            pos_id = morpheme.part_of_speech_id()
            append(
                build(
                    Token,
                    (
                        surface,
                        morpheme.dictionary_form(),
                        morpheme.normalized_form(),
                        morpheme.reading_form(),
                        known_pos.get(pos_id) or pos_of(pos_id),
                        shift + morpheme.begin(),
                        shift + morpheme.end(),
                    ),
                )
            )
    if _KATAKANA_STEM_RE.search(text):
        _reread_katakana_stems(tokens, text, offset)
    if "らし" in text:
        _reread_rashi(tokens)
    if "しね" in text:
        _reread_shineru(tokens)
    return tuple(tokens)


# --- お前らしね ---------------------------------------------------------------------------------
# あいつらしね, 職員らしねよ, おめーらしねや: the dictionary reads X|らし|ね(や), the classical
# auxiliary らし ("it seems") or the stem of らしい, then ね or a noun. Nobody writes either
# right before ね on a city's page (today's is らしいね, らしくねえ), so the words are
# X|ら|しね: a plural and 死ね.
_PLURAL = ("接尾辞", "名詞的", "一般", "*", "*", "*")
_DIE = ("動詞", "一般", "*", "*", "五段-ナ行", "命令形")
_PLAIN_NE = frozenset({"ね", "ねや"})
_NE = _PLAIN_NE | {"ねぇ", "ねえ", "ねー", "ねよ"}


def _reread_rashi(tokens: list[Token]) -> None:
    for index in range(len(tokens) - 2, 0, -1):
        rashi, after = tokens[index], tokens[index + 1]
        if not (
            rashi.surface == "らし"
            and (rashi.lemma == "らし" or rashi.pos[5].startswith("語幹"))
            and after.start == rashi.end
            and after.surface in _NE
        ):
            continue
        if after.surface not in _PLAIN_NE and tokens[index - 1].pos[0] != "代名詞":
            continue  # 春らしねえ may be 春らしいねえ said fast; あいつらしねえ is not
        tokens[index : index + 2] = [
            new_token(("ら", "ら", "ら", "ラ", _PLURAL, rashi.start, rashi.start + 1)),
            new_token(("し" + after.surface, "死ぬ", "死ぬ", "シネ", _DIE, rashi.start + 1, after.end)),
        ]  # fmt: skip


# --- Japanese written in katakana ---------------------------------------------------------
# シチョウヲコロス, ガイジンハデテイケ: a sentence written all in katakana (to evade, or as
# old telegrams did) is one unknown word to the dictionary, which reads katakana as
# loanwords. Read again in hiragana, it is words. But so is a loanword or a name the
# dictionary does not know, forced into kana (カスハラ: かす|はら, ゴミステーション:
# ごみ|す|てー|しょ|ん, イシノマキッズ: いし|の|ま|きっ|ず), so the hiragana reading is taken
# only when it has the grammar of a sentence (a case particle or an ending, not the か or
# わ that end anything), no debris (interjections, stray marks) and the run no long mark,
# which Japanese words written in katakana do not have and loanwords do. The words keep
# the katakana surface and the offsets (the two scripts map character for character).

_KATAKANA_SENTENCE = 4  # characters: shorter unknown katakana (a name) is left as it is
_PARTICLES = frozenset("をはがにでへとのもてぞぜよね")
_ENDINGS = frozenset({"ない", "た", "だ", "です", "ます", "れる", "られる", "せる", "させる"})
_NOISE = frozenset({"感動詞", "補助記号", "記号"})
_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def _katakana_sentence(surface: str, start: int) -> list[Token] | None:
    """The words of an unknown katakana word read in hiragana, or None (see above)."""
    if not all("\u30a1" <= char <= "\u30f6" for char in surface):
        return None
    morphemes = _tokenizer().tokenize(surface.translate(_TO_HIRAGANA))
    if len(morphemes) < 2 or any(m.is_oov() for m in morphemes):
        return None
    words = []
    grammar = False
    for m in morphemes:
        pos = _pos_cache.get(m.part_of_speech_id()) or _part_of_speech(m.part_of_speech_id())
        coarse = pos[0] if pos else ""
        if coarse in _NOISE:
            return None
        grammar = grammar or (
            coarse == "助詞" and m.surface() in _PARTICLES
            or coarse == "助動詞" and m.normalized_form() in _ENDINGS
        )  # fmt: skip
        words.append(new_token((
            surface[m.begin() : m.end()], m.dictionary_form(), m.normalized_form(),
            m.reading_form(), pos, start + m.begin(), start + m.end(),
        )))  # fmt: skip
    return words if grammar else None


# --- a verb or adjective with a katakana stem -------------------------------------------------
# コロす, コロしてやる, シねよ, キモいんだよ: the stem of a Japanese verb or adjective written in
# katakana and its ending in hiragana. The dictionary reads the katakana as a noun (コロ, a
# dog's name) and the ending as words of their own (す, ねよ), so no word starts or ends
# where the verb does. Read again with the stem in hiragana, the run is words; the reading is
# taken only when it starts with a verb or an adjective the dictionary knows, so a loanword
# before a particle (パンを, バスで, ゴミが) and a name before one (コロしか) stay as read.
# The words keep the katakana surface and the offsets (the scripts map letter for letter).

_KATAKANA_STEM = 2  # letters: a longer katakana word is a loanword (ダサい is in the dictionary)
_KATAKANA_STEM_RE = re.compile(r"(?<![\u30a1-\u30fc])[\u30a1-\u30f4]{1,2}[\u3041-\u3096]")
_INFLECTING = frozenset({("動詞",), ("形容詞",)})  # a part of speech's first level


def _is_hiragana(surface: str) -> bool:
    return all("\u3041" <= char <= "\u309f" for char in surface)


def _reread_katakana_stems(tokens: list[Token], text: str, offset: int) -> None:
    index = len(tokens) - 2
    while index >= 0:
        stem = tokens[index]
        after = tokens[index + 1]
        if not (
            len(stem.surface) <= _KATAKANA_STEM
            and stem.pos[0] == "名詞"
            and all("\u30a1" <= char <= "\u30f4" for char in stem.surface)
            and after.start == stem.end
            and _is_hiragana(after.surface)
            and (index == 0 or tokens[index - 1].end < stem.start
                 or not "\u30a1" <= tokens[index - 1].surface[-1] <= "\u30fc")
        ):  # fmt: skip
            index -= 1
            continue
        last = index + 1
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start == tokens[last].end
            and _is_hiragana(tokens[last + 1].surface)
        ):
            last += 1
        start, end = stem.start, tokens[last].end
        written = text[start - offset : end - offset]
        morphemes = _tokenizer().tokenize(written.translate(_TO_HIRAGANA))
        if (
            not len(morphemes)
            or any(m.is_oov() for m in morphemes)
            or _part_of_speech(morphemes[0].part_of_speech_id())[:1] not in _INFLECTING
        ):
            index -= 1
            continue
        tokens[index : last + 1] = [
            new_token((
                written[m.begin() : m.end()], m.dictionary_form(), m.normalized_form(),
                m.reading_form(), _part_of_speech(m.part_of_speech_id()),
                start + m.begin(), start + m.end(),
            ))
            for m in morphemes
        ]  # fmt: skip
        index -= 1


# しねよ市長, しね市長: glued to the next word, しね is read as the rare verb しねる (to
# pinch, in some dialects), in the imperative or the continuative. On a city's page it is
# 死ね (the imperative alone: しねる's other forms, しねるなら, are left as they are).
_SHINERU_FORMS = ("命令形", "連用形-一般")
_ENDING = ("助詞", "終助詞", "*", "*", "*", "*")


def _reread_shineru(tokens: list[Token]) -> None:
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        if word.lemma != "しねる" or word.pos[5] not in _SHINERU_FORMS:
            continue
        if word.surface not in ("しね", "しねよ", "しねや"):
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.pos[0] == "助詞" and following.start == word.end:
            continue  # しねば, しねど: a condition, as 死ねば is
        start, split = word.start, word.start + 2
        words = [new_token(("しね", "死ぬ", "死ぬ", "シネ", _DIE, start, split))]
        if word.end > split:
            rest = word.surface[2:]
            words.append(new_token((rest, rest, rest, rest, _ENDING, split, word.end)))
        tokens[index : index + 1] = words


_pos_cache: dict[int, tuple[str, ...]] = {}


def _part_of_speech(pos_id: int) -> tuple[str, ...]:
    """One shared tuple per part of speech (the dictionary has a few thousand)."""
    pos = _pos_cache.get(pos_id)
    if pos is None:
        found = _dictionary.pos_of(pos_id) if _dictionary is not None else None
        pos = _pos_cache[pos_id] = tuple(found or ())
    return pos


# --- the dictionary's pages -------------------------------------------------------------------

_MADV_DONTNEED = 4  # Linux: drop the pages from this process; a file mapping reads them again


def release_dictionary_pages() -> int:
    """Give back the pages of the dictionary file this process has touched; the size of
    the mappings given back (0 where there is nothing to give back, or off Linux).

    Sudachi maps its 290 MB dictionary file read-only; each page touched stays counted in
    the process's memory. Compiling the engine reads every term (tens of thousands of
    words across the whole lexicon) and touches 180 MB of it, while screening comments
    touches about 110 MB. Dropping the pages after compiling returns 70 MB for good, and
    the engine's own peak comes after: the pages read again come from the page cache
    (shared, and reclaimable by the kernel), not from the disk, and nothing is written
    through the mapping, so dropping its pages loses nothing."""
    if _dictionary is None:
        return 0
    try:
        maps = Path("/proc/self/maps").read_text()
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return 0
    madvise = libc.madvise
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    released = 0
    for line in maps.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or not fields[5].endswith(".dic") or "w" in fields[1]:
            continue
        low, high = (int(bound, 16) for bound in fields[0].split("-"))
        if madvise(low, high - low, _MADV_DONTNEED) == 0:
            released += high - low
    return released
