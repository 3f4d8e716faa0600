"""The words of round 14 for solicitation, confidential matters, copying, false alarms,
impersonation, privacy, illegal offers, politics and faith (``defaults_round14_words.py`` holds
those of the other clauses; ``defaults_round14_more.py`` builds the rules).
"""

from __future__ import annotations

# --- commercial -------------------------------------------------------------------------------

# Lessons sold (公務員試験対策の個別指導、合格率95％！体験授業へ): the school's words with a call.
LESSONS = ["個別指導", "体験授業", "無料体験", "体験レッスン", "入塾", "入会金", "合格率", "月謝", "受講料"]  # fmt: skip
LESSON_CALLS = [
    "ぜひ", "お気軽に", "受付中", "お申し込み", "お申込み", "お問い合わせ", "募集中", "体験授業へ",
    "生徒募集", "お待ちしています", "お待ちしております",
]  # fmt: skip
# Goods resold to readers (返礼品の牡蠣、余ったので半額で譲ります。欲しい人コメントして).
RESOLD = ["返礼品", "チケット", "招待券", "整理券", "半額", "格安", "定価", "円で", "余ったので"]
RESALE_CALLS = [
    "譲ります", "お譲りします", "売ります", "お売りします", "欲しい人コメント", "欲しい人はコメント",
    "欲しい人DM", "欲しい人はDM", "欲しい方はDM", "欲しい方はコメント",
]  # fmt: skip

# --- confidential -----------------------------------------------------------------------------

# A bid's price told before the bidding (予定価格は1億2千万らしい。契約課の知り合いから聞いた).
BID_PRICES = ["予定価格", "最低制限価格", "落札予定価格", "入札価格", "予定価格は", "落札予定"]
HEARD_INSIDE = [
    "知り合いから聞いた", "から聞いた", "内部の資料", "内部資料", "資料で見た", "こっそり教えて",
    "教えてもらった", "漏らしてもらった", "内部情報", "職員から聞いた",
]  # fmt: skip
# Personnel moves told before they are announced (人事異動の内示、もう出てるよ。…飛ばされるってさ).
PERSONNEL = ["内示", "人事異動", "人事案", "懲戒処分", "異動先", "昇進"]
TOLD_EARLY = [
    "まだ非公表", "非公表だけど", "飛ばされる", "飛ばされるって", "決まったって", "もう出てる",
    "ってさ", "内部資料", "内部の資料", "写真で撮った", "公表前だけど", "ここだけの話",
]  # fmt: skip
# Internal papers or the city's passwords posted (内部資料、写真で撮ったから貼ります;
# 管理者パスワード、初期設定のまま…admin/admin で入れる).
INTERNAL = [
    "内部資料", "内部の資料", "庁内資料", "庁内の資料", "内部文書", "非公開資料", "マル秘", "パスワード",
    "管理者パスワード", "管理者のパスワード",
]  # fmt: skip
POSTED_OR_OPEN = [
    "貼ります", "貼っときます", "載せます", "載せときます", "晒します", "公開します", "アップします",
    "で入れる", "で入れます", "でログインできる", "でログインできます", "初期設定のまま",
]  # fmt: skip

# --- intellectual property --------------------------------------------------------------------

# Someone else's work copied whole or used without leave ...
COPIED = [
    "スキャン", "スキャンして", "スキャンした", "全文スキャン", "全文コピペ", "全文転載", "無断で",
    "勝手に使った", "勝手に加工", "勝手に使って", "コピペ", "クレジットは省略", "有料記事", "最新話",
    "全ページ", "が撮った写真", "が撮った画像", "キャラの画像", "プロの写真",
]  # fmt: skip
# ... and posted, printed or sold by the writer.
POSTED = [
    "載せときます", "載せておきます", "載せます", "載せました", "貼ります", "貼りました", "貼っときます",
    "上げるね", "上げます", "上げました", "アップします", "アップしました", "作りました", "売ってます",
    "売ってる", "売ります",
]  # fmt: skip

# --- false information ------------------------------------------------------------------------

# A disaster foretold on hearsay (来週、震度7の地震が宮城に来るって気象庁の人が言ってた).
DISASTERS = ["地震", "大地震", "津波", "大津波", "震度7", "震度６", "震度6", "堤防", "噴火"]
FORETOLD = [
    "来るって", "来るらしい", "来るとの", "来るそうです", "決壊するって", "決壊するらしい",
    "噴火するって", "起きるって", "起きるらしい", "内部情報",
]  # fmt: skip
# A rumour called a lie, or a question about one.
# A rumour called a lie, feared, asked about or drilled for: written after the verb, since an
# exception covers its match (地震が来るって思うと, 津波が来るとの想定で, 来るという話はデマ).
_DOUBTED = (
    "って思", "と思", "って考", "との想定", "という想定", "って本当", "ってほんと", "らしいけど本当",
    "というのはデマ", "ってのはデマ", "って話はデマ", "って噂はデマ", "というデマ", "とのデマ",
    "かもしれない",
)  # fmt: skip
FORETOLD_EXCUSED = [
    f"substr:{verb}{doubt}"
    for verb in ("来る", "決壊する", "噴火する", "起きる")
    for doubt in _DOUBTED
]
# Deaths or contamination said to be hidden by the city (接種した人が何人も亡くなってるのに市は
# 隠している).
HARMS = ["亡くなって", "亡くなってる", "死んで", "死者", "混入", "汚染", "放射性物質", "放射能", "被害者"]  # fmt: skip
HIDDEN = [
    "市は隠している", "市は隠してる", "市が隠してる", "市が隠している", "市は隠蔽", "市が隠蔽",
    "隠蔽している", "隠蔽してる", "役所は隠してる", "役所が隠してる", "隠されてる",
]  # fmt: skip
# Panic buying called for (水道水は全面的に飲めなくなるそうです…水を買いだめして！).
SHORTAGES = ["水道水", "断水", "飲めなくなる", "品切れ", "なくなる", "止まる"]
HOARD = ["買いだめして", "買い溜めして", "買い占めて", "買いだめを", "買い溜めを", "買っておけ", "買い占めろ"]  # fmt: skip

# Local produce said unsafe on hearsay (牡蠣からノロウイルスが大量に出て、出荷は全部中止に
# なったらしいよ): a rumour that harms the fishermen and farmers.
PRODUCE = [
    "牡蠣", "カキ", "かき", "ホヤ", "ほや", "ワカメ", "わかめ", "海苔", "のり", "サバ", "魚", "米",
    "野菜", "水産物", "海産物",
]  # fmt: skip
SAID_UNSAFE = [
    "全部中止になったらしい", "出荷は全部中止", "全面中止になったらしい", "出荷停止になったらしい",
    "汚染されてるらしい", "汚染されているらしい", "食べたら危ないらしい", "食べると危ないらしい",
    "ノロだらけ", "放射能まみれ", "食べたら死ぬ", "大量に出て",
]  # fmt: skip
SAID_UNSAFE_EXCUSED = [
    "substr:本当ですか",
    "substr:ほんとですか",
    "substr:本当でしょうか",
    "substr:デマ",
]

# --- impersonation ----------------------------------------------------------------------------

# An office or one of its staff speaking for itself (保険年金課よりお知らせいたします,
# 防災担当職員です) ...
OFFICE_SPEAKING_MORE = ["substr:課より", "substr:課です", "担当職員です", "substr:の職員です", "室より"]  # fmt: skip
# ... with an ask that only a fraud makes.
OFFICE_ORDERS_MORE = [
    "ご記入ください", "返信してください", "返信のうえ", "こちらに返信", "内部情報", "すぐ避難してください",
    "メッセージください", "お知らせいたします",
]  # fmt: skip
# A city notice said to be handled by direct message (📢石巻市からのお知らせ📢…手続きは
# メッセンジャーで).
CITY_NOTICE = [
    "石巻市からのお知らせ", "市からのお知らせ", "市役所からのお知らせ", "石巻市より", "石巻市役所より",
    "公式", "石巻市公式",
]  # fmt: skip
BY_DIRECT_MESSAGE = [
    "メッセンジャーで", "DMで申込", "DMで申し込", "DMでご連絡", "DMください", "DMで受付", "DMにて",
    "メッセージで受付", "個別メッセージで",
]  # fmt: skip
# A header naming the city in letters (【ＩＳＨＩＮＯＭＡＫＩ　ＣＩＴＹ　公式】) and saying it is
# official. Read on the text as written (the normalised text has no brackets), so each letter
# is matched in either width (the rule ignores case).


def _either_width(word: str) -> str:
    return "".join(f"[{c}{chr(ord(c) + 0xFEE0)}]" for c in word)


CITY_HEADER = (
    "^\\s?【(?=[^】\\n]*(?:石巻|{city}))(?=[^】\\n]*(?:公式|{official}))[^】\\n]{{1,40}}】(?![のとっ])"
).format(city=_either_width("ishinomaki"), official=_either_width("official"))

# --- privacy ----------------------------------------------------------------------------------

# What marks a person out (精神科に通ってる, 事故の運転手, 家族は妻と娘二人) ...
MARKED_OUT = [
    "精神科", "心療内科", "引きこもり", "通院してる", "病歴", "前科", "事故の運転手", "運転手",
    "加害者",
]  # fmt: skip
# ... with the name or the address that finds them.
NAME_OR_ADDRESS = ["名前は", "本名は", "住所は", "家は", "フルネームは", "実名は"]
NAME_EXCUSED = [
    "substr:名前は公表", "substr:名前は出", "substr:名前はわか", "substr:名前は知ら", "substr:名前は伏せ",
    "substr:名前は書か", "substr:住所は非公開", "substr:名前は何", "substr:住所はどこ", "substr:名前は控え",
]  # fmt: skip
# Who reported or complained, named (児童相談所に通報した人、〇〇町の加藤さんだって).
REPORTERS = [
    "通報した人", "通報者", "通報したの", "苦情を入れた人", "苦情入れた人", "クレーム入れた人",
    "クレームを入れた人", "密告した人", "チクった", "チクったの", "タレ込んだ",
]  # fmt: skip
NAMED = ["さんだって", "さんらしい", "さんです", "の人だって", "の奥さん", "さんの家", "さんとこ", "って人"]  # fmt: skip

# --- illegal ----------------------------------------------------------------------------------

# Catch poached at night and sold on (ナマコ流せる業者知ってる人いない？夜の漁港で採れるやつ).
CATCH = ["ナマコ", "なまこ", "アワビ", "あわび", "ウニ", "うに", "密漁", "サケ", "シラスウナギ"]
SOLD_ON = [
    "流せる業者", "流せる人", "流せるとこ", "捌ける業者", "さばける業者", "買い取ってくれる業者",
    "買ってくれる業者", "夜の漁港で採", "夜の海で採", "夜に潜って",
]  # fmt: skip
# Papers forged to order (医師の診断書、偽造いたします).
PAPERS = [
    "診断書", "証明書", "免許証", "在籍証明", "給与明細", "保険証", "卒業証書", "住民票", "書類",
    "源泉徴収票", "公文書", "印鑑",
]  # fmt: skip
FORGED = [
    "偽造いたします", "偽造します", "偽造できます", "偽造承ります", "偽造請け負", "偽造代行",
    "偽造を承", "偽造いたしますので", "偽物作ります", "偽造OK",
]  # fmt: skip

# --- political --------------------------------------------------------------------------------

# A candidate sent to a chamber (〇〇さんを市議会へ).
CANDIDATES = ["さん", "氏", "候補", "くん", "君", "先生"]
SENT_TO_CHAMBER = ["を市議会へ", "を議会へ", "を県議会へ", "を国会へ", "を市政へ", "を県政へ", "を国政へ", "を市長に"]  # fmt: skip
# A rally in the street (〇〇党の街頭演説会…お誘い合わせの上お越しください).
RALLIES_MORE = ["街頭演説", "街頭演説会", "演説会", "決起集会", "個人演説会", "党の集会", "総決起大会"]  # fmt: skip
RALLY_CALLS_MORE = ["お誘い合わせの上", "お誘い合わせのうえ", "お越しください", "ぜひお越し"]

# --- religious --------------------------------------------------------------------------------

# Joining promised to heal (○○会に入会すれば病気も治ります).
JOINING = [
    "入会すれば", "入信すれば", "信仰すれば", "信者になれば", "会員になれば", "信仰に目覚め", "入会で",
    "入信で",
]  # fmt: skip
HEALED = ["治ります", "lemma:治る", "救われます", "救われる", "幸せになれます", "良くなります", "運が開け"]  # fmt: skip
# Spirits said to be trapped, with the rite offered (霊が成仏できずにいます。当会の祈祷で
# 救えます。ご連絡ください).
SPIRITS = ["霊", "成仏", "因縁", "ご先祖", "先祖の霊", "祟り", "悪霊", "守護霊", "怨念"]
RITE_OFFERED = [
    "祈祷で救え", "当会の祈祷", "お祓いいたします", "除霊します", "除霊いたします", "鑑定いたします",
    "ご連絡ください", "メッセージをください", "ご相談ください", "浄霊",
]  # fmt: skip

# --- harmful link -----------------------------------------------------------------------------

# A punycode domain (xn--) with a login or an account to check: a look-alike of a real site.
PUNYCODE = ["substr:xn--"]
LOGIN_LURES = ["login", "ログイン", "アカウント確認", "本人確認", "再申請", "再認証", "パスワード"]
