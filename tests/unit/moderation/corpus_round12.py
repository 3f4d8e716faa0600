"""Round 12 of the corpus: a death wished in a conditional, harm foretold as if by chance, a
weapon brought with 覚悟, an office to be burned, a killing said with a compound verb; events
disrupted, hoaxes for fun, an office flooded with calls, danger courted for views, animals
hurt, the dead mocked; women, illness, faith, origin and a people shut out or scorned; a
person said to commit a crime, insults by likeness; prices, dating, income and a LINE ID;
an office or a new official page impersonated, a false order; a residence card, a flat, a
child's class, an account, an illness, a card number or a spelled-out mail address told;
getting away with it advised, forgery, stolen goods; sexual words, emoji and moans; rallies
and romaji votes; faith offered with fear; benefit links and lure pieces
(``moderation/engine/defaults_round12*.py``), each kind with its innocent look-alikes. The
comments are written for this corpus, not taken from the held-out sets."""

R = {
    slug: slug
    for slug in (
        "threat-death-wished",
        "threat-veiled-harm",
        "threat-veiled-harm-named",
        "threat-weapon-brought-braced",
        "threat-office-burned",
        "threat-kill-compound",
        "public-order-event-disruption",
        "public-order-hoax-for-fun",
        "public-order-office-obstruction",
        "public-order-danger-for-views",
        "public-order-animals-hurt-for-fun",
        "public-order-victims-mocked",
        "discrimination-women-unfit",
        "discrimination-shut-out",
        "discrimination-contempt-terms",
        "discrimination-ape-emoji",
        "defamation-crime-asserted",
        "defamation-likeness-insults",
        "commercial-price-offers",
        "commercial-dating-lures",
        "commercial-income-contact",
        "impersonation-office-asks-money",
        "impersonation-new-official-page",
        "impersonation-false-orders",
        "privacy-cards-flats-accounts",
        "privacy-accounts-illness-told",
        "privacy-card-number-told",
        "privacy-email",
        "illegal-getting-away-advised",
        "illegal-documents-forged-to-order",
        "illegal-stolen-goods",
        "obscene-words-round12",
        "obscene-emoji-aimed",
        "obscene-moan-written",
        "political-rallies-and-romaji",
        "political-vote-romaji",
        "religious-fear-and-cures",
        "harmful-link-benefit-apply",
        "harmful-link-lure-pieces",
    )
}

ROUND12_FLAG = [
    # a death wished, harm foretold, a weapon, arson, a compound killing
    ("あんな課長、とっとと死んじまえばいいんだ", R["threat-death-wished"]),
    ("議員なんか首吊ればいいのに", R["threat-death-wished"]),
    ("課長、そんな態度だと、そのうち刺されても知りませんよ", R["threat-veiled-harm-named"]),
    ("窓口のあいつ、どうなっても知らねぇからな", R["threat-veiled-harm-named"]),
    ("議員さん、帰りに襲われても文句言えませんよ", R["threat-veiled-harm-named"]),
    ("近いうちに職員の皆様のところへお礼参りに伺います", R["threat-veiled-harm"]),
    (
        "来週の議会、金属バット持って行きます。覚悟しといてください",
        R["threat-weapon-brought-braced"],
    ),
    ("あんな支所、燃やしてしまえばいい", R["threat-office-burned"]),
    ("課長のやつ、今度会ったら刺し殺してやる", R["threat-kill-compound"]),
    ("次は絞め殺すぞ、覚えとけ", R["threat-kill-compound"]),
    # public order
    ("卒業式、みんなで乱入しようぜ", R["public-order-event-disruption"]),
    ("運動会の放送、邪魔してやろう", R["public-order-event-disruption"]),
    ("避難訓練の日に『本物の地震』ってデマ流したら面白くね？", R["public-order-hoax-for-fun"]),
    ("市役所の窓口、みんなで電話しまくってパンクさせようぜ", R["public-order-office-obstruction"]),
    ("台風来たら河口に動画撮りに行こうぜ", R["public-order-danger-for-views"]),
    ("公園のハトに石投げてみた", R["public-order-animals-hurt-for-fun"]),
    ("犠牲者の話とか自業自得でしょ", R["public-order-victims-mocked"]),
    # discrimination
    ("女が部長とか務まるわけないだろ", R["discrimination-women-unfit"]),
    ("認知症の人は施設から出すなよ", R["discrimination-shut-out"]),
    ("その宗教の人は採用するなって話", R["discrimination-shut-out"]),
    ("あそこの家は部落出身らしいよ", R["discrimination-contempt-terms"]),
    ("外国人🐒ばっかりになった", R["discrimination-ape-emoji"]),
    # defamation
    ("あの店長、売上を着服してるから気をつけて", R["defamation-crime-asserted"]),
    ("理事長は裏金もらってるって聞いた", R["defamation-crime-asserted"]),
    ("議会はバカの集まり", R["defamation-likeness-insults"]),
    ("ク○役人ども、仕事しろ", R["defamation-likeness-insults"]),
    # solicitation
    ("手作り石けん、1個500円で売ります", R["commercial-price-offers"]),
    ("青汁、定期購入でお得になります", R["commercial-price-offers"]),
    ("さみしい夜はありませんか？お話ししませんか。20代女性です", R["commercial-dating-lures"]),
    ("在宅で月に50万円の収入、詳しくはLINEで", R["commercial-income-contact"]),
    # impersonation
    ("福祉課の者です。給付金のため口座番号を教えてください", R["impersonation-office-asks-money"]),
    ("市職員です。還付はATMで手続きできます", R["impersonation-office-asks-money"]),
    ("水道局です。浄水器を販売いたします", R["impersonation-office-asks-money"]),
    (
        "当ページは移転しました。新しい公式アカウントをフォローし直してください",
        R["impersonation-new-official-page"],
    ),
    ("緊急：全員避難命令が出ました", R["impersonation-false-orders"]),
    # privacy
    ("あの人の在留カードはXY98765432ZZだよ", R["privacy-cards-flats-accounts"]),
    ("佐藤は3号棟201号室に住んでる", R["privacy-cards-flats-accounts"]),
    ("犯人は石巻小の4年1組の子", R["privacy-cards-flats-accounts"]),
    ("あいつの口座はここ、みんなで督促しよう", R["privacy-accounts-illness-told"]),
    ("向かいの奥さん、うつ病なんだって", R["privacy-accounts-illness-told"]),
    ("落とし物のカード番号 1111 2222 3333 4444", R["privacy-card-number-told"]),
    ("文句はtanaka.ishi（アットマーク）example.jpに", R["privacy-email"]),
    # illegal
    ("ゴミは川に捨てれば誰にも分からない", R["illegal-getting-away-advised"]),
    ("収入を隠して申請すればバレないよ", R["illegal-getting-away-advised"]),
    ("住民票、偽造できますよ", R["illegal-documents-forged-to-order"]),
    ("会社の倉庫から盗んできた工具、安く譲ります", R["illegal-stolen-goods"]),
    # obscene
    ("あの保健師、犯したい", R["obscene-words-round12"]),
    ("🍆💦 受付のお兄さん", R["obscene-emoji-aimed"]),
    ("あっあっあぁぁんいくぅぅぅ", R["obscene-moan-written"]),
    # political and religious
    ("増税反対デモ、土曜に駅前で。みんなで集まろう", R["political-rallies-and-romaji"]),
    ("senkyo wa ○○ san ni touhyou onegai", R["political-vote-romaji"]),
    ("この数珠を身につければ祟りが消えます", R["religious-fear-and-cures"]),
    ("ご先祖様が泣いていますよ、入信を", R["religious-fear-and-cures"]),
    # links
    (
        "給付金の受け取り手続きはこちら http://kyufu-ishi.example.xyz/",
        R["harmful-link-benefit-apply"],
    ),
    ("公式アプリはこちら http://download.example.net/app.apk", R["harmful-link-lure-pieces"]),
    # widened earlier rules
    ("おまえの家は知ってるぞ", "threat-knows-home"),
    ("担当の課長、夜道さ気ぃつけろよ", "threat-polite-night-roads"),
    ("そんなに殴られたいんですか", "threat-death-dares"),
    ("職員みんな氏ね", "threat-violence-ja"),
    ("駅前で裸で走ったらバズるかな", "public-order-nude-stunts"),
    ("サイトは ishi-sale ドット トップ", "harmful-link-spelled-out"),
    ("せんきょは まるまる さんに いれてね", "political-vote-asks-dialect"),
]

ROUND12_PASS = [
    # threats' look-alikes
    "ばあちゃんが死んだら、いいお葬式にしてあげたい",
    "通学路、事故に遭わないように見守りをお願いします",
    "インフルエンザの注射、刺されても痛くなかったです",
    "キャンプでは蜂に刺されても知らないよ、虫よけを",
    "雪道で何があっても知らねぇぞ、と父に言われました",
    "料理教室に包丁を持って行きます。覚えることが多くて大変です",
    "庁舎の落ち葉、燃やしてもいいですか",
    "殺虫剤で虫を殺してから掃除しました",
    # public order's look-alikes
    "成人式で暴れた若者のニュース、悲しいですね",
    "デマを流すのはやめてください",
    "花火大会の会場にお弁当持ち込もう",
    "卒業式でサプライズして先生を驚かそうぜ",
    "消火器の使い方、今度の訓練でやるべ",
    "台風一過、紅葉を見に行こう",
    "公民館の裏で落ち葉を燃やせばいいんだって",
    "窓口の電話がつながりにくいです。改善してほしい",
    "市役所の窓口、電話しまくってもつながらない",
    "犬の散歩中に毒餌らしきものを見つけました。注意してください",
    "台風の日は川を見に行こうとしないでください",
    "野良猫に餌をあげてもいいですか",
    "震災の犠牲者を悼む式典に参加しました",
    # discrimination's look-alikes
    "女の人が市長になって、町が明るくなった気がします",
    "エイズはプールではうつりません。正しい知識を",
    "実習生のみなさん、いつもお疲れさまです",
    "女の人が課長やってるから相談しやすいです",
    "実習生の皆さんは民度が高くて礼儀正しい",
    "感染者は隔離すべきですか？家族の場合を教えてください",
    "集落の公民館で餅つきがありました",
    # defamation's look-alikes
    "元職員が横領で逮捕されたと報道がありました",
    "先生が子どもに手をあげてるのを見たら通報を",
    "猿でもわかる確定申告という本が役に立ちました",
    "ゴミの分別、集まりで教わりました",
    # solicitation's look-alikes
    "フリマで古着を出品します。ぜひお立ち寄りください",
    "子育ての話し相手がほしくて、支援センターに通っています",
    "高齢者の話し相手ボランティアになりませんか",
    "今だけ無料の駐車場です",
    "出会いを探している方向けの婚活イベント、市が主催です。登録無料",
    "ポイント交換はこちら https://www.waon.net/point",
    "市の公式LINEに友だち登録しました",
    # impersonation's look-alikes
    "福祉課の者ですが、先日はありがとうございました",
    "公式グッズを道の駅で販売いたします",
    "本人確認をお願いされました、公式の者ですか？",
    "市の公式ページ、新しいデザインになりましたね",
    "避難指示が出たら、全員で避難所に向かいましょう",
    # privacy's look-alikes
    "5年2組の学級通信、読みやすかったです",
    "娘が2年1組になりました",
    "陽性なんだって、コロナ",
    "仮設住宅の3号棟の集会所で茶話会があります",
    "クレジットカードの使い方を教わる講座がありました",
    # illegal's look-alikes
    "不法投棄は犯罪です。見かけたら通報を",
    "診断書は病院で書いてもらえますか？",
    "倉庫から持ってきた机を会場に並べました",
    "住民票を1枚、印鑑も作ります",
    "夜の見回りの人数にはまだ余裕があります",
    # obscene's look-alikes
    "罪を犯したことを反省しています",
    "ママ友と水着を買いに行きました",
    "あーんして、と子どもにご飯を食べさせました",
    # political and religious's look-alikes
    "選挙の日は投票所まで送迎があります",
    "お寺の境内で朝市が開かれます",
    "ご予約のお客様だけです",
    # links' look-alikes
    "給付金の申請は市のページから https://www.city.ishinomaki.lg.jp/",
    "パンフレットはPDFで配布しています",
]
