"""The words of round 13 of the default rules (``defaults_round13.py`` and
``defaults_round13_more.py`` build the rules; ``defaults_round13_widening.py`` widens earlier
ones).

Precision first, as in ``defaults.py``: a word that is ordinary alone (慰霊碑, 手渡し, 💩,
事務所) is only a pattern's target, said with a rarer predicate in the same sentence or
message; a phrase that is harm wherever it stands is a term.
"""

from __future__ import annotations

# Ways a call is quoted or told of right after it (落書きしに行こうぜって書いてる奴, お知らせします
# とありました): a pattern's exception must cover the words it excuses, so each is written
# after its predicate.
# (A bare と would excuse 親の国でやれ、と思いませんか, which endorses the call.)
SAID_TAILS = (
    "って書", "って言", "って電話", "とか言", "とか書", "なんて", "と書", "と言", "とあり", "と電話", "という",
)  # fmt: skip


def said_forms(terms: list[str]) -> list[str]:
    """Each plain term followed by each of ``SAID_TAILS``, as substrings."""
    plain = [t for t in terms if not t.startswith(("lemma:", "substr:"))]
    return [f"substr:{term}{tail}" for term in plain for tail in SAID_TAILS]


# --- threat -----------------------------------------------------------------------------------

# A face or a name said to be remembered (お前の顔も名前も覚えたからな): a threat wherever it
# stands, with the warning of regret that goes with it.
FACE_REMEMBERED = [
    "顔も名前も覚えた", "顔も名前も覚えたからな", "顔と名前は覚えた", "顔と名前覚えた", "顔覚えたからな",
    "顔は覚えたからな", "名前覚えたからな", "名前は覚えたからな", "顔も名前も覚えてるからな",
    "面も名前も覚えた", "顔も名前も控えた", "後悔することになるぞ", "後悔させてやる", "後悔させてやるからな",
]  # fmt: skip

# Safety wished or a way home bid, politely (どうぞお気をつけてお帰りください, 無事に家に帰れると
# いいですね): ordinary alone, a threat with a person's home or routine said to be known.
POLITE_SAFETY = [
    "お気をつけてお帰りください", "気をつけてお帰りください", "無事に家に帰れるといいですね",
    "無事に帰れるといいですね", "無事に家に帰れるといいですねえ", "無事でいられるといいですね",
    "無事に帰れるといいな", "ご家族もお元気で", "ご家族の無事を祈っております",
]  # fmt: skip
WHEREABOUTS_KNOWN = [
    "存じ上げております", "存じております", "把握しております", "承知しております", "出てますよね",
    "出ていますよね", "帰ってますよね", "帰っていますよね", "通ってますよね", "通っていますよね",
    "ですよね。存じ", "方ですよね", "知ってますよ", "知っていますよ",
]  # fmt: skip

# 死ね spelled apart into its letters, each in quotes (「し」と「ね」を続けて読め): said only to mean
# it. Read on the text as written, since the engine reads quotes as separators (「し」「ね」
# would be しね, which the violence rule reads with its own exceptions for reported abuse).
_JOINED = "\\s?(?:と|、|,|＋|\\+)?\\s?"
DIE_SPELLED_APART = (
    f"[「『](?:し|シ|死|氏)[」』]{_JOINED}[「『](?:ね|ネ)[」』]"
    f"|[「『](?:ころ|コロ|殺)[」』]{_JOINED}[「『](?:す|ス)[」』]"
)

# 殺す drawn with the kanji 口 for ロ (コ口す): the spelling is itself the evasion, read on the
# text as written (spaced out, the engine glues the 口 back as ロ and the violence rule reads
# コロす); and 殺す said first, then the person it is meant for (殺す、あの課長).
KILL_DRAWN = "(?:ぶっ|ブッ)?コ口(?:す|し|せ|さ)"
KILL_SAID_FIRST = [
    f"substr:{kill}{stop}{who}"
    for kill in ("殺す", "ころす", "コロス")
    for stop in ("、", "。", " ", "！")
    for who in ("あの", "お前", "おまえ", "てめえ", "てめぇ", "あいつ")
]

# An office to be burned, more ways of saying it (ガソリン撒いて本庁舎燃やすからな).
ARSON_TARGETS_MORE = ["本庁舎", "庁舎", "市役所", "役所", "支所", "議会"]
BURNED_MORE = [
    "燃やすからな", "燃やすぞ", "燃やしてやるからな", "燃やすからな。待ってろ", "火つけるからな",
    "火をつけるからな", "火をつけるぞ", "火ぃつけるぞ", "燃やすべ", "燃やしてやっぺ",
]  # fmt: skip

# --- public order -----------------------------------------------------------------------------

# Places of mourning and the calls to defile them (慰霊碑に落書きしに行こうぜ, 追悼式の黙祷の
# ときに爆竹鳴らしてやろう, 遺構で肝試し配信しようぜ).
MOURNING_PLACES = [
    "慰霊碑", "祈念公園", "遺構", "震災遺構", "追悼式", "黙祷", "慰霊祭", "献花台", "墓地", "お墓",
    "伝承館", "犠牲者", "遺族",
]  # fmt: skip
DEFILED = [
    "落書きしに行こう", "落書きしに行こうぜ", "落書きしようぜ", "落書きしてやろう", "落書きしてこよう",
    "爆竹鳴らしてやろう", "爆竹鳴らそう", "爆竹鳴らそうぜ", "爆竹投げ込もう", "肝試し配信",
    "肝試ししようぜ", "肝試し行こうぜ", "肝試しに行こうぜ", "死体とか残ってっかな", "死体残ってるかな",
    "騒いでやろう", "踏みつけてやろう", "lemma:荒らす/意志推量形",
]  # fmt: skip
DEFILING_REPORTED = [
    "substr:禁止",
    "substr:やめて",
    "substr:ひどい",
    "substr:許せない",
    "substr:通報",
]

# Mischief and damage called for together (ゴミ袋を破いてばら撒いてやろうぜ, 家の前で夜通し
# 騒ごう, 窓口ぶっ壊すべ): the thing or place is the target, the call the predicate.
MISCHIEF_PLACES = [
    "家の前", "自宅の前", "自宅前", "家の前に", "窓口", "役所", "市役所", "庁舎", "ゴミ収集所", "ゴミ袋",
    "ごみ袋", "袋", "集積所", "ゴミステーション", "公園", "トイレ", "ベンチ", "看板", "信号",
]  # fmt: skip
MISCHIEF_CALLS = [
    "夜通し騒ごう", "夜通し騒ごうぜ", "みんなで集まって騒ごう", "押しかけて騒ごう", "押しかけよう",
    "押しかけようぜ", "押しがげで", "押しがげっぺ", "ぶっ壊すべ", "ぶっ壊そう", "ぶっ壊そうぜ",
    "ぶっ壊してやろう", "ぶっこわすべ", "壊してやろうぜ", "破いてばら撒いてやろう", "ばら撒いてやろうぜ",
    "ばらまいてやろうぜ", "ばら撒いてやろう", "ばらまいてやろう", "全部破いてやろう",
    "ひっくり返してやろう", "壊しに行こうぜ",
]  # fmt: skip

# Mail or calls sent in bulk to an office (一人100通送ろう, 自動送信ツール配るよ).
BULK_SENT = [
    "一人100通", "1人100通", "一人百通", "100通送ろう", "百通送ろう", "1000通送ろう", "自動送信ツール",
    "メール爆撃", "大量に送りつけよう", "一斉に送りつけよう", "送りまくろう", "送りつけまくろう",
]  # fmt: skip

# Death shown for viewing (被災者の自殺動画まとめたよ).
DEATH_MEDIA = [
    "自殺動画",
    "自殺の動画",
    "死体動画",
    "死体の動画",
    "遺体の動画",
    "遺体の写真",
    "死体の写真",
]
DEATH_MEDIA_SHARED = [
    "まとめた", "まとめたよ", "見たい人", "欲しい人", "配るよ", "あげるよ", "送るよ", "載せとく", "貼っとく",
]  # fmt: skip

# --- discrimination ---------------------------------------------------------------------------

# A group to be sent back, shut away or kept to its own country (全員送り返せ, 施設に閉じ込めとけ,
# ああいうのは隔離しろ, 親の国でやれ), said in the sentence after the group is named.
SENT_AWAY = [
    "lemma:送り返す/命令形,+べし", "送り返せ", "強制送還しろ", "強制送還すべき", "lemma:閉じ込める/命令形",
    "閉じ込めとけ", "閉じ込めておけ", "隔離しろ", "隔離すべき", "隔離しとけ", "親の国でやれ",
    "自分の国でやれ", "国でやれ", "母国でやれ",
]  # fmt: skip
# A people called thieves or lesser as a people (泥棒民族, 劣等民族), and an ancestry said of
# someone (部落の出だから).
PEOPLE_CONTEMPT = [
    "泥棒民族", "犯罪民族", "劣等民族", "寄生民族", "乞食民族", "嘘つき民族", "野蛮民族", "部落の出だから",
    "部落の出らしい", "部落の出なんだって", "部落の出なんだ", "部落の出だし", "部落の出なので",
    "キ千ガイ", "き千がい", "キ千ガイども",
]  # fmt: skip
# Women unfit for work, more ways of saying it (女の職員は感情的で使えない。窓口は男にしろ).
WOMEN_TARGET_MORE = ["女の職員", "女の課長", "女の先生", "女の担当", "女性職員は", "女の上司"]
WOMEN_UNFIT_MORE = [
    "感情的で使えない", "感情的だから使えない", "使えない。窓口は男に", "窓口は男にしろ", "男にしろ",
    "男に替えろ", "男に代えろ", "すぐ泣くから使えない",
]  # fmt: skip

# --- defamation -------------------------------------------------------------------------------

# An insult glued to a role (最低教師, ダメ職員, KUSO職員 as its reading くそ職員).
_INSULTS_GLUED = ("最低", "ダメ", "駄目", "ポンコツ", "無能", "くそ", "糞", "カス")
_ROLES = ("教師", "職員", "役人", "市長", "議員", "課長", "担任", "公務員", "保育士", "医者")
ROLE_INSULTS = [f"{insult}{role}" for insult in _INSULTS_GLUED for role in _ROLES] + [
    "kuso職員",
    "kuso市長",
    "kuso役人",
    "KUSO職員",
    "KUSO市長",
    "KUSO役人",
]
# Emoji said of a person (市長は🐴🦌, 阿部さん💩💩💩), read on the text as written: the engine
# reads 🐴 and 🦌 as separators and a lone 💩 as クソ, so the pair and the row of 💩 are a regex.
EMOJI_INSULTS = (
    "(?:🐴🦌|🦌🐴|馬🦌|🐴鹿)"
    "|(?:さん|様|市長|課長|係長|職員|担当|議員|先生|担任|役所|役人|窓口)[はも]?\\s?💩{2,}"
)
# The dialect fool said to someone (おめみでえなばがが): ばが alone is also ばがり (only), and the
# analyser cuts dialect kana into single letters, so each form is written out after "you" or
# "like you", with its ばがり excused.
_YOU = ("おめ", "おめぇ", "おめえ", "おめら", "おめだ", "")
_LIKE = ("みでえな", "みでぇな", "みてえな", "みでな", "は", "なんか")
DIALECT_FOOL = [
    f"substr:{you}{like}ばが" for you in _YOU for like in _LIKE if you or like.startswith("み")
]
DIALECT_FOOL_EXCUSED = [f"{term}り" for term in DIALECT_FOOL]
# Intellect questioned politely (知能に問題がおありなのでは): a person named is the target.
INTELLECT_TARGETS = [
    "様", "さん", "課長", "係長", "職員", "担当", "市長", "議員", "先生", "担任", "部長", "窓口の方",
]  # fmt: skip
INTELLECT_DOUBTED = [
    "知能に問題がおあり", "知能に問題があるのでは", "知能に問題があるんじゃ", "知能に問題あるんじゃ",
    "知能が足りない", "知能が低い", "知能指数が低い", "おつむに問題", "頭に問題がおあり",
    "脳に問題がおあり", "知能が足りていない",
]  # fmt: skip
# A shop said to cheat its customers' health (残飯を使い回してる, 食中毒を隠してる).
SHOP_TARGETS = [
    "食堂",
    "店",
    "レストラン",
    "居酒屋",
    "弁当屋",
    "ラーメン屋",
    "寿司屋",
    "パン屋",
    "店長",
]
SHOP_CHEATS = [
    "残飯を使い回し", "残飯使い回し", "残り物を使い回し", "食中毒を隠し", "食中毒隠し",
    "産地偽装し", "賞味期限を書き換え", "期限切れの肉を使", "ネズミが出るのを隠し",
]  # fmt: skip
SHOP_REPORTED = [
    "substr:ではありません",
    "substr:デマ",
    "substr:ないそうです",
    "substr:保健所の検査",
]
# A crime asserted of a person, more crimes (横領して家を建てた, 支援物資を横流ししてた).
CRIMES_MORE = [
    "横流ししてた", "横流ししてる", "横流しした", "横領して家を建てた", "横領した", "着服した",
    "懐に入れてる", "懐に入れた", "ネコババしてる", "ネコババした",
]  # fmt: skip
CRIME_TARGETS_MORE = ["町内会長", "区長", "自治会長", "担任の女", "担任の男"]
