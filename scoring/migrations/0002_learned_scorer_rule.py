"""The one moderation rule that the learned scorer's flags cite (kind ``learned``).

Enabled by default; disabling it on the rules page stops learned flags (scores are still
recorded for sorting). Its clause is only the default: each learned flag cites the clause
the model predicts. Severity medium, action "flag": learned flags never hide anything.
"""

from django.db import migrations
from django.db.models import F

SLUG = "learned-scorer"


def install(apps, schema_editor):
    Rule = apps.get_model("moderation", "Rule")
    RuleRevision = apps.get_model("moderation", "RuleRevision")
    RulesVersion = apps.get_model("moderation", "RulesVersion")
    if Rule.objects.filter(slug=SLUG).exists():
        return
    values = {
        "name": "学習モデル",
        "clause": "other",
        "kind": "learned",
        "severity": "medium",
        "action": "flag",
        "config": {},
        "enabled": True,
    }
    rule = Rule.objects.create(slug=SLUG, **values)
    RuleRevision.objects.create(rule=rule, version=1, change="created", new_values=values)
    RulesVersion.objects.get_or_create(pk=1)
    RulesVersion.objects.filter(pk=1).update(number=F("number") + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("scoring", "0001_initial"),
        ("moderation", "0006_flag_learned_scorer_kind_and_score"),
    ]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
