"""Re-install the shipped default rules after the fourth round of rule changes: new rules
threat-veiled, defamation-dialect-insults, defamation-sarcasm, privacy-messaging-ids,
impersonation-official-claim and exceptions-quoted-abuse; wider term lists and patterns in
the others (dialect and polite forms, groups, solicitation, illegal trade, spelled-out links).

Uses the install function of 0007 unchanged: new rules are created; rules that staff have
edited are kept as they are; the others are brought up to date with a revision, and the
rules version moves on so that every worker rebuilds its engine.
"""

import importlib

from django.db import migrations

# 0007's install, unchanged (the migration test calls it as this module's ``install``).
install = importlib.import_module(
    "moderation.migrations.0007_install_updated_default_rules"
).install


class Migration(migrations.Migration):
    dependencies = [("moderation", "0019_install_default_rules_round3")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
