"""Round 12 of the default rules for solicitation, impersonation, privacy, illegal offers,
obscenity, politics and faith, as data (``defaults_round12.py`` holds the threats, public
order, discrimination and defamation of the round and says what the round is about).
"""

from __future__ import annotations

from functools import partial

from . import defaults_round12_words2 as asks
from .rule_shapes import pattern, reported_forms, short_tails


def round12_more_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 12 rules for asks and offers, built with ``defaults._rule``."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "commercial-price-offers",
            "営業（「3000円で貸します」「定期購入でお得」「今だけ無料」のような販売）",
            "commercial",
            "regex",
            "low",
            {"pattern": asks.PRICE_OFFERS, "on": "text"},
            "「穴場駐車場あります。1台3000円で貸します」「1本980円、定期購入でさらにお得！」"
            "「通常29800円が今だけ無料！」「モニター募集中です」のように、値段を示して物やサービスを"
            "売り込む書き込みを検出します。",
        ),
        rule(
            "commercial-dating-lures",
            "営業（「寂しい夜に話し相手になりませんか」のような出会い系の勧誘）",
            "commercial",
            "pattern",
            "medium",
            pattern(asks.DATING_LURES, asks.DATING_CALLS, scope="message"),
            "「寂しい夜に話し相手になりませんか。30代女性です。連絡待ってます」「登録無料の"
            "マッチングアプリあります」のように、出会いを持ちかけて連絡や登録を求める"
            "書き込みを検出します。",
        ),
        rule(
            "impersonation-office-asks-money",
            "なりすまし（課・水道・消防などを名乗って振込・口座・個人情報を求める）",
            "impersonation",
            "pattern",
            "high",
            pattern(asks.OFFICE_VOICES, asks.DATA_ASKED, asks.DATA_ASKS_REPORTED, scope="message"),
            "「保健推進課の者です。下記口座に振り込みをお願いします」「ISHINOMAKI CITY OFFICIAL："
            "口座番号を返信してください」「石巻地方広域水道企業団です。点検料は現金でご用意ください」"
            "「市役所税務課の者です。ATMで手続きしてください」のように、市の課や公的な団体を名乗って"
            "お金・口座・マイナンバー・住所などを求める書き込みを検出します。",
        ),
        rule(
            "impersonation-new-official-page",
            "なりすまし（「こちらが新しい公式になりました」のような公式ページの移行の偽装）",
            "impersonation",
            "pattern",
            "high",
            pattern(asks.NEW_OFFICIAL, asks.MOVED_ON, scope="message"),
            "「こちらのアカウントが新しい公式になりました。旧ページはフォローを外してください」"
            "「このページは本日で閉鎖し、新しい公式ページに移行します」のように、市の公式ページが"
            "移ったと偽る書き込みを検出します。",
        ),
        rule(
            "impersonation-false-orders",
            "なりすまし（「市長命令」「全世帯で避難してください」のような市を装う虚偽の命令）",
            "impersonation",
            "terms",
            "high",
            {"terms": asks.FALSE_ORDERS, "exceptions": reported(asks.FALSE_ORDERS)},
            "「本日中に全世帯で避難してください（市長命令）」のように、市や市長の名前で命令や緊急"
            "連絡を装う書き込みを検出します。",
        ),
        rule(
            "privacy-cards-flats-accounts",
            "個人情報（在留カード番号・仮設の部屋番号・他人の口座の公開）",
            "privacy",
            "regex",
            "high",
            {
                "pattern": f"(?:{asks.RESIDENCE_CARD}|{asks.FLAT_TOLD}|{asks.CHILD_CLASS})",
                "on": "text",
            },
            "「在留カード番号はAB12345678CD」「仮設7号棟102号室にいるよ」「いじめてるのは5年2組の"
            "〇〇」「今野さんの息子、2年3組だよね」のように、在留カードの番号、住まいの部屋番号、"
            "子どもの学年とクラスを人と結びつけて公開する書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-accounts-illness-told",
            "個人情報（他人の口座や病気を書き込む）",
            "privacy",
            "terms",
            "high",
            {
                "terms": asks.ACCOUNTS_OF_OTHERS + asks.ILLNESS_TOLD,
                "exceptions": reported(asks.ACCOUNTS_OF_OTHERS + asks.ILLNESS_TOLD),
            },
            "「この人の口座 七十七銀行…」「旦那さんがHIV陽性なんだって」のように、他人の口座や病気を"
            "本人の同意なく書き込むものを検出します。自動で非表示にします。",
        ),
        rule(
            "illegal-getting-away-advised",
            "違法行為（不正受給・不法投棄・飲酒運転・密漁などを「バレない」とすすめる）",
            "illegal",
            "pattern",
            "high",
            pattern(asks.ACTS, asks.GOT_AWAY, asks.GOT_AWAY_WARNED, scope="message"),
            "「罹災証明、被害盛って申請すれば支援金多くもらえるよ」「働いてるの隠して現金手渡しのバイト"
            "にすれば絶対バレない」「夜に土手に捨てれば誰にもわからない」「飲んでも裏道通って帰れば"
            "捕まんねぇ」「漁協の見回りが終わったら余裕」のように、違法な行為を「バレない」と"
            "すすめる書き込みを検出します。「不法投棄は犯罪です、通報を」のような注意は対象外です。",
        ),
        rule(
            "illegal-documents-forged-to-order",
            "違法行為（診断書や証明書の偽造の請負）",
            "illegal",
            "pattern",
            "high",
            pattern(asks.DOCUMENTS, asks.FORGED, asks.FORGED_ORDINARY),
            "「診断書つくります。病院行かなくてもOK」「就労証明書、偽造してあげます。1枚5000円」"
            "のように、診断書や証明書を偽造して売る書き込みを検出します。「証明書は窓口で作れますか」"
            "のような手続きの質問は対象外です。",
        ),
        rule(
            "illegal-stolen-goods",
            "違法行為（盗品の販売や万引きのほのめかし）",
            "illegal",
            "terms",
            "medium",
            {"terms": asks.STOLEN, "exceptions": reported(asks.STOLEN)},
            "「工事現場から持ってきた銅線、買ってくれる人いない？」「もう万引きでもしないとやって"
            "いけない」のように、盗んだ物の販売や万引きをほのめかす書き込みを検出します。",
        ),
        rule(
            "obscene-words-round12",
            "わいせつ（「シコった」「犯したくなる」のような性的な言い方）",
            "obscene",
            "terms",
            "medium",
            {"terms": asks.OBSCENE_TERMS, "exceptions": reported(asks.OBSCENE_TERMS)},
            "「ウェットスーツ姿でシコった」「動画に出てた子、犯したくなるわ」「いいケツしてっちゃ」"
            "「パンツ見えてた写真あるけど」のように、性的な言い方で人を対象にする書き込みを検出します。",
        ),
        rule(
            "obscene-emoji-aimed",
            "わいせつ（性的な絵文字を人や写真に向ける）",
            "obscene",
            "regex",
            "medium",
            {"pattern": asks.SEX_EMOJI_AIMED, "on": "text"},
            "「🍆💦 水産課のお姉さんに 🍑」「ママさん達の水着写真もっと載せて🍑🍆💦」のように、"
            "性的な意味で使われる絵文字を人や写真に向ける書き込みを検出します。",
        ),
        rule(
            "political-rallies-and-romaji",
            "政治活動（政治集会への動員、党の勧誘、ローマ字の投票依頼）",
            "political",
            "pattern",
            "low",
            pattern(asks.RALLIES, asks.RALLY_CALLS, scope="message"),
            "「原発再稼働反対の集会を市役所前でやります！一人でも多く参加して声を上げましょう」"
            "「○○党の政策説明会、参加者には党の機関紙プレゼント」のように、政治集会や政党の会への"
            "参加を呼びかける書き込みを検出します。",
        ),
        rule(
            "political-vote-romaji",
            "政治活動（ローマ字での投票の依頼）",
            "political",
            "terms",
            "low",
            {"terms": asks.VOTE_ROMAJI, "exceptions": []},
            "「tohyou wa ○○ kouho ni onegai shimasu!」のように、ローマ字で投票を頼む書き込みを"
            "検出します。",
        ),
        rule(
            "religious-fear-and-cures",
            "宗教（祟り・不幸・先祖を持ち出す勧誘、霊感商法）",
            "religious",
            "terms",
            "low",
            {"terms": asks.FAITH_TERMS, "exceptions": reported(asks.FAITH_TERMS)},
            "「信仰しませんか？祟りが消えます」「この壺を置けば家族の不幸は全部消えます」「檀家さ"
            "なってけさいん」「本当に救ってくれるのは〇〇様だけです」「〇〇の教えを広める活動を"
            "しております。ご家庭に伺ってお話し」のように、祟りや不幸・先祖を持ち出して信仰や品物を"
            "すすめる書き込みを検出します。",
        ),
        rule(
            "obscene-moan-written",
            "わいせつ（「あぁぁんイクぅぅ」のような喘ぎ声の書き込み）",
            "obscene",
            "regex",
            "medium",
            {"pattern": asks.MOAN, "on": "text"},
            "「あぁぁぁんイクぅぅぅぅ」のように、伸ばし書きで性的な喘ぎ声を書き込むものを検出します。",
        ),
        rule(
            "privacy-card-number-told",
            "個人情報（「カード番号」と添えた16桁の番号）",
            "privacy",
            "regex",
            "high",
            # A mail address with its @ spelled out is the e-mail detector's (privacy-email),
            # which keeps the city's published addresses allowed.
            {"pattern": asks.CARD_NUMBER, "on": "text"},
            "「拾ったカード番号 4980 1234 5678 9012」のように、カード番号と書き添えた番号を"
            "検出します。自動で非表示にします。",
        ),
        rule(
            "commercial-income-contact",
            "営業（「月に40万円以上の収入」とLINEやDMへの誘導）",
            "commercial",
            "regex",
            "medium",
            {"pattern": asks.INCOME_CONTACT, "on": "text"},
            "体験談の形で「今では月に40万円以上の収入があります」と書き、LINEやDMへ誘う書き込みを"
            "検出します。",
        ),
        rule(
            "harmful-link-benefit-apply",
            "有害リンク（還付金・助成金・見舞金の申請を市以外のリンクへ誘う）",
            "harmful_link",
            "regex",
            "high",
            {"pattern": asks.BENEFIT_LINK, "on": "text"},
            "「住民税の還付手続きは下記URLより https://…」「灯油購入助成金、今日まで！申請→ http://…」"
            "「見舞金はこちらのサイトでカード情報を入れると… http://…」のように、還付金・給付金・"
            "助成金などの申請や受け取りを、市や国の公式でないリンクへ誘う書き込みを検出します。"
            "市（city.ishinomaki.lg.jp）・国（go.jp）・自治体（lg.jp）のリンクは対象外です。",
        ),
        rule(
            "harmful-link-lure-pieces",
            "有害リンク（アプリのファイル、数字を混ぜたブランド名、フォームを装ったドメイン）",
            "harmful_link",
            "terms",
            "high",
            {"terms": asks.LINK_PIECES, "exceptions": []},
            "「http://…/ishinomaki.apk」のようなアプリのファイル、「amaz0n」のように数字を混ぜた"
            "ブランド名、「forms.gle.…」のようにフォームのサービスを装ったドメインを検出します。",
        ),
    ]
