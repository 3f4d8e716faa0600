"""Re-install the shipped default rules with exceptions-quoted-abuse written as a shape:
its nine thousand spelled-out "word + way of reporting" strings give way to an empty word
list and ``reported_by``, the ways of reporting (と…言われ, という…書き込み, 呼ばわり …) that
``moderation.engine.quoting`` reads around any flagged word.

Uses the install function of 0007 unchanged: a rule that staff have edited is kept as it
is (its spelled-out list still works); the others are brought up to date with a revision,
and the rules version moves on so that every worker rebuilds its engine.

Depends on round 5 (0021); another change adds 0022 beside it, and the two are chained
when merged.
"""

import importlib

from django.db import migrations

# 0007's install, unchanged (the migration test calls it as this module's ``install``).
install = importlib.import_module(
    "moderation.migrations.0007_install_updated_default_rules"
).install


class Migration(migrations.Migration):
    dependencies = [("moderation", "0022_install_default_rules_round6")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
