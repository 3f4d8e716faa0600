"""Re-install the shipped default rules after the fifth round of rule changes: new rules
discrimination-generalisation, commercial-shop-promotion, commercial-local-services,
illegal-resale, illegal-offers, public-order-disruption, public-order-fraud-calls,
political-party-activity, threat-harm-hints, impersonation-page-move and
religious-invitation; a wider exceptions-quoted-abuse (quoted lists such as 「バカ、死ね」と
言われた, more words and ways of reporting) and exceptions-innocent-words (バカ売れ, おバカ,
くず野菜, self-deprecation); published numbers of the city's branch offices and national
help lines, and government e-mail addresses (lg.jp, go.jp), allowed.

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
    dependencies = [("moderation", "0020_install_default_rules_round4")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
