"""One comment as every detector sees it: de-evaded, normalised, read as words.

Pure Python apart from the analyser. Three coordinate systems, each with a map to the
next: the *original* message (what spans are reported in), the *de-evaded* text (what
the analyser reads, :mod:`.evasion`) and the *normalised* matching form (what term lists
run on, :mod:`.normalize`). Word boundaries found by the analyser in the de-evaded text
are carried into the normalised form as *cuts*, so a term match can be checked against
them in constant time.

The analyser reads one sentence at a time (sentences end at 。！？!? and line breaks), and
only the sentences where a candidate was found need reading at all; a sentence reads the
same whether its neighbours were read or not, so screening with a full analysis and with a
partial one gives the same result.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .analysis import analyse
from .dictionary import Token
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
        "_cuts", "_token_starts", "_breaks", "_read", "_token_sentence",
    )  # fmt: skip

    def __init__(
        self, message: str, tokens: tuple[Token, ...] | None = None, *, romaji: bool = True
    ) -> None:
        self.message = message
        self.deevaded: Deevaded = deevade(message, romaji=romaji)
        inner = normalize(self.deevaded.text)
        self.de_starts = inner.starts
        self.de_ends = inner.ends
        if self.deevaded.plain:  # character for character: the offsets are the original's
            self.normalized = Normalized(
                message, inner.text, inner.starts, inner.ends, inner.boundary
            )
        else:
            starts, ends = self.deevaded.starts, self.deevaded.ends
            self.normalized = Normalized(
                message,
                inner.text,
                tuple(starts[i] for i in inner.starts),
                tuple(ends[i - 1] for i in inner.ends),
                inner.boundary,
            )
        self._cuts: list[int] | None = None  # word boundaries (de-evaded offsets), sorted
        self._token_starts: list[int] | None = None
        self._breaks: list[int] | None = None
        self._read: dict[int, tuple[Token, ...]] = {}
        self._token_sentence: list[int] = []
        self.tokens = tokens
        if tokens is not None:
            self._read = {-1: tokens}
            self._token_sentence = [self.sentence(t.start) for t in tokens]

    def sentence_count(self) -> int:
        if self._breaks is None:
            self._breaks = sentence_breaks(self.deevaded.text)
        text = self.deevaded.text
        return len(self._breaks) + (0 if self._breaks and self._breaks[-1] == len(text) - 1 else 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        """De-evaded offsets of sentence ``index`` (its closing mark included)."""
        if self._breaks is None:
            self._breaks = sentence_breaks(self.deevaded.text)
        breaks = self._breaks
        start = breaks[index - 1] + 1 if index > 0 else 0
        end = breaks[index] + 1 if index < len(breaks) else len(self.deevaded.text)
        return start, end

    def ensure_tokens(self, analyser=analyse, sentences=None) -> tuple[Token, ...]:
        """The words of the given sentences (all when None), read once each.

        ``tokens`` holds the words of every sentence read so far, in order."""
        wanted = range(self.sentence_count()) if sentences is None else sentences
        missing = [i for i in wanted if i not in self._read and -1 not in self._read]
        if missing or self.tokens is None:
            text = self.deevaded.text
            for index in missing:
                start, end = self.sentence_span(index)
                self._read[index] = analyser(text[start:end], start)
            ordered = [self._read[i] for i in sorted(self._read)]
            self.tokens = tuple(token for part in ordered for token in part)
            self._token_sentence = [i for i in sorted(self._read) for _t in self._read[i]]
            if -1 in self._read:
                self._token_sentence = [self.sentence(t.start) for t in self.tokens]
            self._cuts = None
            self._token_starts = None
        return self.tokens  # type: ignore[return-value]

    def sentence_tokens(self) -> list[tuple[Token, ...]]:
        """The words read so far, one tuple per sentence."""
        groups: dict[int, list[Token]] = {}
        for token, index in zip(self.tokens or (), self._token_sentence, strict=True):
            groups.setdefault(index, []).append(token)
        return [tuple(groups[i]) for i in sorted(groups)]

    def same_sentence(self, first: int, second: int) -> bool:
        """Whether tokens ``first`` and ``second`` (indices into ``tokens``) share a sentence."""
        return self._token_sentence[first] == self._token_sentence[second]

    # --- coordinates ------------------------------------------------------------------------

    def de_span(self, start: int, end: int) -> tuple[int, int]:
        """De-evaded offsets of normalised characters [start, end)."""
        return self.de_starts[start], self.de_ends[end - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original code points of de-evaded characters [start, end)."""
        return self.deevaded.to_original(start, end)

    def is_cut(self, position: int) -> bool:
        """Whether a word (of the sentences read) starts or ends at ``position`` of the
        normalised form: some word boundary lies in the de-evaded stretch that maps there
        (two searches, not a map built over every word)."""
        starts = self.de_starts
        if position <= 0 or position >= len(starts):
            return True
        if self._cuts is None:
            tokens = self.tokens or ()
            self._cuts = sorted({t.start for t in tokens} | {t.end for t in tokens})
        bounds = self._cuts
        index = bisect_right(bounds, starts[position - 1])
        return index < len(bounds) and bounds[index] <= starts[position]

    def token_index(self, de_offset: int) -> int:
        """Index of the word that contains (or starts at) a de-evaded offset."""
        if self._token_starts is None:
            self._token_starts = [token.start for token in self.tokens or ()]
        return bisect_right(self._token_starts, de_offset) - 1

    def sentence(self, de_offset: int) -> int:
        """Which sentence (0, 1, ...) a de-evaded offset is in."""
        if self._breaks is None:
            self._breaks = sentence_breaks(self.deevaded.text)
        return bisect_left(self._breaks, de_offset)


def matching_form(message: str) -> str:
    """The text term lists match on: ``message`` de-evaded and normalised. Stored with each
    comment (``Comment.search_text``): the search finds what the rules would match, and a
    backtest reads only the comments whose form holds one of a rule's keys."""
    if not message:
        return ""
    analysis = Analysis(message)
    if analysis.deevaded.romaji:
        # Both readings of a sentence in romaji: the rules written in romaji match its
        # letters (see Engine._screen_text); no key holds a line break.
        return analysis.normalized.text + "\n" + Analysis(message, romaji=False).normalized.text
    return analysis.normalized.text


def matching_text(message: str) -> str:
    """The collapsed matching form of a message, as repetition compares it: the engine
    computes the same string whichever path screened the message."""
    return compared_text(matching_form(message))


def compared_text(form: str) -> str:
    """What repetition compares of a matching form (stored or not): its first reading
    (the kana of a sentence in romaji), collapsed."""
    from .fastpath import collapse

    return collapse(form.partition("\n")[0])
