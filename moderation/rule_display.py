"""A rule and its history in the secretariat's words, for the rule's page: configuration
under the edit form's labels, and what each revision changed (never a raw dict)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _

from guidelines.clauses import Clause

from .forms import KIND_FIELDS, RuleForm
from .models import Rule, RuleRevision


def config_items(rule: Rule) -> list[tuple[str, str]]:
    """A rule's configuration as (label, text) pairs, in the words of its edit form: the
    form's labels, choices shown by their names (not their codes), yes/no for switches,
    lists one item per line, "—" for an empty field."""
    initial = RuleForm.initial_for(rule)
    items = []
    for name in KIND_FIELDS.get(rule.kind, []):
        field = RuleForm.base_fields[name]
        value = initial.get(name)
        if isinstance(field, forms.BooleanField):
            text = _("Yes") if value else _("No")
        else:
            names = dict(getattr(field, "choices", None) or ())
            values = value if isinstance(value, (list, tuple)) else [value]
            text = "\n".join(
                str(names.get(item, item)) for item in values if item not in ("", None)
            )
        items.append((str(field.label), text or "—"))
    return items


def _as_rule(values: dict) -> Rule:
    """An unsaved rule holding a revision's stored values (for their display names)."""
    return Rule(
        name=values.get("name", ""),
        clause=values.get("clause", ""),
        kind=values.get("kind", ""),
        severity=values.get("severity", ""),
        action=values.get("action", ""),
        description=values.get("description", ""),
        config=values.get("config") or {},
    )


def _difference(before: str, after: str) -> str:
    """Lists by the lines added and removed (a term list runs to hundreds of lines); a
    single value as before → after."""
    old, new = before.splitlines(), after.splitlines()
    if len(old) > 1 or len(new) > 1:
        added = [line for line in new if line not in old and line != "—"]
        removed = [line for line in old if line not in new and line != "—"]
        parts = []
        if added:
            parts.append(_("Added: %(items)s") % {"items": "、".join(added)})
        if removed:
            parts.append(_("Removed: %(items)s") % {"items": "、".join(removed)})
        return "\n".join(parts)
    return f"{before} → {after}"


def revision_changes(revision: RuleRevision) -> list[tuple[str, str]]:
    """(label, what changed) for each field an update changed; switching the rule on or off
    is said by the revision's own kind of change, so ``enabled`` is left out."""
    if not revision.old_values or not revision.new_values:
        return []
    old, new = _as_rule(revision.old_values), _as_rule(revision.new_values)
    rows = [
        (_("Name"), old.name, new.name),
        (_("Clause"), str(Clause(old.clause).label) if old.clause in Clause.values else old.clause,
         str(Clause(new.clause).label) if new.clause in Clause.values else new.clause),
        (_("Severity"), old.get_severity_display(), new.get_severity_display()),
        (_("Action"), old.get_action_display(), new.get_action_display()),
        (_("Description"), old.description or "—", new.description or "—"),
    ]  # fmt: skip
    if old.kind == new.kind:
        rows += [
            (label, before, after)
            for (label, before), (_label, after) in zip(
                config_items(old), config_items(new), strict=True
            )
        ]
    changes = []
    for label, before, after in rows:
        if before != after:
            text = _difference(before, after)
            if text:
                changes.append((label, text))
    return changes
