"""Reads for screening rules, and the engine built from the stored enabled rules."""

from __future__ import annotations

import threading

from django.db.models import Count, Q
from django.http import Http404

from ishinomaki_sns.common.permissions import user_can

from .engine import Engine, RuleSpec
from .models import Rule, RuleRevision, RulesVersion

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


def rule_specs_enabled() -> list[RuleSpec]:
    """The stored enabled rules as engine specs."""
    return [
        RuleSpec(
            slug=rule.slug,
            clause=rule.clause,
            kind=rule.kind,
            severity=rule.severity,
            action=rule.action,
            config=rule.config,
        )
        for rule in Rule.objects.filter(enabled=True).order_by("slug")
    ]


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
