"""The words of round 15 for solicitation, confidential matters, copying, false alarms,
impersonation and privacy (``defaults_round15_words.py`` and ``defaults_round15_words3.py``
hold those of the other clauses; ``defaults_round15_more.py`` builds the rules).
"""

from __future__ import annotations

# --- commercial -------------------------------------------------------------------------------

# Easy money promised (スマホ作業で月10万円; 稼げる情報毎日配信中; 儲かりまっせ) ...
EARNINGS = [
    "稼げる", "稼ぎたい人", "稼ぎたい方", "稼ぎ方", "副業", "スマホ作業", "スマホだけで", "儲かりまっせ",
    "儲かる", "暗号資産で人生", "人生変わった", "月10万", "月30万", "先月30万", "初期費用ゼロ", "在宅ワーク",
]  # fmt: skip
# ... with a way to get in touch (LINEで「副業」と送って; インスタ見てね; メッセージ待ってます).
EARNINGS_CALLS = [
    "送ってください", "送ってくれたら", "インスタ見て", "フォローしてくれた", "メッセージ待って", "教えるよ",
    "マニュアル無料", "稼ぎ方教え", "知りたい人はメッセージ", "知りたい人はDM",
]  # fmt: skip
# Paperwork done for a cut (給付金の申請、代行します。手数料は受給額の1割).
PROXY = ["代行します", "代行いたします", "代わりに申請", "代理申請", "申請代行"]
PROXY_FEES = ["手数料", "受給額の", "成功報酬", "1割", "報酬は", "お礼は"]
# Points, vouchers, houses bought up for cash (マイナポイントの残高、現金で買い取ります).
BOUGHT_UP = [
    "買い取ります",
    "買取します",
    "買い取りします",
    "高価買取",
    "高値で買い取り",
    "現金化します",
]
BOUGHT_UP_CALLS = [
    "連絡ください", "ご連絡ください", "即日振込", "即日", "セミナー", "参加費無料", "無料査定", "暗証番号",
    "1ポイント",
]  # fmt: skip

# --- confidential -----------------------------------------------------------------------------

# A bid price told as not yet public (まだ公表前だけど業者の皆さん参考に).
NOT_YET_PUBLIC = [
    "公表前",
    "まだ公表前",
    "元職員だけど",
    "元職員です",
    "業者の皆さん参考に",
    "非公表",
]
# Closed minutes or manuals posted or read out (非公開の議事録、手に入れた…貼っとく; 内部マニュアルに
# 共有PCのパスワード書いてあった).
INTERNAL_MORE = [
    "非公開の議事録",
    "非公開の会議録",
    "内部マニュアル",
    "庁内マニュアル",
    "共有PC",
    "共有パソコン",
]
POSTED_MORE = ["貼っとく", "貼っとくわ", "手に入れた", "書いてあった", "貼っときます"]

# --- intellectual property --------------------------------------------------------------------

COPIED_MORE = [
    "まるごと転載", "丸ごと転載", "転載して", "全巻スキャン", "無断転載", "断らずに", "勝手に使ってる",
    "許可なく", "許可取らずに",
]  # fmt: skip
POSTED_MORE_IP = [
    "無料配布", "配布してます", "配布します", "アップしとく", "アップしとくね", "広告つけて稼いでる",
    "稼いでるわ", "上げとく", "載せとく",
]  # fmt: skip

# --- false information ------------------------------------------------------------------------

HARMS_MORE = [
    "死んだらしい",
    "死んだ",
    "放射能漏れ",
    "事故あった",
    "毒入って",
    "毒が入って",
    "熊に襲われて",
]
HIDDEN_MORE = [
    "口止めしてる", "口止めしてるって", "市が口止め", "市も県も隠してる", "県も市も隠してる", "圧力かかってる",
    "ニュースにならないのは",
]  # fmt: skip
# The water said poisoned on hearsay (水道水に毒入ってるって市の職員が言ってた).
WATER = ["水道水", "浄水場", "水道", "井戸水", "給食"]
POISONED = [
    "毒入ってる", "毒が入ってる", "毒入ってるって", "毒が混入", "毒物が混入", "毒が入れられた",
]  # fmt: skip
POISONED_EXCUSED = [
    f"substr:{said}{doubt}"
    for said in POISONED
    for doubt in (
        "ってデマ",
        "というデマ",
        "というのはデマ",
        "って噂はデマ",
        "って本当",
        "ってほんと",
        "というのは本当",
        "ですか",
    )
]

# --- impersonation ----------------------------------------------------------------------------

# A writer naming themselves an office (保育課です。; 市民課より：; 石巻警察署生活安全課です) ...
OFFICE_SELF = [
    "substr:課です。", "substr:課です、", "substr:課です!", "substr:課です！", "substr:課より：", "substr:課より:",
    "substr:係です。", "substr:係です、", "substr:署です。", "substr:署です、", "substr:室です。", "substr:課より、",
]  # fmt: skip
# ... asking for money, data or contact outside the city's channels.
OFFICE_ASKS = [
    "お振込み", "お振り込み", "振込", "口座", "口座番号", "口座番号をお知らせ", "クレジットカード番号", "カード番号", "暗証番号", "LINE公式アカウント",
    "ID検索", "ご連絡ください", "お電話番号", "電話番号を教えて", "至急高台へ", "解除は誤り",
]  # fmt: skip
# The city's name and 'official' written in hiragana (いしのまき市役所 こうしき です).
KANA_OFFICIAL = ["substr:こうしき", "substr:こーしき"]
KANA_ASKS = [
    "substr:めっせーじ",
    "substr:じゅうしょ",
    "substr:でんわばんごう",
    "substr:とうせん",
    "substr:ぷれぜんと",
]

# --- privacy ----------------------------------------------------------------------------------

# A person or family pointed out and the home told (渡辺さん一家、今は…5号棟の302に住んでる;
# 親の名前は…実家は; 佐々木恵美って人、住所は).
PERSON_POINTED = ["一家", "親の名前は", "って人", "という人", "って職員", "って先生"]
HOME_TOLD = ["実家は", "住所は", "号棟", "号室", "に住んでる", "に住んでいる", "家まで行って"]
HOME_EXCUSED = [
    "substr:住所は変更",
    "substr:住所はどこ",
    "substr:住所は公表",
    "substr:住所は書かない",
]
# A child named with a school and grade (○○中の2年3組の阿部ゆうなって子; 山下小5年の丸山ゆうと).
CHILD_NAMED = (
    "(?:小|中|高)(?:学校)?の?[0-9０-９]年(?:生)?(?:[0-9０-９]組)?の?"
    "[一-龥]{1,3}[ぁ-んァ-ヶ]{2,4}(?:って子|という子|君|くん|ちゃん|、|が|は|を)"
)
# A handle given as a culprit (@yuki_ishinomaki こいつが犯人です).
HANDLE = ["インスタ", "アカウント", "ツイッター", "TikTok", "ティックトック", "垢", "裏垢", "ID"]
CULPRIT = [
    "こいつが犯人",
    "犯人です",
    "犯人はこいつ",
    "こいつがやった",
    "犯人はこの人",
    "こいつです",
]
# An address with a postal code pointed at as someone's house (〒986-0000 石巻市… ←ここ).
ADDRESS_POINTED = (
    "〒\\s?[0-9０-９]{3}[-－ー][0-9０-９]{4}[^。\\n]{0,40}?[0-9０-９]{1,4}[-－ー][0-9０-９]{1,4}"
    "[^。\\n]{0,20}?(?:←|ここ|の家|ん家|んち)"
)
