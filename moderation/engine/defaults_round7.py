"""Round 7 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the clause definitions of the operating policy and from kinds of harmful
comment the earlier rounds miss: drugs offered under slang names (葉っぱ回せるよ),
counterfeits and illegal gambling offered as a service (偽札使える店, 闇カジノ営業中),
boasting of cruelty to animals, gathering people who want to die, posting photos of the
dead, discrimination as fear or unfitness (〜は怖いから近寄りたくない, 女に市長が務まるわけ
ない), abuse of the city or staff in words the staff-insult list lacked (クソ, 頭おかしい,
〜野郎), threats to go to someone's home, sexual solicitation by the kind of partner sought
(人妻募集), leafleting for a party or candidate, invitations to worship (礼拝にどなたでも),
luck-bringing goods (開運の数珠), shops' opening offers (初回50%オフ), and accounts that
speak as the city to send people elsewhere (こちらは石巻市役所です…こちらから申請). A second
pass adds stolen, found and borrowed goods (盗んだ自転車安く売るよ), calls to dump waste or
squat, vote buying, preying on the bereaved, contempt of a group (〜は嘘つき, 社会のお荷物),
calls to elect someone or to vote for a named party, spiritual readings (供養不足です),
requests for pictures of the body, dialect threats (ぶっ殺すど, どついたる), a resident's own
channels and a business's offers; and 市長さん, which the analyser reads as 市 / 長 / さん.

Precision first, as in ``defaults.py`` and ``defaults_round6.py``: a word that is ordinary
alone (葉っぱ, 怖い, 家, 礼拝, 初回) is a *pattern* with what it must be said with; a phrase
that is harmful wherever it stands is a term. Quoting, reporting and warning (〜という,
〜に注意, 〜と思) are excused by the reporting tails of round 5 and the warning tails of
round 6.
"""

from __future__ import annotations

from .defaults_round6 import MORE_GROUPS, WARNING_TAILS

# --- illegal: slang names for drugs, counterfeits and illegal gambling -----------------------

# Names a dealer uses instead of the drug's (each ordinary alone, hence a pattern).
DRUG_SLANG = [
    "葉っぱ", "はっぱ", "ハッパ", "野菜", "手押し", "ブツ", "ジョイント", "ハシシ", "チョコ",
    "アイス", "冷たいの", "エス", "スピード", "草", "クサ", "バッズ", "ガンジャ", "マリファナ",
    "大麻", "コカイン", "コーク", "覚醒剤", "覚せい剤", "シャブ", "MDMA", "LSD", "紙", "脱法ハーブ",
    "合法ハーブ", "危険ドラッグ",
]  # fmt: skip
# ... and the dealer's offer, which no shop or farmer words this way (欲しい人 and 連絡して
# are ordinary with 野菜 or アイス, so only a dealer's own words count here; slang that is
# unambiguous is added to round 6's dealing rule, whose offers are broader).
DRUG_SLANG_UNAMBIGUOUS = ["葉っぱ", "はっぱ", "ジョイント", "ハシシ", "バッズ"]
DRUG_SLANG_OFFERS = [
    "回せるよ", "回せます", "回せる", "回します", "回すよ", "回してあげる", "引けるよ", "引けます",
    "手押しで", "手押しします", "キメたい", "キメよう", "キメようぜ", "キメセク", "吸おうぜ", "炙り",
    "吸おう", "吸おうよ", "みんなで吸おう", "吸ったら最高", "キメたら最高", "パケ", "1グラム1万", "1g1万", "グラム1万", "グラム5千", "グラム1万円", "グラム5千円",
]  # fmt: skip

# Counterfeits and gambling whose offer is itself the crime (the names alone are news words).
ILLEGAL_GOODS = [
    "偽札", "偽造紙幣", "偽ナンバー", "偽のナンバー", "偽造ナンバー", "偽ナンバープレート",
    "偽のナンバープレート", "偽造ナンバープレート", "偽ブランド", "偽ブランド品",
    "スーパーコピー", "コピー品", "偽造パスポート", "偽造免許", "偽の免許", "偽の身分証", "偽造身分証",
    "違法賭博", "闇カジノ", "裏カジノ", "インカジ", "野球賭博", "闇スロ", "裏スロ", "ノミ屋",
    "賭け麻雀", "闇ポーカー", "オンラインカジノ",
]  # fmt: skip
ILLEGAL_GOODS_OFFERS = [
    "作ります", "作るよ", "作れます", "作れるよ", "作ってあげる", "販売中", "販売してます",
    "販売しています", "売ってます", "売ってるよ", "営業中", "営業してます", "やってます", "やってるよ",
    "使えるお店", "使える店", "使えるよ", "使えます", "欲しい人", "欲しい方", "参加者募集",
    "集まれ", "遊べるよ", "遊べます", "案内します", "紹介します", "紹介するよ", "格安で", "激安",
    "入り口教える", "場所教える", "場所教えます", "稼げる", "勝てる",
]  # fmt: skip

# --- public order: cruelty to animals, gathering the suicidal, the dead, groping -----------

ANIMALS = [
    "犬", "猫", "野良猫", "野良犬", "子猫", "子犬", "ペット", "鳩", "カラス", "動物", "ウサギ",
    "うさぎ", "たぬき", "タヌキ", "ハト",
]  # fmt: skip
CRUELTY_BOASTS = [
    "蹴っ飛ばしてやった", "蹴飛ばしてやった", "蹴ってやった", "蹴り飛ばしてやった", "殴ってやった",
    "叩いてやった", "いじめてやった", "虐めてやった", "虐待してやった", "痛めつけてやった",
    "毒を盛ってやった", "毒を盛った", "毒餌まいた", "毒エサまいた", "川に投げてやった",
    "川に捨ててやった", "海に捨ててやった", "踏んでやった", "轢いてやった", "吊るしてやった",
    "首を絞めてやった", "石を投げてやった", "エアガンで撃ってやった", "エアガンで撃った",
    "虐待動画", "虐待する動画", "いじめる動画", "殺す動画", "蹴っ飛ばして遊", "いじめて遊",
]  # fmt: skip
SUICIDAL_PEOPLE = [
    "死にたい人", "死にたい方", "死にたいやつ", "死にたい奴", "自殺したい人", "自殺したい方",
    "消えたい人", "自殺志願者", "死にたがり", "一緒に死んでくれる人",
]  # fmt: skip
SUICIDE_GATHERING = [
    "連絡ください", "連絡して", "連絡ちょうだい", "集まれ", "集まろう", "募集", "DM", "一緒に",
    "楽になれる", "楽に死ねる", "方法教えます", "方法を教えます", "方法教えるよ", "手伝います",
    "手伝ってあげる", "練炭", "オフ会",
]  # fmt: skip
# A hotline or a counsellor telling the suicidal where to turn is the opposite.
SUICIDE_HELP = [
    f"substr:{who}{tail}"
    for who in SUICIDAL_PEOPLE
    for tail in ("は相談", "はご相談", "は迷わず相談", "は窓口", "はいのちの電話", "は専門", "への支援",
                 "を支援", "を助け", "を救", "の相談", "に寄り添")
]  # fmt: skip
DEAD_MEDIA = [
    "死体の写真", "遺体の写真", "死体の画像", "遺体の画像", "死体の動画", "遺体の動画", "死体写真",
    "遺体写真", "死体画像", "グロ画像", "グロ動画",
]  # fmt: skip
DEAD_MEDIA_ACTS = [
    "アップしとく", "アップします", "アップした", "アップしてやる", "載せとく", "載せます", "貼っとく",
    "貼ります", "貼ってやる", "晒しとく", "晒します", "見たい人", "見たいやつ", "欲しい人", "あるよ",
    "持ってる", "見せてやる", "送ってあげる",
]  # fmt: skip
GROPING_PHRASES = [
    "痴漢し放題", "盗撮し放題", "痴漢できる", "痴漢スポット", "盗撮スポット", "痴漢しやすい",
    "盗撮しやすい", "痴漢しようぜ", "盗撮しようぜ", "覗き放題", "覗きスポット",
]  # fmt: skip

# --- discrimination: fear and unfitness said of a whole group ------------------------------

FEAR_AND_UNFITNESS = [
    "怖いから近寄りたくない", "怖いから近づきたくない", "近寄りたくない", "近づきたくない",
    "近寄るな", "近づくな", "関わるな", "なんか信用できない", "なんて信用できない", "は全員信用できない",
    "はみんな信用できない", "野蛮", "民度が低い", "民度低い", "民度が知れる", "劣等", "下等",
    "務まるわけない", "務まるわけがない", "務まる訳ない", "務まらない", "口を出すな", "口出すな",
    "人間じゃない", "人間以下", "遺伝だから", "血筋だから", "生まれつき犯罪", "汚らわしい",
    "気持ち悪い", "キモい", "お国にお帰り", "国にお帰りいただき", "お帰りいただきたい",
    "出て行っていただきたい", "出ていっていただきたい", "出て行ってほしい", "出ていってほしい",
    "ご遠慮いただきたい", "来ないでいただきたい", "住まないでいただきたい", "うつるから来るな", "うつるから来ないで", "うつるから近寄", "放射能がうつる",
    "放射能うつる",
]  # fmt: skip
FEAR_EXCEPTIONS = [
    f"substr:{word}{tail}"
    for word in FEAR_AND_UNFITNESS
    for tail in ("という", "と言", "って言", "と思う人", "と思われ", "と言われ", "のは差別", "は差別",
                 "なんて差別", "という偏見", "という差別", "なんてこと", "ことはない", "ことはありません",
                 "と感じ", "と思わせ")
]  # fmt: skip
# Warnings in a flood or a storm (お年寄りは川に近づくな) are not exclusion.
WATER_WARNINGS = [
    f"substr:{place}{verb}"
    for place in ("川に", "海に", "海岸に", "崖に", "用水路に", "水路に", "堤防に", "現場に", "熊に")
    for verb in ("近づくな", "近寄るな")
]  # fmt: skip

# --- defamation: the city and its staff, in words the staff-insult list lacked -------------

STAFF_MORE = [
    # 市長さん is read as 市 / 長 / さん, so 市長 alone does not reach it
    "市長さん", "副市長さん", "石巻市役所", "役所の奴ら", "役所の連中", "役所の人間", "市の連中", "職員ども", "役人ども",
    "部長", "係長", "課長補佐", "支所長", "教育長", "議長", "市議ども", "議員ども",
]  # fmt: skip
STAFF_INSULTS_MORE = [
    "はクソ", "もクソ", "ってクソ", "なんかクソ", "クソ野郎", "クズ野郎", "バカ野郎", "馬鹿野郎",
    "パワハラ野郎", "セクハラ野郎", "頭おかしい", "頭おかしいんじゃ", "頭イカれてる", "頭沸いてる",
    "脳みそ腐ってる", "ボンクラ", "ぼんくら", "老害", "税金泥棒ども", "は腐ってる", "腐りきってる",
    "最低な人間", "人間のクズ", "恥さらし", "能無しばかり", "無能ばかり", "無能揃い", "バカばっか",
    "アホばっか", "バカばかり", "アホばかり", "低能", "低脳",
]  # fmt: skip
# Ordinary uses next to an office's name: 最低賃金, くそ暑い ... (round 7 widens the
# staff-insult rule of ``defaults.py`` with these, see WIDENING).
STAFF_INSULT_EXCEPTIONS = [
    "substr:最低限", "substr:最低賃金", "substr:最低気温", "substr:最低価格", "substr:最低でも",
    "substr:最低保障", "substr:最低ライン", "substr:くそ暑", "substr:クソ暑", "substr:くそ寒",
    "substr:クソ寒", "substr:バカにされ", "substr:バカにしな", "substr:税金の無駄遣いでは",
]  # fmt: skip

# --- threat: going to someone's home or workplace ------------------------------------------

VISIT_PLACES = [
    "職員の家", "担当者の家", "市長の家", "市長の自宅", "職員の自宅", "担当者の自宅", "お前の家",
    "おまえの家", "てめえの家", "お前んち", "おまえんち", "家まで", "自宅まで", "職場まで",
    "家族のところ", "家族の所",
]  # fmt: skip
VISIT_THREATS = [
    "行くからな", "行くぞ", "行ってやる", "行ってやるからな", "押しかける", "押しかけてやる",
    "押しかけるぞ", "乗り込む", "乗り込んでやる", "乗り込むぞ", "待ち伏せ", "待ってろ", "覚えてろ",
    "覚えとけ", "突撃する", "突撃してやる", "突撃するぞ", "行ってもいいんだぞ", "知ってるからな",
    "知ってるぞ", "分かってるぞ", "わかってるぞ", "特定済み", "特定した",
]  # fmt: skip

# --- obscene: the partner sought ------------------------------------------------------------

SEXUAL_PARTNERS = [
    "人妻", "熟女", "欲求不満", "不倫相手", "セフレ", "せフレ", "ヤリ友", "やり友", "パパ活",
    "ママ活", "ワンナイト", "エロい子", "エロい人", "エッチな子", "エッチな人", "ムラムラ",
    "欲求不満な", "寂しい人妻",
]  # fmt: skip
PARTNER_SOLICITING = [
    "募集", "募集中", "募集します", "探してます", "探しています", "探してる", "会える人", "会える方",
    "会いませんか", "会おう", "DM", "連絡ください", "連絡待ってます", "待ってます", "誰か",
    "いませんか", "いない?", "いない？", "紹介して",
]  # fmt: skip

# --- political: leafleting and rallies for a party or candidate ------------------------------

POLITICAL_SIDES = [
    "党", "政党", "候補", "候補者", "陣営", "後援会", "市議", "県議", "市長候補", "議員", "新人候補",
    "現職候補", "立憲", "自民", "公明", "共産", "維新", "国民民主", "れいわ", "参政党", "社民",
]  # fmt: skip
POLITICAL_ACTS = [
    "チラシ配ってます", "チラシを配ってます", "チラシ配っています", "チラシを配っています",
    "ビラ配ってます", "ビラを配ってます", "ビラ配っています", "ビラを配っています", "ビラ配り",
    "チラシ配り", "配布中", "決起集会", "演説会に来て", "演説会にお越し", "演説を聞きに来て",
    "集会に来て", "集会に参加しよう", "集会に参加しましょう", "デモに参加しよう", "デモに参加しましょう",
    "応援よろしく", "応援お願いします", "応援してください", "ご支持を", "ご支援を", "支持してください",
    "清き一票", "投票よろしく", "投票をよろしく", "投票お願いします", "投票をお願いします",
    "一票よろしく", "投票してね", "投票してください", "投票して下さい", "党員募集", "党員になりませんか", "入党しませんか", "入党してください",
]  # fmt: skip
POLITICAL_REPORTS = [
    f"substr:{act}{tail}"
    for act in ("配布中", "ビラ配り", "チラシ配り", "決起集会")
    for tail in ("という", "と言", "って言", "していた", "していました", "してた", "があった", "がありました",
                 "のニュース", "の様子", "は迷惑", "がうるさ", "をやめ", "はやめ", "は禁止", "は違反", "について")
]  # fmt: skip

# --- religious: worship invitations and luck-bringing goods --------------------------------

WORSHIP = [
    "礼拝", "ミサ", "伝道集会", "聖書研究会", "聖書の学び", "祈祷会", "祈りの会", "修行会", "法座",
    "お題目", "唱題", "教団", "私たちの教会", "私たちの会", "わたしたちの教会", "布教", "信者",
]  # fmt: skip
WORSHIP_INVITES = [
    "どなたでもお越し", "どなたでも来て", "どなたでもご参加", "どなたでも歓迎", "お越しください", "お待ちしています",
    "お待ちしております", "来てください", "ぜひ来て", "ぜひお越し", "参加しませんか", "入りませんか",
    "一緒に祈", "唱えれば", "唱えると", "救われ", "幸せになれ", "治ります", "治る", "入信",
    "入会", "連絡ください", "ご連絡ください", "無料です",
]  # fmt: skip
LUCK_WORDS = [
    "開運", "幸運を呼ぶ", "運気が上がる", "運気アップ", "金運", "金運アップ", "霊験", "霊力", "波動",
    "浄化パワー", "除霊",
]  # fmt: skip
LUCK_GOODS = [
    "数珠", "壺", "印鑑", "ブレスレット", "パワーストーン", "水晶", "特別価格", "今だけ",
    "お譲りします", "お分けします", "ご購入", "購入はこちら", "DM", "ご連絡",
]  # fmt: skip

# --- commercial: a shop's own offers and self-declared advertising --------------------------

SELF_ADVERTS = [
    "宣伝です", "宣伝させてください", "宣伝させて下さい", "宣伝失礼します", "宣伝失礼", "突然の宣伝",
    "少し宣伝", "ちょっと宣伝", "宣伝になりますが", "PRさせてください", "告知失礼します",
    "告知させてください", "失礼します、宣伝", "お店の宣伝",
    # selling reach on social media
    "フォロワー増やします", "フォロワーを増やします", "フォロワー購入", "フォロワー販売", "いいね販売",
    "いいね購入", "再生回数増やします", "再生回数を増やします", "フォロワー買えます",
]  # fmt: skip
SELF_ADVERT_EXCEPTIONS = [
    f"substr:{word}{tail}"
    for word in ("宣伝です", "宣伝失礼", "お店の宣伝")
    for tail in ("か", "よね", "ね", "という", "と言", "って言", "はやめ", "は禁止", "は控え", "はお断り")
] + ["substr:市の宣伝", "substr:観光の宣伝", "substr:石巻の宣伝", "substr:いい宣伝", "substr:良い宣伝"]  # fmt: skip
OPENING_OFFERS = [
    "初回", "今なら", "オープン記念", "新規オープン", "グランドオープン", "開店記念", "本日限り",
    "今だけ", "新規のお客様", "新規のお客さま", "ご新規様", "キャンペーン中", "キャンペーン実施中",
]  # fmt: skip
OFFER_TERMS = [
    "オフ", "%オフ", "％オフ", "%OFF", "OFF", "半額", "特別価格", "クーポン", "ご予約はこちら",
    "予約はこちら", "登録はこちら", "お申し込みはこちら", "ポイント還元", "詳しくはプロフ", "プロフから",
    "DMください", "ご来店",
]  # fmt: skip

# --- impersonation: speaking as the city to send people elsewhere -----------------------------

CITY_CLAIMS = [
    "こちらは石巻市", "こちらは市役所", "こちらは石巻市役所", "石巻市の公式アカウントです",
    "石巻市役所の公式アカウントです", "本アカウントは石巻市", "当アカウントは石巻市", "石巻市の職員です", "石巻市役所の職員です",
    "市役所の者ですが", "市の担当の者です", "担当部署の者です",
]  # fmt: skip
CITY_REDIRECTS = [
    "申請してください", "こちらから申請", "ここから申請", "移行をお願いします", "移行してください",
    "移行しました", "こちらをフォロー", "フォローをお願いします", "フォローしてください",
    "こちらから", "登録してください", "入力してください", "送ってください", "教えてください",
    "お知らせください", "クリック", "タップ", "リンク",
]  # fmt: skip


# --- second pass: kinds found by writing further examples of each clause -------------------

# illegal: stolen, found or borrowed things used or sold; no prescription, no licence, minors.
ILLICIT_SOURCES = [
    "盗んだ", "盗品", "パクった", "拾った財布", "拾ったカード", "拾ったスマホ", "拾った携帯",
    "他人のカード", "他人のマイナンバー", "他人のマイナンバーカード", "他人名義", "人の名義",
    "処方箋なしで", "処方箋なし", "処方箋なしでも", "免許なしで", "免許なくても", "無免許でも",
    "未成年でも", "未成年だけど", "年齢確認なしで", "年確なし", "年齢確認なし",
]  # fmt: skip
ILLICIT_USES = [
    "売るよ", "売ります", "安く売る", "売ってくれる", "売ってる", "買えるよ", "使えば",
    "使えるよ", "使えます", "教えるよ", "裏ワザ", "裏技", "バレなかった", "バレない", "ばれない",
    "もらえるよ", "二重でもらえ", "買い物した", "買い物できた", "乗れるよ", "飲めるよ", "吸えるよ",
]  # fmt: skip
# Calls to dump waste in nature or to squat (the places and waste are ordinary words).
DUMPED_THINGS = [
    "廃棄物", "産廃", "産業廃棄物", "放射性廃棄物", "粗大ゴミ", "家電", "タイヤ", "冷蔵庫", "テレビ",
    "瓦礫", "ガレキ", "廃油", "空き家", "他人の土地", "人の土地",
]  # fmt: skip
DUMPING_CALLS = [
    "山に捨てとけ", "山に捨てればいい", "山に捨てちゃえ", "山に捨てとけばいい", "海に捨てとけ",
    "海に捨てればいい", "海に捨てちゃえ", "海に捨てとけばいい", "川に捨てとけ", "川に捨てればいい",
    "川に捨てちゃえ", "川に流しちゃえ", "川に流せばいい", "空き地に捨てとけ", "空き地に捨てればいい",
    "夜中に捨てれば", "こっそり捨てれば", "こっそり捨てちゃえ", "捨てとけばいい", "燃やしちゃえ",
    "野焼きしちゃえ", "勝手に住んじゃえ", "勝手に住めばいい", "勝手に住んじゃえばいい", "住み着いちゃえ",
]  # fmt: skip
VOTE_TRADE = [
    "票を買います", "票を買う", "票を買い取", "票を売ります", "票を売って", "票を売る", "1票5千円",
    "一票五千円", "1票1万円", "一票1万円", "票をお金で", "投票したらお金", "投票したら謝礼",
    "投票すれば謝礼", "投票してくれたら", "入れてくれたら謝礼", "入れてくれたらお礼",
]  # fmt: skip

# public order: exploiting the bereaved and victims, stealing offerings, enjoying bullying.
VICTIM_EXPLOITS = [
    "遺族から金を巻き上げよう", "遺族から金巻き上げよう", "家族から金を巻き上げよう",
    "家族から金巻き上げよう", "被災者から金を巻き上げよう", "被災者から金巻き上げよう", "遺族を騙そう",
    "遺族はいいカモ", "被災者はいいカモ", "被災者を騙そう", "年寄りはいいカモ", "お年寄りはいいカモ",
    "献花台の花を持って帰っ", "献花台の花持って帰っ", "献花台の花、持って帰っ", "お供え物を持って帰っ",
    "お供え物持って帰っ", "お供え物を盗ん", "お供え物盗ん", "お賽銭を盗ん", "お賽銭盗ん",
    "賽銭泥棒してきた", "避難所でナンパし放題", "避難所はナンパし放題",
    "いじめるのって楽しい", "いじめるの楽しい", "いじめるのは楽しい", "いじめって楽しい",
    "いじめは楽しい", "いじめは正義", "溺れてるの撮影", "溺れてるところ撮影",
]  # fmt: skip

# discrimination: more of what is said of a whole group.
GROUP_CONTEMPT_MORE = [
    "は嘘つき", "は嘘つきばかり", "って嘘つき", "は平気で嘘をつく", "は泥棒", "は泥棒ばかり",
    "犯罪ばっかり", "犯罪ばかり起こす", "犯罪ばっかり起こす", "は社会のお荷物", "社会のお荷物",
    "お荷物", "は異常", "って異常", "なんて異常", "は日本人じゃない", "日本人じゃない", "は頭が悪い",
    "は頭悪い", "いじめられても仕方ない", "いじめられて当たり前", "は甘え", "甘えてる", "支援打ち切れ",
    "支援を打ち切れ", "支援なんかいらない", "支援いらない", "免許返せ", "迷惑だから来るな",
    "ばっかで気持ち悪い", "ばかりで気持ち悪い",
]  # fmt: skip
GROUP_CONTEMPT_EXCEPTIONS = [
    f"substr:{word}{tail}"
    for word in ("は異常", "は甘え", "お荷物", "甘えてる")
    for tail in ("を", "が", "な", "ていい", "てもいい", "て大丈夫", "じゃない", "ではない", "ではありません",
                 "ません", "ないで", "になら", "にならない", "を預か", "をお預か", "の預か", "の一時預か")
] + ["substr:お荷物の", "substr:お荷物を", "substr:お荷物が", "substr:お荷物は", "substr:手荷物"]  # fmt: skip

# political: putting someone into office, and a party or candidate as the only choice.
OFFICE_CALLS = [
    "国会へ送ろう", "国会に送ろう", "国会へ送り出そう", "市議会へ送ろう", "市議会に送ろう",
    "県議会へ送ろう", "県議会に送ろう", "当選させよう", "当選させましょう", "市長にしよう",
    "市長にしましょう", "市長に選ぼう", "市長になれば石巻は変わる", "皆さん応援を", "みなさん応援を",
    "応援をお願いします", "ご支援お願いします", "一票をお願いします", "一票お願いします",
]  # fmt: skip
ELECTIONS = [
    "選挙", "次の選挙", "選挙では", "市議選", "市長選", "県議選", "参院選", "衆院選", "総選挙", "比例",
    "補選", "投票",
]  # fmt: skip
# A party's name is one word (自民党), so the choice is spelled out with each name; 党へ
# alone reaches names the dictionary does not know (〇〇党).
_PARTIES = [
    "自民党", "自由民主党", "立憲民主党", "立憲", "公明党", "共産党", "日本共産党", "維新", "維新の会",
    "日本維新の会", "国民民主党", "れいわ", "れいわ新選組", "参政党", "社民党", "日本保守党",
]  # fmt: skip
_CHOICE = [
    "へ", "へ一票", "に一票", "一択", "しかない", "で決まり", "に入れよう", "に入れて", "に投票しよう",
    "に投票して",
]  # fmt: skip
PARTY_CHOICE = [f"{party}{choice}" for party in _PARTIES + ["党"] for choice in _CHOICE] + [
    "候補へ一票", "候補に一票", "さんに一票", "さんへ一票",
]  # fmt: skip
PARTY_CHOICE_EXCEPTIONS = [
    f"substr:{word}{tail}"
    for word in [f"{party}{verb}" for party in _PARTIES + ["党"] for verb in ("へ", "に入れ", "に投票し")]
    for tail in ("の", "要望", "質問", "提出", "申し入れ", "抗議", "た人", "た", "ている", "てる", "ない")
]  # fmt: skip

# religious: spiritual readings and protective goods.
SPIRIT_PHRASES = [
    "供養不足", "供養が足りない", "先祖が怒って", "先祖が苦しんで", "霊が苦しんで", "霊が怒って",
    "悪霊がついて", "悪霊が憑いて", "悪霊が取り憑", "霊障", "霊視で", "霊視します", "霊視鑑定",
    "除霊します", "除霊いたします", "お祓いします", "お祓いいたします", "持てば守られ", "持てば救われ",
    "持っていれば守られ", "災害から守られます", "災いから守られ", "天罰が下", "神罰が下", "罰が当たります",
    "前世の因縁", "前世のカルマ", "カルマが", "波動を上げ", "浄化してあげ",
]  # fmt: skip

# obscene: asking for pictures of the body.
BODY_PARTS = [
    "おしり", "お尻", "ケツ", "裸", "下着", "パンツ", "ブラ", "胸", "おっぱい", "谷間", "脇", "股",
]  # fmt: skip
PICTURE_REQUESTS = [
    "写真送って", "画像送って", "動画送って", "写真ちょうだい", "画像ちょうだい", "写真ください",
    "画像ください", "写メ送って", "自撮り送って", "見せて", "見せてよ", "見せてください", "撮らせて",
    "撮らせてよ", "売ってください", "売ってくれ", "買います", "買い取ります",
]  # fmt: skip

# threat, defamation: more of the same kinds.
THREAT_MORE = [
    "痛い目見てもらう", "痛い目見せてやる", "痛い目みせてやる", "痛い目にあわせてやる",
    "痛い目に遭わせてやる", "痛い目にあわせる", "爆破予告する", "爆破予告します", "犯行予告します",
    "後ろに気をつけな", "夜道に気をつけな", "背中に気をつけな", "帰り道に気をつけな", "火の用心しとけ",
    "家燃えないといいね", "家が燃えないといいね", "事故に遭わないといいね", "無事でいられると思うな",
    "ただで済むと思うな", "タダで済むと思うな", "どうなるか分かってる", "どうなるかわかってる",
    # dialect: Tohoku ど / べ / っぺ, Kansai どつく / しばく / いてまう
    "ぶっ殺すど", "殺すど", "ぶっ殺すべ", "殺してやっぺ", "ぶっ殺してやっぺ", "ぶっ殺すっちゃ",
    "どついたる", "どつくぞ", "しばいたる", "いてこますぞ", "いてまうぞ", "いてもうたる",
]  # fmt: skip
# Said of staff (threat-staff-harm's targets), the dialect forms of striking someone; alone,
# ぶっ飛ばす is also what a festival does to the heat.
STAFF_HARM_MORE = [
    "ぶっ飛ばすど", "ぶっ飛ばすべ", "ぶっ飛ばしてやっぺ", "ぶっ飛ばすぞ", "ぶっとばすぞ",
    "ぶっ飛ばしてやる", "ぶっとばしてやる", "殴るど", "ぶん殴るど", "殴ってやっぺ", "ぶん殴ってやっぺ",
]  # fmt: skip
STAFF_INSULTS_MORE_2 = [
    "怠け者", "サボってばかり", "さぼってばかり", "サボりすぎ", "ムカつく", "むかつく", "顔がムカつく",
    "キモい", "きもい", "ブス", "ハゲ", "デブ", "脳みそ空っぽ", "脳ミソ空っぽ", "頭が弱い", "頭が弱く", "お頭が弱い",
    "お頭が弱く", "おつむが弱い", "おつむが弱く", "おつむが足りない",
]  # fmt: skip

# impersonation: more ways of speaking as the city, and where it sends people.
CITY_CLAIMS_MORE = [
    "石巻市からのお知らせです", "市役所からのお知らせです",
    "石巻市防災課です", "石巻市税務課です", "石巻市福祉課です", "石巻市の担当です", "市役所の者ですが",
]  # fmt: skip
CITY_REDIRECTS_MORE = [
    "受け取りはこちら", "新しいアカウント", "アカウントを作りました", "アカウントを移行", "お電話ください",
    "折り返しお電話", "還付金", "給付金", "ポイントの受け取り", "登録はこちら", "こちらのリンク",
]  # fmt: skip

# commercial: a business's own channels, free consultations, direct sales.
OWN_CHANNELS = [
    "私のインスタ", "僕のインスタ", "俺のインスタ", "うちのインスタ", "当店のインスタ", "お店のインスタ",
    "弊社のインスタ", "私のブログ", "僕のブログ", "当店のブログ", "こちらのブログ", "私のYouTube",
    "僕のYouTube", "俺のYouTube", "私のチャンネル", "僕のチャンネル", "俺のチャンネル", "私のTikTok",
    "僕のTikTok", "私のnote", "うちのお店", "私のお店", "僕のお店", "私のショップ",
]  # fmt: skip
CHANNEL_CALLS = [
    "フォローしてね", "フォローお願いします", "フォローしてください", "フォローよろしく", "見に来て",
    "遊びに来て", "チャンネル登録お願い", "チャンネル登録よろしく", "チャンネル登録してね", "チェックしてね",
    "チェックしてください", "いいねお願いします", "見てね", "見てください", "で紹介しています",
    "で発信しています", "はこちら", "覗いてみて", "のぞいてみて", "よろしくお願いします",
]  # fmt: skip
BUSINESSES = [
    "法律事務所", "行政書士事務所", "司法書士事務所", "弁護士事務所", "税理士事務所", "当事務所",
    "不動産", "工務店", "塗装店", "リフォーム", "物件", "直販", "直売", "通販", "産直", "ネット販売",
    "予約販売", "お取り寄せ",
]  # fmt: skip
BUSINESS_CALLS = [
    "無料相談受付中", "無料相談実施中", "無料相談はこちら", "無料でご相談", "お気軽にどうぞ",
    "お気軽にご相談", "お気軽にお問い合わせ", "仲介手数料無料", "ご紹介します", "始めました",
    "ご注文はメッセージ", "ご注文はDM", "注文はDM", "ご注文はこちら", "送料無料", "お届けします",
]  # fmt: skip


def round7_rules(rule, groups: list[str], reporting_tails: list[str]) -> list[dict]:
    """The round 7 rules, built with ``defaults._rule``; ``groups`` are the groups of people
    of round 5 and ``reporting_tails`` the ways of quoting or reporting (…という, …と言)."""

    tails = reporting_tails + WARNING_TAILS

    def reported(terms: list[str]) -> list[str]:
        return [f"substr:{term}{tail}" for term in terms for tail in tails]

    return [
        rule(
            "illegal-drug-slang-offers",
            "法令違反（隠語での薬物の売買の誘い）",
            "illegal",
            "pattern",
            "high",
            {
                "target": DRUG_SLANG,
                "predicate": DRUG_SLANG_OFFERS,
                "exceptions": reported(DRUG_SLANG_OFFERS),
                "scope": "sentence",
            },
            "「葉っぱ」「野菜」「手押し」「アイス」「エス」など薬物の隠語と、同じ文の中の「回せるよ」"
            "「手に入るよ」「連絡ちょうだい」「キメよう」「1グラム」のような売人の言い方を検出します。"
            "八百屋やお店の案内（「野菜を販売しています」）は売人の言い方を含まないので対象外です。",
        ),
        rule(
            "illegal-counterfeit-gambling",
            "法令違反（偽札・偽造品・違法賭博の提供）",
            "illegal",
            "pattern",
            "high",
            {
                "target": ILLEGAL_GOODS,
                "predicate": ILLEGAL_GOODS_OFFERS,
                "exceptions": reported(ILLEGAL_GOODS_OFFERS),
                "scope": "sentence",
            },
            "偽札・偽ナンバー・偽ブランド品・偽造身分証や、闇カジノ・野球賭博・オンラインカジノ"
            "などについて、同じ文の中で「作ります」「販売中」「営業中」「使える店」「場所教える」と"
            "提供したり誘ったりする書き込みを検出します。「偽札に注意」「闇カジノが摘発された」"
            "のような注意喚起やニュースは対象外です。",
        ),
        rule(
            "public-order-animal-cruelty",
            "公序良俗（動物虐待の自慢・動画）",
            "public_order",
            "pattern",
            "high",
            {
                "target": ANIMALS,
                "predicate": CRUELTY_BOASTS,
                "exceptions": reported(CRUELTY_BOASTS),
                "scope": "sentence",
            },
            "犬・猫・鳥などを「蹴っ飛ばしてやった」「毒を盛った」「川に捨ててやった」と虐待した"
            "ことを自慢したり、虐待の動画を広めたりする書き込みを検出します。「猫が虐待されていると"
            "いう通報」のような報告は対象外です。",
        ),
        rule(
            "public-order-suicide-gathering",
            "公序良俗（自殺したい人を集める・手伝う誘い）",
            "public_order",
            "pattern",
            "high",
            {
                "target": SUICIDAL_PEOPLE,
                "predicate": SUICIDE_GATHERING,
                "exceptions": SUICIDE_HELP + reported(SUICIDAL_PEOPLE),
                "scope": "message",
            },
            "「死にたい人」「自殺したい人」と、同じコメントの中の「連絡ください」「集まれ」「楽に"
            "なれる」「一緒に」「方法教えます」のような、自殺を考える人を集めたり手伝ったりする"
            "誘いを検出します。「死にたい人は相談窓口へ」のような支援の案内は対象外です。",
        ),
        rule(
            "public-order-groping",
            "公序良俗（痴漢・盗撮・のぞきの勧め）",
            "public_order",
            "terms",
            "high",
            {
                "terms": GROPING_PHRASES,
                "exceptions": reported(GROPING_PHRASES),
            },
            "「痴漢し放題」「盗撮スポット」のように痴漢・盗撮・のぞきを勧める書き込みを検出します。"
            "「痴漢スポットという噂があるので見回りを」のような要望は対象外です。",
        ),
        rule(
            "public-order-dead-media",
            "公序良俗（遺体やグロ画像の投稿・配布）",
            "public_order",
            "pattern",
            "high",
            {
                "target": DEAD_MEDIA,
                "predicate": DEAD_MEDIA_ACTS,
                "exceptions": reported(DEAD_MEDIA_ACTS),
                "scope": "sentence",
            },
            "「遺体の写真」「死体の動画」「グロ画像」と、同じ文の中の「アップしとく」「貼っとく」"
            "「見たい人」のような投稿・配布を検出します。「遺体の写真を載せるのはやめて」のような"
            "注意は対象外です。",
        ),
        rule(
            "discrimination-fear-unfitness",
            "差別（集団への嫌悪・恐怖・不適格の決めつけ）",
            "discrimination",
            "pattern",
            "medium",
            {
                "target": groups + MORE_GROUPS,
                "predicate": FEAR_AND_UNFITNESS,
                "exceptions": FEAR_EXCEPTIONS + WATER_WARNINGS,
                "scope": "sentence",
            },
            "外国人・障害者・女性・性的少数者・生活保護の人などの集団と、同じ文の中の「怖いから"
            "近寄りたくない」「信用できない」「民度が低い」「務まるわけない」「口出すな」「うつる」"
            "のような、集団を丸ごと嫌ったり不適格と決めつけたりする言い方を検出します。「〜という"
            "偏見をなくそう」「〜は差別です」のような文は対象外です。",
        ),
        rule(
            "threat-home-visit",
            "暴力・脅迫（自宅や職場に押しかけるという脅し）",
            "threat",
            "pattern",
            "high",
            {
                "target": VISIT_PLACES,
                "predicate": VISIT_THREATS,
                "exceptions": reported(VISIT_THREATS),
                "scope": "sentence",
            },
            "「職員の家」「お前んち」「家まで」「家族のところ」と、同じ文の中の「行くからな」"
            "「押しかけてやる」「待ち伏せ」「覚えとけ」「特定した」のような、自宅・職場・家族の"
            "もとへ行くという脅しを検出します（警察への通報を検討してください）。",
        ),
        rule(
            "obscene-partner-solicitation",
            "わいせつ（人妻・セフレ・パパ活などの相手募集）",
            "obscene",
            "pattern",
            "high",
            {
                "target": SEXUAL_PARTNERS,
                "predicate": PARTNER_SOLICITING,
                "exceptions": reported(PARTNER_SOLICITING),
                "scope": "sentence",
            },
            "「人妻」「セフレ」「パパ活」「欲求不満」「JK」などと、同じ文の中の「募集」「会える人」"
            "「DM」「いませんか」のような性的な相手探しを検出します。「パパ活の被害に注意」の"
            "ような注意喚起は対象外です。",
        ),
        rule(
            "political-leafleting",
            "政治活動（政党・候補者のビラ配り・集会・支持の呼びかけ）",
            "political",
            "pattern",
            "low",
            {
                "target": POLITICAL_SIDES,
                "predicate": POLITICAL_ACTS,
                "exceptions": POLITICAL_REPORTS,
                "scope": "sentence",
            },
            "政党・候補者・後援会などと、同じ文の中の「ビラ配ってます」「決起集会」「演説会に来て」"
            "「応援お願いします」「清き一票を」のような政治活動の呼びかけを検出します。「駅前で"
            "ビラ配りをしていた」のような報告や、選挙の手続きの質問は対象外です。",
        ),
        rule(
            "religious-worship-invitation",
            "宗教活動（礼拝・集会・唱題への誘い）",
            "religious",
            "pattern",
            "low",
            {
                "target": WORSHIP,
                "predicate": WORSHIP_INVITES,
                "exceptions": reported(WORSHIP_INVITES)
                + ["substr:礼拝堂", "substr:礼拝所", "substr:礼拝室", "substr:ミサイル"],
                "scope": "message",
            },
            "礼拝・ミサ・伝道集会・祈祷会・お題目・教団などと、同じコメントの中の「どなたでも」"
            "「お越しください」「参加しませんか」「唱えれば」「救われ」のような信仰への誘いを検出"
            "します。お寺や神社の行事の案内・質問は誘いの言い方を含まないので対象外です。",
        ),
        rule(
            "religious-luck-goods",
            "宗教活動（開運グッズ・霊感商法の売り込み）",
            "religious",
            "pattern",
            "low",
            {
                "target": LUCK_WORDS,
                "predicate": LUCK_GOODS,
                "exceptions": reported(LUCK_WORDS),
                "scope": "message",
            },
            "「開運」「金運アップ」「運気が上がる」「除霊」と、同じコメントの中の「数珠」「壺」"
            "「印鑑」「パワーストーン」「特別価格」のような、開運や霊力をうたう商品の売り込み"
            "（霊感商法）を検出します。",
        ),
        rule(
            "commercial-self-advert",
            "広告・宣伝（自ら「宣伝です」と断る書き込み・開店や初回の割引）",
            "commercial",
            "terms",
            "low",
            {"terms": SELF_ADVERTS, "exceptions": SELF_ADVERT_EXCEPTIONS},
            "「宣伝です」「宣伝失礼します」「少し宣伝させてください」のように、自分で宣伝と断って"
            "書き込むもの、「フォロワー増やします」のようなSNSの水増しの売り込みを検出します。「市の宣伝ですね」「これは宣伝ですか」は対象外です。",
        ),
        rule(
            "commercial-opening-offers",
            "広告・宣伝（開店記念・初回・期間の割引の売り込み）",
            "commercial",
            "pattern",
            "low",
            {
                "target": OPENING_OFFERS,
                "predicate": OFFER_TERMS,
                "exceptions": reported(OPENING_OFFERS),
                "scope": "message",
            },
            "「初回」「今なら」「オープン記念」「キャンペーン中」と、同じコメントの中の「50%オフ」"
            "「半額」「クーポン」「ご予約はこちら」「ご来店」のようなお店の売り込みを検出します。"
            "市のイベントの「先着」「期間限定」の質問は対象外です。",
        ),
        rule(
            "impersonation-city-voice",
            "なりすまし（市を名乗って別の窓口へ誘導）",
            "impersonation",
            "pattern",
            "high",
            {
                "target": CITY_CLAIMS + CITY_CLAIMS_MORE,
                "predicate": CITY_REDIRECTS + CITY_REDIRECTS_MORE,
                "exceptions": reported(CITY_CLAIMS + CITY_CLAIMS_MORE)
                + [f"substr:{claim}か" for claim in CITY_CLAIMS + CITY_CLAIMS_MORE],
                "scope": "message",
            },
            "「こちらは石巻市役所です」「石巻市の公式アカウントです」と市や職員を名乗り、同じ"
            "コメントの中で「こちらから申請」「移行をお願いします」「フォローしてください」「送って"
            "ください」と別の窓口へ誘導する書き込みを検出します。公式ページは市が自分の投稿で"
            "案内するので、コメント欄で市を名乗るものはなりすましの疑いがあります。",
        ),
        rule(
            "illegal-illicit-goods-use",
            "法令違反（盗品・拾得物・他人名義・処方箋なし・未成年への販売）",
            "illegal",
            "pattern",
            "high",
            {
                "target": ILLICIT_SOURCES,
                "predicate": ILLICIT_USES,
                "exceptions": reported(ILLICIT_USES) + [f"substr:{use}か" for use in ILLICIT_USES],
                "scope": "sentence",
            },
            "「盗んだ自転車」「拾った財布のカード」「他人名義」「処方箋なしで」「未成年だけど」と、"
            "同じ文の中の「売るよ」「使えば」「バレなかった」「裏ワザ」「買えるよ」のような、"
            "盗品・拾得物・他人の名義を使う、処方箋なしで薬を売る、未成年に酒やたばこを売るといった"
            "犯罪の勧めや自慢を検出します。「盗難自転車の届け出」のような手続きの話は対象外です。",
        ),
        rule(
            "illegal-dumping-squatting-calls",
            "法令違反（不法投棄・不法占拠の呼びかけ）",
            "illegal",
            "pattern",
            "high",
            {
                "target": DUMPED_THINGS,
                "predicate": DUMPING_CALLS,
                "exceptions": reported(DUMPING_CALLS),
                "scope": "sentence",
            },
            "廃棄物・家電・タイヤ・瓦礫などを「山に捨てとけばいい」「川に流しちゃえ」「こっそり"
            "捨てれば」と不法投棄を勧める書き込みや、空き家に「勝手に住んじゃえ」と不法占拠を勧める"
            "書き込みを検出します。「海に捨てないで」のような注意は対象外です。",
        ),
        rule(
            "illegal-vote-buying",
            "法令違反（票の売買・投票の謝礼）",
            "illegal",
            "terms",
            "high",
            {"terms": VOTE_TRADE, "exceptions": reported(VOTE_TRADE)},
            "「票を買います」「1票5千円」「投票したら謝礼」のような票の売買や投票の見返りの申し出"
            "（公職選挙法違反）を検出します。「票を買うという噂」のような報告は対象外です。",
        ),
        rule(
            "public-order-victim-exploitation",
            "公序良俗（遺族・被災者を食い物にする・供え物を盗む・いじめを楽しむ）",
            "public_order",
            "terms",
            "high",
            {"terms": VICTIM_EXPLOITS, "exceptions": reported(VICTIM_EXPLOITS)},
            "「遺族から金を巻き上げよう」「被災者はいいカモ」「献花台の花を持って帰った」「避難所で"
            "ナンパし放題」「いじめるのって楽しい」のように、震災の遺族や被災者を食い物にしたり、"
            "供え物を盗んだり、いじめを楽しんだりする書き込みを検出します。",
        ),
        rule(
            "discrimination-group-contempt",
            "差別（集団を嘘つき・犯罪者・お荷物と決めつける）",
            "discrimination",
            "pattern",
            "medium",
            {
                "target": groups + MORE_GROUPS,
                "predicate": GROUP_CONTEMPT_MORE,
                "exceptions": GROUP_CONTEMPT_EXCEPTIONS + reported(GROUP_CONTEMPT_MORE),
                "scope": "sentence",
            },
            "外国人・障害者・高齢者・被災者・性的少数者などの集団と、同じ文の中の「は嘘つき」"
            "「犯罪ばかり起こす」「社会のお荷物」「は異常」「日本人じゃない」「は甘え」「支援打ち"
            "切れ」「いじめられても仕方ない」のような決めつけを検出します。「高齢者は異常を感じたら"
            "受診を」「被災者の方は甘えていい」のような文は対象外です。",
        ),
        rule(
            "political-office-calls",
            "政治活動（当選・送り出し・投票先の呼びかけ）",
            "political",
            "terms",
            "low",
            {"terms": OFFICE_CALLS, "exceptions": reported(OFFICE_CALLS)},
            "「〇〇さんを国会へ送ろう」「当選させよう」「市長にしよう」「皆さん応援を」「一票を"
            "お願いします」のように、候補者の当選や支援を呼びかける書き込みを検出します。",
        ),
        rule(
            "political-party-choice",
            "政治活動（選挙での政党・候補者の指定）",
            "political",
            "pattern",
            "low",
            {
                "target": ELECTIONS,
                "predicate": PARTY_CHOICE,
                "exceptions": PARTY_CHOICE_EXCEPTIONS + reported(PARTY_CHOICE),
                "scope": "sentence",
            },
            "選挙・市議選・比例などと、同じ文の中の「必ず〇〇党へ」「〇〇党一択」「〇〇さんに一票」"
            "のような投票先の指定を検出します。「〇〇党への要望」「〇〇党に投票した人の割合」の"
            "ような文は対象外です。",
        ),
        rule(
            "religious-spiritual-readings",
            "宗教活動（霊視・除霊・祟りや加護をうたう誘い）",
            "religious",
            "terms",
            "low",
            {
                "terms": SPIRIT_PHRASES,
                "exceptions": reported(SPIRIT_PHRASES) + [f"substr:{p}か" for p in SPIRIT_PHRASES],
            },
            "「供養不足です」「悪霊がついています」「霊視で分かります」「除霊します」「このお守りを"
            "持てば災害から守られます」「天罰が下る」のような霊感商法や信仰への誘いを検出します。"
            "「霊視商法に注意」のような注意喚起は対象外です。",
        ),
        rule(
            "obscene-body-pictures",
            "わいせつ（体や下着の写真・画像の要求や売買）",
            "obscene",
            "pattern",
            "high",
            {
                "target": BODY_PARTS,
                "predicate": PICTURE_REQUESTS,
                "exceptions": reported(PICTURE_REQUESTS)
                + ["substr:レントゲン写真", "substr:レントゲンの写真", "substr:エコー写真"],
                "scope": "sentence",
            },
            "お尻・胸・下着・裸などと、同じ文の中の「写真送って」「見せて」「撮らせて」「売って"
            "ください」のような性的な写真の要求や売買を検出します。",
        ),
        rule(
            "threat-more-phrases",
            "暴力・脅迫（痛い目・犯行予告・「無事でいられると思うな」）",
            "threat",
            "terms",
            "high",
            {"terms": THREAT_MORE, "exceptions": reported(THREAT_MORE)},
            "「痛い目見てもらう」「爆破予告する」「夜道に気をつけな」「家が燃えないといいね」"
            "「ただで済むと思うな」のような脅しを検出します（警察への通報を検討してください）。",
        ),
        rule(
            "commercial-own-channels",
            "広告・宣伝（自分のSNS・ブログ・お店への誘導）",
            "commercial",
            "pattern",
            "low",
            {
                "target": OWN_CHANNELS,
                "predicate": CHANNEL_CALLS,
                "exceptions": reported(CHANNEL_CALLS),
                "scope": "message",
            },
            "「私のインスタ」「僕のYouTube」「当店のブログ」「うちのお店」と、同じコメントの中の"
            "「フォローしてね」「チャンネル登録お願い」「見に来て」「はこちら」のような自分の"
            "SNSやお店への誘導を検出します。市の公式SNSをすすめる書き込みは対象外です。",
        ),
        rule(
            "commercial-business-offers",
            "広告・宣伝（事務所・不動産・直販の売り込み）",
            "commercial",
            "pattern",
            "low",
            {
                "target": BUSINESSES,
                "predicate": BUSINESS_CALLS,
                "exceptions": reported(BUSINESS_CALLS) + ["substr:直売所", "substr:産直市"],
                "scope": "message",
            },
            "法律事務所・不動産・工務店・直販・通販などと、同じコメントの中の「無料相談受付中」"
            "「お気軽にご相談」「仲介手数料無料」「ご注文はメッセージで」「送料無料」のような売り"
            "込みを検出します。直売所の場所や営業時間の質問は対象外です。",
        ),
    ]


def _warned(words: list[str]) -> list[str]:
    """Exceptions for ``words`` followed by a warning or a piece of news (〜に注意, 〜が摘発)."""
    tails = WARNING_TAILS + [
        "が摘発",
        "が見つか",
        "が使われ",
        "が出回",
        "を見分け",
        "事件",
        "の偽物に注意",
    ]
    return [f"substr:{word}{tail}" for word in words for tail in tails]


# Quoting or reporting (as in round 5's reporting tails, which live in ``defaults.py``).
_SAID = ("という", "と言", "って言", "とか言", "と書", "なんて", "との", "と呼びかけ")
# The city's own accounts, which residents rightly tell each other to follow.
CITY_ACCOUNTS_FOLLOWED = [
    f"substr:{who}{channel}を{call}"
    for who in ("市の", "石巻市の", "市役所の", "市の公式", "石巻市の公式", "市公式", "石巻市公式")
    for channel in ("インスタ", "Instagram", "アカウント", "ページ", "YouTube", "LINE", "X", "フェイスブック",
                    "Facebook", "SNS", "")
    for call in ("フォローしてね", "フォローしてください", "フォローしよう", "フォローお願いします",
                 "フォローよろしく")
]  # fmt: skip


# What a festival or a song blows away is not a person (暑さをぶっ飛ばすぞ).
BLOWN_AWAY = [
    f"substr:{thing}{particle}{verb}{end}"
    for thing in ("暑さ", "寒さ", "ストレス", "眠気", "疲れ", "憂さ", "不安", "梅雨", "悩み", "モヤモヤ", "雨雲")
    for particle in ("を", "")
    for verb in ("ぶっ飛ばす", "ぶっとばす", "吹き飛ばす", "吹っ飛ばす")
    for end in ("ぞ", "ぜ", "よ", "")
]  # fmt: skip


# Round 7 widens earlier rules (by slug) where the precise fix is a missing entry.
WIDENING: dict[str, dict] = {
    "defamation-staff-insults": {
        "description": "「石巻市役所はクソ」「役所の連中は頭おかしい」「あの課長はパワハラ野郎」"
        "「職員は無能揃い」のような言い方も対象です（「最低賃金」「くそ暑い」は対象外）。",
        "target": STAFF_MORE,
        "predicate": STAFF_INSULTS_MORE + STAFF_INSULTS_MORE_2,
        "exceptions": STAFF_INSULT_EXCEPTIONS,
    },
    "political-campaigning": {
        "exceptions": [f"substr:{call}{said}" for call in OFFICE_CALLS for said in _SAID]
    },
    "commercial-solicitation": {"exceptions": CITY_ACCOUNTS_FOLLOWED},
    "political-petition": {"target": ["現市長", "現職", "辞めさせる", "辞めさせよう"]},
    "threat-harm-hints": {"exceptions": BLOWN_AWAY},
    "threat-veiled": {"exceptions": BLOWN_AWAY},
    "threat-staff-harm": {
        "description": "「役所の人間はぶっ飛ばすど」のような方言の言い方も対象です。",
        "predicate": STAFF_HARM_MORE,
    },
    "threat-weapon-visit": {
        "description": "「包丁持って行くぞ」も対象です。",
        "predicate": [
            "持って行くぞ",
            "持って行くからな",
            "持ってくからな",
            "持っていくぞ",
            "持っていくからな",
        ],
    },
    "illegal-dealing-offers": {
        "description": "「葉っぱ」「ジョイント」のような大麻の隠語も対象です。",
        "target": DRUG_SLANG_UNAMBIGUOUS,
    },
    # Warnings and news about a thing are not dealing in it (偽札に注意, 闇カジノが摘発).
    "illegal-trade": {"exceptions": _warned(["偽札", "スーパーコピー", "コピー品", "偽ブランド"])},
    "illegal-offers": {
        "exceptions": _warned(["闇カジノ", "裏カジノ", "オンラインカジノ", "違法賭博", "野球賭博"])
    },
    "obscene-terms": {"exceptions": _warned(["パパ活", "ママ活", "援助交際", "援交"])},
    # A counsellor's words (自殺したい人を支援する窓口) are not a call to suicide.
    "public-order-suicide": {"exceptions": SUICIDE_HELP},
    "discrimination-exclusion": {"exceptions": WATER_WARNINGS},
}
