"""Splitting a hostile text into plain and highlighted segments for templates.

The template prints every segment through autoescape (``{{ segment.text }}``), so the
highlighted HTML is built without ever marking raw comment text as safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool
    rules: tuple[str, ...] = ()


def highlight_segments(text: str, hits, names: Mapping[str, str] | None = None) -> list[Segment]:
    """``text`` cut at every span boundary of ``hits``; each piece knows which rules cover it,
    by their names in ``names`` (slug -> name) when given: a mark's tooltip is for people."""
    names = names or {}
    cuts = {0, len(text)}
    for hit in hits:
        for start, end in hit.spans:
            cuts.add(max(0, min(start, len(text))))
            cuts.add(max(0, min(end, len(text))))
    points = sorted(cuts)
    segments = []
    for start, end in zip(points, points[1:], strict=False):
        if start == end:
            continue
        rules = tuple(
            names.get(hit.rule, hit.rule)
            for hit in hits
            if any(s <= start and end <= e for s, e in hit.spans)
        )
        segments.append(Segment(text[start:end], bool(rules), rules))
    return segments


@dataclass(frozen=True)
class SearchHit:
    """Where a text search matched, shaped like a flag for ``highlight_segments``."""

    spans: list
    rule: str = "search"


@dataclass(frozen=True)
class Run:
    """Consecutive segments printed as one: plain text, or one ``<mark>`` over highlighted
    pieces that touch (包丁 + を持って, cut where a second rule's span starts), so they read
    as one highlight, not as boxes with gaps between them."""

    marked: bool
    pieces: tuple[Segment, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule for piece in self.pieces for rule in piece.rules))

    @property
    def search(self) -> bool:
        """Every piece is a search hit: the whole mark shows as one."""
        return all("search" in piece.rules for piece in self.pieces)


def highlight_runs(segments) -> list[Run]:
    """``segments`` with touching highlighted ones grouped into one run each."""
    runs: list[Run] = []
    for segment in segments:
        if segment.marked and runs and runs[-1].marked:
            runs[-1] = Run(True, (*runs[-1].pieces, segment))
        else:
            runs.append(Run(segment.marked, (segment,)))
    return runs
