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
Exceptions remove the matches they cover; an exception rule's ways of reporting
(``reported_by``) excuse any match quoted or reported around them (:mod:`.quoting`).
Hits are merged per rule, with spans in code points of the original message.

The engine is three parts: this module compiles the rules and screens a message, term and
pattern matching over a read message is :mod:`.matching`, and the detectors (personal
information, links, regular expressions) are :mod:`.detectors`; rule specs and hits are
:mod:`.specs`.
"""

from __future__ import annotations

import contextlib
import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from .analysed import Analysis
from .analysis import analyse
from .automaton import KeyFinder, key_finder
from .detectors import DetectorMatching, allow_keys
from .dictionary import Token, new_token, release_dictionary_pages
from .fastpath import collapse, quick_form
from .keys import adjective_keys, kana_stem, read_term, reading_key, term_key, voiced_te_key
from .matching import TermMatching
from .normalize import Normalized
from .precheck import QuickKey, build_precheck
from .regexgate import Gate, QuickGate, RequiredWords, literal_gate, required_words
from .repetition import RepetitionMatching, RepetitionState
from .report_ways import REPORTED, report_key, report_parts
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
from .tails import ExceptionTails
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
    stem_followers,
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
# Messages read closely kept with what they broke (a spam wave posts one text again and
# again); each is its text and a few spans.
_SCREENED_CACHE = 256


# Reading the default rules' terms walks the whole lexicon: its pages are given back every
# so many terms, not only at the end, or they add up to the process's peak.
_RELEASE_EVERY = 2000


class Engine(TermMatching, DetectorMatching, RepetitionMatching):
    """All enabled rules compiled once; :meth:`screen` is safe to call from many threads."""

    _cache: dict[Any, Engine] = {}

    def __init__(self, specs: Iterable[RuleSpec]) -> None:
        # The enabled rules by index, without their configs once compiled: the configs of
        # the default rules are hundreds of thousands of entries (tens of MB) that the
        # compiled form holds already; a hit needs only the slug, clause, severity, action.
        self.specs: list[RuleSpec] = []
        self._automaton: KeyFinder[tuple] | None = None
        self._lemmas: dict[str, list[tuple[int, int, Term]]] = defaultdict(list)
        self._patterns: dict[int, dict] = {}
        self._pii: list[tuple[int, tuple[str, ...], frozenset[str], bool]] = []
        self._regex: list[tuple[int, re.Pattern, bool, Gate | None]] = []
        self._link: list[tuple[int, dict]] = []
        self._repetition: list[tuple[int, dict]] = []
        # A way of reporting's part after its gap -> (particle before the gap, where it counts).
        self._report_heads: dict[str, set[tuple[str, int]]] = {}
        self._always_analyse = False
        self._analysed: OrderedDict[str, tuple[int, tuple[Token, ...]]] = OrderedDict()
        # Messages read closely lately -> what the rules other than repetition found
        # (and the text a repetition rule compares, once worked out).
        self._screened: dict[str, tuple[tuple, str | None]] = {}
        self._compile(spec for spec in specs if spec.enabled)

    @classmethod
    def from_rules(cls, rule_specs: Iterable[RuleSpec | Mapping], *, version: Any = None) -> Engine:
        """Compile ``rule_specs``; with a ``version``, reuse the engine built for it."""
        if version is not None and version in cls._cache:
            return cls._cache[version]
        engine = cls(s if isinstance(s, RuleSpec) else RuleSpec.from_mapping(s) for s in rule_specs)
        if version is not None:
            if len(cls._cache) >= 4:
                cls._cache.clear()
            cls._cache[version] = engine
        return engine

    # --- compilation ------------------------------------------------------------------------

    def _compile(self, specs: Iterable[RuleSpec]) -> None:
        entries: dict[str, list[tuple]] = defaultdict(list)
        needs_tokens = False
        read = 0  # terms read by the analyser, whose dictionary pages are given back as we go
        # The kana that may follow a lemma's stem (倒 of 倒す: さしすせそ), None where anything may.
        followers: dict[str, str | None] = {}
        self._roles: dict[tuple[int, str], int] = {}  # a trigger's rule role (term, target…)
        self._quick: KeyFinder[QuickKey] | None = None
        tails = self._tails = ExceptionTails()

        def add(index: int, role: int, entry: str) -> None:
            nonlocal needs_tokens, read
            try:
                term = parse_term(entry)
            except TermError:
                return  # validated on save; a stale stored entry must not stop screening
            if role in (RULE_EXCEPTION, GLOBAL_EXCEPTION):
                if role == RULE_EXCEPTION and term.mode == SUBSTR and tails.take(index, term.key):
                    return  # one of the rule's words and a tail: held compactly (.tails)
                if term.mode != LEMMA:  # a substring excuses anywhere, a word only as a word
                    mode = SUBSTR if term.mode == SUBSTR else SURFACE
                    entries[term.key].append((index, role, mode, False, False))
                    for key in adjective_keys(term.key) if mode == SURFACE else ():
                        entries[key].append((index, role, SURFACE, False, False))
                return
            needs_tokens = needs_tokens or term.needs_tokens
            if term.mode == LEMMA:
                self._lemmas[term.key].append((index, role, term))
                stem = lemma_stem(term)
                if stem:
                    kana = kana_stem(term, stem)
                    for key in filter(None, (stem, kana)):
                        # A kana stem inside a katakana word (ころ in コロンブス) is no verb:
                        # the pre-check skips it there as it skips a word (WORD).
                        mode = WORD if key == kana else LEMMA
                        entries[key].append((index, TRIGGER, mode, False, False))
                        self._roles[(index, key)] = role
                        after = stem_followers(term)
                        if after is not None and key == stem and kana:
                            # okurigana written one kana early (殺ろす, 殺ろし): the
                            # dictionary still reads the verb
                            after += kana[-1]
                        known = followers.get(key, "")
                        followers[key] = None if after is None or known is None else known + after
                else:
                    self._always_analyse = True
                return
            mode = term.mode
            if mode == SURFACE:
                words, reading = read_term(entry)
                read += 1
                if read % _RELEASE_EVERY == 0:
                    release_dictionary_pages()  # they never pile up (see the function)
                mode = WORD if words == 1 else SURFACE
                for key in romaji_keys(term, reading):
                    entries[key].append((index, role, ROMAJI, True, True))
                kana = reading_key(term.key, reading)
                if kana:
                    entries[kana].append((index, role, SURFACE, term.left, term.right))
                voiced = voiced_te_key(term.key)
                if voiced:
                    entries[voiced].append((index, role, SURFACE, term.left, term.right))
                tails.add_word(index, term.key)
            entries[term.key].append((index, role, mode, term.left, term.right))

        for index, spec in enumerate(specs):
            self.specs.append(replace(spec, config={}))
            config = spec.config or {}
            if spec.kind in ("terms", "exception"):
                role = GLOBAL_EXCEPTION if spec.kind == "exception" else TERM
                for term in config.get("terms", ()):
                    add(index, role, term)
                for term in config.get("exceptions", ()):
                    add(index, RULE_EXCEPTION, term)
                if spec.kind == "exception":
                    # Ways of reporting (と言われ): found as exceptions are, the shape
                    # around them is read by .quoting when a match needs excusing.
                    for phrase in config.get("reported_by", ()):
                        key = report_key(phrase)
                        if key:
                            entries[key].append((index, GLOBAL_EXCEPTION, REPORTED, False, False))
                            head, _tail, need = report_parts(phrase)
                            self._report_heads.setdefault(key, set()).add((head, need))
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
                own = bool(config.get("own_contact", True))
                self._pii.append((index, tuple(config.get("detectors", ())), allow, own))
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
        tails.freeze()
        if read >= _RELEASE_EVERY:  # a small rule set touches too few pages to matter
            release_dictionary_pages()
        self._candidate_keys = sorted(
            key
            for key, payload in entries.items()
            if any(role not in (RULE_EXCEPTION, GLOBAL_EXCEPTION) for _i, role, *_r in payload)
        )
        if entries:
            # Equal values are stored once: tens of thousands of exceptions share a handful
            # (the same rule, role and mode), and each copy is a few tuples.
            shared: dict[tuple, tuple] = {}
            values = {}
            for key, payload in entries.items():
                value = tuple(shared.setdefault(entry, entry) for entry in payload)
                values[key] = shared.setdefault(value, value)
            self._automaton = key_finder(values.items())
            self._quick = build_precheck(entries, self._roles, followers)
        self.needs_analysis = needs_tokens
        normalized = [p.pattern for _i, p, on, _g in self._regex if on]
        self._normalized_gate = QuickGate(normalized) if normalized else None
        # What a regular expression finds said (an insult, a threat) is excused when
        # quoted or reported, as a term is; what it finds disclosed (a number, an ID) is not.
        self._excusable = {i for i, *_rest in self._regex if self.specs[i].clause != "privacy"}
        required = [
            (index, words)
            for index, pattern, on_normalized, _gate in self._regex
            if not on_normalized and (words := required_words(pattern.pattern))
        ]
        self._required = RequiredWords(required) if required else None
        self._enough: dict[tuple[float, float], int] = {}  # the count each window needs
        for _i, config in self._repetition:
            window = (config["window_seconds"], config["similarity"])
            self._enough[window] = max(self._enough.get(window, 0), config["threshold"] - 1)
        self.repetition_window = max((c["window_seconds"] for _i, c in self._repetition), default=0)
        self._shortest = min((c["min_length"] for _i, c in self._repetition), default=0)
        self._lemmas = dict(self._lemmas)
        self._detector_names = sorted({name for _i, names, *_rest in self._pii for name in names})

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
        remembers = bool(self._repetition) and repetition is not None and author_id is not None
        # What the rules other than repetition find depends on the message alone: a message
        # read closely before (a spam wave, a comment posted again) is not read again.
        known = self._screened.get(message) if analysis is None else None
        quick = None
        keep = None  # what the rules found, to remember for the next time
        if known is not None:
            found: dict[int, list[Span]] = defaultdict(list)
            for index, spans in known[0]:
                found[index] = list(spans)
        else:
            found, quick, analysis, read = self._screen_text(message, analysis, remembers)
            if read and len(message) <= 2000:
                keep = tuple((index, tuple(spans)) for index, spans in found.items())
        text = None
        if remembers:
            text = known[1] if known is not None else None
            if text is None:
                if quick is None:
                    quick = quick_form(message)  # the same text whichever path screened it
                # collapse(matching form), whichever path screened it: collapsing the quick
                # form's sentences again joins vowel runs across their ends, as the whole does.
                if quick is not None:
                    text = collapse(quick.replace("\x00", "").replace("ー", ""))
                else:
                    text = collapse((analysis or Analysis(message)).normalized.text)
                if known is not None:
                    keep = known[0]
            self._match_repetition(message, text, author_id, created_time, repetition, found)
        if keep is not None:
            self._remember_screened(message, keep, text)
        hits = []
        for index, spans in found.items():
            spec = self.specs[index]
            hits.append(Hit(spec.clause, spec.slug, spec.severity, _merge(spans), spec.action))
        hits.sort(key=lambda hit: (hit.spans[0] if hit.spans else (0, 0), hit.rule))
        return hits

    def _screen_text(
        self, message: str, analysis: Analysis | None, remembers: bool
    ) -> tuple[dict[int, list[Span]], str | None, Analysis | None, bool]:
        """Every rule but repetition on ``message``: what they found, the quick form and
        the analysis when they were made, and whether the message was read closely."""
        gate = self._normalized_gate
        wants_quick = self._automaton is not None or self._always_analyse or gate is not None
        quick = quick_form(message) if analysis is None and (wants_quick or remembers) else None
        read = analysis is not None
        if wants_quick and not read:
            read = self._reads_closely(quick, message)
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
            if analysis.deevaded.romaji:
                # A sentence in romaji is read as kana, and as written too: rules written
                # in romaji (gaijin wa kaere) match its letters.
                self._match_terms(Analysis(message, romaji=False), found)
        if self._pii or self._link or self._regex:
            self._match_detectors(message, analysis, found, quick)
            quoted = self._excusable.intersection(found)
            if quoted:
                self._excuse_quoted(analysis or Analysis(message), found, quoted)
        return found, quick, analysis, read

    def _remember_screened(self, message: str, found: tuple, text: str | None) -> None:
        screened = self._screened
        screened[message] = (found, text)
        if len(screened) > _SCREENED_CACHE:
            # The oldest goes (another thread may have taken it already).
            with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                del screened[next(iter(screened))]

    def candidate_keys(self) -> list[str] | None:
        """What a message's matching form (:func:`.analysed.matching_form`) must contain for
        a term, pattern or lemma rule to fire: the keys the engine searches for; None when
        every message must be read (a lemma with no stem). A backtest over stored matching
        forms screens only the messages holding one."""
        return None if self._always_analyse else list(self._candidate_keys)
