"""Re-install the shipped default rules after the sixth round of rule changes: new rules
illegal-dealing-offers, illegal-account-trade, illegal-crime-services, illegal-dark-jobs,
illegal-dark-job-apps, public-order-vandalism, public-order-antisocial,
public-order-trespass, discrimination-opinion, discrimination-gender-age,
discrimination-sexuality, discrimination-burden, threat-indirect,
threat-wishes-and-intent, threat-weapon-visit, defamation-accusations,
defamation-contempt, privacy-private-facts, privacy-plate, commercial-link-promotion,
obscene-harassment, commercial-seller-contact, commercial-schemes, obscene-words-more,
harmful-link-lure-words, religious-invitation-more, religious-organisation-invitation,
impersonation-city-link and political-vote-calls (the data is in
``moderation/engine/defaults_round6.py``); wider defamation-staff-insults,
threat-staff-harm, political-solicitation, political-party-activity,
commercial-shop-promotion, commercial-local-services, harmful-link-lure and
impersonation-official-claim; obscene-terms without ヤリたい and やらせてくれる (once kana are
folded they are やりたい, an ordinary word); and the phone rule's published number
blocks (0120*, 0800*, 0570*, 0225-95-*) allowed by prefix.

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
    dependencies = [("moderation", "0021_install_default_rules_round5")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
