"""A rule's exceptions that are one of its own words and what follows it, kept compactly.

Pure Python. Rules excuse their words where a way of reporting or warning follows them:
``substr:詐欺師という``, ``substr:詐欺師と言``, ... one entry for every word and every tail,
so a rule of a few hundred words holds thousands of exceptions, and the default rules two
hundred thousand. As keys of the engine's automaton each cost about a kilobyte of the
worker's memory (the automaton, its values and what building them leaves behind), which
had put ``check_comments`` far past its memory budget. Held here instead, as a table from
the word to the tails that excuse it (the tails are shared between words), they cost a few
megabytes, and the check is made only for a match, not over every comment.

Exact for what it holds: a match of the rule starting where such an exception starts is
excused when the text there reads word + tail and the exception reaches the match's end,
as the spelled-out exception found by the automaton would cover it. An exception that
starts before the match (大バカという for the match バカ) is not looked for: the rules that
list these exceptions list every one of their words with the same tails (バカという too).
An exception that is not one of the rule's words followed by something stays an
automaton key as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable


class ExceptionTails:
    """Per rule: its words (normalised keys) and, for a word, the tails that excuse it."""

    __slots__ = ("_words", "_word_lengths", "_building", "_tails", "_lengths")

    def __init__(self) -> None:
        self._words: dict[int, set[str]] = defaultdict(set)
        self._word_lengths: dict[int, tuple[int, ...]] = {}
        self._building: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._tails: dict[int, dict[str, tuple[str, ...]]] = {}
        self._lengths: dict[int, tuple[int, ...]] = {}

    def add_word(self, index: int, key: str) -> None:
        """Rule ``index`` matches ``key`` (a surface term, target or predicate)."""
        if key:
            self._words[index].add(key)
            self._word_lengths.pop(index, None)

    def take(self, index: int, key: str) -> bool:
        """Hold the substring exception ``key`` of rule ``index`` if it is one of the rule's
        words (the longest that fits) followed by more; False when it is not."""
        words = self._words.get(index)
        if not words:
            return False
        lengths = self._word_lengths.get(index)
        if lengths is None:
            lengths = self._word_lengths[index] = tuple(
                sorted({len(w) for w in words}, reverse=True)
            )
        for length in lengths:
            if length < len(key) and key[:length] in words:
                self._building[index][key[:length]].add(key[length:])
                return True
        return False

    def freeze(self) -> None:
        """Finish building: tuples of tails shared between words, lengths longest first."""
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        for index, by_word in self._building.items():
            table = {}
            for word, tails in by_word.items():
                value = tuple(sorted(tails))
                table[word] = shared.setdefault(value, value)
            self._tails[index] = table
            self._lengths[index] = tuple(sorted({len(word) for word in table}, reverse=True))
        self._building.clear()
        self._words.clear()
        self._word_lengths.clear()

    def holds(self, index: int) -> bool:
        return index in self._tails

    def excuse(
        self, index: int, text: str, start: int, end: int, within: Callable[[int, int], bool]
    ) -> bool:
        """Whether a held exception of rule ``index`` covers the match ``text[start:end]``
        (normalised offsets): a word of the rule at ``start``, at least as long as the
        match, followed by one of its tails."""
        table = self._tails.get(index)
        if not table:
            return False
        for length in self._lengths[index]:
            if length < end - start:
                return False
            tails = table.get(text[start : start + length])
            if tails:
                after = start + length
                for tail in tails:
                    if text.startswith(tail, after) and within(start, after + len(tail)):
                        return True
        return False
