"""Re-install the shipped default rules after the fifteenth round of rule changes, learned from
the kinds of miss and false flag of held-out set J: new rules threat-explosives-brought,
threat-going-to-beat, threat-car-rammed, threat-family-looked-up, threat-buried,
threat-death-disguised, defamation-face-insulted, defamation-only-fools,
defamation-insult-stretched, defamation-hushed-up, defamation-animal-emoji,
discrimination-group-traits, discrimination-disabled-shut-away, public-order-bereaved-mocked,
other-nonsense-run, off-topic-personal-wants, commercial-easy-money,
commercial-paperwork-for-fee, commercial-bought-for-cash, confidential-closed-papers,
false-info-deaths-hushed, false-info-water-poisoned, impersonation-office-self-named,
impersonation-official-in-kana, privacy-home-told, privacy-child-named,
privacy-address-pointed, privacy-handle-as-culprit, obscene-emoji-invitation,
illegal-theft-unnoticed, illegal-receipts-padded, illegal-waste-burned, illegal-medicine-sold,
illegal-unroadworthy-driving, political-defeat-calls, political-supporters-recruited,
political-vote-asked, religious-misfortune-foretold, religious-salvation-called,
religious-spiritual-club and harmful-link-city-name-misspelt (the data is in
``moderation/engine/defaults_round15*.py``); the first rule for the clause off_topic.

Wider defamation-crime-asserted (付け届けもらってる, 反社とつながってる, セクハラ常習犯),
discrimination-women-unfit (女に…務まるわけねぇ, 何も決められねぇ), public-order-animals-hurt
(投げ込んでる), illegal-poached-catch (漁協通さねぇで), illegal-papers-forged (障害者手帳、本物と
同じ見た目), ip-work-copied (まるごと転載, 全巻スキャン…無料配布, 親に断らずに…アップしとく) and
confidential-bid-prices (まだ公表前だけど); exceptions for 鉄くず and other scrap, ばか as an
intensifier or in idioms (ばかに冷えた, ばかうまい, ばか正直, ばかを見る), the dialect しねぇべ
('will not do'), クーリングオフ, and the city hall's published address without the city name.

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
    dependencies = [("moderation", "0031_install_default_rules_round14")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
