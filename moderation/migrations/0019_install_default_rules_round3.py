"""Re-install the shipped default rules after the third round of rule changes (threats
without 殺す/死ね, exclusion of more groups, political and commercial solicitation,
phishing lures, illegal trade in slang, insults and their innocent look-alikes).

Uses the install function of 0007 unchanged: rules that staff have edited are kept as
they are; the others are brought up to date with a revision, and the rules version moves on.
"""

import importlib

from django.db import migrations

# 0007's install, unchanged (the migration test calls it as this module's ``install``).
install = importlib.import_module(
    "moderation.migrations.0007_install_updated_default_rules"
).install


class Migration(migrations.Migration):
    dependencies = [("moderation", "0018_comment_has_flags_backfill")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
