"""Re-install the shipped default rules after the fourteenth round of rule changes, learned from
the kinds of miss and false flag of held-out set I: new rules threat-building-blown-up,
threat-sarcastic-care, threat-emoji-pointed, threat-dialect-beating,
defamation-insult-spelled-apart, defamation-empty-head, defamation-people-binned,
discrimination-kept-out, obscene-body-touched, obscene-underwear-asked,
public-order-animals-hurt, other-page-raided, commercial-lessons-sold, commercial-goods-resold,
confidential-bid-prices, confidential-personnel-told, confidential-internal-posted,
ip-work-copied, false-info-disaster-foretold, false-info-cover-up, false-info-produce-rumour,
false-info-panic-buying,
impersonation-notice-by-dm, impersonation-city-header-letters, privacy-person-marked-out,
privacy-reporter-named, illegal-poached-catch, illegal-papers-forged,
political-sent-to-chamber, religious-joining-heals, religious-spirits-rite and
harmful-link-lookalike-domain (the data is in ``moderation/engine/defaults_round14*.py``); the
first rules for the clauses confidential, ip_infringement, false_info and other.

Wider threat-polite-whereabouts (夜道には十分お気をつけくださいませ with a routine known),
threat-office-burned (明日燃やす, 火つけでやっからな; not 明日燃やすごみ), threat-fuel-carried
(回答がない場合…どうなっても), privacy-officials-children (市長のお嬢様、〇〇小学校の3年生),
defamation-crime-asserted (不正請求してる), defamation-dialect-insults (ほでなす glued to the
word before; おだづもっこ withdrawn: the coast says it fondly), discrimination-slurs (害人),
discrimination-women-unfit (女性の課長、感情的で), public-order-event-disruption (暴れて目立とう),
impersonation-office-orders (〇〇課よりお知らせいたします…ご記入ください) and
political-rally-calls (街頭演説会…お誘い合わせの上); exceptions for くずきり, クズ拾い,
時差ボケ, きもいり, 辞めろとまでは言わない and 池沼 as lakes and marshes.

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
    dependencies = [("moderation", "0030_install_default_rules_round13")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
