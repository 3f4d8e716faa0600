"""Round 13 of the default rules for solicitation, impersonation, privacy, illegal offers,
obscenity, politics, faith and links, as data (see ``defaults_round13.py``): a discount for
showing the post; an office or the police speaking for itself with an order, a comment said to
be approved by the city; a flat, a workplace to ring, an address to spread, a home phone, an
official's child's school; drugs by code word or emoji, a benefit taken twice, driving without
a licence, dumping; minors lusted after, intimate care asked for oneself; a recall, a slogan, a
rally; spirit readings and the end foretold; links to programs and lures of free films.
"""

from __future__ import annotations

from functools import partial

from . import defaults_round13_words2 as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern, reported_forms, short_tails


def round13_more_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The rest of round 13's rules (see ``round13_rules``)."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "commercial-show-this-post",
            "商業（「このコメント見せたらビール一杯無料」のような来店特典の宣伝）",
            "commercial",
            "terms",
            "medium",
            {"terms": words.SHOW_THIS_POST, "exceptions": reported(words.SHOW_THIS_POST)},
            "「帰りはうちの居酒屋へ！このコメント見せたらビール一杯無料です」のように、書き込みを"
            "見せると割引や無料になると告げる店の宣伝を検出します。",
        ),
        rule(
            "impersonation-office-orders",
            "なりすまし（「石巻警察署です」「税務課より」と名乗って命令・通知・依頼をする）",
            "impersonation",
            "pattern",
            "high",
            pattern(
                words.OFFICE_SPEAKING,
                words.OFFICE_ORDERS,
                said_forms(words.OFFICE_ORDERS),
                scope="message",
            ),
            "「石巻警察署です。この投稿者の個人情報を提出してください」「こちら石巻市防災危機管理課"
            "です。避難指示が出ました」「石巻市 税務課 より：還付金があります。お電話ください」"
            "「【公式】シェアした方全員に1万円」のように、警察や市の課を名乗って命令や通知、"
            "依頼をする書き込みを検出します。「〜とお知らせしますと電話があった」のような報告は"
            "対象外です。",
        ),
        rule(
            "impersonation-official-header",
            "なりすまし（書き込みの頭に【石巻市役所】【公式】と付けて市の案内を装う）",
            "impersonation",
            "regex",
            "high",
            {"pattern": words.OFFICIAL_HEADER, "on": "text"},
            "「【石巻市役所】給付金の受付はこちらのLINEに移行しました」「【公式】石巻市からの"
            "お知らせ：プレゼント企画実施中」のように、書き込みの頭に市や公式を名乗る【】を付けて"
            "市の案内を装う書き込みを検出します。",
        ),
        rule(
            "impersonation-city-approved",
            "なりすまし（「このコメントは石巻市が公式に承認したものです」）",
            "impersonation",
            "terms",
            "high",
            {"terms": words.CITY_APPROVED, "exceptions": reported(words.CITY_APPROVED)},
            "「※このコメントは石巻市が公式に承認したものです」のように、書き込みが市に承認された"
            "と偽る書き込みを検出します。",
        ),
        rule(
            "privacy-flat-told",
            "プライバシー（「家は〇〇アパート203号室」のように人の部屋番号を書く）",
            "privacy",
            "pattern",
            "high",
            pattern(words.FLAT_TOLD_TARGETS, words.FLAT_TOLD),
            "「あの職員、家は渡波の〇〇アパート203号室」のように、人の住まいを部屋番号まで書く"
            "書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-card-found-told",
            "プライバシー（拾ったクレジットカードの16桁の番号を書く）",
            "privacy",
            "regex",
            "high",
            {"pattern": words.CARD_FOUND, "on": "text"},
            "「クレカ落ちてた。4980 1234 5678 9012 期限 08/28」のように、拾ったカードの番号を"
            "書き込むものを検出します。持ち主探しでも番号は書かず、警察に届けてください。"
            "自動で非表示にします。",
        ),
        rule(
            "privacy-workplace-mobbed",
            "プライバシー（「勤務先に電話してやって」のように人の職場への連絡をあおる）",
            "privacy",
            "terms",
            "high",
            {"terms": words.WORKPLACE_MOBBED, "exceptions": reported(words.WORKPLACE_MOBBED)},
            "「建設課の菅原って人。勤務先に電話してやって」のように、名指しした人の勤務先や自宅に"
            "電話や苦情を入れるようあおる書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-address-spread",
            "プライバシー（人の住所や写真を載せて「拡散してください」と広める）",
            "privacy",
            "pattern",
            "high",
            pattern(words.ADDRESS_TOLD, words.SPREAD_IT, words.SPREAD_EXCUSED, scope="message"),
            "「この写真の人です。住所は鹿又の〇番地。拡散してください」のように、人の住所や写真を"
            "載せて広めるよう呼びかける書き込みを検出します。迷子や行方不明の人を探す呼びかけは"
            "対象外です。自動で非表示にします。",
        ),
        rule(
            "privacy-home-contact-passed",
            "プライバシー（先生や職員の自宅電話・住所を貼る）",
            "privacy",
            "pattern",
            "high",
            pattern(words.HOME_CONTACT, words.PASSED_ON, scope="message"),
            "「担任の先生の自宅電話と住所、保護者LINEで回ってきたので貼ります」のように、人の自宅の"
            "電話番号や住所を書き込むものを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-officials-children",
            "プライバシー（市長や職員の子どもの学校・部活を書く）",
            "privacy",
            "pattern",
            "high",
            pattern(words.OFFICIALS_CHILDREN, words.CHILD_SCHOOL, scope="message"),
            "「市長の娘が通ってる高校、〇〇だって。部活はバレー部」のように、市長や職員などの"
            "家族が通う学校や部活を書き込むものを検出します。自動で非表示にします。",
        ),
        rule(
            "illegal-drugs-handed-over",
            "違法行為（「ハーブ」などの隠語で薬物を「手渡し」で売る）",
            "illegal",
            "pattern",
            "high",
            pattern(words.DRUG_CODES, words.HANDED_OVER, scope="message"),
            "「yasai (ha-bu) arimasu. tewatashi」のように、薬物を指す隠語と「手渡し」を同じ書き込み"
            "で告げるものを検出します。ローマ字も対象です。",
        ),
        rule(
            "illegal-drug-emoji-handed",
            "違法行為（💊❄️🍁などの絵文字と「手渡し」で薬物を売る）",
            "illegal",
            "regex",
            "high",
            {"pattern": words.DRUG_EMOJI_HANDED, "on": "text"},
            "「💊❄️🍁 手渡しできます」のように、薬物を指す絵文字を並べて「手渡し」と告げる"
            "書き込みを検出します。",
        ),
        rule(
            "illegal-benefit-twice",
            "違法行為（給付金を人数をごまかして二重に受け取る方法の教示）",
            "illegal",
            "terms",
            "high",
            {"terms": words.BENEFIT_CHEATS, "exceptions": reported(words.BENEFIT_CHEATS)},
            "「給付金、家族の人数ごまかして二重でもらう方法あるよ」のように、給付金の不正受給の"
            "やり方を教える書き込みを検出します。",
        ),
        rule(
            "illegal-unlicensed-and-dumping",
            "違法行為（無免許運転や不法投棄を「バレない」「投げとけ」と勧める）",
            "illegal",
            "pattern",
            "medium",
            pattern(
                words.NO_LICENCE + words.DUMPED_AT,
                ["バレない", "バレないっしょ", "ばれない", *words.DUMP_CALLS],
                said_forms(words.DUMP_CALLS),
                scope="message",
            ),
            "「運転免許なくても軽トラなら農道はバレないっしょ」「震災ゴミに混ぜれば家電もタダで"
            "捨てられる。仮置き場に投げとけ」のように、無免許運転や不法投棄を勧める書き込みを"
            "検出します。「不法投棄は通報を」のような注意は対象外です。",
        ),
        rule(
            "obscene-minors-lusted",
            "わいせつ（「JKの制服姿たまんねえ」のような未成年への性的な書き込み）",
            "obscene",
            "pattern",
            "critical",
            pattern(words.MINORS, words.LUSTED),
            "「JKの制服姿たまんねえ。写真もっと載せろ」のように、未成年を性的な目で語る書き込みを"
            "検出します。",
        ),
        rule(
            "obscene-intimate-care-joke",
            "わいせつ（「俺のも下の世話をお願いしたい」のような職員への性的な冗談）",
            "obscene",
            "pattern",
            "medium",
            pattern(words.MY_OWN, words.INTIMATE_CARE, scope="message"),
            "「保健師さんって下の世話もしてくれるの？俺のもお願いしたいわ」のように、介護の言葉を"
            "使って職員に性的な冗談を言う書き込みを検出します。家族の介護の相談は対象外です。",
        ),
        rule(
            "political-recall-and-slogans",
            "政治（リコール署名の呼びかけ、選挙のスローガンや事務所への誘い）",
            "political",
            "pattern",
            "low",
            pattern(words.ELECTIONS, words.SLOGANS, scope="message"),
            "「🗳️ 市長選は〇〇 ✨ 変える力 ✨」「期日前投票行ったら、〇〇事務所に寄って名前書いてって"
            "けさい」のように、選挙の話にスローガンや候補者の事務所への誘いを添える書き込みを"
            "検出します。",
        ),
        rule(
            "political-recall-calls",
            "政治（「リコールしましょう」「署名を集めています」のようなリコール運動）",
            "political",
            "terms",
            "low",
            {"terms": words.RECALL_CALLS, "exceptions": reported(words.RECALL_CALLS)},
            "「今の市長をリコールしましょう！署名を集めています」のように、リコールや落選運動への"
            "参加を呼びかける書き込みを検出します。",
        ),
        rule(
            "political-rally-calls",
            "政治（政治集会や議員の活動報告会への動員）",
            "political",
            "pattern",
            "low",
            pattern(words.RALLIES, words.RALLY_CALLS, scope="message"),
            "「憲法改正反対の集会、日曜に開きます。みんなで声を上げよう」「△△議員の活動報告会に"
            "来てください」のように、政治集会や議員の活動への参加を呼びかける書き込みを検出します。",
        ),
        rule(
            "religious-spirits-and-end",
            "宗教（守護霊鑑定や祈祷の売り込み、終末を説いて救いに誘う）",
            "religious",
            "terms",
            "low",
            {
                "terms": words.SPIRIT_OFFERS + words.END_FORETOLD,
                "exceptions": reported(words.SPIRIT_OFFERS + words.END_FORETOLD),
            },
            "「守護霊鑑定で運気アップ。無料で祈祷します」「世界の終わりが近づいています。救われたい"
            "人は私にメッセージを」のように、霊感の鑑定や祈祷を売り込んだり、終末を説いて勧誘"
            "したりする書き込みを検出します。",
        ),
        rule(
            "harmful-link-programs-and-lures",
            "有害リンク（実行ファイルへのリンク、無料映画や当選をうたうリンク）",
            "harmful_link",
            "pattern",
            "high",
            {
                **pattern([], words.EXE_LINKS + words.LINK_LURES, scope="message"),
                "link": True,
            },
            "「税金が安くなるソフト→ …/setup.exe」「無料で映画見れるサイト ウイルスないよ」"
            "「返礼品が当たりました！受け取りは →」「この動画やばい、市長が映ってる」のように、"
            "実行ファイルや、無料や当選をうたう怪しいリンクを検出します。リンクのない書き込みは"
            "対象外です。",
        ),
    ]
