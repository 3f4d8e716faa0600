"""Round 15 of the default rules for obscene invitations, illegal offers, politics, faith and
links, as data (see ``defaults_round15.py``): an obscene emoji with an invitation; theft nobody
notices, receipts padded, waste burned, medicine without a prescription, driving
unroadworthy; calls to defeat a party, supporters recruited, a vote asked; misfortune
foretold for the unbelieving, salvation called for, a spiritual club; the city's name
misspelt in a domain.
"""

from __future__ import annotations

from . import defaults_round15_words3 as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern


def round15_offer_rules(rule) -> list[dict]:
    """The last of round 15's rules (see ``round15_rules``)."""
    return [
        rule(
            "obscene-emoji-invitation",
            "わいせつ（「🍆💦 今夜どう？お小遣いもあげる」のような性的な絵文字での誘い）",
            "obscene",
            "regex",
            "high",
            {"pattern": words.SEX_EMOJI_INVITE, "on": "text"},
            "「🍆💦 今夜どう？車で迎えに行くよ。お小遣いもあげる」のように、性的な意味の絵文字を"
            "添えて会おうと誘う書き込みを検出します。",
        ),
        rule(
            "illegal-theft-unnoticed",
            "違法行為（「持ってっても誰も気づかねぇ」のように盗みをそそのかす・誇る）",
            "illegal",
            "pattern",
            "high",
            pattern(
                words.TAKEN,
                words.UNNOTICED,
                [
                    f"substr:{u}{t}"
                    for u in words.UNNOTICED
                    for t in ("と思う", "と思って", "なんて")
                ],
            ),
            "「空き家の中の物持ってっても誰も気づかねぇよ」「献花の花、持って帰って売っちまった。"
            "誰も気づかねぇ」のように、人の物を持ち去ってもばれないとそそのかしたり誇ったりする書き"
            "込みを検出します。",
        ),
        rule(
            "illegal-receipts-padded",
            "違法行為（「領収書水増しすれば多くもらえる」のような補助金の不正受給の指南）",
            "illegal",
            "pattern",
            "high",
            pattern(words.RECEIPTS, words.PADDED, scope="message"),
            "「市の補助金、領収書水増しすれば簡単に多くもらえる」のように、補助金や給付金を不正に多く"
            "受け取る方法を教える書き込みを検出します。",
        ),
        rule(
            "illegal-waste-burned",
            "違法行為（「野焼きしちまえば処分代浮く」のような不法焼却のすすめ）",
            "illegal",
            "pattern",
            "medium",
            pattern(words.BURNED_WASTE, words.FEE_SAVED, scope="message"),
            "「ごみの山、夜中に野焼きしちまえば処分代浮くよ」のように、ごみを野焼きして処分代を"
            "浮かせるよう勧める書き込みを検出します。",
        ),
        rule(
            "illegal-medicine-sold",
            "違法行為（「睡眠薬あります、処方箋なしで」のような医薬品の違法販売）",
            "illegal",
            "pattern",
            "high",
            pattern(words.MEDICINES, words.NO_PRESCRIPTION, scope="message"),
            "「睡眠薬あります、処方箋なしで大丈夫です。当日お届け」のように、処方箋の要る薬を売る"
            "書き込みを検出します。",
        ),
        rule(
            "illegal-unroadworthy-driving",
            "違法行為（「車検切れでも捕まらない走り方教える」のような違法運転のすすめ）",
            "illegal",
            "pattern",
            "medium",
            pattern(words.UNROADWORTHY, words.NOT_CAUGHT, scope="message"),
            "「車検切れでも捕まらない走り方教える。農道は警察いねぇから」のように、車検切れや無保険"
            "、飲酒での運転を勧める書き込みを検出します。",
        ),
        rule(
            "political-defeat-calls",
            "政治活動（「次の選挙で全員落とそう」のような落選運動）",
            "political",
            "pattern",
            "medium",
            pattern(words.ELECTIONS, words.DEFEAT_CALLS, said_forms(words.DEFEAT_CALLS)),
            "「〇〇党のせいで復興が遅れた。次の選挙で全員落とそう。拡散希望」のように、選挙で特定の"
            "党や候補を落とそうと呼びかける書き込みを検出します。",
        ),
        rule(
            "political-supporters-recruited",
            "政治活動（「後援会にぜひ入ってください」「選挙事務所でボランティア募集」のような勧誘）",
            "political",
            "pattern",
            "medium",
            pattern(words.CAMPAIGN_BODIES, words.RECRUITED, scope="message"),
            "「〇〇先生の後援会にぜひ入ってください」「△△候補の選挙事務所で電話かけボランティア募集"
            "中」「講演会で本当の政治の話をします。参加をお待ちしています」のように、後援会や選挙"
            "運動、政治団体に誘う書き込みを検出します。",
        ),
        rule(
            "political-vote-asked",
            "政治活動（「投票日は日曜！〇〇をよろしくお願いします」のような投票依頼）",
            "political",
            "pattern",
            "medium",
            pattern(words.VOTING_DAY, words.VOTE_CALLS_MORE, scope="message"),
            "「投票日は日曜！〇〇をよろしくお願いします」「次の参院選は××党に。××党への投票を"
            "呼びかけてください」のように、選挙での投票を頼む書き込みを検出します。",
        ),
        rule(
            "religious-misfortune-foretold",
            "宗教活動（「供養をしないから災いが起きる」「会に入らないと災いが来る」のような勧誘）",
            "religious",
            "pattern",
            "medium",
            pattern(words.MISFORTUNE, words.WORSHIP, scope="message"),
            "「先祖供養をしないから災いが起きるのです。当会の祈祷を」「神様のお告げ、○○会に入らない"
            "とまた災いが来ます」のように、災いをうたって信仰や入会に誘う書き込みを検出します。",
        ),
        rule(
            "religious-salvation-called",
            "宗教活動（「信仰して救われましょう。集まりに来てください」のような勧誘）",
            "religious",
            "pattern",
            "medium",
            pattern(words.SAVED, words.FAITH_CALLS, scope="message"),
            "「信仰して救われましょう。石巻支部の日曜の集まりに来てください」のように、信仰による"
            "救いをうたって集まりに誘う書き込みを、半角カナやひらがなで書いたものも含めて検出します。",
        ),
        rule(
            "religious-spiritual-club",
            "宗教活動（「瞑想で波動を上げよう、〇〇会で入会受付中」のような勧誘）",
            "religious",
            "pattern",
            "medium",
            pattern(words.SPIRITUAL, words.JOINING, scope="message"),
            "「瞑想で波動を上げよう、宇宙とつながる会で入会受付中。会員には御守り」のように、霊的な"
            "会への入会に誘う書き込みを検出します。",
        ),
        rule(
            "harmful-link-city-name-misspelt",
            "有害リンク（ishinornaki のように市の名をまねた綴りや、市の名の通販ドメイン）",
            "harmful_link",
            "regex",
            "high",
            {"pattern": words.CITY_DOMAIN_LOOKALIKE, "on": "text"},
            "「city-ishinornaki.jp」（m を rn に）「furusato-ishinomaki.shop」のように、市の名を"
            "まねた綴りのドメインや、市の名を付けた通販向けドメインへのリンクを検出します。",
        ),
    ]
