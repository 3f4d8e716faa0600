"""Re-install the shipped default rules after the fourth round of rule changes (threats
worded without a violent verb and in dialect or polite forms, dialect and old-fashioned
insults, polite or sarcastic abuse, dialect orders to groups and staff, contact details
written to slip past the detectors).

Uses the install function of 0007 unchanged: new rules are created; rules that staff have
edited are kept as they are; the others are brought up to date with a revision, and the
rules version moves on so that every worker rebuilds its engine.
"""

import importlib

from django.db import migrations

_install = importlib.import_module(
    "moderation.migrations.0007_install_updated_default_rules"
).install


def install(apps, schema_editor):
    _install(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0019_install_default_rules_round3")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
