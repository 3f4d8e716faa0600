"""Re-install the shipped default rules after the eighth round of rule changes: new rules
defamation-person-contempt, defamation-person-contempt-said-of, threat-doxxing,
threat-announced-attack and obscene-sexual-questions (the data is in
``moderation/engine/defaults_round8.py``); a wider defamation-staff-insults (頭おかしい,
キモすぎ, 引っ込め said of the staff) and discrimination-exclusion (貧乏人, 低所得者), defamation-dialect-insults (ばがでねえ, たごさく)
and threat-veiled (ぶんなぐっぞ, ご家族に何があっても);
commercial-solicitation no longer flags adding the city's own LINE account, nor
impersonation-official-claim its name (石巻市公式LINE).

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
    dependencies = [("moderation", "0024_install_default_rules_round7")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
