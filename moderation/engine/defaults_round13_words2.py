"""The words of round 13 for solicitation, impersonation, privacy, illegal offers, obscenity,
politics, faith and links (``defaults_round13_words.py`` holds those for threats, public
order, discrimination and defamation; ``defaults_round13_more.py`` builds the rules).
"""

from __future__ import annotations

# --- commercial ---------------------------------------------------------------------------------

# A discount for showing the post (このコメント見せたらビール一杯無料): a shop advertising on the
# city's page, wherever it stands.
SHOW_THIS_POST = [
    "このコメント見せたら", "このコメントを見せたら", "このコメント見せると", "このコメントを見せると",
    "この投稿見せたら", "この投稿を見せたら", "この投稿を見せると", "この書き込み見せたら",
    "この書き込みを見せたら", "このコメント提示で", "この投稿を提示", "このコメントを提示",
    "この画面見せたら", "この画面を見せたら",
]  # fmt: skip

# --- impersonation ------------------------------------------------------------------------------

# An office or the police speaking for itself (石巻警察署です, こちら石巻市防災危機管理課です,
# 石巻市 税務課 より, 石巻市教育委員会です) ...
OFFICE_SPEAKING = [
    "警察署です", "警察です", "県警です", "警察署の者です", "署の者です", "教育委員会です",
    "教育委員会より", "税務課より", "こちら石巻市", "こちら市役所", "水道局です", "消防署です",
]  # fmt: skip
# ... with an order, a notice or an ask that only the office could give.
OFFICE_ORDERS = [
    "提出してください", "捜査対象となります", "捜査対象になります", "協力しない場合", "避難指示が出ました",
    "至急避難してください", "還付金があります", "お電話ください", "お知らせします", "移行しました",
    "に移行しました", "シェアした方全員に", "シェアした方に", "各家庭を訪問", "訪問して検査します",
    "訪問します", "処分について",
]  # fmt: skip
# A comment headed with an official bracket (【石巻市役所】給付金の受付は…, 【公式】…プレゼント
# 企画): read on the text, since the engine reads the brackets as separators.
# (【石巻市】のお知らせ、… quotes a header: a header followed by の, と or って is not one.)
OFFICIAL_HEADER = "^\\s?【(?:公式|市公式|石巻市[^】\\n]{0,12}|市役所|市から)】(?![のとっ])"
# A comment said to be approved by the city (このコメントは石巻市が公式に承認したものです).
CITY_APPROVED = [
    "公式に承認したもの", "公式に承認された", "市が承認したもの", "市が承認済み", "市の承認済み",
    "市公認のコメント", "市が公認した", "石巻市公認", "市の公式承認", "公式認定のコメント",
]  # fmt: skip

# --- privacy ------------------------------------------------------------------------------------

# A person's flat told (家は渡波の○○アパート203号室).
FLAT_TOLD_TARGETS = ["家は", "住んでるのは", "自宅は", "住まいは", "住所は"]
FLAT_TOLD = ["substr:アパート203", "号室", "アパートの", "マンションの"]
# A workplace or home to be rung up or mobbed (勤務先に電話してやって).
WORKPLACE_MOBBED = [
    "勤務先に電話してやって", "勤務先に電話してやれ", "勤務先に電話しよう", "勤務先に電話しろ",
    "職場に電話してやって", "職場に電話してやれ", "職場に電話しよう", "会社に電話してやれ",
    "会社に電話してやって", "勤務先に凸", "職場に凸", "勤務先に苦情入れよう", "職場に苦情入れよう",
    "勤務先に通報しよう", "自宅に電話してやれ", "家に電話してやれ",
]  # fmt: skip
# An address or a photo posted with a call to spread it (住所は鹿又の○番地。拡散してください).
ADDRESS_TOLD = ["住所は", "自宅は", "家は", "この写真の人", "この写真の男", "この写真の女"]
SPREAD_IT = [
    "拡散してください",
    "拡散希望",
    "拡散よろしく",
    "拡散よろ",
    "拡散して",
    "晒します",
    "さらします",
]
SPREAD_EXCUSED = ["substr:迷子", "substr:探しています", "substr:保護しています", "substr:行方不明"]
# A teacher's or staff member's home phone or address passed on (自宅電話 … 貼ります).
HOME_CONTACT = [
    "自宅電話", "自宅の電話", "自宅の電話番号", "自宅の住所", "家の電話番号", "携帯番号", "個人の携帯",
]  # fmt: skip
PASSED_ON = [
    "貼ります",
    "貼っとく",
    "貼っときます",
    "晒します",
    "さらします",
    "載せます",
    "載せとく",
    "回ってきた",
]
# An official's child's school told (市長の娘が通ってる高校).
OFFICIALS_CHILDREN = [
    f"{who}の{child}"
    for who in ("市長", "副市長", "議員", "課長", "職員", "先生", "担任", "校長")
    for child in ("娘", "息子", "子ども", "子供", "孫")
]
CHILD_SCHOOL = [
    "通ってる高校", "通ってる中学", "通ってる小学校", "通ってる学校", "通っている高校", "通っている学校",
    "部活は", "クラスは", "通学路",
]  # fmt: skip

# --- illegal ------------------------------------------------------------------------------------

# Drugs offered by code word or emoji for handing over (yasai (ha-bu) arimasu … tewatashi,
# 💊❄️🍁 手渡しできます).
# (ハーブ alone is a garden's: only its coded forms count; the brackets of 野菜（ハーブ） are
# read as separators.)
DRUG_CODES = [
    "ハーブあります", "はーぶあります", "いいハーブ", "合法ハーブ", "脱法ハーブ", "危険ドラッグ",
    "野菜ハーブ", "やさいはーぶ",
]  # fmt: skip
# The same said in emoji, read on the text (the engine reads these emoji as separators).
DRUG_EMOJI_HANDED = (
    "[💊❄🍁🌿💉🍃][\\ufe0f]?[💊❄🍁🌿💉🍃][^\\n]{0,20}?(?:手渡し|手押し|てわたし)"
    "|(?:手渡し|手押し|てわたし)[^\\n]{0,20}?[💊❄🍁🌿💉🍃][\\ufe0f]?[💊❄🍁🌿💉🍃]"
)
# A card found and its number posted with the date (クレカ落ちてた。4980 1234 5678 9012 期限).
# The widened text a regex reads may hold a voiced kana as its letter and mark (ト゛ for ド).
CARD_FOUND = (
    "(?:クレカ|クレ(?:ジ|シ[゛\\u3099])ットカ[ー-](?:ド|ト[゛\\u3099])|カ[ー-](?:ド|ト[゛\\u3099]))"
    "[^\\n]{0,12}?"
    "[0-9０-９]{4}[ 　-][0-9０-９]{4}[ 　-][0-9０-９]{4}[ 　-][0-9０-９]{4}"
)
HANDED_OVER = ["手渡し", "てわたし", "手渡しできます", "手押し", "ておし", "tewatashi"]
# A benefit taken twice by a household miscounted (家族の人数ごまかして二重でもらう方法).
BENEFIT_CHEATS = [
    "人数ごまかして", "人数をごまかして", "二重でもらう方法", "二重にもらう方法", "二重取りする方法",
    "二重取りの方法", "二重にもらえる", "二重でもらえる",
]  # fmt: skip
# Driving without a licence, or dumping, advised (免許なくても…バレない, 仮置き場に投げとけ).
NO_LICENCE = [
    "運転免許なくても",
    "運転免許なしでも",
    "免許なくても",
    "免許なしでも",
    "無免許でも",
    "免許ないけど",
    "車検切れでも",
]
DUMPED_AT = [
    "仮置き場",
    "震災ゴミ",
    "災害ごみ",
    "災害ゴミ",
    "空き地",
    "河川敷",
    "山に",
    "川に",
    "海に",
]
DUMP_CALLS = [
    "投げとけ", "捨てとけ", "投げてこい", "捨ててこい", "投げてくればいい", "捨ててくればいい",
    "混ぜれば", "タダで捨てられる", "ただで捨てられる",
]  # fmt: skip

# --- obscene ------------------------------------------------------------------------------------

# A minor's body or uniform lusted after (JKの制服姿たまんねえ).
# (中学生 or 高校生 alone is a school's news, and たまらん or 興奮する its praise: only the words
# that sexualise a minor are targets, and only lust is a predicate.)
MINORS = ["JK", "ＪＫ", "JC", "女子高生", "女子中学生", "女子中高生", "制服姿", "スク水"]
LUSTED = [
    "たまんねえ", "たまんねぇ", "ムラムラ", "抱きたい", "エロい", "エロすぎ", "ハァハァ", "はぁはぁ",
    "もっと載せろ", "犯したい",
]  # fmt: skip

# Intimate care asked for oneself, as a joke on a worker (俺のも下の世話お願いしたいわ).
MY_OWN = ["俺のも", "俺のを", "僕のも", "俺の息子", "俺のムスコ", "俺のナニ", "ワイのも"]
INTIMATE_CARE = ["下の世話", "しもの世話", "シモの世話"]

# --- political ----------------------------------------------------------------------------------

# (投票は…名前を書いて is how to vote: only the dialect ask to write a name at an office counts.)
# A recall, a rally, a slogan or a candidate's office called for (リコールしましょう, 集会…
# 声を上げよう, 🗳️ 市長選は ○○, 事務所に寄って名前書いてって).
RECALL_CALLS = [
    "リコールしましょう", "リコールしよう", "リコール署名", "リコールの署名", "リコール運動",
    "解職請求の署名", "落選運動",
]  # fmt: skip
ELECTIONS = ["市長選", "市議選", "県議選", "選挙は", "投票は", "期日前投票"]
SLOGANS = [
    "変える力", "を取り戻す", "取り戻そう", "に一票", "に清き一票", "で決まり", "事務所に寄って",
    "名前書いてって", "名前書いてってけさい",
]  # fmt: skip
RALLIES = ["反対の集会", "賛成の集会", "反対集会", "活動報告会", "議員の報告会", "後援会の集い"]
RALLY_CALLS = [
    "声を上げよう", "来てください", "お越しください", "参加してください", "集まろう", "一緒に", "来てね",
]  # fmt: skip

# --- religious ----------------------------------------------------------------------------------

# Spirit readings and prayers sold (守護霊鑑定, 無料で祈祷します: a shrine's お祓いします is
# ordinary, and 🙏 is read as a separator, so 運気アップ🙏 is only 運気アップ), and the end
# foretold for a following (世界の終わりが近づいています。救われたい人は).
SPIRIT_OFFERS = [
    "守護霊鑑定", "守護霊を鑑定", "前世鑑定", "霊視鑑定", "無料で祈祷します", "特別に無料で祈祷",
    "無料でご祈祷", "無料で除霊",
]  # fmt: skip
END_FORETOLD = [
    "世界の終わりが近づいて", "世界の終わりが近い", "終末が近づいて", "終末が近い", "救われたい人は",
    "救われたい方は", "最後の審判が近い", "裁きの日が近い",
]  # fmt: skip

# --- links --------------------------------------------------------------------------------------

# A link to a program to run (setup.exe, .exe.download) or a lure of free films and prizes.
EXE_LINKS = ["substr:.exe", "substr:.scr", "substr:.apk", "substr:.msi", "substr:.bat"]
LINK_LURES = [
    "無料で映画", "映画見れるサイト", "ウイルスないよ", "ウイルスなし", "返礼品が当たりました",
    "当たりました！受け取り", "この動画やばい", "動画やばい", "市長が映ってる", "入れるだけで税金",
    "税金が安くなるソフト",
]  # fmt: skip
