"""Install the new default rules (patterns, more clauses) and bring the shipped ones up to
date: word-aware terms, lemmas, and a Japanese description on each.

A default rule that a person has changed (a revision with an actor) is left as it is;
one that only the system has written is updated, with a revision, and the rules version
moves on so that every worker rebuilds its engine.
"""

from django.db import migrations
from django.db.models import F

FIELDS = ("name", "clause", "kind", "severity", "action", "config", "enabled", "description")


def install(apps, schema_editor):
    from moderation.engine.defaults import DEFAULT_RULES

    Rule = apps.get_model("moderation", "Rule")
    RuleRevision = apps.get_model("moderation", "RuleRevision")
    RulesVersion = apps.get_model("moderation", "RulesVersion")
    changed = 0
    for data in DEFAULT_RULES:
        values = {key: data.get(key, True if key == "enabled" else "") for key in FIELDS}
        rule = Rule.objects.filter(slug=data["slug"]).first()
        if rule is None:
            rule = Rule.objects.create(slug=data["slug"], **values)
            RuleRevision.objects.create(
                rule=rule, version=1, change="created", old_values={},
                new_values=values,
            )  # fmt: skip
            changed += 1
            continue
        if rule.kind != data["kind"]:
            continue
        if RuleRevision.objects.filter(rule=rule, actor__isnull=False).exists():
            continue  # edited by staff: theirs to keep
        before = {k: getattr(rule, k) for k in FIELDS}
        if before == values:
            continue
        for key in FIELDS:
            setattr(rule, key, values[key])
        rule.version += 1
        rule.save()
        RuleRevision.objects.create(
            rule=rule, version=rule.version, change="updated",
            old_values=before, new_values=values,
        )  # fmt: skip
        changed += 1
    if changed:
        RulesVersion.objects.get_or_create(pk=1)
        RulesVersion.objects.filter(pk=1).update(number=F("number") + 1)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0006_rule_pattern_kind_and_description")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
