"""Re-install the shipped default rules after the twelfth round of rule changes, learned from
the kinds of miss of held-out sets F and G: new rules threat-death-wished, threat-veiled-harm,
threat-veiled-harm-named,
threat-weapon-brought-braced, threat-office-burned, threat-kill-compound,
public-order-event-disruption, public-order-hoax-for-fun, public-order-office-obstruction,
public-order-danger-for-views, public-order-animals-hurt-for-fun, public-order-victims-mocked,
discrimination-women-unfit, discrimination-shut-out, discrimination-contempt-terms,
discrimination-ape-emoji, defamation-crime-asserted, defamation-likeness-insults,
commercial-price-offers, commercial-dating-lures, commercial-income-contact,
impersonation-office-asks-money, impersonation-new-official-page, impersonation-false-orders,
privacy-cards-flats-accounts, privacy-accounts-illness-told, privacy-card-number-told,
illegal-getting-away-advised, illegal-documents-forged-to-order, illegal-stolen-goods,
obscene-words-round12, obscene-emoji-aimed, obscene-moan-written,
political-rallies-and-romaji, political-vote-romaji, religious-fear-and-cures,
harmful-link-benefit-apply and harmful-link-lure-pieces (the data is in
``moderation/engine/defaults_round12*.py``); wider threat-knows-home (お前の家は知ってる),
threat-polite-night-roads (夜道さ気ぃつけろよ), threat-death-dares (殺されたいんですか),
threat-violence-ja (全員氏ね, ＫＩＬＬ市長), public-order-nude-stunts (全裸になったら話題に),
harmful-link-spelled-out (ドット エックスワイゼット, dotto xyz), political-vote-asks-dialect
(さんに いれてね); an exception for バカな質問ですみません (defamation-insults-ja).

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
    dependencies = [("moderation", "0028_install_default_rules_round11")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
