"""Re-install the shipped default rules after the seventh round of rule changes: new rules
illegal-drug-slang-offers, illegal-counterfeit-gambling, public-order-animal-cruelty,
public-order-suicide-gathering, public-order-groping, public-order-dead-media,
discrimination-fear-unfitness, threat-home-visit, obscene-partner-solicitation,
political-leafleting, religious-worship-invitation, religious-luck-goods,
commercial-self-advert, commercial-opening-offers, impersonation-city-voice,
illegal-illicit-goods-use, illegal-dumping-squatting-calls, illegal-vote-buying,
public-order-victim-exploitation, discrimination-group-contempt, political-office-calls,
political-party-choice, religious-spiritual-readings, obscene-body-pictures,
threat-more-phrases, commercial-own-channels and commercial-business-offers (the data is
in ``moderation/engine/defaults_round7.py``); wider defamation-staff-insults (more offices,
市長さん, more insults), threat-staff-harm (dialect), threat-weapon-visit (持って行くぞ),
illegal-dealing-offers (cannabis slang), political-petition (現市長, 辞めさせる); and
warnings, reports and ordinary sentences excused in illegal-trade, illegal-offers,
obscene-terms, public-order-suicide, discrimination-exclusion, political-campaigning,
commercial-solicitation (the city's own accounts), threat-harm-hints and threat-veiled
(暑さをぶっ飛ばすぞ).

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
