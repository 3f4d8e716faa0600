"""Re-install the shipped default rules after the eleventh round of rule changes: new rules
threat-fuel-carried, threat-crowd-attack, threat-harm-wished-as-fun, threat-weapon-emoji-waiting,
threat-death-dares, threat-polite-night-roads, discrimination-disability-origin,
public-order-desecration,
public-order-disaster-mockery, public-order-nude-stunts, obscene-body-remarks,
obscene-slang-masked, obscene-slang-wishes, obscene-emoji-solicitation, political-vote-asks-dialect,
political-candidacy-support, religious-faith-promises, religious-gathering-invitations,
impersonation-office-self, privacy-private-records, privacy-child-alone,
commercial-goods-offers, illegal-crime-recruiting and harmful-link-spelled-out (the data is in
``moderation/engine/defaults_round11*.py``); wider threat-knows-whereabouts (お子さんの通っている
小学校、存じ上げております), threat-knows-home (ご自宅の場所はみんな知っていますからね), discrimination-worth
(人間のクズ, 選挙権を取り上げろ) and exceptions-quoted-abuse (「…」みたいなコメント); exceptions for
innocent words that were flagged: 蚊がうざい and 野菜くず (defamation-insults-ja), 勉強しねぇ and
誰も注意しねーの (threat-violence-ja).

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
    dependencies = [("moderation", "0027_install_default_rules_round10")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
