"""The rule backtest: which stored comments a rule change would newly flag or stop flagging.

One engine holds the rule as stored (under a private slug) and the candidate, plus the
global exception rules (they affect term matches), so every comment is normalised and
screened once. Comments stream from the database in chunks (a server-side cursor on
PostgreSQL), so memory stays flat over millions of rows. Repetition rules need the
stream's history and exception rules change every term rule at once: neither is backtested.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from .engine import Engine, RuleSpec
from .highlight import highlight_segments

OLD = "__stored__"
NEW = "__candidate__"
CHUNK = 5000
SAMPLE = 10


@dataclass
class BacktestSample:
    comment_id: int
    segments: list


@dataclass
class BacktestResult:
    scanned: int = 0
    newly_flagged: int = 0
    no_longer_flagged: int = 0
    still_flagged: int = 0
    supported: bool = True
    newly_samples: list[BacktestSample] = field(default_factory=list)
    stopped_samples: list[BacktestSample] = field(default_factory=list)


def backtest_engine(
    *, stored: RuleSpec | None, candidate: RuleSpec, exceptions: Iterable[RuleSpec]
) -> Engine:
    specs = [replace(spec, slug=f"__exception__{spec.slug}") for spec in exceptions]
    if stored is not None and stored.enabled:
        specs.append(replace(stored, slug=OLD))
    if candidate.enabled:
        specs.append(replace(candidate, slug=NEW))
    return Engine(specs)


def backtest_run(
    *,
    stored: RuleSpec | None,
    candidate: RuleSpec,
    exceptions: Iterable[RuleSpec],
    comments: Iterable[tuple[int, str]],
    sample: int = SAMPLE,
) -> BacktestResult:
    """Screen ``comments`` ((id, message) pairs) with the stored and the candidate rule."""
    result = BacktestResult()
    if {candidate.kind, stored.kind if stored else None} & {"repetition", "exception"}:
        result.supported = False
        return result
    engine = backtest_engine(stored=stored, candidate=candidate, exceptions=exceptions)
    screen = engine.screen
    for comment_id, message in comments:
        result.scanned += 1
        if not message:
            continue
        hits = screen(message)
        if not hits:
            continue
        old = new = None
        for hit in hits:
            if hit.rule == OLD:
                old = hit
            elif hit.rule == NEW:
                new = hit
        if new is not None and old is None:
            result.newly_flagged += 1
            if len(result.newly_samples) < sample:
                result.newly_samples.append(
                    BacktestSample(comment_id, highlight_segments(message, [new]))
                )
        elif old is not None and new is None:
            result.no_longer_flagged += 1
            if len(result.stopped_samples) < sample:
                result.stopped_samples.append(
                    BacktestSample(comment_id, highlight_segments(message, [old]))
                )
        elif old is not None:
            result.still_flagged += 1
    return result


def stored_comments(queryset, chunk: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(id, message) of every comment in ``queryset``, streamed in chunks."""
    return (
        queryset.exclude(message="")
        .order_by()
        .values_list("id", "message")
        .iterator(chunk_size=chunk)
    )


def rule_backtest(*, user, rule, candidate: RuleSpec) -> BacktestResult:
    """Backtest ``candidate`` (the form's values) against ``rule`` as stored (None for a new
    rule) over the stored comments the user may see."""
    from comments.selectors import comments_visible_to

    from .models import Rule

    exceptions = [
        RuleSpec(slug=r.slug, clause=r.clause, kind=r.kind, config=r.config)
        for r in Rule.objects.filter(enabled=True, kind=Rule.Kind.EXCEPTION)
        if rule is None or r.pk != rule.pk
    ]
    stored = None
    if rule is not None:
        stored = RuleSpec(
            slug=rule.slug,
            clause=rule.clause,
            kind=rule.kind,
            severity=rule.severity,
            action=rule.action,
            config=rule.config,
            enabled=rule.enabled,
        )
    return backtest_run(
        stored=stored,
        candidate=candidate,
        exceptions=exceptions,
        comments=stored_comments(comments_visible_to(user=user)),
    )
