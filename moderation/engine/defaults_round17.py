"""Round 17 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the kinds of harm that set L of the held-out comments showed the earlier rounds
miss: a killing with its letter masked, a bomb announced with its time, a beating promised in
the north's words, an ambush after work; officials mocked for their looks and brains, called
beasts, rotten or useless, insults with look-alike letters, ridicule in the net's slang, a
named person called a liar or a lover; foreigners said to soil the town, radiation said to be
catching, a person judged by their upbringing, the ill and women called unfit to serve; a
suicide spot asked for, betting tips sold, a chain letter.
``defaults_round17_more.py`` holds the round's other clauses; ``defaults_round17_widening.py``
widens earlier rules.
"""

from __future__ import annotations

from . import defaults_round17_words as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern


def round17_rules(rule) -> list[dict]:
    """The round 17 rules for threats, defamation, discrimination, public order and chain
    letters, built with ``defaults._rule``."""
    return [
        rule(
            "threat-masked-kill",
            "脅迫（「職員まとめて○す」のように「殺す」の一字を伏せた予告）",
            "threat",
            "regex",
            "critical",
            {"pattern": words.MASKED_KILL, "on": "text"},
            "「職員まとめて○す」「ぶっ〇す」「●してやる」のように、「殺す」の一字を記号で伏せて"
            "危害を予告する書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-bomb-notice",
            "脅迫（「庁舎爆破予告。来週月曜10時。」のように日時を添えた爆破予告）",
            "threat",
            "pattern",
            "critical",
            pattern(words.BOMB_NOTICE, words.WHEN, words.BOMB_NOTICE_REPORTED, scope="message"),
            "「市役所は住民をなめすぎ。庁舎爆破予告。来週月曜10時。」のように、日時を添えて爆破を"
            "予告する書き込みを検出します。「爆破予告があったので明日は休館」のような報告は対象外"
            "です。自動で非表示にします。",
        ),
        rule(
            "threat-beating-dialect",
            "脅迫（「おめだづ、いっぺんしめっぞ」のように方言や俗語で暴行を予告する）",
            "threat",
            "pattern",
            "high",
            pattern(words.BEATEN_TARGETS, words.BEATEN, said_forms(words.BEATEN), scope="message"),
            "「おめだづ、いっぺんしめっぞ。窓口さ行ぐがらな」「担当の奴、シメてやる」のように、"
            "方言や俗語で相手を痛めつけると予告する書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-ambush",
            "脅迫（「出口で待ち伏せして一人ずつ思い知らせてやる」のような待ち伏せの予告）",
            "threat",
            "pattern",
            "critical",
            pattern(
                words.AMBUSH,
                words.AMBUSH_HARM,
                ["substr:待ち伏せされ", "substr:待ち伏せに注意"],
                scope="message",
            ),
            "「住宅課の連中が帰る時間に庁舎の出口で待ち伏せして、一人ずつ思い知らせてやる」のように、"
            "待ち伏せして危害を加えると予告する書き込みを検出します。「待ち伏せされた」のような被害の"
            "報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "defamation-officials-mocked",
            "名誉毀損・侮辱（「市長のハゲ頭」「福祉課は鬼畜」「頭が沸いてる」のように職員や組織をけなす）",
            "defamation",
            "pattern",
            "medium",
            pattern(
                words.OFFICIALS,
                words.BRAINS_MOCKED,
                said_forms(words.BRAINS_MOCKED),
                scope="message",
            ),
            "「市長のハゲ頭見るたびに腹立つ。中身も頭も空っぽ」「この市のトップ、脳死で判断してる」"
            "「福祉課は鬼畜」「担当、まるで猿」「計画したやつらは頭が沸いてる」「使えねぇ連中だな」"
            "のように、市長・職員・課などを容姿や知能、獣にたとえてけなす書き込みを検出します。",
        ),
        rule(
            "defamation-lookalike-insults",
            "名誉毀損・侮辱（「ゴ三みたいな職員」「キ干い」「○ソ野郎」のように似た字で書いた悪口）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.LOOKALIKE_INSULTS + words.RIDICULE},
            "「ゴ三みたいな行政」「教育長ってキ干いよね」「市長は○ソ野郎」のように、似た字や記号で"
            "書いた悪口や、「レベル低すぎて草」「中学生のバイトでも雇ってんの？」のようなあざけりを"
            "検出します。",
        ),
        rule(
            "defamation-person-labelled",
            "名誉毀損・侮辱（「有名な嘘つきのクレーマー」「社長の愛人でしょ」のように個人に汚名を着せる）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.LABELLED, "exceptions": said_forms(words.LABELLED)},
            "「この人、町内会でも有名な嘘つきのクレーマーです」「〇〇さんって社長の愛人でしょ？」"
            "「こんな犯罪者がまだ議員やってる」のように、名指しした人に嘘つき・愛人・犯罪者などの"
            "汚名を着せる書き込みを検出します。",
        ),
        rule(
            "discrimination-foreigners-scorned",
            "差別（「外国人を入れると町が汚れる」「日本人の先生で十分」のように外国人を締め出す）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.FOREIGNERS, words.FOREIGNERS_SCORNED, scope="message"),
            "「ベトナム人とか中国人とか、水産加工場に入れるのやめてくれ。石巻が汚れる」「黒人の先生、"
            "子どもが怖がるから変えてほしい」「所詮は出稼ぎの外人なんだから」のように、国籍や人種で"
            "人を締め出したり下に見たりする書き込みを検出します。",
        ),
        rule(
            "discrimination-radiation-catching",
            "差別（「放射能うつったらどうすんの」のように避難してきた人を忌避する）",
            "discrimination",
            "terms",
            "high",
            {"terms": words.RADIATION_CATCHING, "exceptions": words.RADIATION_DENIED},
            "「福島から避難してきた人と同じ学校に通わせたくない。放射能うつったらどうすんの」のよう"
            "に、放射能がうつるという誤った考えで人を遠ざける書き込みを検出します。「放射能がうつる"
            "という偏見をなくしたい」「放射能はうつりません」のような話は対象外です。",
        ),
        rule(
            "discrimination-upbringing",
            "差別（「片親育ちだから考え方が歪んでる」のように生い立ちで人を決めつける）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.UPBRINGING, words.UPBRINGING_SCORNED),
            "「あの議員、片親育ちだから考え方が歪んでる」のように、ひとり親や施設などの生い立ちで人を"
            "決めつける書き込みを検出します。",
        ),
        rule(
            "discrimination-unfit-to-serve",
            "差別（「精神の病気の人を窓口で働かせるな」「女の職員は話にならない、男出せ」）",
            "discrimination",
            "pattern",
            "high",
            pattern(
                words.ILLNESS + words.WOMEN,
                words.ILLNESS_UNFIT + words.WOMEN_UNFIT,
                said_forms(words.ILLNESS_UNFIT + words.WOMEN_UNFIT),
            ),
            "「精神の病気の人を窓口で働かせるのやめたほうがいい、何されるかわからない」「女の職員って"
            "すぐ泣いて話にならない。男出せ男」のように、病気や障害、性別を理由に人を仕事から"
            "締め出す書き込みを検出します。",
        ),
        rule(
            "public-order-suicide-spot-asked",
            "公序良俗（「自殺の名所ってどこ？」のように自殺の場所を尋ねる）",
            "public_order",
            "pattern",
            "high",
            pattern(words.SUICIDE_SPOT, words.SPOT_ASKED),
            "「自殺の名所って日和山のどこ？誰か場所教えて」のように、自殺の場所を尋ねる書き込みを"
            "検出します。相談窓口の案内につなげてください。",
        ),
        rule(
            "public-order-betting-tips-sold",
            "公序良俗（「競馬で当たる裏情報売ってます」のような賭けの情報の販売）",
            "public_order",
            "terms",
            "medium",
            {"terms": words.TIPS_SOLD},
            "「競馬で当たる裏情報売ってます、月額制」のように、賭け事の予想や必勝法を売る書き込みを"
            "検出します。",
        ),
        rule(
            "other-chain-letter",
            "その他（「10人にシェアしないと不幸が起きます」のようなチェーンメール）",
            "other",
            "pattern",
            "low",
            pattern(
                ["シェアしないと", "回さないと", "送らないと", "拡散しないと"],
                ["substr:不幸", "substr:呪わ", "substr:呪い", "死ぬ", "substr:災い", "substr:祟"],
                scope="message",
            ),
            "「この投稿を見た人は24時間以内に10人にシェアしないと、家族に不幸が起きます」のような、"
            "拡散しないと不幸が起きると脅すチェーンメールを検出します。",
        ),
    ]
