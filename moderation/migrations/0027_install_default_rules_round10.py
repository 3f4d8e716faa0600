"""Re-install the shipped default rules after the tenth round of rule changes: new rules
threat-knows-whereabouts, threat-knows-home, threat-knows-routine, threat-family-watched,
threat-arson-hints, threat-family-hints, threat-silence-or-else, threat-waiting-on-the-way,
threat-armed-to-places, impersonation-city-header, discrimination-ancestry-belief,
discrimination-ancestry-marriage, discrimination-contagion-myths, discrimination-worth,
discrimination-region, discrimination-polite-return, discrimination-expulsion,
discrimination-emoji-no-entry, commercial-polite-openers, commercial-polite-work-offers,
commercial-company-voice, defamation-business-fraud, defamation-city-accomplice,
commercial-shop-dialect, religious-invitations-polite-dialect, religious-spirit-threats,
political-party-self-named, obscene-requests-polite-dialect, illegal-drug-slang-coded and
privacy-named-person-facts (the data is in ``moderation/engine/defaults_round10*.py``);
wider impersonation-city-voice (石巻市秘書広報課でございます, 私は石巻市長です + DM, 口座番号, 生年月日, 再ログイン),
political-campaign-more and political-supporters-club (立候補いたしました),
discrimination-sexuality-slurs (同性愛なんて病気), discrimination-slurs (しなじん),
illegal-drug-slang-offers (吸いてえ奴はうぢさ来い), impersonation-official-claim (お電話ください, 還付金),
exceptions-quoted-abuse (「殺すぞ」と留守電が入った); entries withdrawn that flagged innocent words: the
everyday words used as drug slang (野菜, アイス, チョコ, 草) of illegal-drug-slang-offers (now their
own rule, with the words of drugs only), the masked substrings of obscene-words-masked
(キャッチコピー, まことに), 障害がある of privacy-private-facts, and exceptions for a workplace asked about
(privacy-private-facts), 命が惜しければすぐ避難 and ご家族が無事だといいですね (threat-veiled, which also takes
背中に気をつけて), うちの子供がどうなってもいいのか (threat-harm-hints), ペンキがはげて (defamation-insults-ja) and ハーフマラソン
(discrimination-exclusion).

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
    dependencies = [("moderation", "0026_install_default_rules_round9")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
