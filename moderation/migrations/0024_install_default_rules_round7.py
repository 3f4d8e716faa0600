"""Re-install the shipped default rules after the seventh round of rule changes: new rules
illegal-drug-slang-offers, illegal-counterfeit-gambling, public-order-animal-cruelty,
public-order-suicide-gathering, public-order-groping, public-order-dead-media,
discrimination-fear-unfitness, threat-home-visit, obscene-partner-solicitation,
political-leafleting, religious-worship-invitation, religious-luck-goods,
commercial-self-advert, commercial-opening-offers and impersonation-city-voice (the data
is in ``moderation/engine/defaults_round7.py``); wider defamation-staff-insults (more
offices and insults), illegal-dealing-offers (cannabis slang) and illegal-trade (warnings
about counterfeit notes excused).

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
    dependencies = [("moderation", "0023_quoted_abuse_by_shape")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
