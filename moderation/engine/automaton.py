"""Many keys found at once in a text: the one multi-pattern search every part of the portal uses.

Built on daachorse (a Rust double-array Aho-Corasick automaton, a wheel from PyPI), in its
character-wise form. We moved from pyahocorasick because of how each looks up the next
character: pyahocorasick scans a node's children one by one, and the root of an automaton
over Japanese keys has a child for every distinct first character (thousands of kanji and
kana), so every character of a comment that starts no key cost a scan of them all (40 µs a
comment at 1,000 distinct first characters, 500 µs at 10,000); a double array finds the next
state by one addition, whatever the number of keys (about 1.3 µs). See
``benchmarks/rules.py`` for the figures in the engine.

Pure Python apart from daachorse (no Django).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
from collections.abc import Iterable
from typing import Generic, TypeVar

import daachorse  # type: ignore[import-untyped]

V = TypeVar("V")

# glibc serves a large allocation by its own mapping, returned to the system when freed,
# but raises that threshold to the size of any such block once freed: daachorse builds its
# double array in buffers that grow by doubling, so after the first few the rest came from
# the heap and stayed there when freed (about 20 MB of a worker's or check_comments'
# memory after compiling the default rules, and their peak). A fixed threshold keeps
# every block of 1 MiB or more a mapping of its own. Measured: the resident memory the
# compile leaves behind falls from 49 to 29 MB (benchmarks/rules.py prints the peak).
_M_MMAP_THRESHOLD = -3
_FIXED_MMAP_THRESHOLD = 1 << 20


def _fix_mmap_threshold() -> bool:
    if platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, _FIXED_MMAP_THRESHOLD))
    except (OSError, AttributeError):
        return False


MMAP_THRESHOLD_FIXED = _fix_mmap_threshold()


class KeyFinder(Generic[V]):
    """Keys with a value each, found overlapping in a text.

    ``find(text)`` lists every occurrence of every key as ``(start, end, value)`` with
    code-point offsets, ``end`` exclusive, ordered by ``end`` (at one end, longest key first).
    Empty keys are left out (they would match everywhere); a key given twice keeps its last
    value, as a dictionary would.
    """

    __slots__ = ("_automaton", "_values")

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        keyed = {key: value for key, value in items if key}
        self._values: tuple[V, ...] = tuple(keyed.values())
        self._automaton = daachorse.CharwiseDoubleArrayAhoCorasick(list(keyed)) if keyed else None

    def __len__(self) -> int:
        return len(self._values)

    def __bool__(self) -> bool:
        return bool(self._values)

    def find(self, text: str) -> list[tuple[int, int, V]]:
        if self._automaton is None or not text:
            return []
        values = self._values
        return [
            (start, end, values[index])
            for start, end, index in self._automaton.find_overlapping(text)
        ]

    def occurs_in(self, text: str) -> bool:
        """Whether any key occurs in ``text`` (cheaper than :meth:`find`: no values built,
        occurrences inside an earlier one not listed)."""
        return self._automaton is not None and bool(text) and bool(self._automaton.find(text))


def key_finder(items: Iterable[tuple[str, V]]) -> KeyFinder[V] | None:
    """A :class:`KeyFinder` of ``items``, or None when there is no key to find."""
    finder = KeyFinder(items)
    return finder if finder else None
