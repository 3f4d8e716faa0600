"""Faults injected on demand: errors, throttling, slow/truncated/dropped responses.

A rule fires with probability `rate` (seeded, so a test run is reproducible) on Graph API
calls for one page or for all, optionally only `count` times or only on paths containing
`path`. Kinds and the response they cause:

| kind         | response                                                                   |
|--------------|----------------------------------------------------------------------------|
| http_500     | HTTP 500 with an HTML body (not JSON)                                      |
| transient    | code 1 or 2 (`code` param), `is_transient: true`, HTTP 500                 |
| reduce_data  | code 1 "Please reduce the amount of data you're asking for" (HTTP 500)     |
| throttle     | 613 / 80001 / 4 / 17 / 32 (`code`), usage header at 100 % with `minutes`  |
| slow         | the answer after `delay` seconds                                           |
| slow_reply   | a write (POST/DELETE) is done at once, its answer comes `delay` seconds late |
| truncated    | the first half of the JSON body                                            |
| drop         | the connection is closed without an answer                                 |
| dead_token   | 190 subcode 460 for the page's token (debug_token says is_valid false)     |
| permission   | code 10 or 200 (`code`)                                                    |
| policy       | code 368                                                                   |
| empty_page   | an empty page of results that still has `paging.next`                     |
"""

from __future__ import annotations

import random
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

FAULT_KINDS = (
    "http_500",
    "transient",
    "reduce_data",
    "throttle",
    "slow",
    "slow_reply",
    "truncated",
    "drop",
    "dead_token",
    "permission",
    "policy",
    "empty_page",
)


@dataclass
class FaultRule:
    """One fault: fires on matching calls with probability `rate` (0..1)."""

    kind: str
    rate: float = 1.0
    page_id: str | None = None
    count: int | None = None
    path: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    id: int = 0
    fired: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class FaultSet:
    """The active fault rules, with a seeded random source shared by all of them."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 - simulation, not security
        self._rules: list[FaultRule] = []
        self._next_id = 1
        self.seed = seed

    def add(
        self,
        kind: str,
        rate: float = 1.0,
        *,
        page_id: str | None = None,
        count: int | None = None,
        path: str | None = None,
        **params: Any,
    ) -> FaultRule:
        """Add a rule; returns it (its `id` removes it)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(FAULT_KINDS)}")
        rate = float(rate)
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        with self._lock:
            rule = FaultRule(
                kind=kind,
                rate=rate,
                page_id=str(page_id) if page_id else None,
                count=int(count) if count is not None else None,
                path=path,
                params=dict(params),
                id=self._next_id,
            )
            self._next_id += 1
            self._rules.append(rule)
            return rule

    def remove(self, rule_id: int) -> None:
        with self._lock:
            self._rules = [r for r in self._rules if r.id != rule_id]

    def clear(self, seed: int | None = None) -> None:
        with self._lock:
            self._rules.clear()
            if seed is not None:
                self.seed = seed
            self._random = random.Random(self.seed)  # noqa: S311

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def has(self, kind: str, page_id: str | None) -> bool:
        """A standing rule of this kind covers the page (used for dead tokens)."""
        with self._lock:
            return any(
                r.kind == kind and (r.page_id is None or r.page_id == page_id) for r in self._rules
            )

    def draw(
        self, page_id: str | None, path: str, kinds: tuple[str, ...] = FAULT_KINDS
    ) -> FaultRule | None:
        """The first matching rule that fires for this call (consuming one of its `count`)."""
        with self._lock:
            for rule in self._rules:
                if rule.kind not in kinds:
                    continue
                if rule.page_id is not None and rule.page_id != page_id:
                    continue
                if rule.path and rule.path not in path:
                    continue
                if rule.rate < 1.0 and self._random.random() >= rule.rate:
                    continue
                rule.fired += 1
                if rule.count is not None:
                    rule.count -= 1
                    if rule.count <= 0:
                        self._rules.remove(rule)
                return rule
        return None
