"""What the engine is given and what it answers: rule specs, hits, and their vocabulary.

Pure Python (no Django). The stored ``Rule`` model maps onto :class:`RuleSpec`; a
:class:`Hit` is one rule that fired on a message, with its spans merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("low", "medium", "high", "critical")
ACTIONS = ("flag", "auto_hide")
KINDS = ("terms", "regex", "pii", "link", "repetition", "exception", "pattern")
LINK_MATCHES = ("any", "denied", "shortener", "obfuscated", "risky_tld", "lookalike")

Span = tuple[int, int]

# A compiled entry's role in its rule.
TERM, RULE_EXCEPTION, GLOBAL_EXCEPTION, TARGET, PREDICATE, TRIGGER = range(6)
WORD = "word"  # a surface term that is one word: it must match inside one word


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


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)
