"""Repeated posting: the same author posting the same or nearly the same text.

Pure Python. The similarity is the Jaccard index of character 3-gram shingles of the
*normalised* text, so width, kana, spacing and stretched vowels do not hide a repeat.
The state is an explicit object the caller keeps per stream (the worker per page, the
``check_comments`` command per run), never a global.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime


def shingles(text: str, size: int = 3) -> frozenset[str]:
    if len(text) <= size:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i : i + size] for i in range(len(text) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _timestamp(value) -> float | None:
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
    """Recent messages per author: ``(time or None, shingles)``, bounded in size.

    ``max_authors`` and ``per_author`` bound the memory whatever the stream; the least
    recently seen authors are forgotten first.
    """

    max_authors: int = 50_000
    per_author: int = 50
    history: OrderedDict = field(default_factory=OrderedDict)
    _sequence: int = 0

    def recent(self, author: str) -> deque:
        entries = self.history.get(author)
        if entries is None:
            entries = deque(maxlen=self.per_author)
            self.history[author] = entries
            if len(self.history) > self.max_authors:
                self.history.popitem(last=False)
        else:
            self.history.move_to_end(author)
        return entries


def repetition_count(
    state: RepetitionState,
    *,
    author: str,
    normalized_text: str,
    created_time=None,
    window_seconds: float,
    similarity: float,
) -> int:
    """How many earlier messages of ``author`` within the window are similar to this one."""
    now = _timestamp(created_time)
    mine = shingles(normalized_text)
    count = 0
    for when, theirs in state.recent(author):
        if now is not None and when is not None and abs(now - when) > window_seconds:
            continue
        if jaccard(mine, theirs) >= similarity:
            count += 1
    return count


def repetition_remember(
    state: RepetitionState, *, author: str, normalized_text: str, created_time=None
) -> None:
    state.recent(author).append((_timestamp(created_time), shingles(normalized_text)))
