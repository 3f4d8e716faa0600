"""Re-install the shipped default rules after the ninth round of rule changes: new rules
threat-carrying-weapons, threat-deserved-and-dialect, threat-announced-bombs,
threat-counted-victims, threat-emoji-weapons,
defamation-emoji-insults, defamation-sarcastic-titles, defamation-sarcastic-honorifics,
discrimination-exclusion-requests, threat-romaji, discrimination-romaji,
defamation-rumoured-crimes, discrimination-sexuality-slurs, commercial-numbers-and-trades,
commercial-followers-and-money, commercial-money-seekers, commercial-side-jobs-more,
political-campaign-more, political-demonstrations, political-supporters-club,
religious-recruitment-more, illegal-forgery-offers, illegal-offers-more,
illegal-dealing-terms, obscene-wishes, obscene-words-masked, public-order-victims-and-dead,
public-order-victim-contempt, public-order-child-pictures, privacy-someones-home and
privacy-numbers-said (the data is in ``moderation/engine/defaults_round9.py``); wider
exceptions-quoted-abuse (「死ね」とメールが来た, ってDMが来た), threat-violence-ja (市長、殺すぞ),
threat-staff-harm (消されても誰も困らない), defamation-accusations (裏口入学),
privacy-private-facts (〇〇さんの息子、障害があるらしい),
the defamation rules (サイコパス, 知能指数, はんかくせえ said of a person, お役所様, ほでなす),
discrimination-exclusion and discrimination-group-contempt (受け入れはやめてください,
隔離しとけ, なんてもういない), illegal-drug-slang-offers, illegal-dumping-squatting-calls,
public-order-vandalism, harmful-link-lure (不在通知, 再配達) and impersonation-city-voice
(石巻警察署です).

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
    dependencies = [("moderation", "0025_install_default_rules_round8")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
