"""Re-install the shipped default rules after the seventeenth round of rule changes, learned
from the kinds of miss and false flag of held-out set L: new rules threat-masked-kill,
threat-bomb-notice, threat-beating-dialect, threat-ambush, defamation-officials-mocked,
defamation-lookalike-insults, defamation-person-labelled, discrimination-foreigners-scorned,
discrimination-radiation-catching, discrimination-upbringing, discrimination-unfit-to-serve,
public-order-suicide-spot-asked, public-order-betting-tips-sold,
other-chain-letter, privacy-recipient-named, privacy-list-posted, privacy-commenter-unmasked,
privacy-owner-traced, privacy-my-number-written, commercial-pitches, confidential-told-early,
confidential-insider-tells, false-info-rumour-spread, false-info-hoarding-urged,
false-info-all-clear, false-info-vaccine-scare, impersonation-division-giveaway,
ip-copied-shared, illegal-untraceable-deals, illegal-dumping-urged, illegal-driving-banned,
harmful-link-punycode, harmful-link-spelled-password, political-rally-joined and
political-petitions-and-candidates (the data is in ``moderation/engine/defaults_round17*.py``).

Wider threat-wants-hurt (二度と口が利けないようにしてやる), discrimination-slurs (ホモやオカマ),
obscene-sex-wanted (ポスターの子とヤりてぇ), privacy-health-told (運ばれたのは木村さんとこの…),
harmful-link-credentials-asked (リンクから口座番号を入れるだけ), public-order-bereaved-mocked
(死んだ子…親が金ほしいだけ), public-order-animals-hurt (毒団子まいて減らせばいい),
ip-work-copied (ゆるキャラのイラスト使ってLINEスタンプ…売ってます) and illegal-papers-forged
(住民票の写し、ちょっと加工して別の住所にしたい); exceptions for the north's "won't do" and a
filmed scene in threat-violence-ja (無理はしねぇ, 爆破するシーン), children's fees in
defamation-sarcasm (小学生以下は入場無料), a creature that may die in threat-veiled
(しんでしまうかもしれない), a page that impersonates the city reported in
impersonation-official-claim and impersonation-page-move (「石巻市公式」と名乗るページ,
「市長本人です」と名乗る), and a shortener named as the way a doubtful message came in
harmful-link-phishing-words (tinyurl のリンクで…); exceptions-quoted-abuse reads a scolding
(「バカもん！」って叱られた) and an SMS (というSMSが届きました) as reports.

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
    dependencies = [("moderation", "0033_install_default_rules_round16")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
