"""Install the default rule set so that production starts with it (idempotent)."""

from django.db import migrations
from django.db.models import F


def install(apps, schema_editor):
    from moderation.engine.defaults import DEFAULT_RULES

    Rule = apps.get_model("moderation", "Rule")
    RuleRevision = apps.get_model("moderation", "RuleRevision")
    RulesVersion = apps.get_model("moderation", "RulesVersion")
    created = 0
    for data in DEFAULT_RULES:
        # Kinds added later (pattern) are installed by the migration that adds them.
        if data["kind"] not in ("terms", "regex", "pii", "link", "repetition", "exception"):
            continue
        if Rule.objects.filter(slug=data["slug"]).exists():
            continue
        rule = Rule.objects.create(
            slug=data["slug"],
            name=data["name"],
            clause=data["clause"],
            kind=data["kind"],
            severity=data["severity"],
            action=data["action"],
            config=data["config"],
            enabled=data.get("enabled", True),
        )
        RuleRevision.objects.create(
            rule=rule,
            version=1,
            change="created",
            new_values={
                key: data.get(key, True if key == "enabled" else None)
                for key in ("name", "clause", "kind", "severity", "action", "config", "enabled")
            },
        )
        created += 1
    if created:
        RulesVersion.objects.get_or_create(pk=1)
        RulesVersion.objects.filter(pk=1).update(number=F("number") + 1)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
