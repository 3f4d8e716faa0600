"""The analyser's dictionary: SudachiPy with ``sudachidict-core`` (both wheels from PyPI,
nothing downloaded at run time), one tokenizer per thread, and the word it yields.

Why Sudachi: measured against fugashi + unidic-lite on this machine (49-character
sentences, 20,000 runs), Sudachi analysed 19,200 sentences/s against 10,300, its
dictionary forms keep the writing of the surface (辞めろ -> 辞める, ぶっ殺す -> ぶっ殺す,
where UniDic's lemmas rewrite them as 止める / 打ち殺す and 撃つ as 打つ), and its
longest-unit mode C keeps compounds such as マイナンバーカード whole, so a term can never
match across their inside. It costs more memory (about 120 MB RSS against 46 MB), which
is within the engine's budget.

Pure Python apart from Sudachi (no Django). A tokenizer object is not safe to share
between threads, so each thread gets its own.
"""

from __future__ import annotations

import ctypes
import threading
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from sudachipy import Dictionary, SplitMode

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


def tokenizer():
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        global _dictionary
        with _dictionary_lock:
            if _dictionary is None:
                _dictionary = Dictionary(dict="core")
        tokenizer = _dictionary.tokenizer(mode=SplitMode.C)
        _local.tokenizer = tokenizer
    return tokenizer


pos_cache: dict[int, tuple[str, ...]] = {}


def part_of_speech(pos_id: int) -> tuple[str, ...]:
    """One shared tuple per part of speech (the dictionary has a few thousand)."""
    pos = pos_cache.get(pos_id)
    if pos is None:
        found = _dictionary.pos_of(pos_id) if _dictionary is not None else None
        pos = pos_cache[pos_id] = tuple(found or ())
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
