"""Japanese text a city's Facebook pages receive, for the simulated world.

Each comment template has a category: ordinary ones (question, thanks, chat, criticism, reply,
page_reply) and prohibited ones named by the operating-policy clause codes of DOMAIN.md
(defamation, threat, privacy, commercial, spam, harmful_link, ...). Some ordinary comments
contain innocent words that hold a bad one (ばかり, バカンス, 殺到) to keep matchers honest.
Every address, number and link here is made up.
"""

from __future__ import annotations

PAGE_NAMES = [
    ("石巻市秘書広報課", "Government Organization"),
    ("石巻市観光課", "Government Organization"),
    ("石巻市水産課", "Government Organization"),
    ("石巻市地域振興課", "Government Organization"),
    ("石巻市危機対策課", "Government Organization"),
    ("石巻市ICT総合推進室", "Government Organization"),
    ("石巻市子育て支援課", "Government Organization"),
    ("石巻市健康推進課", "Government Organization"),
    ("石巻市ふるさと納税推進室", "Government Organization"),
    ("石巻市農林課", "Government Organization"),
    ("石巻市文化スポーツ課", "Government Organization"),
    ("石巻市環境課", "Government Organization"),
    ("石巻市商工課", "Government Organization"),
    ("石巻市図書館", "Library"),
    ("石巻市教育委員会", "Government Organization"),
    ("石巻市都市計画課", "Government Organization"),
]

FAMILY = [
    "佐藤",
    "鈴木",
    "高橋",
    "阿部",
    "千葉",
    "及川",
    "菅原",
    "佐々木",
    "遠藤",
    "今野",
    "渡辺",
    "伊藤",
    "木村",
    "後藤",
    "斎藤",
    "武山",
    "山内",
    "丹野",
    "熊谷",
    "平塚",
]
GIVEN = [
    "花子",
    "太郎",
    "健一",
    "由美",
    "美咲",
    "翔太",
    "大輔",
    "恵子",
    "和子",
    "誠",
    "陽菜",
    "蓮",
    "結衣",
    "拓也",
    "直美",
    "修",
    "悠真",
    "さくら",
    "浩二",
    "智子",
]
LATIN_NAMES = ["Yuki Sato", "Ken Abe", "Mika Chiba", "Emily Brown", "Tomo Suzuki"]

EVENTS = [
    "石巻川開き祭り",
    "牡鹿半島の鯨まつり",
    "市民健康ウォーク",
    "子育て相談会",
    "マイナンバーカード出張申請窓口",
    "総合防災訓練",
    "日曜朝市",
    "図書館のおはなし会",
    "雄勝硯まつり",
    "北上川の清掃活動",
    "移住相談会",
    "ふるさと納税感謝祭",
]
PLACES = [
    "石巻市役所1階ロビー",
    "中瀬公園",
    "石巻駅前広場",
    "河北総合センター",
    "雄勝硯伝統産業会館",
    "石巻魚市場",
    "マルホンまきあーとテラス",
    "南浜つなぐ館",
    "鮎川浜",
    "遊楽館",
]
PRODUCTS = [
    "金華さば",
    "牡鹿のホヤ",
    "雄勝硯",
    "石巻焼きそば",
    "万石浦の牡蠣",
    "北上のお米",
    "銀鮭",
    "笹かまぼこ",
]
WEATHER = ["快晴", "くもり", "小雨", "雪", "風が強め"]

POSTS = [
    "【お知らせ】{m}月{d}日に{event}を開催します。会場は{place}です。皆さまのご参加をお待ちしております。",
    "【防災】大雨に備えて、ハザードマップと避難場所を今のうちに確認しましょう。",
    "【ふるさと納税】返礼品に{product}が加わりました。寄附の受付はポータルサイトから。",
    "【募集】{event}のボランティアを募集しています。申込は{m}月{d}日まで。",
    "今日の{place}です。天気は{weather}。週末はぜひ石巻へお越しください。",
    "【窓口】{m}月{d}日（土）は{place}で臨時窓口を開設します。",
    "【子育て】{event}の参加者を募集しています。お子さま連れでもお気軽にどうぞ。",
    "【観光】{product}が旬を迎えました。{place}周辺の飲食店で味わえます。",
]

# (category, template). {name} is another commenter, {event}/{place}/{product} as above.
ORDINARY = [
    ("question", "{event}は雨天の場合も開催しますか？"),
    ("question", "申込方法を教えてください。電話でも受け付けていますか？"),
    ("question", "{place}に駐車場はありますか？"),
    ("question", "マイナンバーカードの申請に必要な書類は何ですか？"),
    ("question", "子ども連れでも参加できますか？"),
    ("question", "締め切りは何時までですか？当日の受付はありますか？"),
    ("question", "転入届の手続きはオンラインでもできますか？"),
    ("question", "ごみの分別がわかりません。どこに問い合わせればいいですか？"),
    ("thanks", "いつも情報ありがとうございます！"),
    ("thanks", "先日の{event}、とても楽しかったです。スタッフの皆さんお疲れさまでした。"),
    ("thanks", "わかりやすい案内で助かりました。"),
    ("thanks", "石巻の魅力がよく伝わる写真ですね。"),
    ("chat", "私も家族で行きます！"),
    ("chat", "去年も参加しました。今年も楽しみです。"),
    ("chat", "最近雨ばかりですね。当日は晴れるといいな。"),
    ("chat", "夏のバカンスは石巻で決まり！{product}が食べたい。"),
    ("chat", "申込が殺到しているみたいですね、早めに申し込みます。"),
    ("chat", "{product}、ふるさと納税で頼みました。とても美味しかったです。"),
    (
        "criticism",
        "説明会が平日の昼間だけでは働いている人は参加できません。夜間や土日も検討してほしいです。",
    ),
    ("criticism", "道路の補修が遅すぎます。何度も要望しているのに改善されません。"),
    ("criticism", "この事業にいくら税金が使われているのか公開してください。"),
    ("criticism", "防潮堤の計画について、住民の声をもっと聞くべきだと思います。"),
    ("criticism", "窓口の待ち時間が長すぎます。予約制にできないのでしょうか。"),
]
REPLIES = [
    ("reply", "{name}さん、{place}の駐車場が使えますよ。"),
    ("reply", "私も同じことを思っていました。"),
    ("reply", "市のホームページに詳しく書いてありましたよ。"),
    ("reply", "{name}さん、情報ありがとうございます！"),
]
PAGE_REPLIES = [
    (
        "page_reply",
        "お問い合わせありがとうございます。詳しくは担当課までお電話でお問い合わせください。",
    ),
    ("page_reply", "コメントありがとうございます。当日は雨天決行です。"),
    ("page_reply", "ご意見ありがとうございます。担当課と共有いたします。"),
    ("page_reply", "ご参加ありがとうございました。次回もよろしくお願いいたします。"),
]
PROHIBITED = [
    ("defamation", "市長は無能。さっさと辞めろ"),
    ("defamation", "担当の職員、態度が最悪。あいつはバカだろ"),
    ("defamation", "{name}は詐欺師だから信用するな"),
    ("defamation", "ば　か　じゃないの？この市役所"),
    ("defamation", "ﾊﾞｶ市役所、仕事しろ"),
    ("discrimination", "よそ者は石巻に来るな"),
    ("discrimination", "外国人は出ていけ"),
    ("threat", "市役所に火をつけてやる"),
    ("threat", "次の説明会で担当者を殺す"),
    ("threat", "爆破予告。明日の祭りは中止にしろ"),
    ("obscene", "エッチな出会いはこちら http://deai.example.net/"),
    ("privacy", "隣の人の電話番号は090-1234-5678です。文句はこっちに言って"),
    ("privacy", "問い合わせは taro.yamada@example.com まで"),
    ("privacy", "{name}さんの住所は石巻市中央2丁目3-4です"),
    ("privacy", "カード番号 4111 1111 1111 1111 を拾いました"),
    ("commercial", "副業で月収50万円！詳しくはプロフィールのリンクから"),
    ("commercial", "不用品回収、格安でやります。LINE ID: kaishu2025"),
    ("commercial", "【PR】石巻で一番安い中古車販売店はこちら"),
    ("political", "次の市議会選挙は山田候補に清き一票を！"),
    ("religious", "神を信じれば救われます。日曜の集会にぜひお越しください"),
    ("harmful_link", "無料でギフト券がもらえる！ http://bit.ly/3xYzAbc"),
    ("harmful_link", "スマホのウイルスチェックはこちら https://virus-check.example.xyz/"),
    (
        "impersonation",
        "【石巻市公式】当選者の方はこちらに個人情報を入力してください https://ishinomaki-city.example.com/",
    ),
]
SPAM = ("spam", "フォローお願いします！！相互フォロー歓迎 http://follow.example.org/")
