"""moderation.forms is a package of two ideas (rules, decisions); every name the app imports
from ``moderation.forms`` still comes from there."""

from __future__ import annotations

import moderation.forms as forms_package
from moderation.forms import decisions, rules


def test_rule_forms_and_decision_forms_live_apart_and_are_re_exported():
    for name in ("RuleForm", "SandboxForm", "KIND_FIELDS", "ALL_CONFIG_FIELDS"):
        assert getattr(forms_package, name) is getattr(rules, name)
    for name in ("DecisionForm", "BulkDecisionForm", "CrisisModeForm", "ReasonTemplateForm"):
        assert getattr(forms_package, name) is getattr(decisions, name)
    assert not hasattr(rules, "DecisionForm") and not hasattr(decisions, "RuleForm")
    assert set(forms_package.__all__) <= set(dir(forms_package))


def test_each_module_stays_one_idea_in_size():
    from pathlib import Path

    for module in (rules, decisions):
        assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) < 400
