"""Round 11 of the default rules for solicitation, impersonation, privacy, illegal offers and
spelled-out links, as data (``defaults_round11.py`` holds the threats, public order and
obscenity of the round and says what the round is about; ``defaults.py`` adds both).
"""

from __future__ import annotations

from functools import partial

from . import defaults_round11_words2 as asks
from .rule_shapes import pattern, reported_forms, short_tails


def round11_ask_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 11 rules for asks and offers, built with ``defaults._rule``."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "political-vote-asks-dialect",
            "政治活動（方言・ひらがな・絵文字での投票の依頼）",
            "political",
            "pattern",
            "low",
            pattern(asks.VOTE_FOR, asks.VOTE_ASKS, scope="message"),
            "「今度の選挙、〇〇さんさ入れでけさいん」「しぎせんは〇〇に いっぴょうを おねがいします」"
            "「市長選は〇〇の会の候補に！期日前投票もよろしく🙏」「野党に入れよう」のように、選挙や"
            "政党・候補と一緒に、方言・ひらがな・絵文字で投票を頼む書き込みを検出します。「選挙に"
            "行きましょう」のような投票の呼びかけだけのものは対象外です。",
        ),
        rule(
            "political-candidacy-support",
            "政治活動（立候補のあいさつと支援の依頼）",
            "political",
            "pattern",
            "low",
            pattern(asks.CANDIDACY_ASKS, asks.CANDIDACY, scope="message"),
            "「県議会議員選挙に、私〇〇が立候補いたします。皆様の温かいご支援を賜りますよう」のように、"
            "立候補・出馬の表明と支援や投票の依頼を一緒に書き込むものを検出します。",
        ),
        rule(
            "religious-faith-promises",
            "宗教活動（祈れば治る・信じれば救われるという勧誘）",
            "religious",
            "terms",
            "low",
            {"terms": asks.FAITH_PROMISES, "exceptions": reported(asks.FAITH_PROMISES)},
            "「神様さ祈れば家族の病気も治るっちゃ」「カミサマヲシンジナサイ、スクワレマス」のように、"
            "祈りや信仰で病気が治る・救われると説いて誘う書き込みを、方言やカタカナでも検出します。",
        ),
        rule(
            "religious-gathering-invitations",
            "宗教活動（信仰の体験談と集いへの誘い）",
            "religious",
            "pattern",
            "low",
            pattern(asks.FAITH_TALK, asks.FAITH_GATHERINGS, scope="message"),
            "「ある教えに出会い…ぜひ一度私たちの集いに来ていただきたいです」「おらほの集会さ来て"
            "みねが」のように、信仰の話と集会・集いへの誘いを一緒に書き込むものを検出します。"
            "地域の集会や行事の案内は対象外です。",
        ),
        rule(
            "impersonation-office-self",
            "なりすまし（市の担当・市長・警察を名乗って返信や個人情報を求める）",
            "impersonation",
            "pattern",
            "high",
            pattern(asks.OFFICE_SELF, asks.OFFICE_ASKS, asks.OFFICE_WARNED, scope="message"),
            "「石巻市ふるさと納税担当です…カード番号をメッセージでお送りください」「【石巻市防災"
            "危機管理課】受付はこちらのLINEアカウントで」「宮城県警石巻警察署です…下記に連絡して"
            "ください」「市役所の者ですが…コメントに住所をお書きください」のように、市の担当・市長・"
            "警察を名乗って返信・個人情報・ほかの連絡手段を求める書き込みを検出します。「〜と名乗る"
            "電話に注意」のような注意喚起は対象外です。",
        ),
        rule(
            "privacy-private-records",
            "プライバシー（特定の人の前歴・病気・妊娠・家族や勤め先の暴露）",
            "privacy",
            "pattern",
            "high",
            pattern(asks.NAMED_MORE, asks.PRIVATE_FACTS, asks.PRIVATE_FACTS_REPORTED),
            "「〇〇の息子は少年院帰り」「〇〇さんってHIVなんだって」「〇〇さんちの娘さん、妊娠して"
            "高校やめたんだって」「〇〇って、〇〇支店で働いてるよ。嫁は看護師」のように、特定の人の"
            "前歴・病気・妊娠・勤め先や家族を暴露する書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-child-alone",
            "プライバシー（子どもの名前と「いつも一人で帰ってる」のような行動の暴露）",
            "privacy",
            "pattern",
            "high",
            pattern(asks.CHILDREN_NAMED, asks.CHILD_ALONE),
            "「〇〇小3年2組の〇〇くん、いつも一人で帰ってるよね」のように、子どもの名前や学級と"
            "一人でいる時間を書き込むものを検出します。子どもを危険にさらすため自動で非表示にします。",
        ),
        rule(
            "commercial-goods-offers",
            "商業（「安く譲ります」「まずはお茶会から」のような販売や勧誘）",
            "commercial",
            "terms",
            "low",
            {"terms": asks.SALE_CALLS, "exceptions": reported(asks.SALE_CALLS)},
            "「気になる人はコメントしてね、安く譲ります」「1キロ千円で売ってっから買いさ来てけさい」"
            "「主婦でも在宅で月30万。まずはお茶会からどうぞ」のように、商品の販売やマルチ商法の勧誘を"
            "検出します。",
        ),
        rule(
            "illegal-crime-recruiting",
            "違法行為（薬物の販売・密漁や不正利用の勧誘）",
            "illegal",
            "terms",
            "high",
            {"terms": asks.CRIME_OFFERS, "exceptions": asks.CRIME_OFFERS_REPORTED},
            "「大麻あります。手渡し可」「ナマコ密漁すれば一晩で20万、一緒にやる人募集」「他人の"
            "カード使う方法、教えっから」のように、違法な薬物の販売や密漁・窃盗・カードの不正利用を"
            "持ちかける書き込みを検出します。「〜という投稿を見た」のような報告は対象外です。",
        ),
        rule(
            "harmful-link-spelled-out",
            "有害なリンク（「ドット コム」のように読み上げて書いたURL）",
            "harmful_link",
            "pattern",
            "medium",
            pattern(
                [
                    "ドット",
                    "どっと",
                    "エイチティーティーピー",
                    "えいちてぃーてぃーぴー",
                    "エイチティーティーピーエス",
                    "えいちてぃーてぃーぴーえす",
                ],
                [
                    "コム",
                    "こむ",
                    "ジェーピー",
                    "じぇーぴー",
                    "エルワイ",
                    "えるわい",
                    "スラッシュ",
                    "すらっしゅ",
                    "コロン",
                    "ころん",
                    "シーシー",
                    "しーしー",
                    "インフォ",
                    "いんふぉ",
                ],
            ),  # fmt: skip
            "「イシノマキキュウフ ドット コム で手続きしてください」「えいちてぃーてぃーぴーえす、"
            "いしのまき はいふん きゅうふ どっと じぇーぴー」のように、リンクの検出を逃れるためにURLを"
            "読み上げの形で書いたものを検出します。",
        ),
    ]
