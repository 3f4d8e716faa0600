"""Re-install the shipped default rules after the sixteenth round of rule changes, learned from
the kinds of miss and false flag of held-out set K: new rules threat-blade-swung,
threat-wants-hurt, threat-drowned-wished, defamation-den-of, defamation-kana-insults,
defamation-shill-accused, discrimination-shut-away, discrimination-minorities-scorned,
discrimination-marriage-refused, discrimination-women-roles, discrimination-slur-masked,
obscene-sex-wanted, obscene-peeking, public-order-disaster-wished, public-order-victim-blamed,
public-order-dying-asked, privacy-person-identified, privacy-calls-urged, privacy-room-told,
privacy-health-told, commercial-sign-up-offers, commercial-kana-asks,
commercial-dialect-invites, confidential-inside-told, false-info-alarm-hushed,
impersonation-notice-spread, impersonation-police-voice, ip-pirated, illegal-poaching-helped,
illegal-others-name, harmful-link-credentials-asked, defamation-insult-masked,
defamation-firm-crooked, privacy-person-located and ip-used-without-leave (the data is in
``moderation/engine/defaults_round16*.py``).

Wider threat-explosives-brought (爆弾しかけたから), threat-arson (火つけたろか),
political-defeat-calls (現職以外に投票), public-order-animals-hurt (毒団子撒いといた),
public-order-bereaved-mocked (悲劇のヒロインぶってる), illegal-poached-catch (禁漁区で獲った…
仲買に流して), illegal-drugs (手に入るよ) and obscene-words-masked (ちん○ん); exceptions for a deficit or a gap filled in
threat-veiled, threat-harm-hints and threat-buried (赤字を埋めてやる), a child's own school
day in threat-knows-home (子どもの学校行事、調べといたよ), ugly-cute animals in
defamation-insults-ja and defamation-contempt (ブサイクな猫); commercial-numbers-and-trades no
longer takes a bare 「%オフ」 for a shop's advertising (only a shop's own 「%オフにします」,
「全品…%オフ」), nor commercial-sales-contact 「オフ」 for a contact; exceptions for care goods
and clothing advice in obscene-underwear-asked (紙パンツ, 下着の透けない浴衣の着付け), accounts
in another's name warned about in illegal-trade (他人名義の口座は犯罪), a buyer's own purchase in
commercial-solicitation (通販サイトで買おうと思う); and exceptions-quoted-abuse reads a scam
call or visit the writer received as a report (「…」と言って訪問してきた, 」と電話があった,
」と連絡が来た) and abuse quoted to object to it (「バカ」と職員さんを罵倒している人).

exceptions-quoted-abuse also reads, from the same session's work on reported speech: others'
posts (書き込んでる人, 」とコメント, 等の書き込み, 」を…削除 / 通報), talk about a word (は差別用語,
は言い過ぎ, ってどういう意味, と…言うのやめ), ヤジ, あだ名, 」の一言 and scams pointed at (という…勧誘,
」みたいな…DM, 」に…注意, 」と…称し, 」を…名乗); copies of と… ways that the engine already finds
with って, なんて or という are dropped from the list.

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
    dependencies = [("moderation", "0032_install_default_rules_round15")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
