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
speak as the city to send people elsewhere (こちらは石巻市役所です…こちらから申請).

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
    "大麻", "コカイン", "コーク", "覚醒剤", "覚せい剤", "シャブ", "MDMA", "LSD", "紙",
]  # fmt: skip
# ... and the dealer's offer, which no shop or farmer words this way (欲しい人 and 連絡して
# are ordinary with 野菜 or アイス, so only a dealer's own words count here; slang that is
# unambiguous is added to round 6's dealing rule, whose offers are broader).
DRUG_SLANG_UNAMBIGUOUS = ["葉っぱ", "はっぱ", "ジョイント", "ハシシ", "バッズ"]
DRUG_SLANG_OFFERS = [
    "回せるよ", "回せます", "回せる", "回します", "回すよ", "回してあげる", "引けるよ", "引けます",
    "手押しで", "手押しします", "キメたい", "キメよう", "キメようぜ", "キメセク", "吸おうぜ", "炙り",
    "パケ", "1グラム1万", "1g1万", "グラム1万", "グラム5千", "グラム1万円", "グラム5千円",
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
    "気持ち悪い", "キモい", "うつるから来るな", "うつるから来ないで", "うつるから近寄", "放射能がうつる",
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
    "石巻市役所", "役所の奴ら", "役所の連中", "役所の人間", "市の連中", "職員ども", "役人ども",
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
    "清き一票", "党員募集", "党員になりませんか", "入党しませんか", "入党してください",
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
            "書き込むものを検出します。「市の宣伝ですね」「これは宣伝ですか」は対象外です。",
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
                "target": CITY_CLAIMS,
                "predicate": CITY_REDIRECTS,
                "exceptions": reported(CITY_CLAIMS)
                + [f"substr:{claim}か" for claim in CITY_CLAIMS],
                "scope": "message",
            },
            "「こちらは石巻市役所です」「石巻市の公式アカウントです」と市や職員を名乗り、同じ"
            "コメントの中で「こちらから申請」「移行をお願いします」「フォローしてください」「送って"
            "ください」と別の窓口へ誘導する書き込みを検出します。公式ページは市が自分の投稿で"
            "案内するので、コメント欄で市を名乗るものはなりすましの疑いがあります。",
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


# Round 7 widens earlier rules (by slug) where the precise fix is a missing entry.
WIDENING: dict[str, dict] = {
    "defamation-staff-insults": {
        "description": "「石巻市役所はクソ」「役所の連中は頭おかしい」「あの課長はパワハラ野郎」"
        "「職員は無能揃い」のような言い方も対象です（「最低賃金」「くそ暑い」は対象外）。",
        "target": STAFF_MORE,
        "predicate": STAFF_INSULTS_MORE,
        "exceptions": STAFF_INSULT_EXCEPTIONS,
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
