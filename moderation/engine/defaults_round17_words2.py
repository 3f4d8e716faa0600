"""The words of round 17 for privacy, solicitation, confidential matters, false alarms,
impersonation, intellectual property, illegal acts, links and politics (see
``defaults_round17_words.py``).
"""

from __future__ import annotations

# --- privacy ----------------------------------------------------------------------------------

# A welfare recipient or a household in arrears named (のは大門町の高橋って人です, Ｋ野さんち).
ON_WELFARE = ["生活保護", "ナマポ", "不正受給", "滞納", "未納", "滞納してる家", "滞納者"]
NAMED_HERE = [
    "って人です", "という人です", "って人だよ", "という人だよ", "って人でした",
    "さんち", "さんとこ", "家リスト", "者リスト", "のリスト作って", "リスト作って",
]  # fmt: skip
# A list of names and addresses, or someone's ID, posted to expose (名簿の写真、載せます).
LISTS = [
    "名簿", "参加者名簿", "名前と住所", "住所と電話", "IDこれ", "のIDは", "IDはこれ", "アカウントはこれ",
]  # fmt: skip
LIST_POSTED = [
    "載せます", "載せとく", "載せときます", "アップします", "晒します", "晒しとく", "晒すわ", "さらします",
    "写真撮っといた", "写真撮っておいた", "全部読める",
]  # fmt: skip
# A commenter unmasked: who is behind an account, where they live, where their family works.
ACCOUNT_BEHIND = [
    "というアカウントの人", "ってアカウントの人", "アカウントの中の人", "の中の人は", "書き込んでる人",
    "コメントしてる人", "ハンドルネーム",
]  # fmt: skip
UNMASKED = ["住所は", "奥さんは", "旦那さんは", "勤め先は", "職場は", "本名は", "正体は", "自宅は"]
# A private owner traced through the land register, the rest left to the reader.
TRACED = [
    "登記簿見たら",
    "登記簿を見たら",
    "登記簿で調べたら",
    "登記簿調べたら",
    "登記簿を調べたら",
]
# (one's own land looked up, 登記簿見たら名義が祖父のままでした, names nobody)
TRACED_TOLD = [
    "って人だった",
    "という人だった",
    "って人でした",
    "という人でした",
    "連絡先は",
    "勤め先は",
]
# A My Number said to be one's own and written out in digits, in groups or not.
MY_NUMBER_WRITTEN = r"(?:マイナン(?:バ|ハ\u3099)[ー-]|個人番号)[^0-9０-９]{0,20}[0-9０-９]{4}[\s　-]?[0-9０-９]{4}[\s　-]?[0-9０-９]{4}"

# --- commercial -------------------------------------------------------------------------------

TRADE_OFFERS = [
    "substr:足場代無料", "substr:お見積りは0120", "substr:お見積もりは0120", "substr:見積もり無料",
    "substr:見積り無料", "substr:お見積り無料", "substr:無料お見積", "substr:限定グループに招待",
    "substr:グループに招待します", "substr:損失を取り戻しませんか",
    "substr:実績者多数", "substr:料金表をお送り", "substr:料金表を送", "substr:集客のプロ",
    "substr:フォロワーを1万人増や", "substr:フォロワーを増やすご提案", "substr:うちのメルカリ",
    "substr:うちのショップで", "substr:うちのネットショップ", "substr:私のメルカリ",
    "substr:私のショップで", "substr:送料込み半額", "substr:寄付するより得",
    "substr:副業に興味ありませんか", "substr:副業に興味ある方", "substr:1日30分で月",
    "substr:一日30分で月",
]  # fmt: skip

# --- confidential -----------------------------------------------------------------------------

# Papers and decisions not yet made public, told by one who says they are inside.
LEAKED = [
    "substr:公表前なので内緒", "substr:公表前だけど教え", "substr:発表前だけど教え", "substr:公表前の情報",
    "substr:発表前なので内緒", "substr:内示出ました", "substr:内示が出ました", "substr:内示出たよ",
    # (非公開) with what is done with it: the brackets are dropped in the matching form, and
    # 非公開を alone is a wish (名前は非公開を希望します).
    "substr:（非公開）を載せ", "substr:（非公開）を貼", "substr:（非公開）をアップ", "substr:（非公開）をさら", "substr:非公開の資料を載せ", "substr:非公開資料を載せ", "substr:会議資料見ちゃ", "substr:会議資料を見ちゃ",
    "substr:内部の者です", "substr:内部の人間です", "substr:表には出ていない話", "substr:表に出ていない話",
    "substr:パスワードも全部同じ", "substr:パスワードは全部同じ", "substr:ここに全部書き写します",
]  # fmt: skip
INSIDERS = ["元職員です", "内部の者です", "内部の人間です", "中の人間です", "職員の友達から"]
INSIDE_MATTERS = ["ログインID", "パスワード", "内示", "公表前", "会議資料", "非公開"]
TENDER_FIXED = ["予定価格は"]
FIXED = ["に決まってます", "に決まってる", "で決まってます", "無駄だよ", "出来レース"]

# --- false information ------------------------------------------------------------------------

# A rumour to spread, or one passed on (って写真回ってきた), with the city said to hide it.
SPREAD_ASKED = [
    "拡散希望", "拡散して", "拡散お願い", "拡散よろしく", "拡散してください", "substr:写真回ってきた",
    "substr:って回ってきた", "substr:って流れてきた",
]  # fmt: skip
RUMOURED = [
    "隠してる", "隠している", "逃げて", "友達の友達", "買って飲んで", "水は買って", "なんで黙ってる",
    "なんで黙って", "黙ってるの", "戦争が始まる",
]  # fmt: skip
HOARD_URGED = [
    "substr:買いだめしとけ", "substr:買い溜めしとけ", "substr:買いだめしとき", "substr:カイダメシトケ",
    "substr:買い占めとけ", "substr:買い占めしとけ", "substr:今のうちに買いだめ", "substr:今のうちに買い溜め",
]  # fmt: skip
WARNINGS = ["津波警報", "警報", "避難指示", "大津波警報", "津波注意報"]
ALL_CLEAR = ["戻っても大丈夫", "帰っても大丈夫", "もう大丈夫って", "戻って大丈夫"]
ALL_CLEAR_ASKED = [
    f"substr:{clear}{ask}"
    for clear in ALL_CLEAR
    for ask in ("ですか", "でしょうか", "かな", "か？")
]
VACCINE = ["ワクチン", "接種"]
VACCINE_SCARE = [
    "半分はもう亡くなって",
    "半分は亡くなって",
    "打たせないで",
    "接種やめろ",
    "打つと死ぬ",
]

# --- impersonation, intellectual property, illegal, links, politics ---------------------------

DIVISION_OFFICIAL = ["課公式です", "課公式", "課の公式です", "市公式です", "公式です"]
GIVEAWAY_CARD = ["カード情報", "カード番号", "暗証番号", "口座番号"]
COPIED = [
    "substr:全文ここに書き写", "substr:全文書き写して", "substr:全文書き写しておき", "substr:全文載せとく",
    "substr:スキャンしたPDF", "substr:スキャンしたpdf", "substr:勝手に転載しとく", "substr:勝手に転載しておく",
    "substr:勝手に転載します", "substr:無料フル動画", "substr:フル動画、ここで見れる", "substr:フル動画見れる",
    "substr:ライセンス？知らん", "substr:ライセンス知らん", "substr:許可？知らん", "substr:許可とか知らん",
    "substr:新聞代払わなくても読める",
]  # fmt: skip
COPIED_WARNED = [
    "substr:勝手に転載しないで", "substr:無断転載禁止", "substr:無断転載はやめ", "substr:全文書き写しては",
]  # fmt: skip
# (a pool or a beach where the feet do not touch, 足がつかない, is no deal: only with one)
DEALS = [
    "買い取ります",
    "買い取る",
    "買取",
    "現金",
    "売ります",
    "受け渡し",
    "流す",
    "流せる",
    "さばける",
]
UNTRACEABLE = [
    "substr:足はつかない", "substr:足がつかない", "substr:足つかない", "substr:足はつかねぇ", "substr:足がつかねぇ",
    "substr:漁協通さないで", "substr:漁協を通さず", "substr:漁協通さず",
]  # fmt: skip
DUMP_PLACES = ["河川敷", "山に", "川に", "海に", "空き地", "山の中", "林道"]
DUMPED = ["捨てればいい", "捨てりゃいい", "捨てちゃえ", "捨てときゃいい", "捨ててくればいい"]
DUMP_WARNED = [
    "substr:捨てればいいと思ってる",
    "substr:捨てればいいって思ってる",
    "substr:捨てればいいという",
]
DRIVING_BANNED = ["免許停止中", "免停中", "無免許", "免許取り消し中", "免取り"]
# The writer's own driving (無免許で乗り回してる若者がいる is a report to the city).
DRIVES_ANYWAY = [
    "普通に運転", "運転してるわ", "運転してますけど", "でも毎日", "でも運転", "でも乗って", "車で通勤してる",
    "検問ないから", "気軽にやれば", "捕まったことない",
]  # fmt: skip
PAPERS = ["住民票", "証明書", "免許証", "保険証", "領収書", "診断書", "罹災証明", "在職証明"]
PAPERS_FORGED = [
    "加工して別の", "ちょっと加工して", "加工したい", "偽造したい", "偽造する方法", "偽造のやり方",
    "改ざんしたい", "書き換えたい", "加工するやり方",
]  # fmt: skip
# A regular expression on the text as written: in the matching form the dots and dashes
# are dropped, and xn alone is in any text.
PUNYCODE = r"(?i)(?<=[/.])xn--[a-z0-9-]+"
SPELLED_DOTS = ["どっと", "ドット"]
PASSWORD_ASKED = ["ぱすわーど", "パスワード入れると", "パスワードを入れると", "パスワード入れたら"]
CREDENTIALS = [
    "口座番号を入れる", "口座番号を入力", "口座番号入れる", "口座番号を入れて", "暗証番号を入れる",
    "カード番号を入力", "カード番号を入れる",
]  # fmt: skip
RALLIES = ["改憲", "護憲", "原発", "再稼働", "反対", "抗議", "デモ", "政権"]
RALLY_JOINED = [
    "集会にみんなで参加", "集会に参加しましょう", "集会に集まりましょう", "デモに参加しましょう",
    "デモにみんなで参加", "プラカードは各自", "プラカードを持って集まろう",
]  # fmt: skip
PETITIONS = [
    "substr:請願に賛同", "substr:署名活動にご協力", "substr:職員も署名", "substr:請願に署名",
]  # fmt: skip
CANVASSED = [
    "substr:候補を推す", "substr:候補を推します", "substr:誘い合って投票", "substr:投票日は皆で",
    "substr:投票日はみんなで", "substr:候補に一票", "substr:候補をよろしく",
]  # fmt: skip
