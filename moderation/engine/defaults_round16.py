"""Round 16 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the kinds of harm that set K of the held-out comments showed the earlier rounds
miss: a blade said to be swung where people gather, being killed offered as a question, a
person to be made unable to walk; people called a den of liars or trash, insults in hiragana,
a commenter called the city's plant, death wished as a flood; groups told to stay shut away,
sexual minorities scorned, marriage refused for a birthplace, women reduced to bearing
children; sex wanted with a woman seen, peeking under clothes; a disaster wished for, a
bullied child blamed, animals poisoned, ways to die asked. ``defaults_round16_more.py``
holds the round's other clauses; ``defaults_round16_widening.py`` widens earlier rules.
"""

from __future__ import annotations

from . import defaults_round16_words as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern


def round16_rules(rule) -> list[dict]:
    """The round 16 rules for threats, defamation, discrimination, obscenity and public order,
    built with ``defaults._rule``."""
    return [
        rule(
            "threat-blade-swung",
            "脅迫（「花火大会で刃物振り回します」のように刃物で暴れると予告する）",
            "threat",
            "pattern",
            "critical",
            pattern(words.BLADES, words.SWUNG, said_forms(words.SWUNG)),
            "「来週の花火大会で人が一番多い所で刃物振り回します」「包丁持って乗り込んでやる」のよう"
            "に、刃物を持って暴れる・切りつけると予告する書き込みを検出します。「包丁を振り回す人が"
            "いた」のような出来事の報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-wants-hurt",
            "脅迫（「ぶち殺されたいのか」のように危害を問いかけの形で告げる）",
            "threat",
            "terms",
            "high",
            {"terms": words.WANTS_HURT + words.CRIPPLED},
            "「ぶち殺されたいのか？」「殴られてぇのか」のように危害を問いかけの形で告げる書き込みや、"
            "「家まで押しかけて二度と外を歩けねぇようにしてやっからな」のような予告を検出します。"
            "自動で非表示にします。",
        ),
        rule(
            "defamation-den-of",
            "名誉毀損・侮辱（「嘘つきの集まり」「ゴミの掃き溜め」のように組織ごとけなす）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.DEN, "exceptions": said_forms(words.DEN)},
            "「教育委員会は嘘つきの集まり」「市役所はゴミの掃き溜め」「幹部は人殺し同然」「人の皮"
            "かぶった鬼」「あんなゴミを雇うな」のように、組織や人をまとめて嘘つき・ごみ・人殺し扱い"
            "する書き込みを検出します。",
        ),
        rule(
            "defamation-kana-insults",
            "名誉毀損・侮辱（「やくたたず」「ぜいきんどろぼう」のようにひらがなで書いた悪口）",
            "defamation",
            "terms",
            "medium",
            {"terms": ["substr:" + insult for insult in words.KANA_INSULTS] + words.SLACK},
            "「やくたたず　ぜいきんどろぼう」「あたまわるいひとしかいない」「だらしねぇ奴らだ」の"
            "ように、ひらがなや方言で書いた悪口を検出します。",
        ),
        rule(
            "defamation-shill-accused",
            "名誉毀損・侮辱（「市の回し者だろ」「職員のサクラでしょ」のように投稿者を工作員扱いする）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.SHILLS, "exceptions": said_forms(words.SHILLS)},
            "「〇〇って奴、市の回し者だろ」「いいね押してる人たち、職員のサクラでしょ？自作自演"
            "ご苦労さま」のように、ほかの投稿者を市の工作員やサクラだと決めつける書き込みを検出し"
            "ます。",
        ),
        rule(
            "threat-drowned-wished",
            "脅迫（「津波にでも流されちまえばよかった」のように災害で死ねばよかったと言う）",
            "threat",
            "terms",
            "critical",
            {"terms": words.DROWNED_WISHED},
            "「こんな決め方した連中、みんな津波にでも流されちまえばよかったのに」のように、人が災害"
            "で死ねばよかったと書く書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "discrimination-shut-away",
            "差別（「年寄りは家にこもってろ」「人間扱いしなくていい」のように集団を締め出す）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.SHUT_AWAY_GROUPS, words.SHUT_AWAY, scope="message"),
            "「年寄りはさっさと免許返納して家にこもってろ」「障害者施設は反対。ああいう人たちは山奥"
            "に住めばいい」「生活保護の奴らなんか人間扱いしなくていい」「在日は選挙権ないくせに文句"
            "言うな」のように、高齢者・障害のある人・外国人などを締め出したり人として扱わなかったり"
            "する書き込みを検出します。",
        ),
        rule(
            "discrimination-minorities-scorned",
            "差別（「ホモとかレズとか気色悪い」のように性的少数者をけなす）",
            "discrimination",
            "pattern",
            "high",
            pattern(
                words.MINORITIES,
                words.MINORITIES_SCORNED,
                words.MINORITIES_DEFENDED + said_forms(words.MINORITIES_SCORNED),
            ),
            "「ホモとかレズとか、石巻にはいらない。気色悪い」のように、性的少数者を気持ち悪い・病気"
            "だとけなしたり締め出したりする書き込みを検出します。",
        ),
        rule(
            "discrimination-marriage-refused",
            "差別（「あの地区の出身の人とは結婚させない」のような出身による結婚差別）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.ORIGINS, words.MARRIAGE_REFUSED, scope="message"),
            "「あそこの地区の出身の人とは結婚させない。当然だと思う」のように、出身地や国籍を理由に"
            "結婚や付き合いを認めない書き込みを検出します。",
        ),
        rule(
            "discrimination-women-roles",
            "差別（「女は子ども産んでなんぼ」「せいぜいお茶汲み」のように女性の役割を決めつける）",
            "discrimination",
            "pattern",
            "high",
            pattern(
                ["女は", "女が", "女に", "女なんか", "女性職員", "女の職員", "嫁"],
                words.WOMEN_ROLES,
            ),
            "「女は子ども産んでなんぼ。嫁に行けって指導しろ」「女に防災の仕事なんか無理。せいぜい"
            "お茶汲みでしょ」のように、女性は子どもを産むだけ・お茶くみだけと決めつける書き込みを"
            "検出します。",
        ),
        rule(
            "discrimination-slur-masked",
            "差別（「ク□ンボ」のように一文字を伏せた人種差別語）",
            "discrimination",
            "terms",
            "high",
            {"terms": words.MASKED_SLURS},
            "「ク□ンボ」「ク〇ンボ」のように、一文字を記号で伏せて書いた人種差別語を検出します。",
        ),
        rule(
            "obscene-sex-wanted",
            "わいせつ（「PRのお姉さんとヤりてぇ」のように女性との性行為を望む）",
            "obscene",
            "pattern",
            "medium",
            pattern(words.WOMEN_SEEN, words.SEX_WANTED),
            "「観光PRのお姉さんとヤりてぇ〜」「受付の子を抱きたい」のように、見かけた女性との性行為"
            "を望む書き込みを検出します。",
        ),
        rule(
            "obscene-peeking",
            "わいせつ（「パンツ透けてる」「下から撮った写真ないの」のようなのぞき見）",
            "obscene",
            "terms",
            "medium",
            {"terms": words.PEEKING},
            "「浴衣祭りの写真、パンツ透けてる子いるじゃん。拡大して保存したわ」「もっと下から撮った"
            "写真ないの？」のように、下着や体をのぞき見る・盗み撮りを求める書き込みを検出します。",
        ),
        rule(
            "public-order-disaster-wished",
            "公序良俗（「また津波来ればいいのに」のように災害を望む）",
            "public_order",
            "terms",
            "high",
            {"terms": words.DISASTER_WISHED},
            "「地震来ねーかな、仕事休めるし」「また津波来ればいいのに」のように、震災の町で地震や"
            "津波が来ることを望む書き込みを検出します。",
        ),
        rule(
            "public-order-victim-blamed",
            "公序良俗（「いじめられる方にも原因がある」のように亡くなった子や遺族を責める）",
            "public_order",
            "terms",
            "high",
            {"terms": words.VICTIM_BLAMED, "exceptions": said_forms(words.VICTIM_BLAMED)},
            "「いじめられる方にも原因がある。死んだ子の親は育て方間違えたんだよ」のように、いじめや"
            "自殺で亡くなった子や遺族を責める書き込みを検出します。",
        ),
        rule(
            "public-order-dying-asked",
            "公序良俗（「苦しまずに死ねる方法知ってる人いる？」のように死に方を尋ねる）",
            "public_order",
            "terms",
            "high",
            {"terms": words.DYING_ASKED},
            "「苦しまずに死ねる方法知ってる人いる？」のように、死に方を尋ねたり教えたりする書き込み"
            "を検出します。相談窓口の案内も検討してください。",
        ),
    ]
