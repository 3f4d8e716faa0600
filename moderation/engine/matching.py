"""Term and pattern matching over a read comment: candidates, word boundaries, lemmas.

The part of :class:`.engine.Engine` that works on an :class:`.analysed.Analysis`: the
Aho-Corasick pass over the matching form finds candidates, which must then sit on word
boundaries (surface terms), hold their conditions (lemma terms) or pair a target with a
predicate in one sentence (patterns); exceptions remove the matches they cover. Also the
quick pre-check of whether a message needs reading at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from typing import Any

from .analysed import Analysis
from .boundaries import on_word_boundaries
from .detectors import outside_links
from .fastpath import HARD_ENDS, quick_form
from .precheck import has_candidates
from .quoting import quoted_span
from .regexgate import QuickGate
from .report_ways import AFTER_BRACKETS, REPORTED, add_report, cited_ends, report_starts
from .specs import (
    GLOBAL_EXCEPTION,
    PREDICATE,
    RULE_EXCEPTION,
    TARGET,
    TERM,
    TRIGGER,
    WORD,
    Span,
)
from .terms import (
    LATIN,
    ROMAJI,
    SUBSTR,
    SURFACE,
    lemma_candidates,
    lemma_holds,
)

_HARD_END_RE = re.compile(f"[{HARD_ENDS}]")


class TermMatching:
    """Matching over the engine's compiled automata (see :meth:`.engine.Engine._compile`)."""

    specs: list
    _automaton: Any
    _quick: Any
    _lemmas: dict
    _patterns: dict[int, dict]
    _report_heads: dict[str, set[tuple[str, int]]]
    _always_analyse: bool
    _normalized_gate: QuickGate | None
    _tails: Any

    def _tokens(self, text: str, offset: int = 0) -> tuple:
        raise NotImplementedError  # the engine reads words (with its cache of texts)

    def _match_terms(self, a: Analysis, found: dict[int, list[Span]]) -> None:
        text = a.normalized.text
        boundary = a.normalized.boundary
        candidates = []
        # Exceptions: (de-evaded span, normalised start, end, whether written as words).
        rule_exceptions: dict[int, list[tuple]] = defaultdict(list)
        global_exceptions: list[tuple] = []
        found_reports: list[tuple[int, int, str]] = []  # ways of reporting (see .quoting)
        need_tokens = self._always_analyse
        spots: list[tuple[int, int]] = []
        triggers: list[tuple[int, int]] = []  # where a lemma term's stem was found
        # A pattern's target alone cannot match (市長, 公園 are everywhere): its sentence is
        # read only when the same pattern has a predicate or a lemma's stem in the message.
        target_spots: list[tuple[int, int, int]] = []  # (rule, start, end) read as words
        predicated: set[int] = set()
        if self._automaton is not None:
            for start, end, payload in self._automaton.find(text):
                for index, role, mode, left, right in payload:
                    if role == TRIGGER:
                        need_tokens = True
                        spots.append((start, end))
                        triggers.append((start, end))
                        predicated.add(index)
                    else:
                        first, last = a.de_span(start, end)
                        if _HARD_END_RE.search(a.deevaded.text, first, last):
                            continue  # never across the end of a sentence, nor an exception
                        if role == GLOBAL_EXCEPTION:
                            if mode == REPORTED:
                                found_reports.append((first, last, text[start:end]))
                                continue
                            global_exceptions.append(((first, last), start, end, mode))
                            continue
                        if role == RULE_EXCEPTION:
                            rule_exceptions[index].append(((first, last), start, end, mode))
                            continue
                        if role == TARGET:
                            if mode in (SURFACE, WORD):
                                target_spots.append((index, start, end))
                        elif mode in (SURFACE, WORD):
                            need_tokens = True
                            spots.append((start, end))
                        if role == PREDICATE:
                            predicated.add(index)
                        candidates.append((index, role, mode, left, right, start, end))
        if candidates:
            for index, start, end in target_spots:
                if index in predicated:
                    need_tokens = True
                    spots.append((start, end))
            candidates = [c for c in candidates if c[1] != TARGET or c[0] in predicated]
        tokens = None
        if need_tokens:
            # Only the sentences holding a candidate or a trigger are read.
            wanted: set[int] | None = None
            if not self._always_analyse:
                wanted = set()
                for start, end in spots:
                    first, last = a.de_span(start, end)
                    wanted.update(range(a.sentence(first), a.sentence(last - 1) + 1))
            tokens = a.ensure_tokens(self._tokens, sorted(wanted) if wanted is not None else None)
        matches: list[tuple[int, int, int, int, bool]] = []  # ..., whether read as words
        tails = self._tails

        def within(start: int, stop: int) -> bool:
            return not _HARD_END_RE.search(a.deevaded.text, *a.de_span(start, stop))

        for index, role, mode, left, right, start, end in candidates:
            if tails.excuse(index, text, start, end, within):
                continue  # one of the rule's words with a tail that excuses it (.tails)
            if mode in (LATIN, ROMAJI):
                if left and not boundary[start] and _latin(text[start - 1]):
                    continue
                if right and not boundary[end] and _latin(text[end]):
                    continue
            elif mode == SUBSTR:
                if (
                    end - start > 1
                    and not (boundary[start] or boundary[end])
                    and any(boundary[start + 1 : end])
                ):
                    continue  # joins the tail of one word to the head of the next
            elif not on_word_boundaries(a, start, end, mode == WORD):
                continue
            else:
                # Whole words: a dropped trailing long mark (しねー) belongs to the match.
                words = a.tokens or ()
                opening = words[a.token_index(a.de_starts[start])]
                closing = words[a.token_index(a.de_ends[end - 1] - 1)]
                matches.append((index, role, opening.start, closing.end, True))
                continue
            matches.append((index, role, *a.de_span(start, end), False))
        if need_tokens and tokens and self._lemmas:
            lemmas = self._lemmas
            # A lemma can only be read where its stem was found (see terms.lemma_stem).
            heads = None if self._always_analyse else self._trigger_words(a, triggers)
            first = 0
            for words in a.sentence_tokens():
                positions = (
                    range(len(words))
                    if heads is None
                    else [i - first for i in heads if first <= i < first + len(words)]
                )
                first += len(words)
                for position in positions:
                    for key, head in lemma_candidates(words, position):
                        for index, role, term in lemmas.get(key, ()):
                            stop = lemma_holds(term, words, position, head)
                            if stop is not None:
                                matches.append(
                                    (index, role, words[position].start, words[stop - 1].end, True)
                                )
        if not matches:
            return
        # A match read as words is excused only by an exception that is itself words there
        # (ばかす excuses 化かす, not バカ|すぎ); any other match by the characters alone.
        excused = self._excuses(a, global_exceptions)
        per_rule = {index: self._excuses(a, listed) for index, listed in rule_exceptions.items()}
        # Abuse quoted or reported (「バカ」と言われた): excused by its shape (.quoting),
        # read only now that a match needs it.
        reports = self._reports(a, found_reports)
        listed: dict[int, set[int]] = defaultdict(set)
        if found_reports:
            for _index, _role, start, end, _as_words in matches:
                listed[start].add(end)
        parts: dict[int, tuple[list[Span], list[Span]]] = {}
        for index, role, start, end, as_words in matches:
            span = (start, end)
            which = 1 if as_words else 0
            if global_exceptions and _covered(span, excused[which]):
                continue
            if index in per_rule and _covered(span, per_rule[index][which]):
                continue
            if as_words and tails.holds(index):
                # A word read by its lemma (黙れ as 黙る) is excused by the same tails: its
                # place in the matching form is where its first and last characters went.
                first, last = bisect_left(a.de_starts, start), bisect_left(a.de_starts, end)
                if tails.excuse(index, text, first, last, within):
                    continue
            # (Reported before the quote, 言われた言葉は「死ね」, needs no way of reporting found,
            # only an exception rule that has some.)
            if self._report_heads and (
                quoted_span(a.deevaded.text, start, end, reports, listed, in_brackets=role != TERM)
                is not None
            ):
                continue
            if role == TERM:
                found[index].append(a.to_original(start, end))
            else:
                parts.setdefault(index, ([], []))[0 if role == TARGET else 1].append(span)
        for index, (targets, predicates) in parts.items():
            self._match_pattern(a, index, targets, predicates, found)

    def _reports(
        self, a: Analysis, found_reports: list[tuple[int, int, str]]
    ) -> dict[int, tuple[int, int]]:
        """Where each way of reporting found starts, to where it ends and where it counts
        (see :func:`.quoting.report_starts`)."""
        reports: dict[int, tuple[int, int]] = {}
        for first, last, key in found_reports:
            particles = self._report_heads.get(key, ())
            for at, need in report_starts(a.deevaded.text, first, particles):
                add_report(reports, at, last, need)
        for at, end in cited_ends(a.deevaded.text):
            add_report(reports, at, end, AFTER_BRACKETS)
        return reports

    def _excuse_quoted(self, a: Analysis, found: dict[int, list[Span]], rules: set[int]) -> None:
        """Drop the matches of regular-expression ``rules`` (original offsets) that are
        quoted or reported, as a term's are: 「市長は🐒」というコメントはひどい quotes the
        insult it complains of. Read only when such a rule has matched."""
        if self._automaton is None or not self._report_heads:
            return
        found_reports = []
        for start, end, payload in self._automaton.find(a.normalized.text):
            for _index, role, mode, _left, _right in payload:
                if role == GLOBAL_EXCEPTION and mode == REPORTED:
                    first, last = a.de_span(start, end)
                    found_reports.append((first, last, a.normalized.text[start:end]))
        reports = self._reports(a, found_reports)
        starts = a.deevaded.starts
        for index in rules:
            kept = []
            for start, end in found[index]:
                # The de-evaded characters that came from [start, end) of the original.
                first, last = bisect_left(starts, start), bisect_left(starts, end)
                if first >= last or quoted_span(a.deevaded.text, first, last, reports) is None:
                    kept.append((start, end))
            if kept:
                found[index] = kept
            else:
                del found[index]

    @classmethod
    def _excuses(cls, a: Analysis, listed: list[tuple]) -> tuple[list[Span], list[Span]]:
        """The spans of the exceptions found: all of them, and those that are words."""
        return (
            [span for span, *_rest in listed],
            [span for span, s, e, m in listed if cls._exception_is_words(a, s, e, m)],
        )

    @staticmethod
    def _exception_is_words(a: Analysis, start: int, end: int, mode: str) -> bool:
        """Whether an exception found at normalised [start, end) starts and ends where words
        do (always, for one marked as a substring); only asked where the words were read."""
        if mode == SUBSTR or a.tokens is None:
            return True
        return a.is_cut(start) and a.is_cut(end)

    @staticmethod
    def _trigger_words(a: Analysis, triggers: list[Span]) -> list[int]:
        """Indices (into ``a.tokens``) of the words that overlap a found stem."""
        found: set[int] = set()
        for start, end in triggers:
            first, last = a.de_span(start, end)
            found.update(range(a.token_index(first), a.token_index(last - 1) + 1))
        return sorted(i for i in found if i >= 0)

    def _match_pattern(self, a, index, targets, predicates, found) -> None:
        config = self._patterns[index]
        if not predicates or (config["targets"] and not targets):
            return
        links: list[Span] = []
        if config["link"]:
            links = outside_links(a.message)
            if not links:
                return
        spans: list[tuple[int, int]] = []
        if not config["targets"]:
            spans = list(predicates)
        elif config["scope"] == "message":
            spans = list(targets) + list(predicates)
        else:
            sentences = {a.sentence(start) for start, _end in predicates}
            paired = {a.sentence(start) for start, _end in targets} & sentences
            spans = [s for s in targets + predicates if a.sentence(s[0]) in paired]
        if not spans:
            return
        found[index].extend(a.to_original(start, end) for start, end in spans)
        found[index].extend(links)

    def _candidates_for(self, message: str) -> bool:
        """Whether :meth:`screen` would read ``message`` closely (for figures and tests)."""
        return self._reads_closely(quick_form(message), message)

    def _reads_closely(self, quick: str | None, message: str) -> bool:
        """Whether ``message`` (whose quick form is ``quick``) must be de-evaded and read as
        words: the quick form is exact (see fastpath), so a message without a candidate
        there has none anywhere; the same holds for the words a rule on the matching form
        needs (see regexgate)."""
        gate = self._normalized_gate
        return (
            quick is None
            or self._always_analyse
            or self._candidates(quick, message)
            or (gate is not None and gate.may_match(quick))
        )

    def _candidates(self, quick: str, message: str) -> bool:
        """Whether the quick form holds a candidate (see :func:`.precheck.has_candidates`)."""
        return has_candidates(self._quick, self._patterns, quick, message)


def _covered(span: Span, covers: list[Span]) -> bool:
    start, end = span
    return any(c_start <= start and end <= c_end for c_start, c_end in covers)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
