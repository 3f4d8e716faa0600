"""Round 9 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from kinds of harm that the earlier rounds miss because of how they are worded,
not what they are about: a threat said as going somewhere with a weapon (包丁持って行くわ),
or as what someone would deserve (燃やされても文句言えない); defamation by a rumour of a
crime (横領してるって噂); exclusion asked for politely (受け入れはやめてください, 同じクラス
にしないでほしい); romaji sentences (shine shichou, gaijin wa kaere); advertising with
numbers (50%オフ, フォロワー1000人増やします) or as a trade's own voice (外壁塗装なら…へ,
無料相談受付中); campaigning and demonstrations called for politely; forged documents and
drugs offered; sexual wishes about a person; contempt for disaster victims and the dead;
where a named private person lives.

Precision first, as in ``defaults.py``: a word that is ordinary alone (持って行く, 噂,
受付中, 写真) is only a pattern's target or predicate, said with the other half in the same
sentence; a phrase that is harm wherever it stands is a term. Quoting or reporting
(〜と言われた) is excused by the reporting tails of round 5 and the quoted-abuse rule.
"""

from __future__ import annotations

# --- threat -----------------------------------------------------------------------------------

# Going somewhere with a weapon or fuel, said as intent (…持って行くわ, …持ってぐがら).
WEAPONS = [
    "包丁", "ナイフ", "刃物", "出刃", "鉈", "斧", "銃", "拳銃", "猟銃", "ライフル", "金属バット",
    "鉄パイプ", "ハンマー", "木刀", "チェーンソー", "ガソリン", "火炎瓶",
    "スタンガン", "硫酸", "塩酸",
]  # fmt: skip
CARRYING = [
    f"持って{go}{tail}"
    for go in ("行く", "いく", "く", "ぐ", "行ぐ")
    for tail in ("わ", "ぞ", "からな", "がらな", "っから", "かんな", "っぺ")
] + [
    "持って行ってやる", "持っていってやる", "持ってってやる", "持ってきてやる", "持って来てやる",
    "持って説明会", "持って会場", "持って議場", "持って集会", "持って学校", "持って役場",
    "持ってお邪魔", "持参するわ", "持参するぞ", "持って待ってる", "持って待ってろ",
    "持って乗り込む", "持って乗り込ん", "持って突撃する", "持って突撃し",
]  # fmt: skip
# What someone would deserve (燃やされても文句言えない): the passive of an attack + "fair".
_ATTACKED = (
    "燃やされ", "刺され", "殴られ", "襲われ", "殺され", "放火され", "焼かれ", "撃たれ",
    "火をつけられ", "火を付けられ", "火つけられ", "ボコられ", "ぶん殴られ", "家を燃やされ",
)  # fmt: skip
_DESERVED = (
    "ても文句言えない", "ても文句は言えない", "ても文句言えねえ", "ても仕方ない", "ても仕方がない",
    "ても当然", "て当然", "ても自業自得", "ても自己責任",
)  # fmt: skip
DESERVED_HARM = [a + d for a in _ATTACKED for d in _DESERVED]
THREATS = DESERVED_HARM + [
    # going to beat someone up (殴りに行ってやる), northern dialect (ぶん殴ってけっからな)
    "殴りに行ってやる", "殴りに行くぞ", "殴りに行くわ", "殴りに行ってやっから", "殴りに行ぐ",
    "殴り込みに行く", "殴り込みに行ってやる", "殴ってけっから", "ぶん殴ってけっから",
    "殺してけっから", "ぶっ殺してけっから", "ぶっ壊してやっぺ", "ぶっ壊すっぺ", "燃やしてやっぺ",
    # all-hiragana imperatives and threats (the analyser reads no lemma there)
    "しにやがれ", "しんじまえ", "しんでしまえ", "しんどけ", "くたばりやがれ", "ころしてやる",
    "ころすぞ", "ぶっころす", "ぶっころしてやる", "ぶちころす", "きえうせろ", "ころされたいのか",
    "もやしてやる", "しんじゃえ", "しんじゃえよ", "ぶっころしにいく", "ころしにいく", "ころされてえのか", "ころされたいの", "もやすぞ", "なぐってやる", "ぶんなぐってやる", "ばくはしてやる", "ばくはする",
    "ぶったたいでやる", "ぶったたいてやる", "ぶっ叩いてやる", "どやしつけてやる", "どやしてやる",
    # extortion, a building blown up
    "払えば黙ってやる", "払えば許してやる", "払えば消してやる", "払わないとばらす", "払わないと晒す",
    "金出さないとばらす", "金を出さないとばらす", "口止め料", "吹っ飛ぶぞ", "吹き飛ぶぞ",
    "吹っ飛ばしてやる", "吹き飛ばしてやる", "火の海になるぞ", "火の海になるからな",
    # 氏ね for 死ね after a title (田中氏ね stays innocent: the look-alike is only undone
    # where 氏 does not follow a kanji, so these are written out)
    *[
        f"substr:{who}氏{end}"
        for who in ("市長", "職員", "議員", "市議", "課長", "担当", "役人", "公務員", "役所")
        for end in ("ね", "ねよ", "んで", "んでください")
    ],
    # arson wished for, a person no one would miss
    *[f"{fire}たら{fun}" for fire in ("火つけ", "火をつけ", "火付け", "火を付け", "燃やし")
      for fun in ("おもしろ", "面白", "スッキリ", "すっきり", "楽しそう")],
    "燃えればいいのに", "燃えてしまえばいい", "燃えちまえ", "燃えてしまえ",
    # polite veiled threats
    "消えていただきたい", "消えていただきたく", "夜道にはせいぜい", "せいぜい夜道",
    "夜道に気をつけろ", "夜道には気をつけろ", "夜道には注意しろ",
]  # fmt: skip
# Romaji threats and insults: a person and a verb, both as Latin words.
ROMAJI_PEOPLE = [
    "shichou", "shicho", "shichoo", "shokuin", "yakusho", "shiyakusho", "omae", "omaera",
    "kisama", "temee", "teme", "giin", "kuso", "市長", "職員", "市役所", "役所", "お前",
]  # fmt: skip
ROMAJI_HARM = [
    "shine", "shineyo", "shinezo", "shinde", "korosu", "korosuzo", "bakuha", "bakuhasuru",
    "moyasu", "moyashiteyaru", "kiero", "kudabare", "shokuin",
]  # fmt: skip
ROMAJI_GROUPS = [
    "gaijin", "gaikokujin", "chon", "shinajin", "chuugokujin", "chugokujin", "kankokujin",
    "zainichi", "imin", "nanmin",
]  # fmt: skip
ROMAJI_EXCLUSION = [
    "kaere", "deteike", "detteke", "kuruna", "kiero", "shine", "kujo",
    "kujoshiro", "korose",
]  # fmt: skip

# A killing or a bomb announced for a time or a place (爆破予告：明日の成人式); news of one
# (爆破予告があった, 爆破予告メール) is not.
ANNOUNCEMENTS = ["爆破予告", "殺害予告", "犯行予告", "襲撃予告", "爆弾", "爆発物"]
ANNOUNCED_WHEN = [
    "明日", "今日", "今夜", "本日", "今週", "来週", "しかけた", "仕掛けた", "仕掛けました",
    "しかけました", "仕掛けてある", "しかけてある", "仕掛けておいた", "爆発させ", "爆発する",
]  # fmt: skip
ANNOUNCEMENT_NEWS = [
    f"substr:{what}{news}"
    for what in ANNOUNCEMENTS
    for news in ("があ", "が届", "が来", "を受け", "メール", "の電話", "により", "で休", "で中止",
                 "は", "への", "について", "事件", "騒ぎ", "低気圧", "おにぎり", "処理")
]  # fmt: skip
# No one would miss a person (議員なんか消されても誰も困らない): said of the staff only.
NO_ONE_WOULD_MISS = [
    f"{gone}{no_one}"
    for gone in ("死んでも", "消えても", "消されても", "殺されても", "いなくなっても")
    for no_one in ("誰も困らない", "誰も悲しまない", "だれも困らない", "誰も困らん")
]
# An animal or dirt emoji said of the staff (市長は🐒, 職員🐷ばかり): emoji are not words,
# so a regular expression over the message.
EMOJI_INSULT = (
    "(?:市長|副市長|職員|議員|市議|役所|役人|公務員|課長|担当者?|お前|おまえ|こいつ|あいつ)"
    "(?:さん|様|ども|ら|たち)?(?:は|って|も|全員|みんな)?[ 　]?"
    "(?:\U0001f437|\U0001f416|\U0001f43d|\U0001f412|\U0001f435|\U0001f98d|\U0001f4a9"
    "|\U0001f92e|\U0001f922|\U0001f921|\U0001fab3|\U0001f400|\U0001f401|\U0001f99f|\U0001f5d1|\U0001f6ae)"
)

# A number of people to be stabbed or killed (3人くらい刺してくる, 10人殺したら), and a
# countdown to an explosion (あと3日で市役所が吹っ飛ぶ): numbers inside the phrase, so a
# regular expression.
_COUNT = "[0-9０-９一二三四五六七八九十百何]+"
COUNTED_ATTACKS = (
    f"{_COUNT}人(?:くらい|ぐらい|ほど|ばかり|は|を|ぐれえ|位)?"
    "(?:刺してくる|刺してやる|刺しに|殺してくる|殺してやる|殺しに|殺したら|刺したら|道連れ|轢いてやる)"
    f"|あと{_COUNT}(?:日|時間|分)で[^。！？\\n]{{0,12}}(?:吹っ飛|吹き飛|爆発(?!的))"
)

# --- defamation -------------------------------------------------------------------------------

# A crime or scandal (the target) spread as a rumour or a certainty (the predicate).
RUMOURED = [
    "横領", "着服", "裏金", "賄賂", "袖の下", "不倫", "愛人", "前科", "逮捕歴", "詐欺師",
    "ピンハネ", "中抜き", "癒着", "談合", "脱税", "買春", "覚醒剤",
    "シャブ", "ヤクザ", "暴力団", "反社", "犯罪者", "横流し", "使い込み", "ネコババ", "私腹",
    "逮捕されたことある", "逮捕されたことがある", "捕まったことある", "捕まったことがある",
    "刑務所帰り", "ムショ帰り", "裏口入学", "コネ入社", "コネ採用", "貢がせてる", "選挙違反",
    "裏取引", "元ヤクザ", "元暴力団", "盗んだことがある", "盗んだことある", "叩いてる", "殴ってる", "虐待してる", "いじめてる", "信者", "夜遊び", "不正受給", "手を出してる", "手出してる", "贈賄", "収賄",
]  # fmt: skip
RUMOUR_MARKERS = [
    "って噂", "という噂", "との噂", "って有名", "で有名", "みんな知ってる", "皆知ってる",
    "決まってる", "決まっている", "違いない", "してるらしい", "してるって", "してるんだって",
    "もらってる", "貰ってる", "もらってるらしい", "やってるらしい", "してる奴", "してるやつ",
    "確定", "間違いない", "バレバレ", "だってさ", "してるくせに", "lemma:らしい", "って話",
    "って聞いた", "受け取ってる", "貢がせてる", "みんな言ってる", "皆言ってる", "みんな言っている", "substr:って聞いた", "substr:って噂", "substr:って有名", "substr:だって噂", "substr:ってみんな",
]  # fmt: skip
# News of a case (横領事件があったらしい, 横領の疑いで) is not a rumour about a person.
RUMOUR_NEWS = [
    f"substr:{crime}{news}"
    for crime in RUMOURED
    for news in ("事件", "の疑い", "容疑", "罪", "問題", "のニュース", "の報道", "じゃな", "ではな")
]
CONTEMPT_MORE = [
    "知能指数低", "知能指数が低", "IQ低すぎ", "IQが低すぎ", "IQ低い奴", "IQ低いやつ",
    "空っぽの頭", "頭空っぽ", "頭が空っぽ", "脳みそ空っぽ", "脳ミソ空っぽ", "頭わいてんの",
    "頭沸いてんの", "頭湧いてんの", "寄生虫の皆さん", "ぶっかれでんでねが", "ぶっかれでる", "寄生虫ども", "税金泥棒の皆さん",
    "給料泥棒の皆さん", "無能の皆さん", "税金で遊んでる", "税金で遊んで暮らし",
    # 職員全員 is one word to the analyser: the whole staff called rubbish, written out
    *[f"{staff}全員{rubbish}" for staff in ("職員", "議員", "役人", "市議")
      for rubbish in ("ゴミ", "クズ", "カス", "無能")],
]  # fmt: skip
ACCUSED_MORE = [
    "裏口入学", "コネ入社", "コネ採用", "賄賂受け取ってる", "賄賂を受け取ってる", "貢がせてる",
    "覚醒剤やってる", "クスリやってる", "逮捕されたことある", "捕まったことある", "刑務所帰り",
    "ムショ帰り",
]  # fmt: skip
# さすが said with a title of contempt (さすが市長様, さすがお役人様): sarcasm.
# (さすが市長様 alone may be meant: only titles that are sarcasm, or looking down on 庶民)
SARCASM_OPENERS = ["さすが", "流石", "さすがは"]
# Officials given 様 with a sneer in the same sentence (議員さまは気楽でいいですね).
OFFICIALS_SAMA = [
    f"{who}{sama}"
    for who in ("市長", "議員", "市議", "市議会議員", "部長", "課長", "職員", "公務員", "役人")
    for sama in ("様", "さま", "サマ")
]
SNEERS = [
    "笑", "お上手", "気楽でいい", "お気楽", "いいご身分", "結構なご身分", "お得意", "さぞかし",
    "大層な", "お偉い",
]  # fmt: skip
SARCASM_TITLES = [
    "役所様", "お役所様", "お役人様", "公務員様", "議員先生様", "お偉いさん", "お偉方", "上級国民",
    "エリート様", "議員先生", "お役所仕事", "定時で帰れて", "庶民の気持ちなんて", "庶民の気持ちなど", "下々の", "我々庶民", "下々の者",
]  # fmt: skip
# The whole staff called rubbish (職員全員ゴミ), but not a clean-up (全員ゴミ拾い).
STAFF_ALL_RUBBISH = ["全員ゴミ", "全員クズ", "全員カス", "全員無能", "みんなゴミ", "みんなクズ"]
STAFF_RUBBISH_CHORES = [
    f"substr:{everyone}ゴミ{chore}"
    for everyone in ("全員", "みんな")
    for chore in ("拾", "出し", "袋", "当番", "収集", "処理", "の分別", "分別", "回収",
                  "ステーション", "置き場", "箱", "を")
]  # fmt: skip
SARCASTIC_TITLES = [
    "お役所様", "公務員様", "上級国民様", "お偉いお役人様", "エリート公務員様", "議員先生様",
]  # fmt: skip
# はんかくさい is also "embarrassing" said of oneself: only said of a person (a predicate).
SAID_IN_DIALECT = ["はんかくさい", "はんかくせえ", "はんかくせぇ", "はんかくせー", "はんかくせ"]
DIALECT_INSULTS = [
    "ほでなす",
    "ほでなし", "ほんでなし", "たわけもん", "このたわけ", "だらず", "あほんだら", "どあほ", "ぼけなす",
    "あんぽんたん", "おたんこなす", "すっとこどっこい", "うすらばか", "ばがたれ", "ばかたれ",
    "たくらんけ", "でれすけ", "ばがみでだ", "ばがみでえ", "ほんつけなし", "ほんづなし", "ほんずなし", "ばがだべ", "ばがだっちゃ",
]  # fmt: skip

# --- discrimination ---------------------------------------------------------------------------

GROUPS_MORE = [
    "知的障害", "精神障害", "発達障害", "身体障害", "知的障害のやつら", "障害のあるやつ",
    "中国人観光客", "韓国人観光客", "外国人観光客", "部落の人間", "部落の人", "ブラジル人の子ども",
    "ブラジル人の子", "外国人の子どもたち", "ガイジ", "外人なんか",
]  # fmt: skip
EXCLUSION_MORE = [
    "隔離しとけ", "隔離しておけ", "隔離しとけよ", "隔離しておけばいい", "隔離すればいい",
    "山奥に隔離", "閉じこもってれば", "閉じこもってろ", "閉じ込めておけ", "施設に入れとけ",
    "施設に入れておけ", "表に出るな", "外に出すな", "同じクラスにしないで", "同じクラスにするな",
    "同じ学校にしないで", "同じクラスに入れないで", "同じ学校に入れないで", "学校に入れないで",
    "学校に入れるな", "一緒にしないでほしい", "入れないでほしい", "入れないで欲しい",
    "受け入れはやめて", "受け入れをやめて", "受け入れやめて", "受け入れないで",
    "受け入れないでほしい", "受け入れるべきではない", "受け入れるべきでない", "なんかいらない",
    "なんていらない", "いらねえ", "いらねっちゃ", "要らねえ", "近寄らないで", "近づけないで",
    "関わらせないで", "住まわせるな", "国に帰ってほしい", "国へ帰ってほしい", "国に帰ってもらいたい",
    "国さ帰れ", "国さけえれ", "帰ってけさい", "来ないでもらえますか", "来ないでもらえません",
    "来ないでいただけますか", "来ないでいただきたい", "ご遠慮いただけますか", "ご遠慮いただきたい",
    "ご遠慮願います", "遠慮してほしい", "住むのは迷惑", "いるのは迷惑", "来るのは迷惑",
    "増えるのは迷惑", "出歩かせないで", "出歩かせるな", "外出させないで", "外に出さないで",
    "パチンコ行くな", "パチンコに行くな", "受け入れは本当にやめて", "受け入れは絶対にやめて",
    "受け入れは絶対やめて",
]  # fmt: skip
CONTEMPT_FOR_GROUPS = [
    "なんてもういない", "もういないのに", "もういないでしょ", "は存在しない", "なんて存在しない",
    "自称だけ", "自称ばかり", "補助金目当て", "支援金目当て", "利権", "特権", "たかり", "乞食",
    "信用できねえ", "信用できん", "信用ならない", "マナーの悪い民族", "劣った民族", "汚い民族",
    "民族なので", "民族だから",
]  # fmt: skip
SEXUALITY_CONTEMPT = [
    "病気だろ", "気持ち悪かった", "キモかった", "きもかった", "気色悪い", "いなくなれ", "消えろ",
]  # fmt: skip

# Groups asked not to come, live, enter or use (外国人は公園を使わないでほしい, 在日はこの町に
# 住まないでくれ): a verb of being somewhere and a request not to. Ages, sexes and illnesses
# are left out (お年寄りは外出しないでください is advice in a heatwave).
REQUEST_GROUPS = [
    "外国人", "外人", "在日", "中国人", "韓国人", "朝鮮人", "ベトナム人", "フィリピン人", "ブラジル人",
    "ネパール人", "クルド人", "インド人", "移民", "難民", "技能実習生", "実習生", "黒人", "アジア人",
    "ムスリム", "イスラム教徒", "部落", "同和", "アイヌ", "ホームレス", "生活保護", "ナマポ",
    "障害者", "障がい者", "知的障害者", "精神障害者", "同性愛者", "ゲイ", "LGBT", "オカマ",
    "福島の人", "よそ者", "よそもん", "外国籍", "外国人労働者",
]  # fmt: skip
# (substrings: a surface word never starts on an auxiliary after a verb, 使わ|ないで)
REQUESTS_NOT_TO = [
    f"substr:{verb}ないで{request}"
    for verb in (
        "来", "こ", "住ま", "入ら", "使わ", "近づか", "近寄ら", "出てこ", "出歩か", "入れ", "住ませ",
        "来させ", "うろつか", "雇わ",
    )
    for request in (
        "ほしい", "欲しい", "ください", "下さい", "くれ", "もらいたい", "いただきたい", "もらえますか",
        "いただけますか",
    )
]  # fmt: skip
# A place set aside for a group is not the group asked to keep away (障害者用の駐車場).
KIND_REQUESTS = ["substr:障害者用", "substr:障がい者用", "substr:身障者用"]

# --- commercial -------------------------------------------------------------------------------

DISCOUNTS = [
    "substr:%off", "substr:%オフ", "substr:%引き", "初回限定", "ご新規様", "新規様", "当店", "弊社",
    "当社", "当サロン", "当院", "こちらの商品",
]  # fmt: skip
SALES_MARKERS = [
    "限定", "販売", "正規品", "激安", "格安", "今なら", "今だけ", "先着", "見た人", "クーポン",
    "ご予約", "予約受付", "キャンペーン", "半額です", "半額！", "円！", "脱毛", "エステ", "セール",
    "通販", "送料無料", "ブランド",
]  # fmt: skip
TRADES = [
    "外壁塗装", "屋根塗装", "塗装", "リフォーム", "不用品回収", "不用品買取", "遺品整理", "解体工事",
    "草刈り", "剪定", "害虫駆除", "シロアリ", "鍵開け", "水漏れ", "水道修理", "便利屋", "家事代行",
    "脱毛", "エステ", "整体", "占い", "学習塾", "塾", "ゼミ", "家庭教師", "英会話", "投資", "FX",
    "仮想通貨", "資産運用", "融資", "車買取", "廃車", "太陽光", "蓄電池", "ウォーターサーバー",
    "光回線", "格安SIM", "セミナー", "買取", "車検", "板金", "ハウスクリーニング", "エアコン掃除",
    "エアコンクリーニング", "引越し", "引っ越し", "脱毛サロン", "ネイル", "まつエク", "ホワイトニング",
    "結婚相談所", "婚活",
]  # fmt: skip
TRADE_VOICE = [
    "無料相談受付中", "ご相談受付中", "ご予約受付中", "見積もり受付中", "承ります", "うけたまわります", "お任せください", "おまかせください", "お電話ください",
    "電話ください", "お気軽に", "ご用命", "フリーダイヤル", "substr:0120", "格安です", "激安です",
    "格安！", "激安！", "最安値", "お見積り無料", "見積もり無料", "見積無料", "無料見積",
    "足場代無料", "出張無料", "出張費無料", "相談無料", "無料相談受付", "生徒募集", "参加者募集",
    "会員募集", "受講生募集", "生徒募集中", "参加者募集中", "会員募集中", "受講生募集中", "今ならお得", "今なら無料", "今なら", "限定価格", "特別価格", "円から",
    "即日対応", "地域最安", "業界最安", "年中無休", "高価買取", "高額買取", "回収します",
    "買取します", "買い取ります", "なら石巻の", "合格率", "資産10倍", "倍になる", "一番合格",
    "お問い合わせはこちら", "お引き取りします", "引き取ります", "回収いたします", "お問合せはこちら", "ご予約はこちら", "お申し込みはこちら", "一番安い",
    "地域最安値",
]  # fmt: skip
FOLLOWERS = ["フォロワー", "再生数", "チャンネル登録者", "登録者数", "高評価"]
FOLLOWER_SALES = [
    "増やします", "増やせます", "増やしませんか", "増やす方法", "買えます", "販売", "売ります",
    "格安", "円で", "円から", "1人1円", "代行", "爆増", "激増", "買いませんか", "円",
]  # fmt: skip
MONEY_SEEKERS = [
    "お小遣い稼ぎ", "小遣い稼ぎ",
    "稼ぎたい人", "稼ぎたい方", "お金欲しい人", "お金が欲しい人", "金稼ぎたい", "カネ稼ぎたい",
    "副業したい人", "副業に興味", "在宅で稼ぎたい",
]  # fmt: skip
MONEY_CALLS = [
    "コメントして", "コメントください", "DM", "連絡", "LINE", "募集", "集まれ", "教えます",
    "フォローして", "いいねして",
]  # fmt: skip
SIDE_JOBS = [
    "副業募集", "副業募集中", "副業仲間", "副業紹介", "副業教えます", "副業しませんか", "副業始めませんか",
    "在宅副業", "スマホ副業", "スマホで稼", "スマホ1台で", "いいね増やします", "いいね増やせます",
    "いいねを増やします", "いいね販売", "いいね買えます", "フォロワー販売", "フォロワー購入",
    "簡単作業で", "即日払い", "誰でも稼げ", "在宅で稼げ", *[f"日給{n}万" for n in range(2, 11)],
    "fukugyo", "kasegeru", "kasegimasu",
]  # fmt: skip

# --- political, religious ---------------------------------------------------------------------

ELECTIONS = [
    "選挙", "市長選", "市長選挙", "市議選", "市議会議員選挙", "県議選", "衆院選", "参院選", "投票日",
    "投票用紙", "期日前投票",
]  # fmt: skip
# (投票しよう / 選挙に行こう alone call to vote, not for someone: not here)
CAMPAIGN_CALLS = [
    "ご支援を賜り", "ご支援賜り", "ご支援のほど", "入れでけろ", "入れてけろ", "入れてけさい",
    "入れでけさい", "さ入れて", "ポスター貼り", "手伝ってくれる人募集", "と書いてください",
    "と書いて投票", "に一票を", "へ一票を", "に清き一票", "ご入会", "入会をお待ち", "会員募集", "温かいご支援",
]  # fmt: skip
DEMONSTRATIONS = [
    "デモに", "デモへ", "のデモ", "抗議デモ", "反対デモ", "デモ行進", "抗議集会", "反対集会",
    "署名活動", "抗議活動", "反対運動", "演説会", "決起集会", "総決起", "街頭演説", "政策発表会",
    "後援会の集い", "政策説明会", "国政報告会", "市政報告会", "県政報告会",
]  # fmt: skip
DEMO_CALLS = [
    "来て", "参加を", "参加しよう", "参加してください", "ご参加", "集まろう", "集まって", "行こう",
    "やります", "集結", "お越しください", "ぜひお越し", "お集まりください", "お待ちしております", "どなたでもどうぞ", "ご来場", "お気軽にお越し",
]  # fmt: skip
CAMPAIGN_TERMS = [
    "後援会入会", "後援会への入会", "後援会に入会", "後援会員募集", "後援会会員募集",
    "後援会にご入会", "後援会入会受付", "後援会に入って", "とうひょうしよう", "とうひょうして",
]  # fmt: skip
FAITH_CALLS = [
    "lemma:悔い改める/命令形,意志推量形,+なさい,+ましょう", "悔い改めて", "この世の終わりが近", "世の終わりが近", "終末が近", "終末は近", "我々の教会",
    "私たちの教会", "私達の教会", "教会でお待ち", "教会へどうぞ", "教会にどうぞ", "教団へどうぞ",
    "教団にどうぞ", "教団へ", "ご入信お待ち", "ご入会お待ち", "入会お待ちしております",
    "祈らせてください", "お祈りさせてください", "あなたのために祈", "教えをお分け", "教えを広め",
    "御守りと教え", "信仰の仲間", "信仰仲間",
]  # fmt: skip

# --- illegal, obscene, public order -----------------------------------------------------------

FORGERY = ["偽造", "偽の", "ニセの", "偽物の", "陰性証明", "検査なしで", "名義変更なしで"]
FORGERY_OFFERS = [
    "つくれます", "作れます", "作ります", "お作りします", "作成します", "発行します", "発行できます",
    "納品", "即日発行", "格安で", "売ります", "販売", "譲ります", "買えます", "OK", "ok",
]  # fmt: skip
ILLEGAL_TERMS = [
    "名義変更なしでOK", "名義変更不要", "ナンバープレートのない車", "ナンバーなしの車",
    "不法投棄おすすめ", "不法投棄ならここ", "不法投棄するなら",
]  # fmt: skip
DRUG_OFFERS_MORE = [
    "手に入る", "手に入るけど", "手に入れられる", "要る？", "いる？", "要る?", "いる?", "あるよ",
    "ありますよ", "分けてあげる", "安く", "売ります", "譲ります",
]  # fmt: skip
ROMAJI_DRUGS = ["taima", "shabu", "kakuseizai", "mdma", "kokain"]
ROMAJI_DRUG_OFFERS = ["aru", "aruyo", "arimasu", "uru", "urimasu", "yasuku", "hairu", "iru"]
SEX_TARGETS = [
    "受付の子", "窓口の子", "職員の子", "あの子", "その子", "人妻", "奥さん", "女子高生", "JK", "JC",
    "女性職員", "受付嬢", "職員の受付の子", "受付の女の子", "窓口の女の子", "受付の女", "窓口の女",
]  # fmt: skip
SEX_WISHES = [
    "とやりてえ", "とやりてー", "とやりてぇ", "とエッチ", "エッチできる", "エッチしたい",
    "と寝たい", "を抱きたい", "抱きたい", "抱きてえ", "犯したい", "犯してえ", "とやれる", "とヤれる",
]  # fmt: skip
OBSCENE_MORE = [
    *[f"{girl}と{meet}" for girl in ("JK", "JC", "女子高生", "女子中学生", "女子小学生")
      for meet in ("遊びたい", "デート", "会いたい", "やりたい")],
    "Hな自撮り", "エッチな自撮り", "エロ自撮り", "エロい自撮り", "自撮り販売", "自撮り売ります",
    "えっちな写真売", "Hな写真売", "エッチな写真売",
    *[
        f"substr:{word}"
        for mask in ("◯", "○", "●", "〇", "*", "＊", "×")
        for word in (f"おっ{mask}い", f"お{mask}ぱい", f"ち{mask}こ", f"ち{mask}ぽ", f"ま{mask}こ")
    ],
]  # fmt: skip
VANDALISM_BOASTS = [
    "ションベンしてきた", "小便かけてきた", "ションベンかけてきた", "唾吐いてきた", "蹴飛ばしてきた",
    "倒してきた", "落書きしてきた", "落書きしてやった", "落書きしといた", "落書きしておいた", "壊してきた",
    "壊してやった", "蹴ってきた", "小便してきた", "立ちションしてきた",
]  # fmt: skip
VICTIM_CONTEMPT_TERMS = [
    "流されればよかった", "流されれば良かった", "流されりゃよかった", "津波にのまれればよかった",
    "津波に飲まれればよかった", "津波で死ねば", "全員死ねばよかった", "みんな死ねばよかった",
    "全滅すればよかった", "全滅すりゃよかった", "暴れようぜ", "暴れまくろうぜ", "暴れに行こう",
    "荒らそうぜ", "荒らしに行こう", "爆竹鳴らして暴れ",
]  # fmt: skip
VICTIMS = ["被災者", "被災地の住民", "被災地の人", "避難者", "仮設の人", "遺族", "被災した人"]
VICTIM_INSULTS = [
    "乞食", "こじき", "支援金目当て", "補助金目当て", "義援金目当て", "たかり", "タカリ",
    "たかってる", "甘えてる", "税金泥棒", "金目当て", "カネ目当て", "賠償金目当て", "補償金目当て", "甘えすぎ", "甘え過ぎ", "いつまで甘え", "いつまで支援",
    "まだ支援もらっ", "支援もらいすぎ",
]  # fmt: skip
CHILD_PICTURES = [
    "小学生", "中学生", "女子小学生", "幼女", "児童", "女児", "子どもの写真", "子供の写真",
    "女の子の写真", "男の子の写真",
]  # fmt: skip
PICTURE_TRADE = [
    "写真集めてます", "写真集めてる", "写真集めて", "写真交換", "交換しませんか", "交換しよう",
    "画像ください", "写真ください", "写真送って", "画像送って", "写真売ります", "画像売ります",
]  # fmt: skip

# --- privacy: where a named private person lives ----------------------------------------------

SOMEONES_HOME = [
    "ちゃんの家", "ちゃんち", "くんの家", "くんち", "さんの家", "さんち", "さん家", "の自宅は",
    "の実家は", "の住所は", "の住まいは",
    *[f"{child}の{where}" for child in ("ちゃん", "くん")
      for where in ("通ってる", "通っている", "学校", "通学路", "保育園", "幼稚園")],
]  # fmt: skip
HOME_DETAILS = [
    "の裏", "裏の", "の隣", "の向かい", "屋根", "号室", "番地", "丁目", "送迎は", "通学路",
    "帰宅は", "時に家を出", "部屋番号", "帰りは", "留守", "家を空け", "いつも一人", "一人で帰", "誰もいない", "誰も居ない", "迎えは",
    "鍵はポスト", "鍵は植木鉢", "鍵の隠し場所", "合鍵", "暗証番号",
]  # fmt: skip
# Twelve digits said to be a My Number or a driving licence number, spaced or not (the
# detector of round 1 needs a valid check digit and no spaces). The pattern runs on the
# widened message, where the long mark of マイナンバー reads as a hyphen and half-width ﾊﾞ
# as ハ and a combining mark.
_SAID = "(?:マイナン(?:バ|ハ\u3099)[ー\\-]?|個人番号|免許証)"
_TWELVE = "[0-9０-９]{4}[ 　\\-‐－]?[0-9０-９]{4}[ 　\\-‐－]?[0-9０-９]{4}(?![0-9０-９])"
MY_NUMBER_SAID = (
    f"{_SAID}[^0-9０-９\\n]{{0,15}}{_TWELVE}|(?<![0-9０-９]){_TWELVE}[^0-9０-９\\n]{{0,8}}{_SAID}"
)
# Family and one's own home are no one else's privacy.
HOME_EXCEPTIONS = [
    f"substr:{who}{home}"
    for who in ("ばあちゃん", "じいちゃん", "母ちゃん", "かあちゃん", "父ちゃん", "とうちゃん",
                "ばあさん", "じいさん", "母さん", "父さん", "兄さん", "姉さん", "お隣さん")
    for home in ("の家", "ち", "家", "の")
] + [
    f"substr:{own}{home}"
    for own in ("私", "うち", "僕", "俺", "自分", "わたし", "我が家")
    for home in ("の自宅は", "の実家は", "の住所は", "の住まいは")
]  # fmt: skip


_SHORT_TAILS = ("という", "とか言", "と言", "って言", "なんて", "などと", "はやめ", "のはやめ")


def round9_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 9 rules, built with ``defaults._rule``; ``reporting_tails`` are the ways of
    quoting or reporting of round 5 (…という, …と言)."""

    # The quoted-abuse rule excuses reports by their shape for every rule (と言われた,
    # という書き込み); a terms rule adds only the shortest ways of talking about its words
    # (…という, …なんて, …はやめて), as its own word and a tail (a compact table, .tails).
    # A pattern adds none: hearsay about a person or a group is the writer's own claim.
    tails = [tail for tail in reporting_tails if tail in _SHORT_TAILS]

    def reported(terms: list[str]) -> list[str]:
        plain = [t for t in terms if not t.startswith(("lemma:", "substr:"))]
        return [f"substr:{term}{tail}" for term in plain for tail in tails]

    def pattern(target, predicate, exceptions=()):
        return {
            "target": target,
            "predicate": predicate,
            "exceptions": list(exceptions),
            "scope": "sentence",
        }

    return [
        rule(
            "threat-carrying-weapons",
            "脅迫（凶器や燃料を持って行くという予告）",
            "threat",
            "pattern",
            "critical",
            pattern(WEAPONS, CARRYING),
            "「包丁持って行くわ」「ナイフ持って説明会に行く」「ガソリン持ってぐがら」のように、"
            "凶器やガソリンを持って役所や会場へ行くと予告する書き込みを検出します。「包丁を研ぎに"
            "持って行きました」のような普通の文や、被害の報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-deserved-and-dialect",
            "脅迫（「燃やされても文句言えない」、方言やひらがなの脅し）",
            "threat",
            "terms",
            "high",
            {"terms": THREATS, "exceptions": reported(THREATS[len(DESERVED_HARM) :])},
            "「議員の家、燃やされても文句言えないよね」のように危害を当然だとする言い方、"
            "「殴りに行ってやっからな」「ぶん殴ってけっから」のような方言の脅し、「しにやがれ」"
            "「ころしてやる」のようなひらがなだけの脅し、「消えていただきたく」「夜道にはせいぜい"
            "お気をつけて」のような丁寧な脅しを検出します。報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-announced-bombs",
            "脅迫（爆破・殺害の予告と日時や場所）",
            "threat",
            "pattern",
            "critical",
            pattern(ANNOUNCEMENTS, ANNOUNCED_WHEN, ANNOUNCEMENT_NEWS),
            "「爆破予告：明日の成人式」「市役所に爆弾しかけた」のように、爆破や殺害を日時や場所と"
            "ともに予告する書き込みを検出します。「爆破予告があったそうです」「爆弾低気圧」のような"
            "報道や普通の言葉は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-counted-victims",
            "脅迫（人数を挙げた殺傷や爆破までの日数）",
            "threat",
            "regex",
            "critical",
            {"pattern": COUNTED_ATTACKS, "on": "text"},
            "「3人くらい刺してくる」「10人殺したら有名になれる」「あと3日で市役所が吹っ飛ぶ」のように、"
            "人数を挙げて殺傷を予告したり、爆破までの日数を告げたりする書き込みを検出します。"
            "自動で非表示にします。",
        ),
        rule(
            "defamation-emoji-insults",
            "誹謗中傷（職員などを動物や汚物の絵文字で呼ぶ）",
            "defamation",
            "regex",
            "medium",
            {"pattern": EMOJI_INSULT, "on": "text"},
            "「市長は🐒」「職員🐷ばかり」「担当者💩」のように、市長・職員などのすぐ後に豚・猿・"
            "汚物などの絵文字を置いて侮辱する書き込みを検出します。",
        ),
        rule(
            "defamation-sarcastic-titles",
            "誹謗中傷（「さすが市長様」のような皮肉）",
            "defamation",
            "pattern",
            "low",
            pattern(SARCASM_OPENERS, SARCASM_TITLES),
            "「さすが市長様、庶民の気持ちなんてわからないですよね」「さすがお役人様」のように、"
            "「さすが」と皮肉な敬称を同じ文で使う書き込みを検出します。",
        ),
        rule(
            "defamation-sarcastic-honorifics",
            "誹謗中傷（「議員様は気楽でいい」のような敬称での皮肉）",
            "defamation",
            "pattern",
            "low",
            pattern(OFFICIALS_SAMA, SNEERS),
            "「議員さまは気楽でいいですね」「さすが市議会議員様、税金の使い方がお上手」「課長様は"
            "いいご身分ですね（笑）」のように、市長・議員・職員に「様」を付けて皮肉る書き込みを検出します。"
            "「市長様、いつもありがとうございます」のような普通の敬称は対象外です。",
        ),
        rule(
            "discrimination-exclusion-requests",
            "差別（集団に「〜しないでほしい」と頼む形の排除）",
            "discrimination",
            "pattern",
            "medium",
            pattern(REQUEST_GROUPS, REQUESTS_NOT_TO, KIND_REQUESTS),
            "「外国人は公園を使わないでほしい」「韓国人は店に入らないでください」「ホームレスは図書館に"
            "来ないでほしい」のように、国籍・出自・障害・性的指向などの集団に、来る・住む・使うなどを"
            "しないよう頼む形の排除を検出します。「外国人を差別しないでほしい」「障害者用の駐車場に"
            "停めないでください」のような言い方は対象外です。",
        ),
        rule(
            "threat-romaji",
            "脅迫（ローマ字の「shine」「korosu」「bakuha」など）",
            "threat",
            "pattern",
            "high",
            pattern(ROMAJI_PEOPLE, ROMAJI_HARM),
            "「shine shichou」「shiyakusho bakuha suru」のように、ローマ字で書いた死ね・殺す・爆破を、"
            "市長・職員・お前などと同じ文で使う書き込みを検出します。英語の shine（輝く）だけの文は"
            "対象外です。自動で非表示にします。",
        ),
        rule(
            "discrimination-romaji",
            "差別（ローマ字の排斥「gaijin wa kaere」など）",
            "discrimination",
            "pattern",
            "medium",
            pattern(ROMAJI_GROUPS, ROMAJI_EXCLUSION),
            "「gaijin wa kaere」のように、ローマ字で書いた集団（gaijin, zainichi など）と排斥の言葉"
            "（kaere, deteike など）を同じ文で使う書き込みを検出します。",
        ),
        rule(
            "defamation-rumoured-crimes",
            "誹謗中傷（犯罪や不祥事のうわさ・決めつけ）",
            "defamation",
            "pattern",
            "medium",
            pattern(RUMOURED, RUMOUR_MARKERS, RUMOUR_NEWS),
            "「市議の〇〇は裏金もらってるって有名」「〇〇は横領してるに決まってる」「不倫してるって"
            "噂、みんな知ってるよ」のように、根拠を示さず人の犯罪や不祥事をうわさや決めつけで広める"
            "書き込みを検出します。「横領の疑いで逮捕」のような報道の引用は対象外です。",
        ),
        rule(
            "discrimination-sexuality-slurs",
            "差別（性的少数者への嫌悪）",
            "discrimination",
            "pattern",
            "medium",
            pattern(
                ["オカマ", "オネエ", "ホモ", "レズ", "LGBT", "LGBTとか", "ゲイ"], SEXUALITY_CONTEMPT
            ),
            "「LGBTとか病気だろ」「オカマの職員がいて気持ち悪かった」のように、性的少数者への"
            "嫌悪を表す書き込みを検出します。",
        ),
        rule(
            "commercial-numbers-and-trades",
            "商業宣伝（割引・業者の宣伝・フォロワー販売）",
            "commercial",
            "pattern",
            "low",
            pattern(DISCOUNTS + TRADES, SALES_MARKERS + TRADE_VOICE),
            "「この記事を見た人限定で脱毛50%オフ」「外壁塗装なら〇〇へ、今なら足場代無料」「塾の生徒"
            "募集中」のように、割引や業者の宣伝文句を検出します。「リフォームの補助金はありますか」の"
            "ような質問は対象外です。",
        ),
        rule(
            "commercial-followers-and-money",
            "商業宣伝（フォロワー販売・お金の誘い）",
            "commercial",
            "pattern",
            "low",
            pattern(FOLLOWERS, FOLLOWER_SALES),
            "「フォロワー1000人増やします」「フォロワー500円で買えます」のようなフォロワーや再生数の"
            "販売を検出します。「フォロワーが増えてうれしい」は対象外です。",
        ),
        rule(
            "commercial-money-seekers",
            "商業宣伝（「稼ぎたい人」への誘い）",
            "commercial",
            "pattern",
            "low",
            pattern(MONEY_SEEKERS, MONEY_CALLS),
            "「稼ぎたい人コメントして」「お金欲しい人DMください」のように、お金を求める人を集める"
            "書き込みを検出します。",
        ),
        rule(
            "commercial-side-jobs-more",
            "商業宣伝（副業への誘い）",
            "commercial",
            "terms",
            "low",
            {"terms": SIDE_JOBS, "exceptions": reported(SIDE_JOBS)},
            "「副業募集中」「スマホ1台で稼げる」「fukugyo kasegeru」のような副業への誘いを"
            "検出します。",
        ),
        rule(
            "political-campaign-more",
            "政治活動（選挙の支援依頼・後援会・デモへの動員）",
            "political",
            "pattern",
            "low",
            pattern(ELECTIONS + ["候補", "候補者", "立候補予定", "後援会"], CAMPAIGN_CALLS),
            "「市長選挙では〇〇へのご支援を賜りますよう」「今度の選挙は〇〇さんさ入れでけろ」"
            "「選挙のポスター貼りを手伝ってくれる人募集」のような選挙運動を検出します。"
            "投票所や期日前投票の質問、「選挙に行こう」は対象外です。",
        ),
        rule(
            "political-demonstrations",
            "政治活動（デモや抗議集会への動員）",
            "political",
            "pattern",
            "low",
            pattern(DEMONSTRATIONS, DEMO_CALLS),
            "「反対デモに参加を」「〇〇反対のデモ、日曜に駅前でやります」「抗議集会に集まろう」の"
            "ようなデモや抗議活動への動員を検出します。交通規制のお知らせなどは対象外です。",
        ),
        rule(
            "political-supporters-club",
            "政治活動（後援会への勧誘、ひらがなの投票依頼）",
            "political",
            "terms",
            "low",
            {"terms": CAMPAIGN_TERMS, "exceptions": reported(CAMPAIGN_TERMS)},
            "「後援会入会のお願い」「とうひょうしよう」のような後援会への勧誘や投票の呼びかけを"
            "検出します。",
        ),
        rule(
            "religious-recruitment-more",
            "宗教活動（悔い改め・入信・教会への誘い）",
            "religious",
            "terms",
            "low",
            {"terms": FAITH_CALLS, "exceptions": reported(FAITH_CALLS)},
            "「悔い改めて我々の教会へ」「この世の終わりが近い」「ご入会お待ちしております」"
            "「あなたのために祈らせてください」のような入信や教会への誘いを検出します。",
        ),
        rule(
            "illegal-forgery-offers",
            "違法行為（偽造文書・無車検車の販売）",
            "illegal",
            "pattern",
            "high",
            pattern(FORGERY, FORGERY_OFFERS),
            "「偽造の運転免許証つくれます」「陰性証明書、検査なしで発行します」「名義変更なしでOK」"
            "のように、偽造の文書や違法な取引を持ちかける書き込みを検出します。「偽造の疑いで逮捕"
            "された」のような報道は対象外です。",
        ),
        rule(
            "illegal-offers-more",
            "違法行為（不法投棄の勧め、違法な車の取引、ローマ字の薬物）",
            "illegal",
            "pattern",
            "high",
            pattern(ROMAJI_DRUGS, ROMAJI_DRUG_OFFERS),
            "「yasuku taima aru yo」のように、ローマ字で書いた薬物の取引を検出します。",
        ),
        rule(
            "illegal-dealing-terms",
            "違法行為（不法投棄の勧め、名義変更なしの車）",
            "illegal",
            "terms",
            "high",
            {"terms": ILLEGAL_TERMS, "exceptions": reported(ILLEGAL_TERMS)},
            "「不法投棄するなら河川敷が誰も見てない」「名義変更なしでOK」のような違法行為の勧めや"
            "取引を検出します。",
        ),
        rule(
            "obscene-wishes",
            "わいせつ（人への性的な願望、性的な自撮りの販売）",
            "obscene",
            "pattern",
            "medium",
            pattern(SEX_TARGETS, SEX_WISHES),
            "「窓口の子とやりてえ」「人妻と今すぐエッチできる」のように、人への性的な願望や誘いを"
            "検出します。",
        ),
        rule(
            "obscene-words-masked",
            "わいせつ（伏せ字の性的な語、性的な自撮りの販売）",
            "obscene",
            "terms",
            "medium",
            {"terms": OBSCENE_MORE, "exceptions": reported(OBSCENE_MORE)},
            "「おっ◯い」のように一字を伏せた性的な語や、「Hな自撮り販売」を検出します。",
        ),
        rule(
            "public-order-victims-and-dead",
            "公序良俗（被災者・犠牲者への冒涜、器物損壊の自慢、騒乱の呼びかけ）",
            "public_order",
            "terms",
            "high",
            {"terms": VICTIM_CONTEMPT_TERMS, "exceptions": reported(VICTIM_CONTEMPT_TERMS)},
            "「津波で全員流されればよかった」のような犠牲者への冒涜や、「みんなで暴れようぜ」の"
            "ような騒乱の呼びかけを検出します。",
        ),
        rule(
            "public-order-victim-contempt",
            "公序良俗（被災者を乞食・たかりと呼ぶ）",
            "public_order",
            "pattern",
            "medium",
            pattern(VICTIMS, VICTIM_INSULTS),
            "「被災地の住民は支援金目当ての乞食」のように、被災者や避難者を見下す書き込みを"
            "検出します。",
        ),
        rule(
            "public-order-child-pictures",
            "公序良俗（子どもの写真の収集・交換）",
            "public_order",
            "pattern",
            "high",
            pattern(CHILD_PICTURES, PICTURE_TRADE),
            "「小学生の女の子の写真集めてます、交換しませんか」のような子どもの写真の収集や交換の"
            "誘いを検出します。",
        ),
        rule(
            "privacy-someones-home",
            "個人情報（他人の家の場所・子どもの送迎の時刻）",
            "privacy",
            "pattern",
            "high",
            pattern(SOMEONES_HOME, HOME_DETAILS, HOME_EXCEPTIONS),
            "「〇〇ちゃんの家はローソン裏の青い屋根」「〇〇さんの自宅は△△の隣」のように、他人の家の"
            "場所や、家族の送迎・帰宅の時刻を書き込むものを検出します。自分の家や祖父母の家の話は"
            "対象外です。自動で非表示にします。",
        ),
        rule(
            "privacy-numbers-said",
            "個人情報（マイナンバー・免許証番号と書いた数字）",
            "privacy",
            "regex",
            "high",
            {"pattern": MY_NUMBER_SAID, "on": "text"},
            "「元彼のマイナンバー 1234 5678 9012」「免許証の番号は第123456789012号」のように、"
            "マイナンバーや運転免許証の番号だと書いて12桁の数字（空白や区切りを含む）を書き込むものを"
            "検出します。自動で非表示にします。",
        ),
    ]


# Round 9 also widens earlier rules (by slug) with the kinds above.
WIDENING: dict[str, dict] = {
    "exceptions-quoted-abuse": {
        "description": "「死ね」とメールが来た・ってDMが来た のような届いた知らせや、"
        "「…」というチラシ・張り紙も報告です。",
        "reported_by": [
            f"{particle}…{medium}{verb}"
            for particle in ("と", "って")
            for medium in (
                "メール",
                "DM",
                "LINE",
                "メッセージ",
                "コメント",
                "電話",
                "手紙",
                "ハガキ",
                "SMS",
                "書き込み",
            )
            for verb in ("が来", "が届", "がき", "があ")
        ]
        + [
            f"{head}…{paper}"
            for head in ("という", "っていう", "との")
            for paper in ("チラシ", "ビラ", "張り紙", "貼り紙", "看板", "ポスター")
        ],
    },
    "threat-violence-ja": {
        "description": "「市長、殺すぞ」のように文の中ほどの「殺すぞ」も対象です。",
        "terms": ["lemma:殺す/+ぞ,+ぜ,+からな,-れる,-られる,-た,-ない"],
    },
    "threat-staff-harm": {
        "description": "「議員なんか消されても誰も困らない」も対象です。",
        "predicate": NO_ONE_WOULD_MISS,
    },
    "defamation-accusations": {
        "description": "「市長の息子は裏口入学」「店長は覚醒剤やってる」も対象です。",
        "target": ["息子", "娘", "奥さん", "旦那"],
        "predicate": ACCUSED_MORE,
        "exceptions": [
            f"substr:{said}{no}" for said in ACCUSED_MORE for no in ("じゃな", "ではな")
        ],
    },
    "defamation-person-contempt": {
        "description": "「知能指数低すぎ」「頭空っぽ」「寄生虫の皆さん」も対象です。",
        "terms": CONTEMPT_MORE,
    },
    "defamation-person-contempt-said-of": {
        "description": "「この人サイコパス」も対象です。",
        "target": ["おめだち", "おめだづ", "おめら", "おめえだち", "おめーだち", "おめえら"],
        "predicate": [
            "サイコパス",
            "知能指数",
            "IQ低",
            "ばがだ",
            "ばがだな",
            "ばがみでだ",
            "ばがみでえ",
            "ぶっかれでんでねが",
            "ぶっかれでる",
            *SAID_IN_DIALECT,
        ],
    },
    "defamation-staff-insults": {
        "description": "「市長はサイコパス」「その空っぽの頭で」「税金で遊んでる」「はんかくせえ市長」"
        "も対象です。",
        "predicate": [
            "サイコパス",
            "空っぽの頭",
            "頭空っぽ",
            "税金で遊んでる",
            "知能指数",
            "IQ低",
            "寄生虫の皆さん",
            *STAFF_ALL_RUBBISH,
            *SAID_IN_DIALECT,
        ],
        "exceptions": STAFF_RUBBISH_CHORES,
    },
    "defamation-sarcasm": {
        "description": "「お役所様」「公務員様」のような皮肉の敬称も対象です。",
        "terms": SARCASTIC_TITLES,
    },
    "defamation-dialect-insults": {
        "description": "「ほでなす」「たわけもん」「あんぽんたん」なども対象です。",
        "terms": DIALECT_INSULTS,
    },
    "discrimination-exclusion": {
        "description": "「受け入れはやめてください」「同じクラスにしないでほしい」「隔離しとけ」"
        "のような頼む形や隔離の言い方も対象です。",
        "target": GROUPS_MORE,
        "predicate": EXCLUSION_MORE,
        # a notice or a remark quoted and called discriminatory (…という張り紙は差別)
        "exceptions": [
            f"substr:{said}{tail}"
            for said in EXCLUSION_MORE
            for tail in ("という", "との", "と書", "って張り紙", "という張り紙", "と言われ")
        ],
    },
    "discrimination-group-contempt": {
        "description": "「アイヌなんてもういない」「補助金目当て」「信用できねえ」も対象です。",
        "target": GROUPS_MORE,
        "predicate": CONTEMPT_FOR_GROUPS,
    },
    "illegal-drug-slang-offers": {
        "description": "「シャブ手に入るけど要る？」も対象です。",
        "predicate": DRUG_OFFERS_MORE,
    },
    "illegal-dumping-squatting-calls": {
        "description": "「不法投棄なら河川敷が誰も見てない」も対象です。",
        "target": ["不法投棄", "投棄"],
        "predicate": ["誰も見てない", "誰も見ていない", "穴場"],
    },
    "public-order-vandalism": {
        "description": "「慰霊碑に落書きしてきた」のような自慢も対象です。",
        "predicate": VANDALISM_BOASTS,
    },
    "harmful-link-lure": {
        "description": "宅配便の不在通知や再配達を装うリンクも対象です。",
        "predicate": [
            "不在通知",
            "再配達",
            "配達できませんでした",
            "お荷物をお預かり",
            "お荷物のお届け",
        ],
    },
    "impersonation-city-voice": {
        "description": "「石巻市 秘書広報課です」「石巻警察署です」と名乗る依頼も対象です。",
        "target": [
            "秘書広報課です",
            "広報課です",
            "警察署です",
            "石巻警察署です",
            "県警です",
            "石巻市長です",
            "石巻市より",
            "イシノマキシ",
        ],
        "predicate": [
            "お送りします",
            "商品券",
            "再登録",
            "カード情報",
            "通帳",
            "伺います",
            "個人アカウント",
            "受け付けています",
            "認証をお願い",
            "返信した方",
        ],
    },
}
