"""Reads of screening rules: lists and revisions for the rule screens, the engine built from the stored enabled rules (cached per rules version), the open flags a rule change made stale, and the rule report."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q
from django.http import Http404

from ishinomaki_sns.common.permissions import user_can

from ..engine import Engine, RuleSpec
from ..models import (
    Decision,
    Flag,
    Rule,
    RuleRevision,
    RulesVersion,
)
from .flags import OPEN_FLAG

_engine_lock = threading.Lock()
_engine_state: dict = {"version": None, "engine": None}


def rules_visible_to(*, user, clause: str | None = None, enabled: bool | None = None):
    """Rules the user may see (all of them for holders of ``moderation.view_rule``)."""
    if not user_can(user, "moderation.view_rule"):
        return Rule.objects.none()
    rules = Rule.objects.all()
    if clause:
        rules = rules.filter(clause=clause)
    if enabled is not None:
        rules = rules.filter(enabled=enabled)
    return rules.order_by("clause", "slug")


def rule_counts_by_clause(*, user) -> dict[str, dict[str, int]]:
    """{clause: {"total", "enabled"}} over the rules the user may see."""
    rows = (
        rules_visible_to(user=user)
        .order_by()
        .values("clause")
        .annotate(total=Count("id"), enabled=Count("id", filter=Q(enabled=True)))
    )
    return {row["clause"]: {"total": row["total"], "enabled": row["enabled"]} for row in rows}


def rule_names_by_slug(*, user, slugs: set[str]) -> dict[str, str]:
    """{slug: name} of the given rules the user may see (the audit log names rules with it;
    a slug missing from the answer is shown as it is)."""
    if not slugs:
        return {}
    return dict(rules_visible_to(user=user).filter(slug__in=slugs).values_list("slug", "name"))


def rule_get_for_user_or_404(*, user, slug: str) -> Rule:
    """The rule, or 404 when it does not exist or the user may not see rules."""
    rule = rules_visible_to(user=user).filter(slug=slug).first()
    if rule is None:
        raise Http404
    return rule


def rule_revisions(*, rule: Rule):
    """The change history of a rule, newest first, with who made each change."""
    return RuleRevision.objects.filter(rule=rule).select_related("actor")


def rules_version_current() -> int:
    """The global rules version (0 before any rule exists)."""
    return RulesVersion.objects.filter(pk=1).values_list("number", flat=True).first() or 0


def rule_spec(rule: Rule) -> RuleSpec:
    """A stored rule as the engine sees it."""
    return RuleSpec(
        slug=rule.slug,
        clause=rule.clause,
        kind=rule.kind,
        severity=rule.severity,
        action=rule.action,
        config=rule.config,
        enabled=rule.enabled,
    )


def rule_specs_enabled() -> Iterator[RuleSpec]:
    """The stored enabled rules as engine specs, read a few at a time: the engine compiles
    each rule's config and lets it go, so the configs (tens of MB for the default rules)
    are never all in memory at once."""
    rules = (
        Rule.objects.filter(enabled=True)
        .exclude(kind=Rule.Kind.LEARNED)  # its flags come from the learned scorer, not the engine
        .order_by("slug")
    )
    return (rule_spec(rule) for rule in rules.iterator(chunk_size=8))


def engine_for_current_rules() -> Engine:
    """An Engine for the stored enabled rules, rebuilt only when the rules version moved.

    One small query per call (the version); the worker, the ``check_comments`` command and
    the sandbox all use this, so they screen with exactly the same rules.
    """
    # The row's timestamp joins the number: a rolled-back transaction can reuse a number.
    version = RulesVersion.objects.filter(pk=1).values_list("number", "updated_at").first()
    with _engine_lock:
        if _engine_state["engine"] is not None and _engine_state["version"] == version:
            return _engine_state["engine"]
    engine = Engine(rule_specs_enabled())
    with _engine_lock:
        _engine_state.update(version=version, engine=engine)
    return engine


# Kinds whose verdict on one text can be re-checked alone; repetition needs the stream
# and a flag of another origin (a learned model) is not the engine's to withdraw.
_RESCREENABLE = frozenset({"terms", "regex", "pii", "link", "pattern", "exception"})


@dataclass
class StaleFlags:
    """Open flags that the rules as they stand no longer raise, grouped by comment.

    ``comment_ids``: comments whose every open flag is stale, so that closing them as kept
    (false flag) leaves nothing the rules still object to. ``partly``: comments with a stale
    flag beside one that still holds; they stay in the queue.
    """

    comment_ids: list[int] = field(default_factory=list)
    flags: int = 0
    partly: int = 0

    def __len__(self) -> int:
        return len(self.comment_ids)


def flags_stale_after_rule_change(*, rule: Rule) -> StaleFlags:
    """Open flags that ``rule`` as it now stands (or, for an exception list, any rule) no
    longer raises on the text they were raised on.

    Each distinct text is screened once with the current engine. A flag is stale when its
    rule is disabled, or when its rule can be re-checked on one text and no longer fires.
    """
    open_flags = Flag.objects.filter(decision__isnull=True)
    if rule.kind != Rule.Kind.EXCEPTION:
        open_flags = open_flags.filter(rule=rule)
    comment_ids = set(open_flags.values_list("comment_id", flat=True))
    if not comment_ids:
        return StaleFlags()
    engine = engine_for_current_rules()
    fired: dict[str, set[str]] = {}
    flags_by_comment: dict[int, list[bool]] = {}
    rows = (
        Flag.objects.filter(decision__isnull=True, comment_id__in=comment_ids)
        .values_list("comment_id", "message_screened", "rule__slug", "rule__kind", "rule__enabled")
        .order_by("comment_id")
    )
    for comment_id, text, slug, kind, enabled in rows:
        if not enabled:
            stale = True
        elif kind not in _RESCREENABLE:
            stale = False
        else:
            if text not in fired:
                fired[text] = {hit.rule for hit in engine.screen(text)}
            stale = slug not in fired[text]
        flags_by_comment.setdefault(comment_id, []).append(stale)
    result = StaleFlags()
    for comment_id, verdicts in sorted(flags_by_comment.items()):
        if all(verdicts):
            result.comment_ids.append(comment_id)
            result.flags += len(verdicts)
        elif any(verdicts):
            result.partly += 1
    return result


def rule_report() -> list[dict]:
    """Per rule: flags raised, how many the secretariat decided, how many were kept (a false
    flag), and the precision estimate (decided and not kept / decided)."""
    rows = (
        Flag.objects.values("rule_id")
        .annotate(
            flags=Count("id"),
            comments=Count("comment", distinct=True),
            open=Count("id", filter=OPEN_FLAG),
            decided=Count("id", filter=~OPEN_FLAG),
            kept=Count("id", filter=Q(decision__action=Decision.Action.KEEP)),
        )
        .order_by()
    )
    stats = {row["rule_id"]: row for row in rows}
    report: list[dict[str, Any]] = []
    for rule in Rule.objects.order_by("clause", "slug"):
        row = stats.get(rule.pk, {"flags": 0, "comments": 0, "open": 0, "decided": 0, "kept": 0})
        decided = row["decided"]
        precision = (decided - row["kept"]) / decided if decided else None
        report.append({"rule": rule, **{k: row[k] for k in ("flags", "comments", "open", "decided", "kept")},
                       "precision": precision})  # fmt: skip
    # Worst precision first (rules never decided last), then the noisiest.
    report.sort(key=lambda r: (r["precision"] if r["precision"] is not None else 2.0, -r["flags"]))
    return report
