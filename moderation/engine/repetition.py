"""Repeated posting: the same author posting the same or nearly the same text.

Pure Python. The similarity is the Jaccard index of character 3-gram shingles of the
*normalised* text, so width, kana, spacing and stretched vowels do not hide a repeat.
The state is an explicit object the caller keeps per stream (the worker per page, the
``check_comments`` command per run), never a global.

Memory is bounded whatever the stream: each remembered message is its normalised text
(a compact string, smaller than its set of shingles; shingles are computed only when the
author posts again), entries older than the time window (measured from the newest
comment seen) are forgotten, and the state is capped in bytes and in authors, the least
recently seen authors going first. :class:`RepetitionMatching` is the engine's part that
runs the repetition rules over this state.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from .specs import Hit, Span, _merge

_ENTRY_OVERHEAD = 100  # bytes per remembered message besides its text (tuple, float)
_AUTHOR_OVERHEAD = 400  # bytes per author (key, deque, dictionary slot)


_BLANKS_RE = re.compile(r"\s+")
# One symbol (up to four code points: 👍🏻, a flag, a joined emoji) three times or more.
_SYMBOL_ROW_RE = re.compile(r"(.{1,4}?)\1{2,}", re.DOTALL)


def repetition_text(message: str, matching_text: str, min_length: int) -> str:
    """What a message is compared by: its collapsed matching text, in which width, kana,
    spacing and stretches do not hide a repeat; but a message of emoji or symbols
    (🔥🔥🔥🔥🔥🔥, 👎👎👎👎👎👎), which the matching text drops, by itself without blanks and
    with a row of one symbol cut to three, so that posting it again and again, in rows of
    any length, is a repeat too. Short either way (はい, 👍) it stays
    short, and a repetition rule passes it by (its ``min_length``)."""
    if len(matching_text) >= min_length:
        return matching_text
    symbols = _BLANKS_RE.sub("", unicodedata.normalize("NFKC", message))
    # A row of one symbol is the same content however long it is (👎👎👎 and 👎👎👎👎👎👎👎).
    return _SYMBOL_ROW_RE.sub(r"\1\1\1", symbols) if not matching_text else symbols


# A message of symbols alone is long enough to count as a repeat from three of them: one or
# two (👍, 👏👏) are a reaction, a row of them posted again and again (👎👎👎) is flooding,
# whatever length the rule asks of words.
SYMBOL_BURST = 3


def long_enough(text: str, matching_text: str, min_length: int) -> bool:
    """Whether ``text`` (what :func:`repetition_text` returned) is long enough for a
    repetition rule of ``min_length``: as words, or as a burst of symbols."""
    if len(text) >= min_length:
        return True
    return not matching_text and len(text) >= min(min_length, SYMBOL_BURST)


def shingles(text: str, size: int = 3) -> frozenset[str]:
    if len(text) <= size:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i : i + size] for i in range(len(text) - size + 1))


@lru_cache(maxsize=256)  # a fingerprint is a set of a hundred shingles, kilobytes each
def fingerprint(text: str, size: int = 3) -> frozenset[str]:
    """The text's shingles (as :func:`shingles`), built from a list: twice as fast as from
    a generator, and each remembered text is compared again with every later message of
    its author. Cached for that reason."""
    if len(text) <= size:
        return frozenset({text}) if text else frozenset()
    return frozenset([text[i : i + size] for i in range(len(text) - size + 1)])


def jaccard(a: frozenset | set, b: frozenset | set) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def timestamp(value) -> float | None:
    """A comment's time (datetime, seconds or Graph API text) in seconds; None if unknown."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        # Graph API writes +0000 without the colon.
        if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit():
            text = text[:-2] + ":" + text[-2:]
        try:
            return datetime.fromisoformat(text).timestamp()
        except ValueError:
            return None
    return None


@dataclass
class RepetitionState:
    """Recent messages per author: ``(time or None, text)``, bounded in time and bytes.

    ``window_seconds`` (the engine sets it to its longest repetition window) is how long
    an entry is kept after the newest comment seen; ``max_bytes`` and ``max_authors``
    bound the memory even for a stream without times.
    """

    max_authors: int = 50_000
    per_author: int = 50
    max_bytes: int = 32 * 1024 * 1024
    window_seconds: float = 0.0
    history: OrderedDict = field(default_factory=OrderedDict)
    bytes: int = 0
    latest: float | None = None

    def recent(self, author: str) -> deque:
        entries = self.history.get(author)
        if entries is None:
            entries = deque()
            self.history[author] = entries
            self.bytes += _AUTHOR_OVERHEAD + len(author)
        else:
            self.history.move_to_end(author)
        return entries

    def _forget_author(self) -> None:
        author, entries = self.history.popitem(last=False)
        self.bytes -= _AUTHOR_OVERHEAD + len(author) + sum(_size(e) for e in entries)

    def remember(self, author: str, when: float | None, text: str) -> None:
        entries = self.recent(author)
        entries.append((when, text))
        self.bytes += _size(entries[-1])
        while len(entries) > self.per_author:
            self.bytes -= _size(entries.popleft())
        if when is not None and (self.latest is None or when > self.latest):
            self.latest = when
        if self.window_seconds and self.latest is not None:
            # Twice the window: a batch screened out of order still finds its neighbours.
            self._expire(self.latest - 2 * self.window_seconds, entries)
        while len(self.history) > self.max_authors or (
            self.bytes > self.max_bytes and len(self.history) > 1
        ):
            self._forget_author()

    def _expire(self, cutoff: float, current: deque) -> None:
        """Drop this author's entries before ``cutoff``, then whole authors from the front
        (least recently seen) whose newest entry is before it."""
        while current and current[0][0] is not None and current[0][0] < cutoff:
            self.bytes -= _size(current.popleft())
        while self.history:
            entries = next(iter(self.history.values()))
            newest = entries[-1][0] if entries else None
            if entries and (newest is None or newest >= cutoff):
                break
            self._forget_author()


def _size(entry: tuple) -> int:
    return _ENTRY_OVERHEAD + sys.getsizeof(entry[1])


def _repeats_itself(text: str) -> bool:
    """A text of few distinct characters for its length: a unit written again and again."""
    return len(text) >= 8 and len(set(text)) * 4 <= len(text)


def repetition_count(
    state: RepetitionState,
    *,
    author: str,
    normalized_text: str,
    created_time=None,
    window_seconds: float,
    similarity: float,
    enough: int | None = None,
) -> int:
    """How many earlier messages of ``author`` within the window are similar to this one;
    counting stops at ``enough`` (a rule only asks whether its threshold is reached)."""
    entries = state.history.get(author)
    if not entries:
        return 0
    now = timestamp(created_time)
    mine: frozenset[str] | None = None
    count = 0
    for when, theirs in entries:
        if now is not None and when is not None and abs(now - when) > window_seconds:
            continue
        if enough is not None and count >= enough:
            break
        if theirs == normalized_text:
            count += 1
            continue
        shorter, longer = sorted((len(theirs), len(normalized_text)))
        # The Jaccard index of the shingle sets cannot reach the threshold, since a set has
        # as many shingles as its text has characters but two; unless a text repeats itself
        # (死ね死ね死ね…, a flood of any length), when it has far fewer.
        if (not longer or shorter < similarity * longer) and not (
            _repeats_itself(theirs) or _repeats_itself(normalized_text)
        ):
            continue
        if mine is None:
            mine = fingerprint(normalized_text)
        other = fingerprint(theirs)
        shared = len(mine & other)
        union = len(mine) + len(other) - shared
        if union and shared / union >= similarity:
            count += 1
    return count


def repetition_remember(
    state: RepetitionState,
    *,
    author: str,
    normalized_text: str,
    created_time=None,
) -> None:
    """Add a message of ``author`` to the state (and forget what fell out of the window)."""
    state.remember(author, timestamp(created_time), normalized_text)


class RepetitionMatching:
    """The repetition rules of the engine (compiled by :meth:`.engine.Engine._compile` into
    ``_repetition``, with the count each window needs in ``_enough``)."""

    specs: list
    _repetition: list[tuple[int, dict]]
    repetition_window: float
    _enough: dict[tuple[float, float], int]
    _shortest: int  # the smallest min_length of the repetition rules

    def repeated(
        self,
        message: str,
        *,
        matching_text: str,
        author_id: str,
        created_time,
        repetition: RepetitionState,
    ) -> list[Hit]:
        """The repetition rules alone, given the message's collapsed matching text (what
        :func:`.analysed.matching_text` returns): for a backtest that reads it stored."""
        found: dict[int, list[Span]] = defaultdict(list)
        if self._repetition:
            self._match_repetition(
                message, matching_text, author_id, created_time, repetition, found
            )
        return [
            Hit(self.specs[i].clause, self.specs[i].slug, self.specs[i].severity,
                _merge(spans), self.specs[i].action)
            for i, spans in found.items()
        ]  # fmt: skip

    def _match_repetition(self, message, matching_text, author_id, created_time, state, found):
        author = str(author_id)
        text = repetition_text(message, matching_text, self._shortest)
        created_time = timestamp(created_time)  # read once, for the count and the memory
        if state.window_seconds < self.repetition_window:
            state.window_seconds = self.repetition_window
        counted: dict[tuple[float, float], int] = {}
        for index, config in self._repetition:
            if not long_enough(text, matching_text, config["min_length"]):
                continue
            # Rules that differ only in threshold (a backtest's two versions) share a count.
            key = (config["window_seconds"], config["similarity"])
            earlier = counted.get(key)
            if earlier is None:
                earlier = counted[key] = repetition_count(
                    state,
                    author=author,
                    normalized_text=text,
                    created_time=created_time,
                    window_seconds=config["window_seconds"],
                    similarity=config["similarity"],
                    enough=self._enough[key],
                )
            if earlier + 1 >= config["threshold"]:
                found[index].append((0, len(message)))
        repetition_remember(state, author=author, normalized_text=text, created_time=created_time)
