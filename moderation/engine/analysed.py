"""One comment as every detector sees it: de-evaded, normalised, read as words.

Pure Python apart from the analyser. Three coordinate systems, each with a map to the
next: the *original* message (what spans are reported in), the *de-evaded* text (what
the analyser reads, :mod:`.evasion`) and the *normalised* matching form (what term lists
run on, :mod:`.normalize`). Word boundaries found by the analyser in the de-evaded text
are carried into the normalised form as *cuts*, so a term match can be checked against
them in constant time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .analysis import Token, analyse
from .evasion import Deevaded, deevade, sentence_breaks
from .normalize import Normalized, normalize


class Analysis:
    """The de-evaded text with its offset map, its matching form and (lazily) its words.

    ``tokens`` is None until something needs the words (:meth:`ensure_tokens`); an
    Analysis from :meth:`Engine.analyse` always has them. Offsets of tokens are in the
    de-evaded text; :meth:`to_original` maps them back.
    """

    __slots__ = (
        "message", "deevaded", "normalized", "de_starts", "de_ends", "tokens",
        "_cuts", "_token_starts", "_breaks",
    )  # fmt: skip

    def __init__(self, message: str, tokens: tuple[Token, ...] | None = None) -> None:
        self.message = message
        self.deevaded: Deevaded = deevade(message)
        inner = normalize(self.deevaded.text)
        self.de_starts = inner.starts
        self.de_ends = inner.ends
        starts, ends = self.deevaded.starts, self.deevaded.ends
        self.normalized = Normalized(
            message,
            inner.text,
            tuple(starts[i] for i in inner.starts),
            tuple(ends[i - 1] for i in inner.ends),
            inner.boundary,
        )
        self.tokens = tokens
        self._cuts: frozenset[int] | None = None
        self._token_starts: list[int] | None = None
        self._breaks: list[int] | None = None

    def ensure_tokens(self, analyser=analyse) -> tuple[Token, ...]:
        if self.tokens is None:
            self.tokens = analyser(self.deevaded.text)
        return self.tokens

    # --- coordinates ------------------------------------------------------------------------

    def de_span(self, start: int, end: int) -> tuple[int, int]:
        """De-evaded offsets of normalised characters [start, end)."""
        return self.de_starts[start], self.de_ends[end - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original code points of de-evaded characters [start, end)."""
        return self.deevaded.to_original(start, end)

    @property
    def cuts(self) -> frozenset[int]:
        """Positions of the normalised form where a word starts or ends."""
        if self._cuts is None:
            tokens = self.ensure_tokens()
            positions = self.de_starts
            cuts = {0, len(self.normalized.text)}
            for token in tokens:
                cuts.add(bisect_left(positions, token.start))
                cuts.add(bisect_left(positions, token.end))
            self._cuts = frozenset(cuts)
        return self._cuts

    def token_index(self, de_offset: int) -> int:
        """Index of the word that contains (or starts at) a de-evaded offset."""
        if self._token_starts is None:
            self._token_starts = [token.start for token in self.ensure_tokens()]
        return bisect_right(self._token_starts, de_offset) - 1

    def sentence(self, de_offset: int) -> int:
        """Which sentence (0, 1, ...) a de-evaded offset is in."""
        if self._breaks is None:
            self._breaks = sentence_breaks(self.deevaded.text)
        return bisect_left(self._breaks, de_offset)


def matching_text(message: str) -> str:
    """The collapsed matching form of a message, as repetition compares it (the same
    string whether the engine took the quick path or read the message closely)."""
    from .fastpath import collapse, quick_form

    quick = quick_form(message)
    return quick if quick is not None else collapse(Analysis(message).normalized.text)
