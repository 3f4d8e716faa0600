"""The words of round 12 of the default rules for threats, public order, discrimination and
defamation (``defaults_round12_words2.py`` holds those for solicitation, impersonation,
privacy, illegal offers, obscenity and faith; ``defaults_round12.py`` builds the rules).

Precision first, as in ``defaults.py``: a word that is ordinary alone (爆竹, 女, 社長) is only
a pattern's target, said with a rarer predicate in the same sentence or message; a phrase
that is harm wherever it stands is a term.
"""

from __future__ import annotations

# --- threat -----------------------------------------------------------------------------------

# A death wished in a conditional (さっさと死んじまえばいいのに, 首吊っちまえばいいっちゃ,
# はやく しんだら いいよ): an incitement said as a wish, not as an order.
_DIE_IF = (
    "死んじまえば", "死んでしまえば", "死ねば", "死んだら", "死んでくれれば", "死んでくれたら", "しんじまえば",
    "しんでしまえば", "しねば", "しんだら", "首吊っちまえば", "首吊ってしまえば", "首吊れば", "首吊ったら",
    "首つっちまえば", "首つれば", "首つったら", "くたばれば", "くたばっちまえば", "消えちまえば",
)  # fmt: skip
_WOULD_BE_GOOD = (
    "いい",
    "いいのに",
    "いいんだ",
    "いいよ",
    "いいっちゃ",
    "いいべ",
    "いいのにな",
    "よくね",
)
# (死んだら, いいお葬式に…: after a "when" form the bare いい may start another phrase, so
# only its wishing endings count there.)
DEATH_WISHED = [
    f"{die}{good}"
    for die in _DIE_IF
    for good in _WOULD_BE_GOOD
    if good != "いい" or not die.endswith("ら")
]

# Harm foretold as if by chance (いつか誰かに刺されますよ, 事故に遭うかもしれませんね,
# 何があっても知らねぇど): a veiled threat; each phrase is harm wherever it stands.
_HARMED = (
    "刺され",
    "襲われ",
    "殴られ",
    "轢かれ",
    "ひかれ",
    "事故に遭っ",
    "事故にあっ",
    "火をつけられ",
    "放火され",
)
_NOT_MY_PROBLEM = (
    "ても知りません", "ても知りませんよ", "ても知らねぇ", "ても知らねえ", "ても知らない", "ても知らないよ",
    "ても文句言えない", "ても文句言えませんよ", "ても仕方ない", "ても仕方ないですね",
)  # fmt: skip
# Said as a warning, these are ordinary too (蜂に刺されても知らないよ, 雪道で何があっても知らねぇぞ):
# they are a threat when said to a person or an office, the target of the pattern.
VEILED_WARNINGS = [f"{harm}{shrug}" for harm in _HARMED for shrug in _NOT_MY_PROBLEM] + [
    "誰かに刺されますよ", "刺されますよ", "事故に遭うかもしれませんね", "事故にあうかもしれませんね",
    "事故に遭うかもしれませんよ", "事故にあうかもしれませんよ", "事故に遭わないといいですね",
    "何があっても知らねぇ", "何があっても知らねぇど", "何があっても知らねえ", "何があっても知りません",
    "何があっても知りませんよ", "何が起きても知りません", "何が起きても知りませんけど", "何が起きても知らねぇ",
    "何が起きても知らない", "何が起こっても知りません", "どうなっても知らねぇ", "どうなっても知りませんよ",
]  # fmt: skip
WARNED_PEOPLE = [
    "課の", "課長", "部長", "担当", "担当者", "職員", "市長", "議員", "役人", "連中", "さん", "お前", "おめぇ", "おめえ",
    "あんた", "てめえ", "てめぇ", "貴様", "あなた",
    "こんな対応", "対応ばかり", "窓口", "市役所", "役所",
]  # fmt: skip
_BUGS = ("蜂", "ハチ", "はち", "蚊", "虫", "ブヨ", "アブ", "ダニ", "クラゲ")
WARNINGS_ORDINARY = [
    f"substr:{bug}に{warning}"
    for bug in _BUGS
    for warning in VEILED_WARNINGS
    if warning.startswith("刺され")
]
# Harm announced as a courtesy or in dialect (相応のことをさせていただきます, 海さ沈めでやっぺ):
# a threat wherever it stands.
VEILED_HARM = [
    "相応のことをさせていただきます", "相応のことをさせていただき", "それなりのことをさせていただき",
    "お礼参りに伺います", "お礼参りに行く", "海さ沈めでやっぺ", "沈めでやっぺ", "沈めでやる", "海に沈めてやる",
    "沈めてやる", "ぶっ叩ぐがらな", "ぶっ叩ぐ", "叩ぐがらな", "ぶっ叩くからな", "ぶん殴っからな",
]  # fmt: skip

# A killing announced with a compound verb (殴り殺してやるからな, 刺し殺すぞ): the analyser reads
# 殴り殺す as one verb, so the lemma rules of 殺す do not see it.
KILL_COMPOUNDS = [
    f"lemma:{verb}/{form}"
    for verb in ("殴り殺す", "刺し殺す", "絞め殺す", "締め殺す", "撃ち殺す", "叩き殺す", "焼き殺す", "轢き殺す",
                 "蹴り殺す", "ぶち殺す", "嬲り殺す", "なぶり殺す", "斬り殺す", "切り殺す", "殴り倒す")
    for form in ("+やる", "命令形", "意志推量形", "+ぞ", "+からな", "+たろか")
]  # fmt: skip
# Oneself called foolish (バカな質問ですみません): no insult.
SELF_FOOLISH = [
    f"substr:{fool}{what}"
    for fool in ("バカな", "馬鹿な", "ばかな")
    for what in ("質問", "私", "自分", "僕", "俺", "うち")
]  # fmt: skip

# A weapon carried to a meeting with 覚悟 (刃物持って参加させていただきます。覚悟しておいて
# ください): the weapon is the target, the warning the predicate (包丁を持って料理教室へ: ordinary).
WEAPONS_CARRIED = [
    f"{weapon}{particle}持って"
    for weapon in ("刃物", "包丁", "ナイフ", "鉈", "なた", "斧", "金属バット", "バット", "鉄パイプ", "灯油",
                   "ガソリン")
    for particle in ("", "を")
]  # fmt: skip
BRACED_FOR = [
    "覚悟しておいてください", "覚悟しておいて", "覚悟しといてください", "覚悟しといて", "覚悟しとけ", "覚悟しろ",
    "覚悟しておけ", "覚悟なさって", "首洗って", "待ってろ",
]  # fmt: skip

# An office set on fire, wished or announced (市役所燃やしちまえばいいんだ。俺がやってやるよ).
ARSON_TARGETS = ["市役所", "役所", "庁舎", "支所", "市長室", "議会", "公民館", "事務所"]
BURNED = [
    "燃やしちまえ", "燃やしちまえばいい", "燃やしちまえばいいんだ", "燃やしてしまえ", "燃やしてしまえばいい",
    "燃やしてやる", "燃やしてやろう", "燃やしたろか", "火つけてやる", "火ぃつけてやる", "火をつけてやる",
    "放火してやる", ]  # fmt: skip

# Where someone lives, said with what they do (お前の家は知ってる。子どもが何時に帰るかもな;
# 家もわがってっからな): threat-knows-home's predicates, as this round's writers put them.
HOME_KNOWN = [
    "家は知ってる", "家は知ってっから", "家も知ってる", "家も知ってっから", "家もわがってっからな", "家もわがってっから",
    "家もわかってっから", "家もわかってっからな", "家は分かってる", "家はわかってる", "何時に帰るかも",
    "何時に帰るか知ってる", "何時に帰るか知ってます",
]  # fmt: skip

# --- public order ---------------------------------------------------------------------------

# An event or a drill disrupted, called for (成人式、暴れてテレビに映ろうぜ; 打ち上げ邪魔しようぜ;
# 爆竹大量に持ち込んで驚かそうぜ): the event is the target, the call the predicate.
EVENTS = [
    "成人式", "花火", "花火大会", "川開き", "祭り", "まつり", "式典", "説明会", "訓練", "防災訓練", "避難訓練",
    "会場", "入学式", "卒業式", "運動会", "イベント", "打ち上げ", "パレード", "避難所", "公民館", "屋台",
    "慰霊祭", "追悼式", "マラソン",
]  # fmt: skip
DISRUPTED = [
    f"{act}{end}"
    for act in ("邪魔しよ", "妨害しよ", "ぶっ壊そ", "ぶち壊そ", "荒らそ", "台無しにしよ", "乱入しよ",
                "ぶちまけよ", "めちゃくちゃにしよ", "滅茶苦茶にしよ")
    for end in ("う", "うぜ", "うや", "うよ")
] + [
    "substr:爆竹大量に",
    "substr:爆竹持ち込",
    "substr:爆竹を持ち込",
    "substr:爆竹鳴らそう",
    "substr:爆竹投げ込",
    "暴れてテレビに映ろうぜ", "暴れてテレビに映ろう", "椅子全部ぶっ壊す", "全部ぶっ壊す", "ぶっ壊してやる",
    "ぶちまけたら楽しそう", "ぶちまけたら面白そう", "ぶちまけたら面白い", "鳴らしたら面白", "鳴らしたら楽しそう",
    "邪魔してやろう", "邪魔してやる", "妨害してやる", "妨害してやろう", ]  # fmt: skip
# (…しようとする書き込みはやめましょう, 邪魔しようぜって言ってる人がいた: reported, not called for)
DISRUPTION_REPORTED = [
    f"substr:{call}{tail}"
    for call in DISRUPTED
    for tail in ("という", "とする", "とした", "って言", "って書き込み", "とか言")
]

# A hoax spread for fun (サイレン、SNSで『本物の津波』って流したら面白くね？; 食中毒出たってデマ
# 流せば屋台空く): the hoax is the target, the fun or the gain the predicate.
HOAXES = [
    "デマ",
    "嘘",
    "うそ",
    "ウソ",
    "偽情報",
    "本物の津波",
    "津波が来る",
    "爆破予告",
    "食中毒出た",
    "火事だ",
]
SPREAD_FOR_FUN = [
    "流したら面白", "流したら面白くね", "流したらおもしろ", "流したら楽しそう", "流したらウケる", "流せば",
    "流そうぜ", "流してみよう", "流してやろう", "広めようぜ", "拡散しようぜ", "拡散したら面白", "って流したら",
    "って流せば", "って書き込んだら面白", "って騒いだら面白", ]  # fmt: skip

# An office flooded on purpose (全員で一日中電話かけまくって業務止めよう): obstruction called for.
OFFICES = [
    "市役所",
    "役所",
    "課",
    "窓口",
    "支所",
    "代表",
    "担当",
    "コールセンター",
    "全員で",
    "みんなで",
]
OBSTRUCTED = [
    "業務止めよう",
    "業務を止めよう",
    "業務止めようぜ",
    "業務を止めてやろう",
    "業務止めてやろう",
    "業務をパンクさせ",
    "パンクさせよう",
    "パンクさせようぜ",
    "電話かけまくって業務",
    "電話しまくって業務",
    "電話かけまくろう",
    "電話しまくろう",
    "電凸しよう",
    "電凸しようぜ",
    "凸しようぜ",
    "凸ろうぜ",
    "苦情の電話殺到させ",
    "回線パンク",
]
# (電凸しようという書き込みを見ました: reported; an exception covers the whole predicate)
OBSTRUCTION_REPORTED = [
    f"substr:{call}{tail}"
    for call in OBSTRUCTED
    for tail in ("という", "って書き込み", "って言", "とする", "とした")
]

# A danger courted for views (津波注意報出たら海岸行って動画撮ろうぜ。バズるぞ).
DANGERS = [
    "津波",
    "津波注意報",
    "津波警報",
    "高潮",
    "大雨",
    "増水",
    "台風",
    "氾濫",
    "洪水",
    "大波",
    "警報",
]
COURTED = [
    "動画撮ろうぜ", "動画撮ろう", "動画撮りに行こう", "撮りに行こうぜ", "見に行こうぜ", "バズるぞ",
    "バズるぜ", "配信しようぜ", "ライブ配信しよう", "海行こうぜ", "川見に行こうぜ",
]  # fmt: skip
COURTED_WARNED = [
    "substr:見に行こうとしない",
    "substr:見に行こうとする",
    "substr:見に行こうとして",
    "substr:見に行こうと思",
]

# Animals hurt for fun and told (鹿に爆竹投げてみた動画, 野良猫、毒入りの餌で何匹も始末してやった).
ANIMALS = [
    "猫",
    "野良猫",
    "ねこ",
    "ネコ",
    "犬",
    "野良犬",
    "鹿",
    "シカ",
    "鳥",
    "カラス",
    "鳩",
    "ハト",
    "カモメ",
    "動物",
    "ウミネコ",
]
HURT_FOR_FUN = [
    "爆竹投げてみた", "爆竹投げた", "爆竹投げよう", "石投げてみた", "毒入りの餌で", "毒餌で", "毒団子で", "始末してやった",
    "始末してやる", "蹴り飛ばしてやった", "虐待してみた", "殺してやった", "轢いてやった", "火つけてみた",
]  # fmt: skip

# The dead of the disaster mocked (大川小の事故ってネタとして最高, 魚の餌になってるってw,
# 流された奴らは…自業自得): public-order-disaster-mockery's predicates of this round.
MOCKED_DEAD = [
    "ネタとして最高", "ネタとして最高だよな", "思い出して笑える", "思い出して笑えるわ", "魚の餌になってる",
    "魚の餌になってるって", "魚のエサになってる", "自業自得", "死んだやつらの話", "死んだ奴らの話",
    "犠牲者なんて弱", "流された奴らは", "流されたやつらは",
]  # fmt: skip
MOCKED_PLACES = ["大川小", "門脇小", "震災遺構", "行方不明者", "流された", "慰霊"]

# --- discrimination ---------------------------------------------------------------------------

# Women held unfit (女が課長やってるから…ダメ, 女が市長とか無理, 女は家で飯作ってればいい).
WOMEN = ["女が", "女は", "女なんか", "女なんて", "女ごとき"]
UNFIT = [
    "ダメなんだよ", "だめなんだよ", "だからダメ", "から駄目", "無理に決まってる", "無理に決まってるだろ",
    "家で飯作ってればいい", "家で飯作ってろ", "家にいろ", "家にいればいい", "引っ込んでろ", "黙ってろ",
    "務まるわけない", "務まらない", "向いてない", "出しゃばるな", "口出しするな",     "上に立つな",
]  # fmt: skip
UNFIT_REBUTTED = [
    "substr:という考え",
    "substr:なんて言う人",
    "substr:って言われ",
    "substr:と言われ",
]

# Ancestry, occupation and illness held against people (部落出身の職員, 漁師なんて学のない連中,
# 精神病患者は隔離しとけ, エイズの人がプール使ったらうつる, 東南アジアの連中は民度が低い).
CONTEMPT_TERMS = [
    "部落出身", "部落出身の", "部落だから", "部落民", "学のない連中", "学のない奴ら", "学のないやつら", "学がない連中",
    "出稼ぎの貧乏人", "まともに扱う必要ねぇ", "まともに扱う必要ない", "まともに扱う必要ねえ", "民度が低い連中",
]  # fmt: skip
SHUNNED = [
    "精神病患者", "精神障害者", "精神病の人", "精神病", "精神病院", "キチガイ", "キ〇ガイ", "キ○ガイ", "キ◯ガイ",
    "エイズの人", "エイズ患者", "HIVの人", "HIV感染者", "東南アジアの連中", "アジアの連中", "外国人の連中",
    "実習生", "信者", "その宗教", "あの宗教", "統合失調症の人", "認知症の人",
]  # fmt: skip
SHUT_OUT = [
    "隔離しとけ", "隔離しろ", "隔離すべき", "隔離しておけ", "隔離しといて", "から出すな", "外に出すな",
    "出禁にして", "出禁にしろ", "出入り禁止にしろ", "うつるでしょ", "うつるだろ", "うつるから", "受け入れるなんて危険",
    "公務員にするな", "公務員にすんな", "採用するな", "雇うな", "民度が低い", "民度低い", "どうせ出稼ぎ", "貧乏人だっちゃ",
    "貧乏人だろ",
]  # fmt: skip
SHUT_OUT_REBUTTED = [
    "substr:という偏見",
    "substr:は偏見",
    "substr:は誤解",
    "substr:うつりません",
    "substr:という差別",
]

# A people or a worker likened to an animal by emoji (黒人🐒🐒 の英語教師とか要らんわ).
APE_EMOJI_PEOPLE = (
    "(?:黒人|外国人|中国人|韓国人|朝鮮人|フィリピン人|ベトナム人|実習生|移民|アジア人)"
    "[^。！？!?\\n]{0,6}(?:🐒|🐵|🦍|🐷|🐖)"
)

# --- defamation -------------------------------------------------------------------------------

# A named person or business said to commit a crime (観光課の高橋課長は業者からキックバック
# もらってる; ○○水産の社長、実習生の給料ピンハネしてる犯罪者): the person is the target.
ACCUSED = [
    "社長", "課長", "部長", "係長", "校長", "教頭", "教頭先生", "代表", "組合長", "議員", "職員", "保育士", "医者",
    "先生", "店長", "店", "ってやつ", "って奴", "って女", "って男", "って医者", "あいつ", "あの人", "市長", "副市長",
    "看護師", "担当", "会長", "理事長", "院長", "園長", "教師", "担任", "医師", "さん", "旦那", "旦那さん", "奥さん",
]  # fmt: skip
CRIMES_ASSERTED = [
    "キックバックもらってる", "キックバック貰ってる", "キックバックもらってるって有名", "ピンハネしてる", "ピンハネしてる犯罪者",
    "横領してる", "横領して", "着服してる", "私物化してる", "私物化してる詐欺師", "賄賂もらってる", "裏金もらってる",
    "手を出したって噂", "手を出したらしい", "手あげてる", "手を上げてる", "手をあげてる", "殴っていると聞いて",
    "殴ってるって噂", "握りつぶしてる", "偽ってるから", "偽って売ってる", "詐欺店", "愛人に貢いでる", "あいつは泥棒",
    "泥棒だ", "犯罪者だから", "詐欺師だから", "ヤブで", "ヤブだから", "ヤブ医者", "閉じ込めてるって噂",
    "虐待してるって噂", "横領してるって噂", "不倫してるって噂", "盗んでるって噂", ]  # fmt: skip
CRIMES_REPORTED = [
    "substr:で逮捕",
    "substr:と報道",
    "substr:というデマ",
    "substr:という噂は嘘",
    "substr:噂を流すのは",
    "substr:と決めつけ",
]
# (手をあげてるのを見たら通報を: what to do if one sees it; an exception covers the whole phrase)
CRIMES_REPORTED += [
    f"substr:{crime}{tail}"
    for crime in CRIMES_ASSERTED
    for tail in ("のを見たら", "のを見かけたら", "と聞いたら", "なら通報", "ようなら通報")
]

# Insults by likeness (防災推進課はゴミの集まり; お猿さんでももう少しまともな説明; 豚みたいな顔;
# 脳みそのかわりに綿が詰まって; ク◯職員): each phrase is contempt wherever it stands.
LIKENESS_INSULTS = [
    "ゴミの集まり", "ごみの集まり", "クズの集まり", "バカの集まり", "無能の集まり", "お猿さんでも", "お猿さんの方が",
    "猿でももう少し", "猿の方がまし", "猿以下", "豚みたいな顔", "ブタみたいな顔", "豚みたいな", "ブタが税金",
    "豚が税金", "ブタが税金食ってる", "脳みそのかわりに", "脳みその代わりに", "脳みそ入ってない", "脳みそ入ってんの",
] + [
    f"substr:ク{mask}{who}"
    for mask in ("◯", "○", "〇", "●", "×", "＊", "*")
    for who in ("職員", "市長", "役所", "議員", "課長", "公務員", "役人")
]  # fmt: skip
LIKENESS_REPORTED = [
    "substr:ゴミの集まりが",
    "substr:ごみの集まりが",
    "substr:猿でもわかる",
    "substr:お猿さんでも分かる",
    "substr:お猿さんでもわかる",
]
