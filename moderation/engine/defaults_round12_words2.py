"""The words of round 12 of the default rules for solicitation, impersonation, privacy, illegal
offers, obscenity, politics and faith (``defaults_round12_words.py`` holds the others;
``defaults_round12.py`` and ``defaults_round12_more.py`` build the rules).

Regular expressions read the message widened (``widen.widen``): full-width ASCII as
ASCII, half-width katakana as full-width, and the long mark ー as "-", so カード is カ[ー-](?:ド|ト[゛\\u3099]).
"""

from __future__ import annotations

# --- commercial -------------------------------------------------------------------------------

# A price offer (1台3000円で貸します, 1本980円、定期購入でさらにお得, 通常29800円が今だけ無料,
# 今なら送料無料): money asked for goods or a service, in a sentence.
PRICE_OFFERS = (
    "(?:[0-9０-９][0-9０-９,，]*円で(?:貸します|お貸しします|売ります|お売りします|お譲りします|譲ります|"
    "お分けします|販売します|販売いたします|提供します)"
    "|定期購入で(?:さらに|もっと)?お得"
    "|今なら送料無料"
    "|円が今だけ(?:無料|半額)"
    "|モニタ[ー-]募集中)"
)

# Dating offered (寂しい夜に話し相手になりませんか…連絡待ってます; 出会いを探してる方、登録無料の
# マッチングアプリ): the lure is the target, the call to get in touch the predicate.
DATING_LURES = [
    "寂しい夜", "さみしい夜", "マッチングアプリ",
    "出会い系", "30代女性です", "20代女性です", "40代女性です", "人妻です",
]  # fmt: skip
DATING_CALLS = [
    "連絡待ってます", "連絡待ってる", "登録無料", "ポイントプレゼント", "DM待ってます", "会えませんか",
    "お話ししませんか", "メッセージください",
]  # fmt: skip

# --- impersonation ----------------------------------------------------------------------------

# An office's voice (保健推進課の者です, 観光課の担当職員です, ＩＳＨＩＮＯＭＡＫＩ ＣＩＴＹ ＯＦＦＩＣＩＡＬ,
# 石巻地方広域水道企業団です, 消防本部です, 石巻市役所からのお知らせです, おら市役所の福祉課の職員だげっと)
# with money or data asked for: the asking is the rarer half.
OFFICE_VOICES = [
    "課の者です", "の者です", "担当職員です", "担当です", "職員です", "職員だげっと", "職員だけど", "city official",
    "企業団です", "消防本部です", "消防署です", "水道局です", "市役所からのお知らせ", "市役所より",
    "課より", "からのお知らせです", "公式サブアカウント", "サブアカウント", "運営：市職員", "市職員",
]  # fmt: skip
DATA_ASKED = [
    "口座番号を返信", "口座番号を送", "口座番号を教え", "口座を教えて", "口座教えて", "メッセージで口座",
    "下記口座に振り込み", "下記口座へ振り込み", "下記口座にお振り込み", "振り込みをお願いします", "振込をお願いします",
    "お振込みをお願い", "現金でご用意ください", "現金でご用意", "番号を送ってください", "番号を送って", "DMで番号",
    "マイナンバーを送", "住所とお名前を送", "メッセージで住所", "おらさ直接連絡", "私にメッセージを", "私にメッセージ",
    "ATMで手続き", "ATMで還付", "本人確認をお願い", "円で販売いたします", "販売いたします", "ご購入ください", "購入してください", "お支払いください",
    "当方の業者が伺い", "業者が伺います",
    "DMで受付", "こちらのDMで", "このアカウントにメッセージ", "このアカウントにDM",
]  # fmt: skip

# The asks reported, not made (本人確認をお願いされました, 口座番号を教えてと言われた).
DATA_ASKS_REPORTED = [
    f"substr:{ask}{tail}"
    for ask in DATA_ASKED
    for tail in (
        "され",
        "と言われ",
        "って言われ",
        "という",
        "って来",
        "と来",
        "が来",
        "という電話",
        "って電話",
    )
]

# A new official page claimed (こちらのアカウントが新しい公式になりました; このページは本日で閉鎖し、
# 新しい公式ページに移行します): the move is the target, what readers are told to do the predicate.
NEW_OFFICIAL = [
    "新しい公式",
    "新しい公式ページ",
    "新しい公式アカウント",
    "新公式",
    "新しいページ",
    "新アカウント",
    "公式になりました",
]
MOVED_ON = [
    "移行します", "移行しました", "になりました", "フォローを外して", "旧ページ", "本日で閉鎖", "閉鎖します",
    "本人確認", "こちらをフォロー", "フォローし直して",
]  # fmt: skip

# A false order in the city's name (石巻市防災推進課より緊急連絡：本日中に全世帯で避難してください
# （市長命令）).
FALSE_ORDERS = [
    "市長命令",
    "市長の命令",
    "全世帯で避難してください",
    "全世帯避難してください",
    "全員避難命令",
]

# --- privacy ----------------------------------------------------------------------------------

# A residence card, a flat or an account told (在留カード番号はAB12345678CD, 仮設7号棟102号室に
# いるよ, この人の口座 七十七銀行 …).
RESIDENCE_CARD = "在留カ[ー-](?:ド|ト[゛\\u3099])(?:番号)?[はがの:：\\s]*[A-Za-zＡ-Ｚａ-ｚ]{2}[0-9０-９]{8}[A-Za-zＡ-Ｚａ-ｚ]{2}"
FLAT_TOLD = (
    "[0-9０-９]+号棟[0-9０-９]+号室(?:にいる|に住んで|にいます|だよ|です。借金|にいるから|どうぞ)"
)
ACCOUNTS_OF_OTHERS = [
    "この人の口座", "こいつの口座", "あいつの口座", "奴の口座", "やつの口座", "あの人の口座", "この人の口座番号",
]  # fmt: skip
# A child named by class (〇〇小5年2組の鈴木颯太; 今野さんの息子、石巻中の2年3組だよね).
CHILD_CLASS = (
    "(?:さんの息子|さんの娘|さんちの子|んとこの子|いじめてるのは|いじめてるの|加害者は|犯人は)[^。！？!?\\n]{0,20}"
    "[0-9０-９一二三四五六]年[0-9０-９一二三四五六]組"
)
# Someone's illness told (旦那さんがHIV陽性なんだって).
ILLNESS_TOLD = [
    "HIV陽性なんだって", "HIV陽性らしい", "エイズなんだって", "エイズらしい", "精神病なんだって",
    "うつ病なんだって", "癌なんだって", "がんなんだって", "梅毒なんだって", "性病なんだって",
]  # fmt: skip

# --- illegal ----------------------------------------------------------------------------------

# Getting away with it, advised (被害盛って申請すれば…みんなやってる; 働いてるの隠して…絶対バレない;
# 夜に北上川の土手に捨てれば誰にもわからない; 飲んでも裏道通って帰れば捕まんねぇ; パスポート
# 預かって逃げられないように): the act is the target, the assurance the predicate.
ACTS = [
    f"substr:{act}"
    for act in ("盛って申請", "被害盛って", "被害を盛って", "働いてるの隠して", "収入隠して", "収入を隠して",
                "土手に捨てれば", "川に捨てれば", "山に捨てれば", "海に捨てれば", "夜に捨てれば", "裏道通って",
                "組合通さない", "パスポート預か", "パスポートを預か", "旅券を預か", "夜中に獲り", "現金手渡しのバイト")
] + ["飲酒運転", "漁業権", "密漁", "substr:見回りが終わ", "substr:見回り終わ", "substr:見回りの後"]  # fmt: skip
GOT_AWAY = [
    "バレない", "バレなきゃ", "バレねぇ", "ばれない", "誰にもわからない", "誰にも分からない", "誰にもバレない",
    "捕まんねぇ", "捕まらない", "捕まんない", "余裕", "大丈夫だっちゃ", "みんなやってる", "みんなそうしてっぺ",
    "多くもらえる", "逃げられないように", "やり方教える", "行くやついない",
]  # fmt: skip
GOT_AWAY_WARNED = [
    "substr:は犯罪",
    "substr:は違法",
    "substr:通報",
    "substr:やめて",
    "substr:やめましょう",
]

# Documents forged to order (診断書つくります。病院行かなくてもOK; 就労証明書、偽造してあげます).
DOCUMENTS = [
    "診断書",
    "証明書",
    "就労証明書",
    "在職証明書",
    "免許証",
    "ハンコ",
    "印鑑",
    "保険証",
    "住民票",
    "罹災証明",
]
FORGED = [
    "偽造してあげます", "偽造します", "偽造できます", "偽造しますよ", "偽造OK", "substr:病院行かなくても",
    "substr:病院に行かなくても", "substr:診察なしで", "substr:受診なしで", "診断書つくります", "診断書作ります",
    "診断書書きます", "診断書出します",
]  # fmt: skip
FORGED_ORDINARY = [
    "substr:窓口で",
    "substr:市役所で",
    "substr:どこで",
    "substr:ですか",
    "substr:ますか",
]

# Stolen goods or catch sold (工事現場から持ってきた銅線…高く買ってくれる人いない？; 組合通さない
# から安く売るよ; もう万引きでもしないとやっていけない).
STOLEN = [
    "現場から持ってきた", "現場からパクった", "現場からパクってきた", "盗んできた", "パクってきた", "万引きでもしない",
    "万引きするしか", "万引きしかない",
]  # fmt: skip

# --- obscene ----------------------------------------------------------------------------------

OBSCENE_TERMS = [
    "シコった", "シコる", "シコれる", "シコい", "シコってる", "犯したくなる", "犯したくなるわ", "犯したい", "いいケツしてっちゃ", "いいケツしてる", "いいケツ", "いっぺん抱かせ", "一回抱かせ", "抱かせろ",
    "抱かせでけ", "パンツ見えてた", "パンツ見えた写真", "パンチラ写真", "足ばっか写って", "足ばっか写ってる", "足ばっかり写ってる", "足ばかり写ってる", "足ばっか撮ってる",
    "足ばかり撮ってる", "おっぱい揉み", "おっぱい揉ん",
    "胸揉み", "乳揉み",
]  # fmt: skip
# Sexual emoji aimed at a person or at photos (🍆💦 水産課のお姉さんに 🍑; 水着写真もっと載せて🍑🍆💦).
SEX_EMOJI_AIMED = (
    "(?:[🍑🍆💦👅]{2}[^。！？!?\\n]{0,20}?(?:お姉さん|お兄さん|ママ|保健師|職員|さん|ちゃん)"
    "|(?:お姉さん|ママ|職員|水着|写真)[^。！？!?\\n]{0,20}?[🍑🍆💦👅]{2}"
    "|(?:🍆💦|🍑🍆|🍆🍑)[^。！？!?\\n]{0,20}?[🍑🍆💦])"
)

# --- political and religious --------------------------------------------------------------------

# A party's meeting with gifts, a protest rally called (参加者には党の機関紙プレゼント;
# 原発再稼働反対の集会…一人でも多く参加して声を上げましょう).
RALLIES = [
    "反対の集会", "反対集会", "反対デモ", "抗議集会", "抗議デモ", "決起集会", "街頭演説", "党の政策説明会", "政策説明会",
    "党の集会",
]  # fmt: skip
RALLY_CALLS = [
    "声を上げましょう", "声をあげましょう", "参加しましょう", "集まりましょう", "集まろう", "一人でも多く参加",
    "機関紙プレゼント", "党の機関紙", "入党", "参加者には",
]  # fmt: skip
VOTE_ROMAJI = [
    "tohyou wa", "touhyou wa", "kouho ni onegai", "ni tohyou", "ni touhyou", "tohyou onegai", "touhyou onegai",
]  # fmt: skip

# Faith offered with fear or a cure (ｼﾝｺｳ ｼﾏｾﾝｶ? ﾀﾀﾘ ｶﾞ ｷｴﾏｽ; この壺を置けば家族の不幸は全部消えます;
# 檀家さなってけさいん; うちの会さ入っと病気も治る; 本当に救ってくれるのは〇〇様だけ).
FAITH_TERMS = [
    "教えを広める活動", "ご家庭に伺ってお話し", "祟りが消え", "タタリが消え", "たたりが消え", "タタリガキエ",
    "不幸は全部消え", "不幸が全部消え", "不幸が消えます", "壺を置けば", "で運命が変わる", "本当に救ってくれるのは",
    "檀家さなって", "檀家になってけ", "会さ入っと", "先祖も浮かばれ", "ご先祖様が泣いて",
    "先祖が泣いて", "信仰しませんか", "シンコウシマセンカ", "しんこうしませんか",
]  # fmt: skip
# A moan written out (あぁぁぁんイクぅぅぅぅ): stretched kana are folded by the normaliser, so
# the stretch itself is the sign, read in the widened text (long marks there are "-").
MOAN = "あ[ぁあっー〜～-]{1,}ん[ぁあっー〜～-]*(?:イ|い)(?:ク|く)[ぅうっー〜～-]{2,}"

# A card number given with its word (拾ったカード番号 4980 1234 5678 9012), valid or not.
CARD_NUMBER = "カ[ー-](?:ド|ト[゛\\u3099])番号[^0-9０-９\\n]{0,6}[0-9０-９]{4}[ -]?[0-9０-９]{4}[ -]?[0-9０-９]{4}[ -]?[0-9０-９]{4}"
# Income promised with a contact (月に40万円以上の収入…LINE（ID: …）に送って).
INCOME_CONTACT = "[0-9０-９]+万円(?:以上)?の収入[^\\n]{0,120}?(?:LINE|ライン|DM|メッセ[ー-]ジ)"

# A benefit applied for on a link that is not the city's (住民税の還付…下記URLより…https://…;
# 灯油購入助成金、今日まで！申請→ http://…; 見舞金…カード情報を入れると… http://…).
BENEFIT_LINK = (
    "(?:還付|給付|助成金|見舞金|支援金|補助金|給付金|ク[ー-]ポン)[^\\n]{0,80}?"
    "(?:申請|手続き|受け取り|カ[ー-](?:ド|ト[゛\\u3099])情報)[^\\n]{0,60}?"
    "https?://(?!(?:www\\.)?city\\.ishinomaki\\.lg\\.jp|[a-z0-9.-]*\\.go\\.jp|[a-z0-9.-]*\\.lg\\.jp|www\\.pref\\.miyagi)"
)
# Pieces of a lure link: an app file, a brand's name with a digit for a letter, a form host
# used as a subdomain (forms.gle.ishinomaki-shien.co).
LINK_PIECES = [
    "substr:.apk", "substr:amaz0n", "substr:arnazon", "substr:rakutem", "substr:paypa1", "substr:rnercari",
    "substr:forms.gle.", "substr:docs.google.com.", "substr:line.me.",
]  # fmt: skip
