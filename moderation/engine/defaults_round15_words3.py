"""The words of round 15 for obscene invitations, illegal offers, politics, faith and links
(see ``defaults_round15_words2.py``; ``defaults_round15_offers.py`` builds the rules).
"""

from __future__ import annotations

# --- obscene ----------------------------------------------------------------------------------

# An obscene emoji with an invitation (🍆💦 今夜どう？…お小遣いもあげる).
SEX_EMOJI_INVITE = "[🍑👅]{0,3}[🍆💦][🍆🍑💦👅]{0,3}[^。\\n]{0,30}?(?:今夜どう|今晩どう|今日どう|会える|会おう|お小遣い|迎えに行く|ホテル)"


# --- illegal ----------------------------------------------------------------------------------

# Theft with nobody noticing (中の物持ってっても誰も気づかねぇよ; 持って帰ってフリマで売っちまった).
TAKEN = [
    "持ってっても", "持って行っても", "持ってって", "持って帰って", "盗んでも", "取っても", "売っちまった",
    "売っちゃった", "持ち出しても",
]  # fmt: skip
UNNOTICED = [
    "誰も気づかねぇ", "誰も気づかねえ", "誰も気づかない", "誰も気付かない", "バレない", "バレねぇ", "ばれない",
    "捕まらない",
]  # fmt: skip
# Receipts padded for a grant (領収書水増しすれば簡単に多くもらえる).
RECEIPTS = ["領収書", "請求書", "見積書", "補助金", "給付金", "助成金"]
PADDED = [
    "水増しすれば", "水増しすりゃ", "水増ししちゃえば", "水増しすればいい", "金額変えた", "金額を変えた",
    "簡単に多くもらえる", "多めに書けば",
]  # fmt: skip
POACHED_MORE = [
    "漁協通さねぇで",
    "漁協を通さずに",
    "漁協通さずに",
    "夜のうちに潜って",
    "こっそり獲った",
]
FORGED_TARGETS = ["障害者手帳", "身分証", "マイナンバーカード"]
FORGED_MORE = ["本物と同じ見た目", "本物そっくり", "本物と見分けがつかない"]
# Waste burned in the open to save the fee (野焼きしちまえば処分代浮くよ).
BURNED_WASTE = ["野焼き", "燃やしちまえば", "燃やしちゃえば", "燃やせば"]
FEE_SAVED = [
    "処分代浮く",
    "処分代が浮く",
    "処分費浮く",
    "処分費が浮く",
    "タダで処分",
    "俺はずっとそうしてる",
]
# Medicine sold without a prescription (睡眠薬あります、処方箋なしで大丈夫).
MEDICINES = ["睡眠薬", "向精神薬", "抗不安薬", "処方薬", "デパス", "ハルシオン", "痩せ薬", "精力剤"]
NO_PRESCRIPTION = [
    "処方箋なしで大丈夫", "処方箋なしでも大丈夫", "処方箋なしでOK", "処方箋不要", "処方せん不要", "当日お届け",
    "お分けします", "譲ります", "売ります",
]  # fmt: skip
# Driving without inspection or insurance, with how not to get caught.
UNROADWORTHY = ["車検切れ", "無車検", "自賠責も切れ", "自賠責切れ", "無保険", "無免許", "飲酒運転"]
NOT_CAUGHT = [
    "捕まらない", "捕まらねぇ", "捕まんねぇ", "警察いねぇ", "警察いない", "事故らなきゃ", "バレない", "走り方教える",
]  # fmt: skip

# --- political --------------------------------------------------------------------------------

ELECTIONS = ["選挙", "次の選挙", "市議選", "県議選", "参院選", "衆院選", "市長選"]
DEFEAT_CALLS = [
    "全員落とそう",
    "落とそう",
    "落選させよう",
    "落としましょう",
    "当選させるな",
    "入れるな",
]
# Supporters recruited (後援会にぜひ入ってください; 選挙事務所で電話かけボランティア募集中).
CAMPAIGN_BODIES = ["後援会", "選挙事務所", "選挙運動", "政治団体", "本当の政治", "政治の話"]
RECRUITED = [
    "入ってください", "ぜひ入って", "入会", "募集中", "来てください", "お待ちしています", "参加をお待ち",
    "仲間が必要", "ボランティア",
]  # fmt: skip
# A vote asked for a party or a candidate's promise (投票日は日曜！〇〇の声を市政に届けます;
# ××党への投票を呼びかけてください).
VOTE_CALLS_MORE = [
    "党への投票", "への投票を呼びかけ", "投票しかありません", "党に投票", "市政に届けます", "市政に届けるため",
    "県政に届けます", "国政に届けます", "議会に届けます",
]  # fmt: skip
VOTING_DAY = ["投票日", "参院選", "市議選", "県議選", "衆院選", "市長選", "期日前投票"]

# --- religious --------------------------------------------------------------------------------

# Misfortune foretold for those who do not worship (先祖供養をしないから災いが起きる; 会に入らないと
# また災いが来ます).
MISFORTUNE = ["災い", "祟り", "たたり", "バチが当たる", "罰が当たる", "不幸が続く"]
WORSHIP = [
    "供養をしないから", "供養しないから", "供養を怠った", "お告げ", "入らないと", "当会", "入会すれば",
    "祈祷を受ければ", "祈祷を受けないと", "お祓いを受けないと", "供養しないと", "信仰しないと", "信心しないと",
]  # fmt: skip
# Salvation through faith called for, in any letters (ｼﾝｺｳ ｼﾃ ｽｸﾜﾚﾏｼｮｳ … ｱﾂﾏﾘ ﾆ ｷﾃｸﾀﾞｻｲ).
SAVED = [
    "substr:救われましょう",
    "substr:すくわれましょう",
    "substr:救われます",
    "substr:すくわれます",
]
FAITH_CALLS = [
    "substr:信仰して", "substr:しんこうして", "substr:入信", "substr:にゅうしん", "substr:集まりに来て",
    "substr:あつまりにきて", "substr:しぶ", "substr:支部",
]  # fmt: skip
# A spiritual club (瞑想で波動を上げよう、宇宙とつながる会…入会受付中).
SPIRITUAL = ["波動", "宇宙とつながる", "宇宙と繋がる", "パワーストーン", "霊能力", "オーラ"]
JOINING = ["入会受付中", "入会", "支部", "substr:会員募集"]

# --- links ------------------------------------------------------------------------------------

# The city's name misspelt in a domain (ishinornaki: rn for m; 1shinomaki, ishin0maki), or
# the name on a shop domain (furusato-ishinomaki.shop).
CITY_DOMAIN_LOOKALIKE = (
    "(?:ishinornaki|ishin0maki|1shinomaki|lshinomaki|ishlnomaki|ishinomakl|ishinomak1|ishinonaki|ishinomarki)"
    "[\\w.-]*\\.[a-z]{2,}"
    "|ishinomaki[\\w-]*\\.(?:shop|xyz|top|online|site|click|store|buzz|icu|live|fun)\\b"
    # not when asked about or called fake (ishinomaki.shop は偽サイトですか)
    "(?![\\w./-]*\\s?(?:は|って|という)(?:偽|詐欺|怪し|本物))"
)
