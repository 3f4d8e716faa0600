"""Round 14 of the corpus: a bombing announced with the bare noun, an official wished a long
life, a weapon emoji pointed, dialect beating, a routine known with polite care, an office
burned tomorrow, fuel brought with a condition; an insult spelled apart, a head said to be
empty, people binned, a crime asserted of a clinic, the dialect fool glued to the word before;
a group kept out or blamed, a child with a disability sent elsewhere, women unfit to lead, 害人;
a body part to touch, underwear asked about; an animal hurt, a riot at an event, a page
raided; lessons and resold goods; bid prices, personnel moves and internal papers told; work
copied; a disaster foretold, deaths said hidden, panic buying; a city notice by direct
message, a header in letters, an office asking for details; a person marked out and named, a
reporter named, an official's child's school; catch poached, papers forged; a candidate sent
to a chamber, a street rally; joining promised to heal, spirits and a rite; a look-alike
domain (``moderation/engine/defaults_round14*.py``), each kind with its innocent look-alikes.
The comments are written for this corpus, not taken from the held-out sets."""

R = {
    slug: slug
    for slug in (
        "threat-building-blown-up",
        "threat-sarcastic-care",
        "threat-emoji-pointed",
        "threat-dialect-beating",
        "threat-polite-whereabouts",
        "threat-office-burned",
        "threat-fuel-carried",
        "defamation-insult-spelled-apart",
        "defamation-empty-head",
        "defamation-people-binned",
        "defamation-crime-asserted",
        "defamation-dialect-insults",
        "discrimination-kept-out",
        "discrimination-women-unfit",
        "discrimination-slurs",
        "obscene-body-touched",
        "obscene-underwear-asked",
        "public-order-animals-hurt",
        "public-order-event-disruption",
        "other-page-raided",
        "commercial-lessons-sold",
        "commercial-goods-resold",
        "confidential-bid-prices",
        "confidential-personnel-told",
        "confidential-internal-posted",
        "ip-work-copied",
        "false-info-disaster-foretold",
        "false-info-cover-up",
        "false-info-produce-rumour",
        "false-info-panic-buying",
        "impersonation-notice-by-dm",
        "impersonation-city-header-letters",
        "impersonation-office-orders",
        "privacy-person-marked-out",
        "privacy-reporter-named",
        "privacy-officials-children",
        "illegal-poached-catch",
        "illegal-papers-forged",
        "political-sent-to-chamber",
        "political-rally-calls",
        "religious-joining-heals",
        "religious-spirits-rite",
        "harmful-link-lookalike-domain",
    )
}

ROUND14_FLAG = [
    # threats
    ("今夜、支所を爆破", R["threat-building-blown-up"]),
    ("来週の月曜、中学校を爆破します", R["threat-building-blown-up"]),
    ("議員さん、長生きしたければ余計なこと言わないほうがいい", R["threat-sarcastic-care"]),
    ("部長は長生きしたかったら口出ししないことだ", R["threat-sarcastic-care"]),
    ("議員👉☠️", R["threat-emoji-pointed"]),
    ("お前ら待ってろ💣", R["threat-emoji-pointed"]),
    ("窓口のあいつ、ぶんなぐってやっぺ", R["threat-dialect-beating"]),
    (
        "係長さん、毎晩遅くに駅前を歩いていますよね。夜道にはくれぐれもご注意を",
        R["threat-polite-whereabouts"],
    ),
    ("支所、今夜燃やすからよろしく", R["threat-office-burned"]),
    ("庁舎さ火つけっからな", R["threat-office-burned"]),
    (
        "返事がない場合、来週ガソリンを持って伺います",
        R["threat-fuel-carried"],
    ),
    # defamation
    ("議長は『あ』と『ほ』でできている", R["defamation-insult-spelled-apart"]),
    ("あの部長の脳みそ、スカスカなんじゃないの", R["defamation-empty-head"]),
    ("議員ども、全員まとめてゴミ箱行きでいい", R["defamation-people-binned"]),
    ("駅前の歯科の院長、水増し請求してるって", R["defamation-crime-asserted"]),
    ("まったくほでなしだっちゃ、あの係長", R["defamation-dialect-insults"]),
    # discrimination
    ("移民なんかこの町に入れるな", R["discrimination-kept-out"]),
    ("外国人労働者が増えて治安が悪くなった。全部あいつらのせい", R["discrimination-kept-out"]),
    (
        "障害のある子は同じクラスにしないでほしいです。授業が遅れるので",
        R["discrimination-kept-out"],
    ),
    ("女性の部長って感情的で困りますね", R["discrimination-women-unfit"]),
    ("また害人が増えた", R["discrimination-slurs"]),
    # obscene
    ("受付のお姉さん、ケツ揉ませてよ", R["obscene-body-touched"]),
    ("保健師さんのスリーサイズを教えてください", R["obscene-underwear-asked"]),
    # public order and other
    ("子猫を生き埋めにしてやったわ", R["public-order-animals-hurt"]),
    ("花火大会でみんなで暴れようぜ", R["public-order-event-disruption"]),
    ("今日からこのページ荒らします。よろしく", R["other-page-raided"]),
    # commercial
    ("英会話の体験レッスン受付中です。お気軽にどうぞ", R["commercial-lessons-sold"]),
    ("花火大会の招待券、二枚余ったので売ります", R["commercial-goods-resold"]),
    # confidential
    ("新庁舎の工事、最低制限価格は8千万。職員から聞いた", R["confidential-bid-prices"]),
    ("4月の人事異動、ここだけの話、教育長は交代だって", R["confidential-personnel-told"]),
    ("庁内の資料を手に入れたので晒します", R["confidential-internal-posted"]),
    # intellectual property
    ("地元紙の有料記事、コピペして載せときます", R["ip-work-copied"]),
    # false information
    ("今夜、津波が来るらしいよ。みんな高台へ", R["false-info-disaster-foretold"]),
    ("川の水から放射能が出てるのに市が隠蔽してる", R["false-info-cover-up"]),
    ("今年のホヤは放射能まみれで食べたら死ぬってさ", R["false-info-produce-rumour"]),
    ("来週から断水になるから、今のうちに水を買い占めて！", R["false-info-panic-buying"]),
    # impersonation
    ("石巻市役所より：特別給付金の手続きはDMにて受け付けます", R["impersonation-notice-by-dm"]),
    ("【Ishinomaki City Official】プレゼント企画", R["impersonation-city-header-letters"]),
    (
        "石巻市福祉課よりお知らせいたします。対象の方はこちらに返信してください",
        R["impersonation-office-orders"],
    ),
    # privacy
    ("心療内科に通ってるあの奥さん、本名は佐藤みゆき", R["privacy-person-marked-out"]),
    ("騒音の苦情入れた人、三軒隣の高橋さんだって", R["privacy-reporter-named"]),
    ("議員のお嬢さん、〇〇中学校の2年生ですよね", R["privacy-officials-children"]),
    # illegal
    ("アワビ買い取ってくれる業者いない？", R["illegal-poached-catch"]),
    ("在籍証明、偽造承ります。お気軽にどうぞ", R["illegal-papers-forged"]),
    # political and religious
    ("鈴木さんを県議会へ！", R["political-sent-to-chamber"]),
    ("土曜に決起集会があります。お誘い合わせのうえどうぞ", R["political-rally-calls"]),
    ("私たちの会に入信すれば救われます", R["religious-joining-heals"]),
    ("ご先祖の因縁が見えます。除霊いたしますのでご相談ください", R["religious-spirits-rite"]),
    # links
    ("ログインはこちら https://xn--ishnomaki-abc.jp/", R["harmful-link-lookalike-domain"]),
]

ROUND14_PASS = [
    # threats' look-alikes
    "市役所に爆破予告があったそうです",
    "旧校舎は来月爆破解体されます",
    "駅前の再開発で爆破作業があるそうです",
    "夏祭りで学校の疲れを吹き飛ばそう",
    "市長さん、長生きしてくださいね",
    "夜道には気をつけてお帰りください",
    "明日燃やすごみの日です",
    "駅前の🔪研ぎ屋さん、よく切れるようになりました",
    "灯油を持って伺いますので、お待ちください",
    # defamation's look-alikes
    "「ば」と「か」のつく地名を探しています",
    "頭の中を空っぽにして楽しめました",
    "私の頭の中は夏休みのことでいっぱいです",
    "古い書類は全部ゴミ箱行きにしました",
    "保険の不正請求には気をつけましょう",
    "くずきりとくず餅、どちらも好きです",
    "海岸のクズ拾い、参加者募集中です",
    "旅行帰りで時差ボケです",
    "うちの孫はおだづもっこで困るっちゃ",
    # discrimination's look-alikes
    "外国人観光客の受け入れについて意見を聞きたいです",
    "障害のある子も通える学童を増やしてください",
    "女性の課長が増えるのは良いことです",
    "池沼の水質調査の結果を公開してください",
    # obscene's look-alikes
    "肩を揉ませていただきました",
    "制服の下着の色の決まりはおかしいと思います",
    # public order and other's look-alikes
    "猫に毒餌がまかれていました。警察に相談しています",
    "成人式、晴れてよかったですね",
    "荒らしのコメントは削除してください",
    # commercial's look-alikes
    "市の子ども教室、体験授業はありますか",
    "ベビーカー、無料でお譲りします",
    # confidential's look-alikes
    "入札の予定価格は公表されていますか",
    "人事異動の発表はいつですか",
    "パスワードは初期設定から変更しましょう",
    # intellectual property's look-alikes
    "広報の全文は市のサイトにあります",
    "ブログの全文はこちらに載せました",
    "自分で撮った写真を保存して貼りました",
    "市の写真は申請すれば使えるそうです",
    # false information's look-alikes
    "明日地震が来るという話はデマです",
    "いつか大きな地震が来るって思うと眠れません",
    "大津波が来るとの想定で避難訓練をします",
    "津波が来たら高台へ逃げましょう",
    "水の買いだめはやめましょう",
    "牡蠣の出荷が止まったって聞いたけど、本当ですか",
    "「ワカメは汚染されてるらしい」なんて書き込みは信じないで",
    # impersonation's look-alikes
    "石巻市からのお知らせを見ました",
    "【公式】って書いてあっても信用しないで",
    "福祉課よりお知らせが届きました",
    # privacy's look-alikes
    "事故の運転手の名前は公表されていますか",
    "家族は住所は同じでも世帯を分けられますか",
    "通報した人が責められるのはおかしい",
    "市長のお嬢さんも成人式に出ていました",
    # illegal's look-alikes
    "ナマコ漁の解禁日はいつですか",
    "診断書の偽造は犯罪です",
    # political and religious's look-alikes
    "要望書を市議会へ提出しました",
    "街頭演説を見かけました",
    "お盆にご先祖の霊を迎えます",
    # links' look-alikes
    "ログインはこちら https://www.city.ishinomaki.lg.jp/",
]
