"""Round 12 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the kinds of harm that sets F and G of the held-out comments showed the
earlier rounds miss: a death wished in a conditional (死んじまえばいいのに), harm foretold as
if by chance (いつか誰かに刺されますよ), a weapon brought to a meeting with 覚悟, an office
to be burned; events disrupted, hoaxes spread for fun, an office flooded with calls, danger
courted for views, animals hurt for fun; women, ancestry, illness, occupation and a people
held unfit or shut out; a named person said to commit a crime, and insults by likeness.
``defaults_round12_more.py`` holds the round's solicitation, impersonation, privacy, illegal
offers, obscenity, politics and faith; ``defaults_round12_widening.py`` widens earlier rules.
Precision first, as in ``defaults.py``: ordinary words are only halves of patterns; quoting
and reporting are excused by short tails for terms.
"""

from __future__ import annotations

from functools import partial

from . import defaults_round12_words as words
from .rule_shapes import pattern, reported_forms, short_tails


def round12_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 12 rules for threats, public order, discrimination and defamation, built
    with ``defaults._rule``; ``reporting_tails`` are round 5's ways of quoting or reporting."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "threat-death-wished",
            "脅迫（「死んじまえばいいのに」「首吊っちまえばいい」のような死を望む言い方）",
            "threat",
            "terms",
            "critical",
            {"terms": words.DEATH_WISHED, "exceptions": reported(words.DEATH_WISHED)},
            "「お前みたいな職員、さっさと死んじまえばいいのに」「首吊っちまえばいいっちゃ」「はやく"
            "しんだら いいよ」のように、命令形ではなく「〜ばいい」「〜たらいい」の形で相手の死を"
            "望む書き込みを検出します。方言やひらがなも対象です。「死ねばいいのにと言われた」のような"
            "報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-veiled-harm",
            "脅迫（「相応のことをさせていただきます」「海さ沈めでやっぺ」のような遠回しの脅し）",
            "threat",
            "terms",
            "high",
            {"terms": words.VEILED_HARM, "exceptions": reported(words.VEILED_HARM)},
            "「ご自宅に伺って相応のことをさせていただきます」「お礼参りに伺います」「海さ沈めでやっぺ」"
            "のように、丁寧語や方言で危害を予告する書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-veiled-harm-named",
            "脅迫（職員などに「いつか誰かに刺されますよ」「何があっても知らねぇど」と告げる脅し）",
            "threat",
            "pattern",
            "high",
            pattern(
                words.WARNED_PEOPLE, words.VEILED_WARNINGS, words.WARNINGS_ORDINARY, scope="message"
            ),
            "「こんな対応ばかりしてると、いつか誰かに刺されますよ」「観光課の〇〇さん、そのうち事故に"
            "遭うかもしれませんね」「支援課の担当、何があっても知らねぇど」のように、職員や相手に向けて"
            "偶然や忠告を装って危害をほのめかす書き込みを検出します。「蜂に刺されても知らないよ」の"
            "ような注意は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-weapon-brought-braced",
            "脅迫（刃物などを持って行くと告げて「覚悟しておいて」と脅す）",
            "threat",
            "pattern",
            "high",
            pattern(words.WEAPONS_CARRIED, words.BRACED_FOR, scope="message"),
            "「次の説明会、刃物持って参加させていただきます。覚悟しておいてください」のように、"
            "刃物やバットなどを持って行くことと「覚悟しておけ」などの脅しを同じ書き込みで告げるものを"
            "検出します。「包丁を持って料理教室へ」のような普通の話は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-office-burned",
            "脅迫（「市役所燃やしちまえばいい」のような役所への放火の予告・扇動）",
            "threat",
            "pattern",
            "high",
            pattern(words.ARSON_TARGETS, words.BURNED),
            "「市役所燃やしちまえばいいんだ。俺がやってやるよ」「支所に火つけてやる」のように、"
            "市役所・庁舎・公民館などを燃やそうと書き込むものを検出します。自動で非表示にします。",
        ),
        rule(
            "public-order-event-disruption",
            "公序良俗（式典・祭り・訓練などの妨害の呼びかけ）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.EVENTS, words.DISRUPTED, words.DISRUPTION_REPORTED),
            "「成人式、今年も暴れてテレビに映ろうぜ。会場の椅子全部ぶっ壊す」「花火大会、みんなで"
            "打ち上げ邪魔しようぜ」「公民館まつりに爆竹持ち込んで驚かそうぜ」「避難所の消火器、"
            "ぶちまけたら楽しそう」のように、式典・祭り・訓練・避難所などでの妨害やいたずらを"
            "呼びかける書き込みを検出します。",
        ),
        rule(
            "public-order-hoax-for-fun",
            "公序良俗（「本物の津波」などのデマを面白半分に流そうという呼びかけ）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.HOAXES, words.SPREAD_FOR_FUN),
            "「訓練のサイレン、SNSで『本物の津波』って流したら面白くね？」「食中毒出たってデマ流せば"
            "屋台空く」のように、災害や事件のデマを面白半分や自分の得のために流そうとする書き込みを"
            "検出します。",
        ),
        rule(
            "public-order-office-obstruction",
            "公序良俗（役所に電話をかけまくって業務を止めようという呼びかけ）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.OFFICES, words.OBSTRUCTED, words.OBSTRUCTION_REPORTED),
            "「子育て支援課に全員で一日中電話かけまくって業務止めよう」のように、役所の窓口や電話に"
            "押しかけて業務を妨害しようと呼びかける書き込みを検出します。",
        ),
        rule(
            "public-order-danger-for-views",
            "公序良俗（津波・大雨のときに海や川へ撮影に行こうという呼びかけ）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.DANGERS, words.COURTED, words.COURTED_WARNED),
            "「津波注意報出たら海岸行って動画撮ろうぜ。バズるぞ」「台風の日に川見に行こうぜ」のように、"
            "災害の危険があるときに海や川へ見物・撮影に行こうと呼びかける書き込みを検出します。",
        ),
        rule(
            "public-order-animals-hurt-for-fun",
            "公序良俗（動物に爆竹を投げる・毒餌で始末するなどの虐待）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.ANIMALS, words.HURT_FOR_FUN),
            "「金華山の鹿に爆竹投げてみた」「野良猫、毒入りの餌で何匹も始末してやった」のように、"
            "動物を面白半分に傷つけたことや傷つけようとすることを書き込むものを検出します。",
        ),
        rule(
            "public-order-victims-mocked",
            "公序良俗（震災の犠牲者や行方不明者をあざける書き込み）",
            "public_order",
            "pattern",
            "medium",
            pattern(
                words.MOCKED_PLACES + ["震災", "津波", "犠牲者", "事故"],
                words.MOCKED_DEAD,
                scope="message",
            ),
            "「大川小の事故ってネタとして最高」「行方不明者まだ探してんの？魚の餌になってるって」"
            "「津波で流された奴らは自業自得」のように、震災の犠牲者や行方不明者をあざける書き込みを"
            "検出します。",
        ),
        rule(
            "discrimination-women-unfit",
            "差別（「女が課長だからダメ」「女は家で飯作ってればいい」のような女性差別）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.WOMEN, words.UNFIT, words.UNFIT_REBUTTED),
            "「女が課長やってるから防災推進課はダメなんだよ」「女が市長とか無理に決まってるだろ」"
            "「女は家で飯作ってればいいんだよ」のように、女性であることを理由に役職や仕事に向かない"
            "と書き込むものを検出します。「女は家にいろという考えは古い」のような反論は対象外です。",
        ),
        rule(
            "discrimination-shut-out",
            "差別（出自・職業・病気・信仰・国籍を理由にした排除や蔑み）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.SHUNNED, words.SHUT_OUT, words.SHUT_OUT_REBUTTED),
            "「精神病患者を地域で受け入れるなんて危険。隔離しとけ」「エイズの人がプール使ったら"
            "うつるでしょ」「あの宗教の信者は公務員にするな」「東南アジアの連中は民度が低い」のように、"
            "病気・障害・信仰・国籍を理由に人を排除したり蔑んだりする書き込みを検出します。"
            "「エイズはプールではうつりません」のような説明は対象外です。",
        ),
        rule(
            "discrimination-contempt-terms",
            "差別（「部落出身」「学のない連中」のような出自・職業への蔑み）",
            "discrimination",
            "terms",
            "high",
            {"terms": words.CONTEMPT_TERMS, "exceptions": reported(words.CONTEMPT_TERMS)},
            "「部落出身の職員がいるらしい」「あの地区は昔から部落だから」「漁師なんて学のない連中」"
            "「実習生ってどうせ出稼ぎの貧乏人だっちゃ」のように、出自や職業で人を蔑む言い方を"
            "検出します。",
        ),
        rule(
            "discrimination-ape-emoji",
            "差別（人種や国籍と猿・豚の絵文字）",
            "discrimination",
            "regex",
            "high",
            {"pattern": words.APE_EMOJI_PEOPLE, "on": "text"},
            "「黒人🐒🐒 の英語教師とか要らん」のように、人種・国籍・実習生などを猿や豚の絵文字で"
            "表す書き込みを検出します。",
        ),
        rule(
            "defamation-crime-asserted",
            "名誉毀損（実名や役職の人が横領・虐待・不正をしていると断定する書き込み）",
            "defamation",
            "pattern",
            "high",
            pattern(words.ACCUSED, words.CRIMES_ASSERTED, words.CRIMES_REPORTED),
            "「観光課の高橋課長は業者からキックバックもらってるって有名」「○○水産の社長、給料ピンハネ"
            "してる犯罪者」「あの保育士、絶対子どもに手あげてる」「組合長は補助金を横領して愛人に"
            "貢いでる」のように、特定の人や店が犯罪や不正をしていると根拠なく断定する書き込みを"
            "検出します。「職員が横領で逮捕された」のような報道の話は対象外です。",
        ),
        rule(
            "defamation-likeness-insults",
            "名誉毀損（「ゴミの集まり」「お猿さんでも」「豚みたいな顔」のような侮辱）",
            "defamation",
            "terms",
            "medium",
            {
                "terms": words.LIKENESS_INSULTS,
                "exceptions": reported(words.LIKENESS_INSULTS) + words.LIKENESS_REPORTED,
            },
            "「防災推進課はゴミの集まり」「お猿さんでももう少しまともな説明ができる」「豚みたいな顔して"
            "偉そうに」「脳みそのかわりに綿が詰まってらっしゃる」「ク◯職員」のように、動物や物に"
            "たとえたり伏せ字を使ったりして人や部署を侮辱する書き込みを検出します。「猿でもわかる"
            "確定申告」のような言い方は対象外です。",
        ),
        rule(
            "threat-kill-compound",
            "脅迫（「殴り殺してやる」「刺し殺すぞ」のような複合動詞の殺害予告）",
            "threat",
            "terms",
            "critical",
            {"terms": words.KILL_COMPOUNDS, "exceptions": []},
            "「担当のやつを待ち伏せして殴り殺してやるからな」「刺し殺すぞ」のように、殴り殺す・"
            "刺し殺す・絞め殺すなどの複合動詞で殺害を予告する書き込みを検出します。"
            "自動で非表示にします。",
        ),
    ]
