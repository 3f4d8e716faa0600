"""Brackets, sentence marks and spaces as the quoting shape reads them (:mod:`.quoting`,
:mod:`.report_ways`). Pure Python (no Django): where a sentence ends, which bracket closes
which, and where a quote in brackets opens and closes around a match."""

from __future__ import annotations

import re

# Sentence ends (as :func:`.evasion.sentence_breaks` reads them): never inside an excuse.
SENTENCE_ENDS = frozenset("。！？!?\n．｡")
SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_ENDS))) + "]")
PAIRS = {"「": "」", "『": "』", "“": "”", "‘": "’", '"': '"', "＂": "＂", "｢": "｣", "«": "»"}
OPENERS = frozenset(PAIRS)
CLOSERS = frozenset(PAIRS.values())
# Brackets whose two sides differ: a sentence mark between a pair of them belongs to the
# quote (「死ね！」と言われた), never a line break. A straight quote (" ＂) cannot tell its
# opening from its closing side, so a mark always ends the sentence there.
SEE_ACROSS = frozenset("「『｢“")
LINE_BREAK = "\n"
SEE_ACROSS_CLOSERS = frozenset(PAIRS[opener] for opener in SEE_ACROSS)
SPACES = frozenset(" \t\u3000")
# What ends an item written without brackets (and a gap in a way of reporting).
NOT_PLAIN = SENTENCE_ENDS | OPENERS | CLOSERS | SPACES | frozenset("、，,・")
MAX_QUOTE = 40


def plain(char: str) -> bool:
    """Whether ``char`` may stand in an unbracketed item or a gap (no bracket, space,
    comma or sentence mark)."""
    return char not in NOT_PLAIN


def opening_quote(text: str, start: int) -> int | None:
    """The unclosed opening bracket before ``start`` in the same sentence, or None. A
    sentence mark on the way (「お前なんか！死ね」) is inside the quote if the bracket is one
    of SEE_ACROSS; the caller then finds its closing side (:func:`closing_quote`), or
    nothing is excused."""
    depth = 0
    crossed = False
    for at in range(start - 1, max(-1, start - MAX_QUOTE - 1), -1):
        char = text[at]
        if char == LINE_BREAK:
            return None
        if char in SENTENCE_ENDS:
            crossed = True
        elif char in OPENERS and (depth == 0 or PAIRS[char] != char):
            if depth == 0:
                # (a straight quote " opens when nothing is open after it)
                return at if not crossed or char in SEE_ACROSS else None
            depth -= 1
        elif char in CLOSERS:
            depth += 1
    return None


def closing_quote(text: str, position: int, closer: str, limit: int) -> int | None:
    """The first ``closer`` at or after ``position`` before ``limit`` in the same sentence:
    for a bracket of SEE_ACROSS, the sentence marks said inside it do not end it. For a
    straight quote, marks written right before it belong to the quote ("死ね！"と言われた):
    a run of them directly followed by the closer does not end the sentence either."""
    ends = LINE_BREAK if closer in SEE_ACROSS_CLOSERS else SENTENCE_ENDS
    stop = min(limit, len(text))
    at = position
    while at < stop:
        char = text[at]
        if char == closer:
            return at
        if char in ends:
            if char == LINE_BREAK:
                return None
            run = at
            while run < stop and text[run] in SENTENCE_ENDS and text[run] != LINE_BREAK:
                run += 1
            if run < stop and text[run] == closer:
                return run
            return None
        at += 1
    return None
