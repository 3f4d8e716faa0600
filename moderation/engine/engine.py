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
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from . import links as link_module
from . import pii
from .analysed import Analysis
from .analysis import Token, analyse
from .fastpath import HARD_ENDS, collapse, quick_form, quick_keys
from .normalize import Normalized, normalize, widen
from .repetition import RepetitionState, repetition_count, repetition_remember
from .terms import (
    LATIN,
    LEMMA,
    ROMAJI,
    SUBSTR,
    SURFACE,
    Term,
    TermError,
    is_predicate,
    lemma_candidates,
    lemma_holds,
    lemma_stem,
    parse_term,
    romaji_keys,
)

SEVERITIES = ("low", "medium", "high", "critical")
ACTIONS = ("flag", "auto_hide")
KINDS = ("terms", "regex", "pii", "link", "repetition", "exception", "pattern")
LINK_MATCHES = ("any", "denied", "shortener", "obfuscated", "risky_tld", "lookalike")

_TERM, _RULE_EXCEPTION, _GLOBAL_EXCEPTION, _TARGET, _PREDICATE, _TRIGGER = range(6)
_HARD_END_RE = re.compile(f"[{HARD_ENDS}]")
_ANALYSIS_CACHE = 4096  # analysed texts kept per engine (repeated comments, spam waves)
_DIGIT_RE = re.compile(r"[0-9０-９]")
_EMAIL_HINT_RE = re.compile(r"[@＠]|\bat\b|アット|あっと", re.IGNORECASE)

Span = tuple[int, int]


@dataclass(frozen=True)
class RuleSpec:
    """One rule as the engine sees it (the stored ``Rule`` model maps onto this)."""

    slug: str
    clause: str
    kind: str
    severity: str = "medium"
    action: str = "flag"
    config: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RuleSpec:
        return cls(
            slug=data["slug"],
            clause=data["clause"],
            kind=data["kind"],
            severity=data.get("severity", "medium"),
            action=data.get("action", "flag"),
            config=data.get("config", {}),
            enabled=data.get("enabled", True),
        )


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule that fired: its clause code, slug, severity, action and merged spans."""

    category: str
    rule: str
    severity: str
    spans: tuple[Span, ...]
    action: str = "flag"

    def as_dict(self) -> dict:
        return {
            "category": self.category,
            "rule": self.rule,
            "severity": self.severity,
            "spans": [list(span) for span in self.spans],
        }


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


def pii_key(value: str) -> str:
    """A published value (the city hall's number or address) in comparable form."""
    return re.sub(r"[\W_]", "", widen(value)).lower()


def _allowed(key: str, allow: frozenset[str]) -> bool:
    # A detected address may start earlier than the published one (市役所は石巻市…).
    return any(key.endswith(value) for value in allow)


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def _covered(span: Span, covers: list[Span]) -> bool:
    start, end = span
    return any(c_start <= start and end <= c_end for c_start, c_end in covers)


_WORD = "word"  # a surface term that is one word: it must match inside one word


def _read_term(term: str) -> tuple[int, str]:
    """How many words a written term is, and its kana reading (for its romaji)."""
    tokens = analyse(term.strip().strip("*"))
    return len(tokens), "".join(token.reading for token in tokens)


class Engine:
    """All enabled rules compiled once; :meth:`screen` is safe to call from many threads."""

    _cache: dict[Any, Engine] = {}

    def __init__(self, specs: Iterable[RuleSpec]) -> None:
        self.specs = [spec for spec in specs if spec.enabled]
        self._automaton: ahocorasick.Automaton | None = None
        self._lemmas: dict[str, list[tuple[int, int, Term]]] = defaultdict(list)
        self._patterns: dict[int, dict] = {}
        self._pii: list[tuple[int, tuple[str, ...], frozenset[str]]] = []
        self._regex: list[tuple[int, re.Pattern, bool]] = []
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
        self._roles: dict[tuple[int, str], int] = {}  # a trigger's rule role (term, target…)
        self._quick: ahocorasick.Automaton | None = None

        def add(index: int, role: int, entry: str) -> None:
            nonlocal needs_tokens
            try:
                term = parse_term(entry)
            except TermError:
                return  # validated on save; a stale stored entry must not stop screening
            if role in (_RULE_EXCEPTION, _GLOBAL_EXCEPTION):
                if term.mode != LEMMA:
                    entries[term.key].append((index, role, SUBSTR, False, False))
                return
            needs_tokens = needs_tokens or term.needs_tokens
            if term.mode == LEMMA:
                self._lemmas[term.key].append((index, role, term))
                stem = lemma_stem(term)
                if stem:
                    entries[stem].append((index, _TRIGGER, LEMMA, False, False))
                    self._roles[(index, stem)] = role
                else:
                    self._always_analyse = True
                return
            mode = term.mode
            if mode == SURFACE:
                words, reading = _read_term(entry)
                mode = _WORD if words == 1 else SURFACE
                for key in romaji_keys(term, reading):
                    entries[key].append((index, role, ROMAJI, True, True))
            entries[term.key].append((index, role, mode, term.left, term.right))

        for index, spec in enumerate(self.specs):
            config = spec.config or {}
            if spec.kind in ("terms", "exception"):
                role = _GLOBAL_EXCEPTION if spec.kind == "exception" else _TERM
                for term in config.get("terms", ()):
                    add(index, role, term)
                for term in config.get("exceptions", ()):
                    add(index, _RULE_EXCEPTION, term)
            elif spec.kind == "pattern":
                for term in config.get("target", ()):
                    add(index, _TARGET, term)
                for term in config.get("predicate", ()):
                    add(index, _PREDICATE, term)
                for term in config.get("exceptions", ()):
                    add(index, _RULE_EXCEPTION, term)
                self._patterns[index] = {
                    "targets": bool(config.get("target")),
                    "link": bool(config.get("link")),
                    "scope": config.get("scope", "sentence"),
                }
            elif spec.kind == "pii":
                allow = frozenset(pii_key(value) for value in config.get("allow", ()))
                self._pii.append((index, tuple(config.get("detectors", ())), allow))
            elif spec.kind == "regex":
                on_normalized = config.get("on", "text") == "normalized"
                self._regex.append(
                    (index, re.compile(config["pattern"], re.IGNORECASE), on_normalized)
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
            if any(role not in (_RULE_EXCEPTION, _GLOBAL_EXCEPTION) for _i, role, *_r in payload)
        )
        if entries:
            automaton = ahocorasick.Automaton()
            quick: dict[str, set] = defaultdict(set)
            for key, payload in entries.items():
                automaton.add_word(key, (len(key), tuple(payload)))
                for index, role, *_rest in payload:
                    if role not in (_RULE_EXCEPTION, _GLOBAL_EXCEPTION):
                        for variant in quick_keys(key):
                            quick[variant].add((index, self._roles.get((index, key), role)))
            automaton.make_automaton()
            self._automaton = automaton
            # The pre-check's keys: per key, whether a term (or a term's stem) has it, and
            # the patterns it is a predicate or a target of (see _candidates).
            self._quick = _automaton_of(
                {
                    key: (
                        any(role == _TERM for _i, role in roles),
                        tuple(sorted(i for i, role in roles if role == _PREDICATE)),
                        tuple(sorted(i for i, role in roles if role == _TARGET)),
                    )
                    for key, roles in quick.items()
                }
            )
        self.needs_analysis = needs_tokens
        self._normalized_regex = any(on for _i, _p, on in self._regex)
        self._repetition_window = max(
            (c["window_seconds"] for _i, c in self._repetition), default=0
        )
        self._lemmas = dict(self._lemmas)
        self._detector_names = sorted({name for _i, names, _a in self._pii for name in names})

    @staticmethod
    def _link_config(config: Mapping) -> dict:
        allow = tuple(d.lower() for d in config.get("allow", ()))
        if config.get("use_default_allow", True):
            allow += link_module.DEFAULT_ALLOWED_DOMAINS
        return {
            "match": frozenset(config.get("match", ("denied", "shortener", "obfuscated"))),
            "deny": tuple(d.lower() for d in config.get("deny", ())),
            "allow": allow,
            "shorteners": tuple(config.get("shorteners", link_module.URL_SHORTENERS)),
            "protect": tuple(config.get("protect", link_module.PROTECTED_DOMAINS)),
        }

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
            return tuple(Token(*t[:5], t.start + shift, t.end + shift) for t in cached[1])
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
            self._match_detectors(message, analysis, found)
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

    def _match_terms(self, a: Analysis, found: dict[int, list[Span]]) -> None:
        text = a.normalized.text
        boundary = a.normalized.boundary
        candidates = []
        rule_exceptions: dict[int, list[Span]] = defaultdict(list)
        global_exceptions: list[Span] = []
        need_tokens = self._always_analyse
        spots: list[tuple[int, int]] = []
        triggers: list[tuple[int, int]] = []  # where a lemma term's stem was found
        if self._automaton is not None:
            for end_index, (length, payload) in self._automaton.iter(text):
                end = end_index + 1
                start = end - length
                for index, role, mode, left, right in payload:
                    if role == _TRIGGER:
                        need_tokens = True
                        spots.append((start, end))
                        triggers.append((start, end))
                    elif role == _GLOBAL_EXCEPTION:
                        global_exceptions.append(a.de_span(start, end))
                    elif role == _RULE_EXCEPTION:
                        rule_exceptions[index].append(a.de_span(start, end))
                    else:
                        first, last = a.de_span(start, end)
                        if _HARD_END_RE.search(a.deevaded.text, first, last):
                            continue  # never across the end of a sentence
                        if mode in (SURFACE, _WORD):
                            need_tokens = True
                            spots.append((start, end))
                        candidates.append((index, role, mode, left, right, start, end))
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
        matches: list[tuple[int, int, int, int]] = []
        for index, role, mode, left, right, start, end in candidates:
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
            elif not self._on_word_boundaries(a, start, end, mode == _WORD):
                continue
            else:
                # Whole words: a dropped trailing long mark (しねー) belongs to the match.
                words = a.tokens or ()
                opening = words[a.token_index(a.de_starts[start])]
                closing = words[a.token_index(a.de_ends[end - 1] - 1)]
                matches.append((index, role, opening.start, closing.end))
                continue
            matches.append((index, role, *a.de_span(start, end)))
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
                                    (index, role, words[position].start, words[stop - 1].end)
                                )
        if not matches:
            return
        parts: dict[int, tuple[list[Span], list[Span]]] = {}
        for index, role, start, end in matches:
            span = (start, end)
            if global_exceptions and _covered(span, global_exceptions):
                continue
            if index in rule_exceptions and _covered(span, rule_exceptions[index]):
                continue
            if role == _TERM:
                found[index].append(a.to_original(start, end))
            else:
                parts.setdefault(index, ([], []))[0 if role == _TARGET else 1].append(span)
        for index, (targets, predicates) in parts.items():
            self._match_pattern(a, index, targets, predicates, found)

    @staticmethod
    def _trigger_words(a: Analysis, triggers: list[Span]) -> list[int]:
        """Indices (into ``a.tokens``) of the words that overlap a found stem."""
        found: set[int] = set()
        for start, end in triggers:
            first, last = a.de_span(start, end)
            found.update(range(a.token_index(first), a.token_index(last - 1) + 1))
        return sorted(i for i in found if i >= 0)

    @staticmethod
    def _on_word_boundaries(a: Analysis, start: int, end: int, one_word: bool) -> bool:
        """A surface match must start and end where words do; a one-word term must match
        one word (オナニー is not オーナー|に); and a match must not begin with a particle
        or auxiliary attached to the word before (そうだ|しね)."""
        cuts = a.cuts
        if start not in cuts or end not in cuts:
            return False
        tokens = a.tokens or ()
        first = a.token_index(a.de_starts[start])
        if one_word and a.token_index(a.de_ends[end - 1] - 1) != first:
            return False
        if (
            0 < first < len(tokens)
            and tokens[first].pos[0] in ("助詞", "助動詞")
            and a.same_sentence(first - 1, first)
        ):
            return not is_predicate(tokens[first - 1])
        return True

    def _match_pattern(self, a, index, targets, predicates, found) -> None:
        config = self._patterns[index]
        if not predicates or (config["targets"] and not targets):
            return
        links: list[Span] = []
        if config["link"]:
            links = _outside_links(a.message)
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
        quick = quick_form(message)
        return quick is None or self._always_analyse or self._candidates(quick, message)

    def _candidates(self, quick: str, message: str) -> bool:
        """Whether the quick form holds a term, or a pattern's predicate (with its target
        and link when the pattern needs them): only then is the message read closely."""
        if self._quick is None:
            return False
        predicates: set[int] = set()
        targets: set[int] = set()
        for _end, (term, predicate, target) in self._quick.iter(quick):
            if term:
                return True
            predicates.update(predicate)
            targets.update(target)
        for index in predicates:
            config = self._patterns[index]
            if (index in targets or not config["targets"]) and (
                not config["link"] or link_module.may_contain_link(message)
            ):
                return True
        return False

    def _match_detectors(
        self, message: str, a: Analysis | None, found: dict[int, list[Span]]
    ) -> None:
        wide: str | None = None
        if self._pii:
            digits = len(_DIGIT_RE.findall(message)) if _DIGIT_RE.search(message) else 0
            results: dict[str, list[Span]] = {}
            for name in self._detector_names:
                if name == "email":
                    if not _EMAIL_HINT_RE.search(message):
                        continue
                elif digits < pii.MIN_DIGITS.get(name, 0):
                    continue
                detector = pii.DETECTORS.get(name)
                if detector is None:
                    continue
                if wide is None:
                    wide = widen(message)
                results[name] = detector(wide)
            if results:
                for index, names, allow in self._pii:
                    for name in names:
                        for start, end in results.get(name, ()):
                            if not allow or not _allowed(pii_key(message[start:end]), allow):
                                found[index].append((start, end))
        if self._link and link_module.may_contain_link(message):
            if wide is None:
                wide = widen(message)
            for link in link_module.find_links(message, wide):
                for index, config in self._link:
                    if self._link_fires(link, config):
                        found[index].append((link.start, link.end))
        for index, pattern, on_normalized in self._regex:
            if on_normalized and a is not None:
                n = a.normalized
                for match in pattern.finditer(n.text):
                    if match.end() > match.start():
                        found[index].append(n.to_original(*match.span()))
            else:
                if wide is None:
                    wide = widen(message)
                for match in pattern.finditer(wide):
                    if match.end() > match.start():
                        found[index].append(match.span())

    @staticmethod
    def _link_fires(link: link_module.Link, config: dict) -> bool:
        if link_module.host_in(link.host, config["deny"]):
            return "denied" in config["match"] or "any" in config["match"]
        if link_module.host_in(link.host, config["allow"]):
            return False
        match = config["match"]
        if "any" in match:
            return True
        if "shortener" in match and link_module.host_in(link.host, config["shorteners"]):
            return True
        if "risky_tld" in match and link_module.risky_tld(link.host):
            return True
        if "lookalike" in match and link_module.lookalike(link.host, config["protect"]):
            return True
        return "obfuscated" in match and link.obfuscated

    def _match_repetition(self, message, text, author_id, created_time, state, found) -> None:
        author = str(author_id)
        if state.window_seconds < self._repetition_window:
            state.window_seconds = self._repetition_window
        for index, config in self._repetition:
            if len(text) < config["min_length"]:
                continue
            earlier = repetition_count(
                state,
                author=author,
                normalized_text=text,
                created_time=created_time,
                window_seconds=config["window_seconds"],
                similarity=config["similarity"],
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


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _outside_links(message: str) -> list[Span]:
    """Spans of links to sites other than the city's and the government's."""
    if not link_module.may_contain_link(message):
        return []
    return [
        (link.start, link.end)
        for link in link_module.find_links(message, widen(message))
        if not link_module.host_in(link.host, link_module.DEFAULT_ALLOWED_DOMAINS)
    ]
