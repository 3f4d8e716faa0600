"""The words of round 17 (``defaults_round17.py`` and ``defaults_round17_more.py`` build the
rules, ``defaults_round17_widening.py`` widens earlier ones).
"""

from __future__ import annotations

# The marks people put in place of a letter they dare not write (職員まとめて○す, ○ソ野郎).
MASKS = ["○", "〇", "●", "◯", "×", "✕", "＊", "*"]

# --- threat -----------------------------------------------------------------------------------

# 殺す with its first letter masked, only in the forms of the writer's own intent. A regular
# expression on the text as written: in the matching form a mask after a noun is a separator
# dropped (全員○す would be 全員す, and 全員すごい a threat).
_MASK_CLASS = "[" + "".join(MASKS) + "]"
MASKED_KILL = (
    f"(?:まとめて|全員|みんな|ぶっ|ぶち){_MASK_CLASS}す"
    f"|{_MASK_CLASS}(?:してやる|すぞ|すからな|してやっから|したる)"
)
# A bomb announced as a notice with its time (庁舎爆破予告。来週月曜10時。).
# (爆破する alone is a film scene or a demolition; threat-violence-ja reads the verb itself.)
BOMB_NOTICE = ["爆破予告", "爆破予定", "爆破決行"]
WHEN = [
    "来週", "明日", "あした", "今日", "今夜", "今晩", "月曜", "火曜", "水曜", "木曜", "金曜", "土曜",
    "日曜", "substr:時に", "substr:時。", "substr:時.", "決行",
]  # fmt: skip
# Reports of a bomb notice received (爆破予告があった, 爆破予告のメール): news, not a notice.
BOMB_NOTICE_REPORTED = [
    f"substr:{word}{tail}"
    for word in ("爆破予告", "爆破予定")
    for tail in (
        "があ",
        "が届",
        "が来",
        "の",
        "を受け",
        "を受",
        "は",
        "で",
        "に",
        "も",
        "と",
        "って",
        "騒ぎ",
    )
]
# Being beaten up, in the north's words (いっぺんしめっぞ) and slang (シメてやる).
BEATEN_TARGETS = [
    "おめ", "おめだづ", "おめえら", "おめぇら", "お前", "おまえ", "お前ら", "てめえ", "てめぇ", "職員",
    "担当", "市長", "課長", "あいつ", "あいつら", "こいつ", "こいつら", "連中", "奴ら", "やつら",
]  # fmt: skip
BEATEN = [
    "いっぺんしめ", "一遍しめ", "しめっぞ", "しめでやる", "シメっぞ", "シメるぞ", "シメてやる", "シメたる",
    "シメたろか", "ヤキ入れてやる", "ヤキいれてやる", "焼き入れてやる", "ボコってやる", "ボコボコにしてやる",
]  # fmt: skip
# Someone made unable to speak again (二度と口が利けないようにしてやる): to threat-wants-hurt.
SILENCED = [
    "substr:口が利けないようにしてや", "substr:口がきけないようにしてや", "substr:口きけないようにしてや",
    "substr:口が利けねぇようにしてや", "substr:口がきけねぇようにしてや", "substr:口きけなくしてや",
    "substr:しゃべれないようにしてや", "substr:喋れないようにしてや", "substr:しゃべれなくしてや",
]  # fmt: skip
# Lying in wait for people (出口で待ち伏せして、一人ずつ思い知らせてやる).
AMBUSH = ["待ち伏せ", "待ちぶせ", "帰り道", "夜道", "出口で待って", "帰りを待って"]
# Only the writer's own intent: 殴られた or 襲われた on the way home is a report.
AMBUSH_HARM = [
    "思い知らせてやる", "思い知らせる", "思い知らせてや", "痛い目見せ", "痛い目にあわせ", "覚悟しろ",
    "覚悟しとけ", "一人ずつ", "ひとりずつ", "ボコってやる", "やってやる",
]  # fmt: skip

# --- defamation -------------------------------------------------------------------------------

# Staff and office holders, the targets of round 17's insults (the city's divisions end in 課).
OFFICIALS = [
    "職員", "市職員", "市長", "副市長", "市役所", "役所", "役人", "公務員", "市議", "議員", "担当者", "担当",
    "窓口", "課長", "部長", "教育長", "教育委員会", "トップ", "幹部", "行政", "お前ら", "おまえら",
    "連中", "やつら", "奴ら", "substr:課は", "substr:課の", "substr:課に", "substr:課って", "部署",
]  # fmt: skip
# Looks and brains mocked, beasts and fiends, the slang of contempt (脳死, 口だけ番長).
BRAINS_MOCKED = [
    "ハゲ頭", "はげ頭", "禿げ頭", "禿頭", "頭も空っぽ", "頭空っぽ", "頭が空っぽ", "脳みそ空っぽ", "中身も空っぽ",
    "脳死で判断", "脳死で決め", "脳死判断", "脳死で運営", "脳死で仕事", "脳みそはどこ", "脳みそどこ",
    "脳ミソはどこ", "頭が沸いてる", "頭沸いてる", "頭わいてる", "頭が湧いてる", "頭湧いてる",
    "substr:頭おがしい", "substr:頭おがすい", "substr:あだまおがしい", "頭カチコチの", "頭の悪いボンボン", "頭の悪い連中",
    "頭の悪い奴", "頭の悪いやつ", "木偶の坊", "でくの坊", "デクノボー", "デクノボウ", "まるで猿", "猿以下",
    "猿並み", "猿に失礼", "猿のほうがまし", "猿の方がまし", "鬼畜", "口だけ番長", "使えねぇ連中",
    "使えねえ連中", "使えねー連中", "使えない連中", "使えねぇ奴ら", "使えない奴ら", "使えねぇやつら",
    "腐りきって", "腐り切って", "腐りきった", "腐り切った", "腐ってやがる",
]  # fmt: skip
# Look-alike letters in insults (ゴ三 for ゴミ, キ干い for キモい, ○ソ for クソ).
LOOKALIKE_INSULTS = (
    [f"substr:ゴ三{tail}" for tail in ("みたい", "職員", "行政", "市長", "議員", "以下", "野郎", "ども", "だ", "すぎ")]
    + ["substr:キ干い", "substr:キ干え", "substr:キ干ぇ", "substr:キ干すぎ"]
    + [
        f"substr:{word}"
        for mask in MASKS
        for word in (f"{mask}ソ野郎", f"{mask}ソ市長", f"{mask}ソ職員", f"{mask}ソ役所", f"ク{mask}野郎",
                     f"ク{mask}市長", f"ク{mask}職員", f"ク{mask}役所")
    ]
)  # fmt: skip
# Ridicule in the net's words (レベル低すぎて草, 中学生のバイトでも雇ってんの).
RIDICULE = [
    "substr:レベル低すぎて草", "substr:低レベルすぎて草", "substr:無能すぎて草", "substr:仕事できなさすぎて草",
    "substr:使えなさすぎて草", "substr:頭悪すぎて草", "substr:バイトでも雇ってんの",
    "substr:バイトでも雇ってるの", "substr:小学生のバイトでも", "substr:中学生のバイトでも",
    "substr:小学生が作ったのかよ",
]  # fmt: skip
# A named person called a liar or someone's lover (有名な嘘つきのクレーマー, 社長の愛人でしょ).
LABELLED = [
    "substr:有名な嘘つき", "substr:有名なうそつき", "substr:有名なウソつき", "substr:有名なクレーマー",
    "substr:嘘つきのクレーマー", "substr:うそつきのクレーマー", "substr:の愛人でしょ", "substr:の愛人だよ",
    "substr:の愛人らしい", "substr:の愛人なんだって", "substr:の愛人って噂", "substr:の愛人だから",
    "substr:こんな犯罪者が", "substr:あんな犯罪者が", "substr:犯罪者がまだ議員", "substr:犯罪者議員",
    "substr:犯罪者市長",
]  # fmt: skip

# --- discrimination ---------------------------------------------------------------------------

FOREIGNERS = [
    "外国人", "外人", "ガイジン", "中国人", "韓国人", "朝鮮人", "ベトナム人", "フィリピン人", "ネパール人",
    "インドネシア人", "ブラジル人", "黒人", "技能実習生", "実習生", "移民", "在日",
]  # fmt: skip
FOREIGNERS_SCORNED = [
    "が汚れる", "入れるのやめて", "日本人の先生で十分", "日本人で十分", "日本人だけで十分",
    "が怖がるから", "怖がるから変えて", "同じ扱いする必要ない", "同じ扱いする必要はない", "同じ扱いしなくて",
    "所詮は出稼ぎ", "出稼ぎの外人", "低賃金で働かせるために",
]  # fmt: skip
# Radiation said to be catching (放射能うつったらどうすんの): the myth that shunned evacuees.
RADIATION_CATCHING = [
    "substr:放射能うつ", "substr:放射能がうつ", "substr:放射能が移る", "substr:放射能が移っ", "substr:放射能移る", "substr:放射能が伝染",
    "substr:放射能伝染", "substr:被曝がうつ", "substr:被ばくがうつ", "substr:放射能もらう", "substr:放射能が感染",
]  # fmt: skip
RADIATION_DENIED = [
    f"substr:{stem}{tail}"
    for stem in ("放射能がうつ", "放射能うつ", "被曝がうつ", "被ばくがうつ", "放射能が伝染", "放射能伝染", "放射能が感染")
    for tail in (
        "らない", "りません", "るという", "るって", "るなんて", "るとか", "るわけ", "ることはな", "るは誤解",
        "るというのは", "るなど",
    )
]  # fmt: skip
# A person judged by the family that raised them (片親育ちだから考え方が歪んでる).
UPBRINGING = ["片親", "片親育ち", "母子家庭", "父子家庭", "施設育ち", "母子家庭育ち", "家庭環境"]
UPBRINGING_SCORNED = [
    "lemma:歪む", "lemma:ゆがむ", "まともに育たない", "まともに育ってない", "ろくな人間", "任せられない",
    "で全部決まる", "で全部が決まる", "その人の全部",
]  # fmt: skip
# Mental illness or disability said to make a person unfit or dangerous at work.
ILLNESS = [
    "精神の病気", "精神病", "精神障害", "精神障がい", "心の病気", "うつ病", "統合失調症", "障害者", "障がい者",
    "知的障害",
]  # fmt: skip
ILLNESS_UNFIT = [
    "働かせるのやめ", "働かせるな", "雇うのやめ", "雇うな", "窓口に出すな", "何されるかわからない",
    "何されるか分からない", "何するかわからない", "何するか分からない",
]  # fmt: skip
# Women said unfit to serve (女の職員ってすぐ泣いて話にならない。男出せ男).
WOMEN = ["女の職員", "女性職員", "女の人", "女は", "女って", "女じゃ", "女の担当", "女性の担当"]
WOMEN_UNFIT = [
    "すぐ泣",
    "話にならない",
    "男出せ",
    "男を出せ",
    "男に代われ",
    "男に替われ",
    "男の職員出せ",
]

# --- obscene, public order --------------------------------------------------------------------

# A woman in the city's pictures as the object of sex wanted (ポスターの子とヤりてぇ): the
# people round 16's obscene-sex-wanted names, widened.
PICTURED_WOMEN = [
    "ポスターの子",
    "モデルの子",
    "表紙の子",
    "写真の子",
    "ポスターの女",
    "写真の女",
    "広報誌の子",
]
SUICIDE_SPOT = [
    "自殺の名所",
    "自殺スポット",
    "飛び降りスポット",
    "飛び降りの名所",
    "自殺できる場所",
]
SPOT_ASKED = ["どこ", "教えて", "見に行きたい", "行きたい", "知ってる人"]
TIPS_SOLD = [
    "substr:当たる裏情報", "substr:裏情報売", "substr:必勝法売", "substr:予想売ってます", "substr:買い目売",
    "substr:勝てる情報売",
]  # fmt: skip
