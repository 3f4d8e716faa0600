"""Round 13 of the corpus: a face and a name remembered, a polite wish of a safe way home with
a person's hours known, 死ね spelled apart, 殺す drawn with 口 or said first; mourning
places defiled, mischief at a home, a counter or a rubbish point, mail in bulk, death shown
for viewing; a group sent away in the next sentence, a people called thieves; an insult glued
to a role, emoji insults, the dialect fool, intellect doubted politely, a shop said to cheat;
a discount for showing the post; an office or the police speaking for itself, a comment said
to be city-approved; a flat, a found card, a workplace to ring, an address to spread, a home
phone, an official's child's school; drugs by code word or emoji, a benefit taken twice,
driving unlicensed and dumping; minors lusted after, intimate care asked for oneself; recalls,
slogans and rallies; spirit readings and the end foretold; program links and lures
(``moderation/engine/defaults_round13*.py``), each kind with its innocent look-alikes. The
comments are written for this corpus, not taken from the held-out sets."""

R = {
    slug: slug
    for slug in (
        "threat-face-remembered",
        "threat-polite-whereabouts",
        "threat-die-spelled-apart",
        "threat-kill-drawn-with-kanji",
        "threat-violence-ja",
        "threat-office-burned",
        "public-order-mourning-defiled",
        "public-order-mischief-calls",
        "public-order-bulk-mail",
        "public-order-death-media",
        "discrimination-sent-away",
        "discrimination-people-contempt",
        "discrimination-women-unfit",
        "defamation-role-insults",
        "defamation-emoji-aimed",
        "defamation-dialect-fool",
        "defamation-intellect-doubted",
        "defamation-shop-cheats",
        "defamation-crime-asserted",
        "commercial-show-this-post",
        "impersonation-office-orders",
        "impersonation-city-approved",
        "impersonation-official-header",
        "privacy-flat-told",
        "privacy-card-found-told",
        "privacy-workplace-mobbed",
        "privacy-address-spread",
        "privacy-home-contact-passed",
        "privacy-officials-children",
        "illegal-drugs-handed-over",
        "illegal-drug-emoji-handed",
        "illegal-benefit-twice",
        "illegal-unlicensed-and-dumping",
        "illegal-getting-away-advised",
        "obscene-minors-lusted",
        "obscene-intimate-care-joke",
        "political-recall-and-slogans",
        "political-recall-calls",
        "political-rally-calls",
        "religious-spirits-and-end",
        "harmful-link-programs-and-lures",
    )
}

ROUND13_FLAG = [
    # threats
    ("お前の顔と名前は覚えたからな、覚悟しとけ", R["threat-face-remembered"]),
    ("いずれ後悔させてやるからな", R["threat-face-remembered"]),
    (
        "課長さん、お住まいは大街道ですよね。把握しております。お気をつけてお帰りください",
        R["threat-polite-whereabouts"],
    ),
    (
        "毎朝7時に駅から通ってますよね。無事に帰れるといいですね",
        R["threat-polite-whereabouts"],
    ),
    ("「氏」と「ね」をつなげて読んでくれ、議員ども", R["threat-die-spelled-apart"]),
    ("係長をコ口してやる", R["threat-kill-drawn-with-kanji"]),
    ("殺す、お前だけは許さない", R["threat-violence-ja"]),
    ("灯油まいて支所に火をつけるからな", R["threat-office-burned"]),
    # public order
    ("献花台に落書きしてやろうぜ", R["public-order-mourning-defiled"]),
    ("慰霊祭の最中に爆竹鳴らそうぜ", R["public-order-mourning-defiled"]),
    ("議員の自宅前に押しかけようぜ", R["public-order-mischief-calls"]),
    ("公園のベンチ、夜中に壊しに行こうぜ", R["public-order-mischief-calls"]),
    ("市長にメール爆撃しよう", R["public-order-bulk-mail"]),
    ("事故の遺体の写真、欲しい人いたら送るよ", R["public-order-death-media"]),
    # discrimination
    ("ネパール人が増えて困る。国に強制送還しろ", R["discrimination-sent-away"]),
    ("精神障害者は危ない。隔離しとけ", R["discrimination-sent-away"]),
    ("あの国の人間は嘘つき民族だから信用するな", R["discrimination-people-contempt"]),
    ("あの家は部落の出らしい", R["discrimination-people-contempt"]),
    ("女の課長はすぐ泣くから使えない", R["discrimination-women-unfit"]),
    # defamation
    ("あのポンコツ公務員、何回言っても分からない", R["defamation-role-insults"]),
    ("議員は🦌🐴ばかり", R["defamation-emoji-aimed"]),
    ("窓口の係長💩💩", R["defamation-emoji-aimed"]),
    ("おめえはばがだべ", R["defamation-dialect-fool"]),
    ("税務課の佐藤さんは知能が足りないのでは", R["defamation-intellect-doubted"]),
    ("駅前のラーメン屋は産地偽装してるらしい", R["defamation-shop-cheats"]),
    ("自治会長は会費を懐に入れてる", R["defamation-crime-asserted"]),
    # solicitation and impersonation
    ("帰りにうちのカフェへ。この投稿を見せたらケーキ半額", R["commercial-show-this-post"]),
    ("石巻市消防署です。明日各家庭を訪問して点検します", R["impersonation-office-orders"]),
    ("県警です。この書き込みの発信者情報を提出してください", R["impersonation-office-orders"]),
    ("この書き込みは市が承認したものです", R["impersonation-city-approved"]),
    (
        "【石巻市 福祉課】申請の受付はこちらのアカウントで行います",
        R["impersonation-official-header"],
    ),
    # privacy
    ("あの議員の自宅は駅裏のマンションの502号室", R["privacy-flat-told"]),
    ("クレジットカード拾いました 1234 5678 9012 3456", R["privacy-card-found-told"]),
    ("あの店員の職場に電話してやれ", R["privacy-workplace-mobbed"]),
    ("万引きしたのはこの写真の女。拡散希望", R["privacy-address-spread"]),
    ("校長の自宅の住所、貼っときます", R["privacy-home-contact-passed"]),
    ("議員の息子の通ってる中学、知ってる", R["privacy-officials-children"]),
    # illegal
    ("いいハーブあります、手渡しのみ", R["illegal-drugs-handed-over"]),
    ("🌿🍃 市内なら手渡しOK", R["illegal-drug-emoji-handed"]),
    ("子どもの人数をごまかして二重にもらえるよ", R["illegal-benefit-twice"]),
    ("古いタイヤは河川敷に捨ててこい", R["illegal-unlicensed-and-dumping"]),
    ("無免許でも田んぼ道ならバレない", R["illegal-unlicensed-and-dumping"]),
    ("監視は夕方までだから、その後が狙い目", R["illegal-getting-away-advised"]),
    # obscene
    ("女子高生の写真、エロすぎ", R["obscene-minors-lusted"]),
    ("介護の人って俺のも下の世話してくれる？", R["obscene-intimate-care-joke"]),
    # political and religious
    ("市議選は〇〇さんに一票！", R["political-recall-and-slogans"]),
    ("あの議員、落選運動しよう", R["political-recall-calls"]),
    ("△△議員の活動報告会、皆さんお越しください", R["political-rally-calls"]),
    ("前世鑑定いたします、お気軽に", R["religious-spirits-and-end"]),
    ("終末が近い。救われたい方は連絡を", R["religious-spirits-and-end"]),
    # links
    ("便利なツール https://tool-free.example.top/get.apk", R["harmful-link-programs-and-lures"]),
    ("無料で映画が見れるよ https://movie.example.net", R["harmful-link-programs-and-lures"]),
]

ROUND13_PASS = [
    # threats' look-alikes
    "先生の顔と名前、やっと覚えました",
    "台風の日、皆さん無事に帰れるといいですね",
    "遅くまでありがとうございました。お気をつけてお帰りください",
    "会場は把握しております、当日はよろしくお願いします",
    "「死ね」とか「消えろ」とか書き込むのはやめてください",
    "ハチが巣を作ったので殺虫剤で駆除しました",
    "庁舎のストーブ、灯油は足りていますか",
    # public order's look-alikes
    "慰霊碑にお花を供えてきました",
    "追悼式の黙祷、静かに手を合わせました",
    "慰霊碑への落書き、本当に許せない",
    "慰霊碑に落書きしに行こうぜって書いてる人がいて悲しい",
    "公園のベンチが壊れているので直してほしいです",
    "ゴミ袋は指定の袋を使ってください",
    "古紙は袋を全部破いて中身を出してください",
    "苦情のメールは一通にまとめて送りました",
    "自殺予防の相談窓口はこちらです",
    # discrimination's look-alikes
    "留学生の皆さん、ようこそ石巻へ",
    "障害者の就労支援施設を見学しました",
    "被差別部落の歴史を学ぶ講座があります",
    "女の職員さんが丁寧に教えてくれました",
    # defamation's look-alikes
    "最低気温が氷点下になります",
    "ダメ元で申請してみます",
    "金華山の🦌に会いました",
    "犬の💩を片付けない人がいます",
    "そればがりでねぇ、こっちも大変だっちゃ",
    "知能検査の結果について相談できますか",
    "食堂の残飯は堆肥にしているそうです",
    "食中毒の予防について保健所から案内がありました",
    # solicitation and impersonation's look-alikes
    "このコメント欄、見やすくなりましたね",
    "警察署の場所を教えてください",
    "教育委員会のお知らせ、読みました",
    "市が承認した計画について質問です",
    "石巻市のページでお知らせしますとありました",
    "税務課より還付金がありますって電話が来ました。詐欺ですよね？",
    "ニュースで見た【石巻市】の特集、良かったです",
    "【公式】って書いてあるアカウントは本物ですか？",
    # privacy's look-alikes
    "集会所は2号棟の101号室の隣です",
    "カードの再発行は窓口でできますか",
    "迷子の犬を保護しています。この写真の子です。拡散してください",
    "勤務先の証明書が必要ですか",
    "市長の娘さんの結婚、おめでとうございます",
    # illegal's look-alikes
    "庭のハーブを近所の方に手渡しでおすそ分けしました",
    "給付金が二重に振り込まれていたので返金しました",
    "不法投棄は河川敷でも禁止です。通報を",
    "無免許運転の取り締まりが強化されます",
    "見回りは夜9時までです、ご協力を",
    # obscene's look-alikes
    "女子高生が駅前で募金活動をしていました",
    "中学生の吹奏楽、たまらんかったです",
    "小学生が運動会で興奮するのは当然ですね",
    "父の下の世話について、介護の相談をしたいです",
    # political and religious's look-alikes
    "市長選の投票率が気になります",
    "期日前投票は、用紙に候補者の名前を書いて投函します",
    "市議会の報告会の日程はいつですか",
    "リコールの対象の車、点検を受けてください",
    "神社でお祓いを受けました",
    # links' look-alikes
    "申請書のPDFは市のサイトにあります https://www.city.ishinomaki.lg.jp/",
    "映画の上映会は無料です",
]
