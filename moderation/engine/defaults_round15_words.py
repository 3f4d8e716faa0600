"""The words of round 15 for threats, defamation, discrimination, obscenity, public order and
other posts (``defaults_round15_words2.py`` holds those of the other clauses;
``defaults_round15.py`` builds the rules).
"""

from __future__ import annotations

# --- threat -----------------------------------------------------------------------------------

# Explosives said to be brought (議会の日にダイナマイト持ってくわ), or people told to be blown up.
EXPLOSIVES = ["ダイナマイト", "爆弾", "爆薬", "火炎瓶", "手榴弾", "手りゅう弾", "爆発物"]
EXPLOSIVES_EXCUSED = [
    "爆弾おにぎり", "ばくだんおにぎり", "爆弾低気圧", "爆弾発言", "爆弾ハンバーグ", "爆弾処理", "不発弾",
    "爆弾コロッケ", "爆弾焼き",
]  # fmt: skip
EXPLOSIVES_BROUGHT = [
    "持ってく", "持ってくわ", "持ってくから", "持っていく", "持って行く", "持ってくぞ", "持ってってやる",
    "仕掛けてやる", "仕掛けとく", "投げ込んでやる", "全員吹っ飛べ", "吹っ飛べ", "吹っ飛ばしてやる",
]  # fmt: skip
# A going to beat someone (ぶん殴りに行くから担当の名前教えろ).
BEATING_GOING = [
    "substr:殴りに行く", "substr:殴りに行っから", "substr:殴りにいく", "substr:殴りに来",
    "substr:しばきに行く", "substr:ボコりに行く", "substr:ボコしに行く",
]  # fmt: skip
# A car driven into an office (支所に車で突っ込んでやろうか).
RAMMED_TARGET = ["車", "トラック", "ダンプ", "軽トラ", "支所", "市役所", "庁舎", "役所", "窓口"]
RAMMED = [
    "substr:突っ込んでやろうか", "substr:突っ込んでやる", "substr:突っ込んでやっから", "substr:突っ込んだろか",
    "substr:突っ込んだるわ", "substr:突っ込んでやっぺ", "substr:突っ込むからな", "substr:突っ込むぞ",
]  # fmt: skip
# Someone's family or child looked up, with a hint (子どもがどこの小学校行ってっか調べたよ。
# あとはわかるよね？).
LOOKED_UP = [
    "調べたよ", "調べといた", "調べてある", "調べはついてる", "突き止めた", "知ってるよ", "分かってるよ",
    "わかってるよ",
]  # fmt: skip
HINTED = [
    "あとはわかるよね", "あとは分かるよね", "後はわかるよね", "後は分かるよね", "あとはわかるな",
    "あとは分かるな", "意味わかるよね", "意味分かるよね", "どうなるかわかるよね", "どうなるか分かるよね",
    "言わなくてもわかるよね", "言わなくても分かるよね",
]  # fmt: skip
# Burying or drowning promised, dialect included (次来たら埋めっぞ、山ん中さ).
BURIED = [
    "埋めっぞ", "埋めっからな", "埋めてやる", "埋めてやっから", "埋めてやっぺ", "埋めてやるからな",
    "沈めっぞ", "沈めてやる", "沈めてやっから", "山に埋める", "山に埋めるぞ", "海に沈めるぞ",
]  # fmt: skip
# Holes, gaps and deficits filled (穴を埋めてやる, 赤字を埋めてやる): no threat.
BURIED_EXCUSED = [
    f"substr:{gap}{particle}{fill}"
    for gap in ("穴", "溝", "隙間", "すき間", "赤字", "差", "空白", "欠員", "空席", "時間")
    for particle in ("を", "", "も")
    for fill in ("埋めてやる", "埋めてやっから", "埋めてやっぺ")
]
# Death wished in a disguise the analyser does not read as 死ね: the digit 4 (全員4ね), the
# vowel stretched inside the word (死ぃぃぃねぇぇ), half-width kana after a person.
DEATH_DISGUISED = (
    "(?:全員|担当|市長|議員|職員|課長|お前|おまえ|てめえ|てめぇ|お前ら|みんな|あいつ|こいつ|やつら)"
    "(?:ら|は|も|なんか)?[\\s　]?(?:4ね|４ね|ｼﾈ|シネ|氏ね)(?![ん年マﾏ])"
    "|死[ぃいィｨー～〜]{2,}ね"
)

# --- defamation -------------------------------------------------------------------------------

# A face insulted (ゴミみたいな面しやがって; 顔見るだけで吐き気する).
FACES = ["顔", "面", "ツラ", "つら", "顔面", "顔つき"]
FACE_INSULTS = [
    "ゴミみたいな", "クズみたいな", "吐き気する", "吐き気がする", "吐き気するわ", "反吐が出る", "へどが出る",
    "虫唾が走る", "ブサイク", "不細工", "見るに堪えない",
]  # fmt: skip
FACE_EXCUSED = ["substr:自分の顔", "substr:私の顔", "substr:つわり", "substr:酔って"]
# A whole staff or trade said to be nothing but fools (看護師は底辺しかいねぇ; 頭悪いやつしか雇って
# ねぇ; 業者、クズしかいねぇ; 無脳ばっかり), read in the normalised text (katakana as hiragana).
ONLY_FOOLS = (
    "(?:底辺|くず|屑|ばか|馬鹿|あほ|阿呆|無能|無脳|低能|ごみ|かす|頭悪いやつ|頭悪い奴|頭の悪いやつ|頭の悪い奴)"
    "しか(?:いな|いね|おらん|おらね|雇|採|集ま)"
    "|(?:無能|無脳|低能|ばか|馬鹿|あほ|阿呆)(?:ばっかり|ばっか|ばかり|だらけ)"
)
# An insult stretched with a wave dash inside it (バ～～～カ, ア～～ホ).
INSULT_STRETCHED = (
    "(?:バ|ば)[～〜~ー]{2,}(?:カ|か)(?!り)|(?:ア|あ)[～〜~ー]{2,}(?:ホ|ほ)(?![ー～〜]*[うぅ])"
)
# A person or business said to have had a crime hushed up (保健所にもみ消してもらった;
# 揉み消してもらって異動しただけ).
HUSHED_UP = [
    "substr:もみ消してもら", "substr:揉み消してもら", "substr:もみ消してもろ", "substr:揉み消してもろ",
    "substr:もみ消させた", "substr:揉み消させた", "substr:握りつぶしてもら",
]  # fmt: skip
# Crimes asserted of a named person, said in more words (付け届けもらってる, 反社とつながってる,
# セクハラ常習犯).
CRIMES_ASSERTED = [
    "付け届けもらってる", "付け届けもらってるの", "付け届けを受け取ってる", "賄賂受け取ってる", "反社とつながってる",
    "反社と繋がってる", "ヤクザとつながってる", "暴力団とつながってる", "セクハラ常習犯", "パワハラ常習犯",
    "痴漢常習犯",
]  # fmt: skip
# A person likened to an animal emoji (あの議員まるで🐒だな): round 9's rule reads the emoji
# right after the person; this one the word of likeness between them.
ANIMAL_EMOJI_PEOPLE = (
    "(?:議員|市長|職員|課長|担当|先生|社長|あいつ|こいつ|あの人|店員)(?:さん|様|ども|ら|たち)?(?:は|って|も)?[ 　、]?"
    "(?:まるで|まさに|完全に|ほぼ|ただの|どう見ても)[ 　]?(?:🐒|🐵|🦍|🐷|🐖)"
)

# --- discrimination ---------------------------------------------------------------------------

# Groups said to share a bad trait (片親の家の子は問題起こす, 仮設出身の連中はたかり根性,
# ベトナム人に…教えても無駄。あいつら民度低い).
TRAIT_GROUPS = [
    "片親", "ひとり親", "母子家庭", "父子家庭", "シングルマザー", "漁師の家の子", "浜の子", "仮設出身",
    "仮設の連中", "被災者", "生活保護の家", "施設の子", "養護施設", "同和", "部落", "東北人", "田舎者",
]  # fmt: skip
BAD_TRAITS = [
    "問題起こす", "問題を起こす", "民度低い", "民度が低い", "たかり根性", "乞食根性", "勉強できねぇ",
    "勉強できない", "育ちが悪い", "しつけがなってない", "教えても無駄", "言っても無駄", "犯罪ばかり",
    "だらしない", "引っ張られる", "関わらせたくない",
]  # fmt: skip
BAD_TRAITS_EXCUSED = [
    f"substr:{trait}{tail}"
    for trait in BAD_TRAITS
    for tail in (
        "と決めつけ",
        "って決めつけ",
        "という偏見",
        "なんて偏見",
        "って偏見",
        "というのは偏見",
        "とか言う人",
    )
]
# Women said unfit, in dialect and more words (女に消防団なんか務まるわけねぇ;
# 女が課長なんかやってっから何も決められねぇ).
WOMEN_UNFIT = [
    "務まるわけねぇ", "務まるわけねえ", "務まるわけがない", "務まるはずがない", "務まんねぇ", "できるわけねぇ",
    "何も決められねぇ", "何も決められない", "飯炊きでもしてろ", "飯炊きしてろ", "家事でもしてろ",
]  # fmt: skip
WOMEN_TARGETS = ["女に", "女なんかに", "女が課長", "女の課長", "女が上", "女が団長"]
# People with a disability kept off a bus or shut away (車いすの人が乗ると…乗せなくていい;
# 知的障害の人…施設に閉じ込めとけ).
DISABLED = [
    "車いすの人", "車椅子の人", "車いすの客", "車椅子の客", "知的障害の人", "知的障害者", "精神障害者",
    "障害のある人", "障がいのある人", "発達障害の子", "自閉症の子", "障害児", "作業所の人",
]  # fmt: skip
SHUT_AWAY = [
    "乗せなくていい", "乗せるな", "乗せんな", "乗せなくていいよ", "閉じ込めとけ", "閉じ込めておけ",
    "閉じ込めろ", "施設に入れとけ", "外に出すな", "出歩かせるな", "来なくていい", "追い出せ",
]  # fmt: skip

# --- public order and other -------------------------------------------------------------------

# An animal thrown in the water for show (野良猫を万石浦に投げ込んでる動画上げた).
ANIMAL_THROWN = [
    "投げ込んでる", "投げ込んだ", "投げ込んでやった", "放り込んでる", "放り込んだ", "投げ捨ててる",
    "蹴飛ばしてる", "蹴っ飛ばしてる",
]  # fmt: skip
# The bereaved mocked as after money (遺族ってまだ騒いでんの？どうせ金目当て; 被害者ぶってる).
BEREAVED = ["遺族", "遺族会", "被災者", "語り部"]
MOCKED_AS_GREEDY = [
    "金目当て", "金目当てでしょ", "被害者ぶってる", "被害者ぶって", "まだ騒いでんの", "いつまで騒いで",
    "お涙頂戴", "震災を売り物", "震災で食ってる",
]  # fmt: skip
# A message that is one short string repeated, or one letter run long (うんこうんこうんこ…).
NONSENSE_RUN = "^\\s*(?:[ぁ-んァ-ヶ]{0,3}([ぁ-んァ-ヶ])\\1{19,}[!！?？ー～]*|(うんこ|ウンコ|ちんこ|チンコ|まんこ|しっこ|うんち)(?:\\s?\\2){3,})\\s*$"
# Wanting a game friend, a lover or comfort on a city notice (ゲームのフレンド募集; 誰か慰めて).
OFF_TOPIC_WANTED = [
    "フレンド募集", "フレンド募集中", "ゲームのフレンド", "彼女募集中", "彼氏募集中", "誰か慰めて",
    "誰かなぐさめて",
]  # fmt: skip
