"""Round 11 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from kinds of harm that the earlier rounds miss: arson announced by fuel carried to
a public place (市役所に灯油を持って行くわ, ガソリンをお持ちして伺います), harm to a crowd called
for (人混みに打ち込もうぜ), harm wished as fun (ブレーキが効かなくなったら面白いのに), a weapon
emoji with a waiting threat, a child's school or a night road named politely as a threat;
desecration of memorials and the disaster's places (慰霊碑の前で騒いできたｗ, 震災遺構に落書き),
the disaster mocked (津波で流される〜♪), public nudity called for; sexual remarks on staff's
clothes and sexual slang or masked words (ヌキたい, セ○レ, エ□動画); votes asked in dialect and
hiragana (さ入れでけさいん, いっぴょうを おねがいします); a candidate's own announcement with a
request for support; faith promised to heal, in dialect or katakana; a city office, the mayor
or the police named to ask for a reply, data or another channel; a named person's record,
illness or pregnancy told; goods and crime offered; a link spelled out (ドット コム).

The words are in ``defaults_round11_words.py`` and ``defaults_round11_words2.py``; the widening
of earlier rules (and the exceptions that fix round 11's false flags) in
``defaults_round11_widening.py``. Precision first, as in ``defaults.py``: ordinary words are
only halves of patterns; quoting and reporting are excused by short tails for terms.
"""

from __future__ import annotations

from functools import partial

from . import defaults_round11_words as words
from .rule_shapes import pattern, reported_forms, short_tails


def round11_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 11 rules, built with ``defaults._rule``; ``reporting_tails`` are the ways
    of quoting or reporting of round 5 (…という, …と言)."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "threat-fuel-carried",
            "脅迫（灯油やガソリンを役所や説明会に持って行くという放火のほのめかし）",
            "threat",
            "pattern",
            "high",
            pattern(words.FUEL_PLACES, words.FUEL_CARRIED, words.FUEL_ERRANDS, scope="message"),
            "「明日、市役所に灯油を持って行くわ。楽しみにしとけ」「住民説明会にガソリンをお持ちして"
            "伺います」のように、灯油・ガソリンなどを役所・窓口・説明会に持って行くと告げて放火を"
            "ほのめかす書き込みを検出します。丁寧な言い方でも対象です。「灯油を持って行くと回収して"
            "もらえますか」のような処分や配達の質問は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-crowd-attack",
            "脅迫（人混みや観客に花火や車を打ち込もうという呼びかけ）",
            "threat",
            "pattern",
            "high",
            pattern(words.CROWDS, words.AIMED_AT_CROWDS),
            "「花火、みんなで人混みに打ち込もうぜ」「観客に車で突っ込んでやる」のように、人混みや"
            "観客に向けて危害を加えようと呼びかける書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-harm-wished-as-fun",
            "脅迫（「ブレーキが効かなくなったら面白いのに」のような危害の示唆）",
            "threat",
            "pattern",
            "high",
            pattern(words.GLEE, words.MISHAPS),
            "「市長の車、ブレーキが効かなくなったら面白いのにねぇ」「あいつの家が燃えたらスカッと"
            "する」のように、相手が事故や被害にあうことを冗談や皮肉の形で望み、ほのめかす書き込みを"
            "検出します。自動で非表示にします。",
        ),
        rule(
            "threat-weapon-emoji-waiting",
            "脅迫（刃物や銃の絵文字と「待ってるからな」）",
            "threat",
            "regex",
            "high",
            {"pattern": words.WEAPON_WAITING, "on": "text"},
            "「🔪🔪🔪 明日の説明会で待ってるからな」のように、刃物・銃・爆弾の絵文字と、待ち伏せや"
            "覚悟を告げる言葉を同じ文で使う脅しを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-death-dares",
            "脅迫（「ぶっころされてぇのか」「死にさらせ」のような殺害の脅し）",
            "threat",
            "terms",
            "critical",
            {"terms": words.DEATH_THREATS, "exceptions": reported(words.DEATH_THREATS)},
            "「ぶっころされてぇのか」「殺されたいのか」「死にさらせ」のように、崩した言い方や"
            "ひらがなで相手に死や暴力を突きつける脅しを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-polite-night-roads",
            "脅迫（「市長さん、夜道には気をつけた方がいいですよ」のような丁寧な脅し）",
            "threat",
            "pattern",
            "high",
            pattern(words.THREATENED, words.NIGHT_ROADS),
            "「市長さん、夜道には気をつけた方がいいですよ」「課長、帰り道にはくれぐれもお気をつけ"
            "ください」のように、市長・職員などに向けて夜道や帰り道への注意を装って脅す書き込みを"
            "検出します。「夜道に気をつけて帰りましょう」のような呼びかけは対象外です。"
            "自動で非表示にします。",
        ),
        rule(
            "discrimination-disability-origin",
            "差別（障害者・在日・移住者・よそ者・民族への排除や蔑み）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.CONTEMPT, words.GROUPS, words.CONTEMPT_REBUTTED + words.NOT_NEEDED),
            "「しょうがいしゃは いらない」「障害者の施設を住宅地に作るな、気持ち悪い」「在日を市の職員"
            "に採用するなんてありえない」「よそ者は出ていけ」「ああいう民族は不潔で文化が低い」のように、"
            "障害のある人・在日の人・移住者・民族について、同じ文の中で排除や蔑みを書き込むものを"
            "検出します。「予約はいらないですか」のような手続きの話、「障害者はいらないという考えは"
            "間違い」のような反論は対象外です。",
        ),
        rule(
            "public-order-desecration",
            "公序良俗（慰霊碑・震災遺構・葬儀場での冒とく）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.MOURNING_PLACES, words.DESECRATED, words.DESECRATION_REPORTED),
            "「震災遺構の壁に落書きしてきた」「慰霊碑の前でバーベキューして騒いできたｗ」「夜中に"
            "門脇小に忍び込んで肝試ししようぜ」「葬儀場の前で騒ごうぜ」のように、慰霊碑・震災遺構・"
            "葬儀場などで冒とくする行為をした・しようと呼びかける書き込みを検出します。「慰霊碑の前で"
            "騒いでいる人がいた」のような報告や苦情は対象外です。",
        ),
        rule(
            "public-order-disaster-mockery",
            "公序良俗（震災・津波や犠牲者をネタにした嘲笑）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.DISASTER, words.MOCKED, words.MOCKERY_REPORTED),
            "「震災をネタにした替え歌作ったから聞いて。津波で流される〜♪」のように、震災・津波や"
            "犠牲者を笑いのネタにする書き込みを検出します。「震災をネタにするのはやめて」のような"
            "批判は対象外です。",
        ),
        rule(
            "public-order-nude-stunts",
            "公序良俗（全裸や裸で踊るなどの行為の呼びかけ・動画）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.STUNT_CALLS, words.NUDE_STUNTS),
            "「祭りでみんなで全裸になって川に飛び込もうぜ」「駅前で裸で踊る動画撮ったｗ」のように、"
            "公共の場で裸になる行為を呼びかけたり見せたりする書き込みを検出します。",
        ),
        rule(
            "obscene-body-remarks",
            "わいせつ（職員などの下着や服装への性的なからかい）",
            "obscene",
            "pattern",
            "medium",
            pattern(words.LEERING, words.BODY_REMARKS),
            "「広報のおねえさん、パンツ見えてたｗｗ」「もっと短いスカートで撮影して」のように、"
            "職員や出演者の下着・胸・服装を性的にからかう書き込みを検出します。",
        ),
        rule(
            "obscene-slang-masked",
            "わいせつ（「セ○レ」「エ□動画」のような伏せ字や伸ばし書き）",
            "obscene",
            "terms",
            "medium",
            {"terms": words.SEXUAL_SLANG, "exceptions": reported(words.SEXUAL_SLANG)},
            "「セ○レ募集」「エ□動画の撮影に協力して」「エッッッロ」のように、"
            "記号や漢字の「口」で伏せた語、伸ばし書きを検出します。",
        ),
        rule(
            "obscene-slang-wishes",
            "わいせつ（「今夜ヌキたい人いる？」のような性的な隠語での誘い）",
            "obscene",
            "pattern",
            "medium",
            pattern(words.SLANG_WHEN, words.SLANG_WISHES),
            "「今夜ヌキたい人いる？石巻近辺で」のように、性的な隠語と時間・場所・DMなどを同じ文で"
            "使う誘いを検出します。「雑草を抜きたい人は集合」のような普通の言い方は対象外です。",
        ),
        rule(
            "obscene-emoji-solicitation",
            "わいせつ（性的な絵文字とDMの誘い）",
            "obscene",
            "regex",
            "medium",
            {"pattern": words.SEX_EMOJI_CALLING, "on": "text"},
            "「🍑👅 これ見て興奮した人DMして」のように、性的な意味で使われる絵文字の組み合わせと"
            "DMや募集の誘いを同じ文で使う書き込みを検出します。",
        ),
    ]
