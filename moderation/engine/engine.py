"""The screening engine: all rules compiled once, each comment read once.

Pure Python apart from the analyser (no Django): the worker, the ``check_comments``
command, the sandbox, the backtest and the benchmark all build an :class:`Engine` from
plain :class:`RuleSpec` values.

Per message (:meth:`Engine.analyse`, reused by every detector): evasions are undone
(:mod:`.evasion`: spaced-out letters, stretched vowels, look-alikes, zero-width
characters) with a map back to the original; the result is normalised (width, kana,
case) and one Aho-Corasick pass finds every surface term, substring, romaji spelling,
exception and *trigger* (the stem of a lemma term). Only when a candidate needs word
boundaries or a trigger fired is the text analysed into words (:mod:`.analysis`);
a surface match must then start and end on word boundaries (マイナンバーカード never
matches バーカ), lemma terms are matched on dictionary forms with their conditions
(:mod:`.terms`), and pattern rules pair a target with a predicate in one sentence.
Hits are merged per rule, with spans in code points of the original message.

The engine is three parts: this module compiles the rules and screens a message, term and
pattern matching over a read message is :mod:`.matching`, and the detectors (personal
information, links, regular expressions) are :mod:`.detectors`; rule specs and hits are
:mod:`.specs`.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import ahocorasick

from .analysed import Analysis
from .analysis import Token, analyse, new_token
from .detectors import DetectorMatching, allow_keys
from .fastpath import collapse, quick_form
from .matching import TermMatching
from .normalize import Normalized, normalize
from .precheck import build_precheck
from .regexgate import literal_gate
from .repetition import RepetitionState, repetition_count, repetition_remember, timestamp
from .specs import (
    ACTIONS,
    GLOBAL_EXCEPTION,
    KINDS,
    LINK_MATCHES,
    PREDICATE,
    RULE_EXCEPTION,
    SEVERITIES,
    TARGET,
    TERM,
    TRIGGER,
    WORD,
    Hit,
    RuleSpec,
    Span,
    _merge,
)
from .terms import (
    LEMMA,
    ROMAJI,
    SUBSTR,
    SURFACE,
    Term,
    TermError,
    lemma_stem,
    parse_term,
    romaji_keys,
    stem_takes_kana,
)

__all__ = [
    "ACTIONS",
    "KINDS",
    "LINK_MATCHES",
    "SEVERITIES",
    "Engine",
    "Hit",
    "RuleSpec",
    "term_key",
]

# Sentences kept read per engine (repeated comments, spam waves): a read sentence holds its
# words with their forms, several kilobytes, so a few hundred are kept, not thousands.
_ANALYSIS_CACHE = 256


def term_key(term: str) -> tuple[str, bool, bool]:
    """A term's matching form and whether each end must sit on a word boundary.

    Latin terms (``idiot``) need word boundaries; ``fuck*`` may continue (``fucking``),
    ``*phobe`` may be preceded. Japanese terms are plain substrings.
    """
    raw = term.strip()
    left_open = raw.startswith("*")
    right_open = raw.endswith("*")
    key = normalize(raw.strip("*")).text
    latin = bool(key) and all(c.isascii() and c.isalnum() for c in key)
    return key, latin and not left_open, latin and not right_open


def _read_term(term: str) -> tuple[int, str]:
    """How many words a written term is, and its kana reading (for its romaji)."""
    tokens = analyse(term.strip().strip("*"))
    return len(tokens), "".join(token.reading for token in tokens)


class Engine(TermMatching, DetectorMatching):
    """All enabled rules compiled once; :meth:`screen` is safe to call from many threads."""

    _cache: dict[Any, Engine] = {}

    def __init__(self, specs: Iterable[RuleSpec]) -> None:
        self.specs = [spec for spec in specs if spec.enabled]
        self._automaton: ahocorasick.Automaton | None = None
        self._lemmas: dict[str, list[tuple[int, int, Term]]] = defaultdict(list)
        self._patterns: dict[int, dict] = {}
        self._pii: list[tuple[int, tuple[str, ...], frozenset[str]]] = []
        self._regex: list[tuple[int, re.Pattern, bool, tuple[str, ...] | None]] = []
        self._link: list[tuple[int, dict]] = []
        self._repetition: list[tuple[int, dict]] = []
        self._always_analyse = False
        self._analysed: OrderedDict[str, tuple[int, tuple[Token, ...]]] = OrderedDict()
        self._compile()

    @classmethod
    def from_rules(cls, rule_specs: Iterable[RuleSpec | Mapping], *, version: Any = None) -> Engine:
        """Compile ``rule_specs``; with a ``version``, reuse the engine built for it."""
        if version is not None and version in cls._cache:
            return cls._cache[version]
        specs = [s if isinstance(s, RuleSpec) else RuleSpec.from_mapping(s) for s in rule_specs]
        engine = cls(specs)
        if version is not None:
            if len(cls._cache) >= 4:
                cls._cache.clear()
            cls._cache[version] = engine
        return engine

    # --- compilation ------------------------------------------------------------------------

    def _compile(self) -> None:
        entries: dict[str, list[tuple]] = defaultdict(list)
        needs_tokens = False
        loose_stems: set[str] = set()  # stems some lemma may use without a kana after
        self._roles: dict[tuple[int, str], int] = {}  # a trigger's rule role (term, target…)
        self._quick: ahocorasick.Automaton | None = None

        def add(index: int, role: int, entry: str) -> None:
            nonlocal needs_tokens
            try:
                term = parse_term(entry)
            except TermError:
                return  # validated on save; a stale stored entry must not stop screening
            if role in (RULE_EXCEPTION, GLOBAL_EXCEPTION):
                if term.mode != LEMMA:  # a substring excuses anywhere, a word only as a word
                    mode = SUBSTR if term.mode == SUBSTR else SURFACE
                    entries[term.key].append((index, role, mode, False, False))
                return
            needs_tokens = needs_tokens or term.needs_tokens
            if term.mode == LEMMA:
                self._lemmas[term.key].append((index, role, term))
                stem = lemma_stem(term)
                if stem:
                    entries[stem].append((index, TRIGGER, LEMMA, False, False))
                    self._roles[(index, stem)] = role
                    if not stem_takes_kana(term):
                        loose_stems.add(stem)
                else:
                    self._always_analyse = True
                return
            mode = term.mode
            if mode == SURFACE:
                words, reading = _read_term(entry)
                mode = WORD if words == 1 else SURFACE
                for key in romaji_keys(term, reading):
                    entries[key].append((index, role, ROMAJI, True, True))
            entries[term.key].append((index, role, mode, term.left, term.right))

        for index, spec in enumerate(self.specs):
            config = spec.config or {}
            if spec.kind in ("terms", "exception"):
                role = GLOBAL_EXCEPTION if spec.kind == "exception" else TERM
                for term in config.get("terms", ()):
                    add(index, role, term)
                for term in config.get("exceptions", ()):
                    add(index, RULE_EXCEPTION, term)
            elif spec.kind == "pattern":
                for term in config.get("target", ()):
                    add(index, TARGET, term)
                for term in config.get("predicate", ()):
                    add(index, PREDICATE, term)
                for term in config.get("exceptions", ()):
                    add(index, RULE_EXCEPTION, term)
                self._patterns[index] = {
                    "targets": bool(config.get("target")),
                    "link": bool(config.get("link")),
                    "scope": config.get("scope", "sentence"),
                }
            elif spec.kind == "pii":
                allow = allow_keys(config.get("allow", ()))
                self._pii.append((index, tuple(config.get("detectors", ())), allow))
            elif spec.kind == "regex":
                on_normalized = config.get("on", "text") == "normalized"
                pattern = config["pattern"]
                self._regex.append(
                    (
                        index,
                        re.compile(pattern, re.IGNORECASE),
                        on_normalized,
                        None if on_normalized else literal_gate(pattern),
                    )
                )
            elif spec.kind == "link":
                self._link.append((index, self._link_config(config)))
            elif spec.kind == "repetition":
                self._repetition.append((index, {
                    "threshold": int(config.get("threshold", 3)),
                    "window_seconds": float(config.get("window_seconds", 3600)),
                    "similarity": float(config.get("similarity", 0.85)),
                    "min_length": int(config.get("min_length", 6)),
                }))  # fmt: skip
        self._candidate_keys = sorted(
            key
            for key, payload in entries.items()
            if any(role not in (RULE_EXCEPTION, GLOBAL_EXCEPTION) for _i, role, *_r in payload)
        )
        if entries:
            automaton = ahocorasick.Automaton()
            # Equal values are stored once: tens of thousands of exceptions share a handful
            # (the same rule, role and mode), and each copy is a few tuples.
            shared: dict[tuple, tuple] = {}
            for key, payload in entries.items():
                value = (len(key), tuple(shared.setdefault(entry, entry) for entry in payload))
                automaton.add_word(key, shared.setdefault(value, value))
            automaton.make_automaton()
            self._automaton = automaton
            self._quick = build_precheck(entries, self._roles, loose_stems)
        self.needs_analysis = needs_tokens
        self._normalized_regex = any(on for _i, _p, on, _g in self._regex)
        self._enough: dict[tuple[float, float], int] = {}  # the count each window needs
        for _i, config in self._repetition:
            window = (config["window_seconds"], config["similarity"])
            self._enough[window] = max(self._enough.get(window, 0), config["threshold"] - 1)
        self._repetition_window = max(
            (c["window_seconds"] for _i, c in self._repetition), default=0
        )
        self._lemmas = dict(self._lemmas)
        self._detector_names = sorted({name for _i, names, _a in self._pii for name in names})

    # --- analysis -----------------------------------------------------------------------------

    def analyse(self, message: str) -> Analysis:
        """``message`` de-evaded, normalised and read as words, for :meth:`screen` to reuse."""
        analysis = Analysis(message if isinstance(message, str) else str(message or ""))
        analysis.ensure_tokens(self._tokens)
        return analysis

    def _tokens(self, text: str, offset: int = 0):
        """Words of a de-evaded text (offsets shifted by ``offset``); the last few thousand
        texts are remembered, since spam waves and repeated comments bring the same text
        again and again."""
        cached = self._analysed.get(text)
        if cached is not None:
            self._analysed.move_to_end(text)
            shift = offset - cached[0]
            if not shift:
                return cached[1]
            return tuple(
                new_token((t[0], t[1], t[2], t[3], t[4], t[5] + shift, t[6] + shift))
                for t in cached[1]
            )
        tokens = analyse(text, offset)
        if len(text) <= 2000:
            self._analysed[text] = (offset, tokens)
            if len(self._analysed) > _ANALYSIS_CACHE:
                self._analysed.popitem(last=False)
        return tokens

    # --- screening ----------------------------------------------------------------------

    def screen(
        self,
        message: str,
        *,
        author_id: str | None = None,
        created_time=None,
        repetition: RepetitionState | None = None,
        normalized: Normalized | None = None,
        analysis: Analysis | None = None,
    ) -> list[Hit]:
        """The rules ``message`` breaks, merged per rule and sorted by first position.

        ``analysis`` (from :meth:`analyse` of the same message) is reused rather than
        computed again; ``normalized`` is accepted for older callers and ignored.
        """
        if not isinstance(message, str):
            message = "" if message is None else str(message)
        if analysis is not None and analysis.message != message:
            analysis = None
        wants_quick = self._automaton is not None or self._always_analyse
        remembers = bool(self._repetition) and repetition is not None and author_id is not None
        quick = quick_form(message) if analysis is None and (wants_quick or remembers) else None
        read = analysis is not None or self._normalized_regex
        if self._automaton is not None or self._always_analyse:
            # The quick form is exact (see fastpath): no candidate there, none anywhere.
            read = read or quick is None or self._always_analyse or self._candidates(quick, message)
        if read and analysis is None:
            analysis = Analysis(message)
        found: dict[int, list[Span]] = defaultdict(list)
        if (
            analysis is not None
            and analysis.normalized.text
            and self._automaton is not None
            or analysis is not None
            and self._always_analyse
        ):
            self._match_terms(analysis, found)
        if self._pii or self._link or self._regex:
            self._match_detectors(message, analysis, found, quick)
        if remembers:
            if quick is None and analysis is not None:
                quick = quick_form(message)  # the same text whichever path screened it
            # collapse(matching form), whichever path screened it: collapsing the quick
            # form's sentences again joins vowel runs across their ends, as the whole does.
            if quick is not None:
                text = collapse(quick.replace("\x00", "").replace("ー", ""))
            else:
                text = collapse((analysis or Analysis(message)).normalized.text)
            self._match_repetition(message, text, author_id, created_time, repetition, found)
        hits = []
        for index, spans in found.items():
            spec = self.specs[index]
            hits.append(Hit(spec.clause, spec.slug, spec.severity, _merge(spans), spec.action))
        hits.sort(key=lambda hit: (hit.spans[0] if hit.spans else (0, 0), hit.rule))
        return hits

    def candidate_keys(self) -> list[str] | None:
        """What a message's matching form (:func:`.analysed.matching_form`) must contain for
        a term, pattern or lemma rule to fire: the keys the engine searches for; None when
        every message must be read (a lemma with no stem). A backtest over stored matching
        forms screens only the messages holding one."""
        return None if self._always_analyse else list(self._candidate_keys)

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

    def _match_repetition(self, message, text, author_id, created_time, state, found) -> None:
        author = str(author_id)
        created_time = timestamp(created_time)  # read once, for the count and the memory
        if state.window_seconds < self._repetition_window:
            state.window_seconds = self._repetition_window
        counted: dict[tuple[float, float], int] = {}
        for index, config in self._repetition:
            if len(text) < config["min_length"]:
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


def _automaton_of(keys: Mapping[str, tuple]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton of ``keys`` with their values; None for no keys (an empty
    automaton cannot be searched)."""
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in keys.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton
