"""The words of round 11 of the default rules for threats, discrimination, public order and
obscenity (``defaults_round11_words2.py`` holds those for solicitation, impersonation and
privacy; ``defaults_round11.py`` builds the rules from both).

Precision first, as in ``defaults.py``: a word that is ordinary alone (灯油, 人混み, 慰霊碑,
移住者, 在日) is only a pattern's target or predicate, said with the other half in the same
sentence; a phrase that is harm wherever it stands is a term.
"""

from __future__ import annotations

# --- threat -----------------------------------------------------------------------------------

# Fuel brought to a public place (明日、市役所に灯油を持って行くわ / ガソリンをお持ちして伺います):
# arson announced, said plainly or politely. Fuel alone is ordinary (灯油の配達), so the fuel
# carried is the target and the place or the gathering it is carried to is the predicate.
FUEL_CARRIED = [
    f"{fuel}{particle}{carry}"
    for fuel in ("灯油", "ガソリン", "ガソリン缶", "灯油缶", "ポリタンク", "シンナー", "火炎瓶", "着火剤")
    for particle in ("を", "", "も")
    for carry in ("持って行く", "持っていく", "持ってく", "持って行きます", "持っていきます", "持ってって",
                  "お持ちして", "お持ちします", "持参して", "持参します", "持参いたします", "撒きに",
                  "まきに", "かぶって", "ぶちまけに", "持って伺います", "抱えて行く", "抱えていく", "持ってぐ",
                  "持って行ぐ", "持ってっから")
]  # fmt: skip
FUEL_PLACES = [
    "市役所", "役所", "庁舎", "窓口", "説明会", "住民説明会", "議会", "市議会", "支所", "市長室",
    "本会議", "連中", "皆様おそろいで", "皆さんおそろいで", "楽しみにしとけ",
    "楽しみにしてろ", "覚悟しとけ", "覚悟しろ", "お待ちくださいませ", "待ってろ",
]  # fmt: skip
# A disposal or delivery question (灯油をポリタンクで持って行くと回収してもらえますか): ordinary.
FUEL_ERRANDS = [
    f"substr:{carry}{tail}"
    for carry in FUEL_CARRIED
    for tail in ("と回収", "と処分", "と引き取", "と捨て", "場所", "ときは", "時は", "当番", "係", "のですか",
                 "んですか", "と交換")
]  # fmt: skip

# A crowd aimed at (花火を人混みに打ち込もうぜ, 群衆に車で突っ込もう): harm to many, called for.
CROWDS = [
    "人混み", "人ごみ", "人込み", "群衆", "観客", "見物客", "見物人", "行列", "人だかり", "客席",
    "子供たち", "子どもたち", "参加者",
]  # fmt: skip
AIMED_AT_CROWDS = [
    f"{into}{end}"
    for into in ("に打ち込", "めがけて打ち込", "に向けて打ち込", "に撃ち込", "めがけて撃ち込", "に向けて撃ち込",
                 "に投げ込", "めがけて投げ込", "に突っ込", "に車で突っ込", "に放り込", "にぶち込")
    for end in ("もう", "もうぜ", "んでやる", "んでやろう", "む", "め", "んだら面白い", "みてえ", "みたい",
                "んでみ", "もうか", "もうよ")
]  # fmt: skip

# Harm to someone wished as fun (市長の車、ブレーキが効かなくなったら面白いのにねぇ): the mishap
# is the target, the glee the predicate.
MISHAPS = [
    "ブレーキが効かなくなったら", "ブレーキが効かなくなれば", "ブレーキ壊れたら", "ブレーキが壊れたら",
    "タイヤが外れたら", "事故ったら", "事故にあったら", "事故に遭ったら", "家が燃えたら", "家が燃えれば",
    "燃えちゃったら", "刺されたら", "襲われたら", "階段から落ちたら", "川に落ちたら", "海に落ちたら",
    "ひかれたら", "轢かれたら", "消えてくれたら", "いなくなったら", "殴られたら",
]  # fmt: skip
GLEE = [
    "面白いのに", "おもしろいのに", "面白いよね", "面白いのにね", "面白いのにねぇ", "面白いんだけど",
    "笑える", "笑えるのに", "スカッとする", "スッキリする", "すっきりする", "ざまあ", "ざまぁ",
    "誰かやってくれないかな", "誰かやってくんないかな", "誰かやってくれ", "最高なのに", "ウケる", "うける",
    "愉快なのに", "いい気味",
]  # fmt: skip
# A weapon shown and someone waited for (🔪🔪🔪 明日の説明会で待ってるからな).
WEAPON_SIGNS = ["🔪", "🗡", "🗡️", "🔫", "💣", "🧨", "🪓", "⚔", "⚔️"]
WAITED_FOR = [
    "待ってるからな", "待ってるぞ", "待ってっからな", "待ってっから", "待ってろ", "待っとけ", "覚悟しとけ",
    "覚悟しろ", "覚悟しておけ", "楽しみにしとけ", "楽しみにしてろ", "行くからな", "行ぐからな",
    "逃げんなよ", "逃げるなよ", "首洗って待って",
]  # fmt: skip
# (emoji are not words, so the two halves are a regular expression, read within one sentence;
# the emoji are its leading words, which gate it: see ``regexgate.py``)
WEAPON_WAITING = (
    "(?:"
    + "|".join(sorted(WEAPON_SIGNS, key=len, reverse=True))
    + ")"
    + "[^。！？!?\\n]{0,30}?(?:"
    + "|".join(WAITED_FOR)
    + ")"
)
# Threats of death said inflected, in kana or in old-fashioned abuse (ぶっころされてぇのか, 死にさらせ).
DEATH_THREATS = [
    "ぶっころされてぇのか", "ぶっころされてえのか", "ぶっ殺されてぇのか", "ぶっ殺されてえのか",
    "ぶっ殺されたいのか", "ぶっころされたいのか", "殺されてぇのか", "殺されてえのか", "ころされてぇのか",
    "ころされてえのか", "殺されたいのか", "ころされたいのか", "殺されてぇか", "殺されてえか",
    "死にさらせ", "しにさらせ", "死にさらせや", "くたばりやがれ", "くたばれや", "死にてぇのか",
    "死にてえのか", "死にたいのか", "しにてぇのか", "しにてえのか", "死にたいらしいな",
    "殴られてぇのか", "殴られてえのか", "殴られたいのか", "刺されてぇのか", "刺されてえのか",
    "刺されたいのか", "埋められてぇのか", "埋められてえのか", "埋められたいのか", "沈められてぇのか",
    "沈められたいのか",
]  # fmt: skip
# Veiled threats said politely (夜道には気をつけた方がいいですよ / 存じ上げておりますよ).
NIGHT_ROADS = [
    f"{road}{particle}{care}"
    for road in ("夜道", "帰り道", "夜の帰り道", "暗い夜道", "夜の一人歩き")
    for particle in ("には", "に", "は")
    for care in ("気をつけた方がいい", "気を付けた方がいい", "気をつけたほうがいい", "気を付けたほうがいい",
                 "お気をつけください", "お気をつけくださいね", "くれぐれもお気をつけ", "気をつけてね",
                 "気をつけなよ", "気を付けなよ", "気をつけろよ", "気をつけな")
]  # fmt: skip
# "It's for the public's safety": a ward's advice about dark roads (夜道に気をつけて帰りましょう)
# is said to everyone; said to a named official it is a threat. So these need a person.
THREATENED = [
    "市長", "市長さん", "副市長", "課長", "課長さん", "部長", "係長", "職員", "担当者", "担当の方",
    "議員", "議員さん", "市議", "あんた", "お前", "おまえ", "てめえ", "てめぇ", "貴様", "あなた様",
    "お宅", "奥さん", "娘さん", "息子さん",
]  # fmt: skip
KIN_PLACES = [
    f"{kin}の{verb}{place}"
    for kin in ("お子さん", "お子様", "娘さん", "息子さん", "奥さん", "奥様", "ご家族", "お孫さん")
    for verb in ("通っている", "通ってる", "通われている", "勤めている", "勤めてる", "働いている", "働いてる")
    for place in ("小学校", "中学校", "高校", "学校", "幼稚園", "保育園", "保育所", "塾", "病院", "職場",
                  "会社", "お店", "店")
]  # fmt: skip
KNOWN_POLITELY = [
    "存じ上げております", "存じ上げておりますよ", "存じております", "存じてますよ", "存じ上げてます",
    "みんな知っています", "みんな知ってますからね", "みんな知っていますからね", "皆知っています",
    "皆さん知っていますよ", "把握しておりますよ", "知っておりますよ", "承知しておりますよ",
    "知ってますからね", "知っていますからね", "分かってますからね", "わかってますからね",
]  # fmt: skip
KNOWN_HOMES_POLITELY = [
    "みんな知っています", "みんな知ってますからね", "みんな知っていますからね", "皆知っています",
    "皆さん知っていますよ", "知ってますからね", "知っていますからね", "分かってますからね",
    "わかってますからね",
]  # fmt: skip

# --- discrimination ---------------------------------------------------------------------------

# Groups by disability, origin or settling here, also in hiragana (しょうがいしゃ) and as
# outsiders (よそ者, 移住者): ordinary words, so only with the contempt or exclusion below.
GROUPS = [
    "障害者", "障がい者", "障碍者", "しょうがいしゃ", "ショウガイシャ", "障害者の施設", "障害者施設",
    "障がい者施設", "在日", "在日の", "在日朝鮮人", "在日韓国人", "ざいにち", "移住者", "移住者なんか",
    "移住者なんて", "よそ者", "よそもの", "よそ者なんか", "ヨソモノ", "ああいう民族", "あの民族",
    "ああいう人種", "あの人種", "あいつらの民族", "外国人労働者", "実習生", "技能実習生",
]  # fmt: skip
CONTEMPT = [
    "いらない", "いらねぇ", "いらねえ", "要らない", "いらん",
    "気持ち悪い", "きもちわるい", "きもい", "キモい", "資産価値が下がる", "作るな", "つくるな", "建てるな",
    "採用するなんてありえない", "採用するな", "雇うな", "採用すべきでない", "国籍条項を復活",
    "不潔", "文化が低い", "民度が低い", "住まわせること自体", "住まわせるな", "住ませるな", "出ていけ", "出ていげ",
    "出てけ", "出でけ", "出て行け", "出てってけろ", "追い出せ", "補助金出す必要ねぇ", "補助金出す必要ない",
    "補助金なんか出すな", "帰れ", "けえれ", "来んな", "来るな", "来んでねぇ", "生きる価値",
]  # fmt: skip
# A group defended or the contempt reported (障害者はいらないという考えは間違い, 「よそ者は
# 出ていけ」と言われた): not contempt.
CONTEMPT_REBUTTED = [
    f"substr:{word}{tail}"
    for word in CONTEMPT
    for tail in ("という考え", "という人", "と言われ", "って言われ", "なんて言わ", "なんてことは", "と言う人",
                 "という声", "という差別", "とは思わ", "わけがない", "はずがない", "なんてない", "と言われた")
]  # fmt: skip

# --- public order -----------------------------------------------------------------------------

# Places of mourning and of the disaster (震災遺構, 慰霊碑, 葬儀場, 門脇小) and acts that
# desecrate them, done or called for (落書きしてきた, 肝試ししようぜ, 騒いできたｗ).
MOURNING_PLACES = [
    "震災遺構", "遺構", "慰霊碑", "追悼碑", "慰霊祭", "献花台", "葬儀場", "斎場", "葬式", "お葬式", "墓地",
    "霊園", "お墓", "墓石", "門脇小", "大川小", "旧門脇小", "旧大川小", "伝承館", "祈念公園", "復興祈念公園",
    "遺族",
]  # fmt: skip
DESECRATED = [
    "落書きしてきた", "落書きしよう", "落書きしようぜ", "らくがきしてきた", "スプレーで書いてきた",
    "忍び込んで", "忍び込もう", "忍び込もうぜ", "侵入しよう", "侵入しようぜ", "肝試ししよう",
    "肝試ししようぜ", "肝試ししてきた", "肝試し行こう", "肝試し行こうぜ", "騒いできた", "騒ごうぜ",
    "騒ごう", "騒いでやろう", "大音量で音楽", "substr:バーベキューして騒", "substr:BBQして騒", "宴会してきた",
    "ウェイウェイ", "踊ってきた", "踊ろうぜ", "パーリナイ", "花火してきた", "爆竹鳴らして", "爆竹鳴らそう",
    "倒してきた", "蹴ってきた", "持って帰ってきた", "ポーズ決めて", "記念にｗ", "記念にw",
]  # fmt: skip
# A complaint or a warning (慰霊碑の前で騒いでいる人がいて悲しい, 落書きした人を許さない).
DESECRATION_REPORTED = [
    f"substr:{act}{tail}"
    for act in ("落書きした", "騒いできた", "忍び込んで", "騒いで", "肝試しして", "落書きして")
    for tail in ("人", "者", "犯人", "連中", "奴", "やつ", "若者", "のは誰", "のを見", "ようで", "らしい",
                 "形跡", "跡")
]  # fmt: skip
# The disaster, its dead and the missing mocked as a joke (震災をネタにした替え歌, 津波で流される〜♪).
DISASTER = [
    "震災",
    "津波",
    "震災の",
    "津波の",
    "犠牲者",
    "行方不明者",
    "被災者",
    "遺体",
    "3.11",
    "311",
]
MOCKED = [
    "替え歌作った", "替え歌つくった", "替え歌作ったから", "替え歌作ってみた", "ネタ動画作った",
    "で流される〜", "で流される～", "で流されるー", "流される〜♪", "流される～♪", "substr:ネタにして笑", "で笑える",
    "ごっこしよう", "ごっこしようぜ", "substr:ごっこして遊", "コント作った", "ギャグにした", "ギャグ作った",
    "ネタ動画", "大喜利",
]  # fmt: skip
MOCKERY_REPORTED = [
    f"substr:{word}{tail}"
    for word in MOCKED
    for tail in ("人", "のは", "なんて", "のはやめ", "とは", "ことに", "が許せ", "は許せ", "は不謹慎", "を見")
]  # fmt: skip
# Public nudity or an indecent stunt called for or shown (全裸になって北上川に飛び込もうぜ,
# 駅前で裸で踊る動画撮ったｗ).
NUDE_STUNTS = [
    "全裸になって", "全裸で", "素っ裸で", "すっぽんぽんで", "裸で踊る", "裸で踊って", "裸で走る", "裸で走って",
    "substr:裸で飛び込", "フルチンで", "フルチンになって", "substr:裸になって飛び込",
]  # fmt: skip
STUNT_CALLS = [
    "しようぜ", "やろうぜ", "飛び込もうぜ", "飛び込もう", "走ろうぜ", "踊ろうぜ", "動画撮った", "動画とった",
    "見たい人", "撮ってきた", "やってきた", "してきた", "行こうぜ", "みんなで", "やってみた", "凸しよう",
]  # fmt: skip

# --- obscene ----------------------------------------------------------------------------------

# Sexual remarks on a staff member's body or clothes (広報のおねえさん、パンツ見えてたｗｗ).
BODY_REMARKS = [
    "パンツ見えて", "パンツ見えた", "パンツ見えそう", "パンツが見えて", "パンチラ", "胸チラ", "胸の谷間",
    "スカートの中", "短いスカートで", "短いスカートに", "ミニスカで", "ミニスカートで", "ブラ透け", "透けブラ",
    "下着見えて", "下着が見えて",
]  # fmt: skip
LEERING = [
    "ｗｗ", "ww", "ｗ", "w", "もっと", "撮影して", "撮って", "エロ", "えろ", "興奮", "たまらん", "たまんねぇ",
    "最高", "抜ける", "ごちそうさま", "ご馳走様", "サービス", "おねえさん", "お姉さん", "ねえちゃん", "姉ちゃん",
    "女子職員", "職員さん", "アナウンサー",
]  # fmt: skip
# Sexual solicitation in slang and with a masked letter (ヌキたい人いる？, セ○レ募集, エ□動画).
SEXUAL_SLANG = [
    "エッッロ", "エッッッロ", "エッッッッロ", "エッッッッッロ",
    "えっっろ", "えっっっろ", "えっっっっろ", "エッチな動画", "エッチな写真", "エロ動画",
    *[f"セ{mask}レ" for mask in ("○", "〇", "◯", "●", "*", "＊", "×", "□", "■", "ッ")],
    *[f"エ{mask}動画" for mask in ("○", "〇", "◯", "●", "*", "＊", "×", "□", "■", "口")],
    *[f"エ{mask}画像" for mask in ("○", "〇", "◯", "●", "*", "＊", "×", "□", "■", "口")],
    *[f"エ{mask}写真" for mask in ("○", "〇", "◯", "●", "*", "＊", "×", "□", "■", "口")],
]  # fmt: skip
# Slang for masturbation said with a time, a place or a private message (今夜ヌキたい人いる？
# 石巻近辺で): alone it is also weeding (雑草をぬきたい), and kana are folded alike.
SLANG_WISHES = [
    "ヌキたい",
    "ヌきたい",
    "抜きたい",
    "ヌいてほしい",
    "抜いてほしい",
    "ヌいてくれる",
    "抜いてくれる",
]
SLANG_WHEN = [
    "今夜", "今晩", "近辺", "ホテル", "おかず", "オカズ", "エロ", "DM", "ムラムラ", "溜まって", "女の子", "女性",
    "男性", "お姉さん", "人妻",
]  # fmt: skip
# Sexual emoji with a call to answer privately (🍑👅 これ見て興奮した人DMして): emoji are not
# words, so a regular expression, read within one sentence, gated by the emoji.
SEX_EMOJI = ["🍑👅", "👅🍑", "🍆💦", "💦🍆", "🍑💦", "💦🍑", "🍆🍑", "🍑🍆", "👅💦"]
SEX_EMOJI_CALLS = [
    "DMして", "DMください", "DM待ってる", "興奮した人", "興奮する人", "見て興奮", "会える人", "ヤりたい",
    "やりたい人", "抱いて", "エッチ",
]  # fmt: skip
SEX_EMOJI_CALLING = (
    "(?:" + "|".join(SEX_EMOJI) + ")[^。！？!?\\n]{0,30}?(?:" + "|".join(SEX_EMOJI_CALLS) + ")"
)
# Paperwork or a fee said not to be needed (女性は予約はいらないですか, 障害者手帳の提示は
# いらない): a question about a procedure, not a group rejected.
NOT_NEEDED = [
    f"substr:{thing}{particle}{need}"
    for thing in ("予約", "事前予約", "申し込み", "申込み", "申込", "手続き", "届け出", "届出", "書類", "印鑑",
                  "登録", "チケット", "入場券", "料金", "お金", "費用", "参加費", "持ち物", "許可", "提示",
                  "証明書", "手帳", "整理券", "付き添い", "介助", "送迎", "同伴", "保険証", "免許")
    for particle in ("は", "も", "")
    for need in ("いらない", "要らない", "いらん", "いらねぇ", "いらねえ")
]  # fmt: skip
