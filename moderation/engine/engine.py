"""The screening engine: all rules compiled once, one pass per message.

Pure Python (no Django): the worker, the ``check_comments`` command, the sandbox and the
benchmark all build an :class:`Engine` from plain :class:`RuleSpec` values.

Per message: normalise once; one Aho-Corasick pass over the matching form finds every
term *and* every exception; Latin terms must sit on word boundaries; a match that spans a
space or punctuation must cover a whole spaced-out piece (``し ね``) rather than join the
tail of one word to the head of the next (``おかし、ねえ``); a match covered by an
exception (``ばかり`` over ``ばか``) is dropped. Detectors and regular expressions run only
when a cheap pre-check says they could match (enough digits for a phone number, a dot for
a link). Hits are merged per rule, with spans in code points of the original message.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from . import links as link_module
from . import pii
from .normalize import Normalized, normalize, widen
from .repetition import RepetitionState, repetition_count, repetition_remember

SEVERITIES = ("low", "medium", "high", "critical")
ACTIONS = ("flag", "auto_hide")
KINDS = ("terms", "regex", "pii", "link", "repetition", "exception")
LINK_MATCHES = ("any", "denied", "shortener", "obfuscated")

_TERM, _RULE_EXCEPTION, _GLOBAL_EXCEPTION = 0, 1, 2
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


class Engine:
    """All enabled rules compiled once; :meth:`screen` is safe to call from many threads."""

    _cache: dict[Any, Engine] = {}

    def __init__(self, specs: Iterable[RuleSpec]) -> None:
        self.specs = [spec for spec in specs if spec.enabled]
        self._automaton: ahocorasick.Automaton | None = None
        self._pii: list[tuple[int, tuple[str, ...], frozenset[str]]] = []
        self._regex: list[tuple[int, re.Pattern, bool]] = []
        self._link: list[tuple[int, dict]] = []
        self._repetition: list[tuple[int, dict]] = []
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
        entries: dict[str, list[tuple[int, int, bool, bool]]] = defaultdict(list)
        for index, spec in enumerate(self.specs):
            config = spec.config or {}
            if spec.kind in ("terms", "exception"):
                kind = _GLOBAL_EXCEPTION if spec.kind == "exception" else _TERM
                for term in config.get("terms", ()):
                    key, left, right = term_key(term)
                    if key:
                        entries[key].append((index, kind, left, right))
                for term in config.get("exceptions", ()):
                    key, _left, _right = term_key(term)
                    if key:
                        entries[key].append((index, _RULE_EXCEPTION, False, False))
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
        if entries:
            automaton = ahocorasick.Automaton()
            for key, payload in entries.items():
                automaton.add_word(key, (len(key), tuple(payload)))
            automaton.make_automaton()
            self._automaton = automaton
        self._has_global_exceptions = any(spec.kind == "exception" for spec in self.specs)
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
        }

    # --- screening ----------------------------------------------------------------------

    def screen(
        self,
        message: str,
        *,
        author_id: str | None = None,
        created_time=None,
        repetition: RepetitionState | None = None,
        normalized: Normalized | None = None,
    ) -> list[Hit]:
        """The rules ``message`` breaks, merged per rule and sorted by first position."""
        if not isinstance(message, str):
            message = "" if message is None else str(message)
        n = normalized or normalize(message)
        found: dict[int, list[Span]] = defaultdict(list)
        if self._automaton is not None and n.text:
            self._match_terms(n, found)
        if self._pii or self._link or self._regex:
            self._match_detectors(message, n, found)
        if self._repetition and repetition is not None and author_id is not None:
            self._match_repetition(message, n, author_id, created_time, repetition, found)
        hits = []
        for index, spans in found.items():
            spec = self.specs[index]
            hits.append(Hit(spec.clause, spec.slug, spec.severity, _merge(spans), spec.action))
        hits.sort(key=lambda hit: (hit.spans[0] if hit.spans else (0, 0), hit.rule))
        return hits

    def _match_terms(self, n: Normalized, found: dict[int, list[Span]]) -> None:
        text = n.text
        boundary = n.boundary
        candidates = []
        rule_exceptions: dict[int, list[Span]] = defaultdict(list)
        global_exceptions: list[Span] = []
        if self._automaton is None:  # screen() calls this only when there are terms
            return
        for end_index, (length, payload) in self._automaton.iter(text):
            end = end_index + 1
            start = end - length
            for index, kind, left, right in payload:
                if kind == _TERM:
                    candidates.append((index, start, end, left, right))
                elif kind == _GLOBAL_EXCEPTION:
                    global_exceptions.append((start, end))
                else:
                    rule_exceptions[index].append((start, end))
        for index, start, end, left, right in candidates:
            if (
                left
                and not boundary[start]
                and text[start - 1].isascii()
                and text[start - 1].isalnum()
            ):
                continue
            if right and not boundary[end] and text[end].isascii() and text[end].isalnum():
                continue
            if (
                end - start > 1
                and not (boundary[start] or boundary[end])
                and any(boundary[start + 1 : end])
            ):
                continue  # joins the tail of one word to the head of the next
            span = (start, end)
            if global_exceptions and _covered(span, global_exceptions):
                continue
            if index in rule_exceptions and _covered(span, rule_exceptions[index]):
                continue
            found[index].append(n.to_original(start, end))

    def _match_detectors(self, message: str, n: Normalized, found: dict[int, list[Span]]) -> None:
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
            if on_normalized:
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
        return "obfuscated" in match and link.obfuscated

    def _match_repetition(self, message, n, author_id, created_time, state, found) -> None:
        author = str(author_id)
        for index, config in self._repetition:
            if len(n.text) < config["min_length"]:
                continue
            earlier = repetition_count(
                state,
                author=author,
                normalized_text=n.text,
                created_time=created_time,
                window_seconds=config["window_seconds"],
                similarity=config["similarity"],
            )
            if earlier + 1 >= config["threshold"]:
                found[index].append((0, len(message)))
        repetition_remember(state, author=author, normalized_text=n.text, created_time=created_time)
