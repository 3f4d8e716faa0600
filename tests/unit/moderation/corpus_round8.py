"""Round 8 of the corpus: contempt for a person in social-media words, and doxxing threats
(``moderation/engine/defaults_round8.py``), each kind with its innocent look-alikes."""

CONTEMPT = "defamation-person-contempt"
SAID_OF = "defamation-person-contempt-said-of"
STAFF = "defamation-staff-insults"
DOXXING = "threat-doxxing"
ANNOUNCED = "threat-announced-attack"
SEXUAL = "obscene-sexual-questions"

ROUND8_FLAG = [
    # the mind, without a listed word
    ("頭おかしいんじゃねーの", CONTEMPT),
    ("お前頭おかしいだろ", CONTEMPT),
    ("この人頭悪すぎでしょ", CONTEMPT),
    ("知能低すぎて草", CONTEMPT),
    ("頭わいてんのか", CONTEMPT),
    ("脳内お花畑かよ", CONTEMPT),
    ("理解力なさすぎ", CONTEMPT),
    ("あなた頭がおかしいですね", SAID_OF),
    ("投稿者は日本語読めないの？", CONTEMPT),
    ("市長は頭おかしい", STAFF),
    ("担当の人、日本語通じないんですかね", STAFF),
    ("おめだづ頭おがしいんでねえか", CONTEMPT),
    # rubbish in a simile or phrase
    ("社会のゴミ", CONTEMPT),
    ("まじでゴミみたいな投稿", CONTEMPT),
    ("クズのような職員ばかり", CONTEMPT),
    ("ほんと使えない奴だな", CONTEMPT),
    # disgust at a person
    ("この人ほんと気持ち悪い", SAID_OF),
    ("あの人キショい", SAID_OF),
    ("お前の顔面凶器だな", CONTEMPT),
    ("気持ち悪いやつがコメントしてる", CONTEMPT),
    # told to be silent or to go
    ("底辺は黙ってろ", CONTEMPT),
    ("すっこんでろ", CONTEMPT),
    ("引っ込んでろ雑魚", CONTEMPT),
    ("失せろ", CONTEMPT),
    ("二度とコメントすんな", CONTEMPT),
    ("あんたは黙っとけ", SAID_OF),
    # gloating, and through the parents
    ("ざまぁ", CONTEMPT),
    ("いい気味だ", CONTEMPT),
    ("情弱乙", CONTEMPT),
    ("親の顔が見てみたいわ", CONTEMPT),
    ("お前の母ちゃんでべそ", CONTEMPT),
    # Tohoku dialect and polite contempt
    ("ばがでねえの", "defamation-dialect-insults"),
    ("たごさくどもが", "defamation-dialect-insults"),
    ("ぶんなぐっぞ", "threat-veiled"),
    ("ぶっ飛ばすっちゃ", "threat-veiled"),
    ("ご家族の安全を心よりお祈りしております", "threat-veiled"),
    ("担当者様の知能の低さには感服いたしました", STAFF),
    ("よくその程度の能力で窓口に立てますね", STAFF),
    # finding where someone lives or works, and turning up
    ("家特定して凸るわ", DOXXING),
    ("職場に押しかけてやる", DOXXING),
    ("自宅を特定したから待ってろ", DOXXING),
    ("こいつ凸しようぜ", DOXXING),
    ("本名特定完了", DOXXING),
    # announced attacks, and sexual questions made to someone
    ("殺害予告しとくわ", ANNOUNCED),
    ("明日駅で無差別にやるわ", ANNOUNCED),
    ("全員皆殺しにしてやる", ANNOUNCED),
    ("ねえパンツ何色？", SEXUAL),
    ("胸でかいね触らせて", SEXUAL),
    ("受付の子、何カップ？", SEXUAL),
    # the city's own accounts are not promotion, someone else's are
    ("LINE追加で1万円もらえる", "commercial-solicitation"),
    ("貧乏人は子供産むな", "discrimination-exclusion"),
    ("石巻市公式LINEです。本人確認のため口座番号を送ってください", "impersonation-official-claim"),
]

ROUND8_PASS = [
    "頭が痛くて病院に行きました",
    "頭がおかしくなりそうなほど忙しい一週間でした",
    "頭悪い私でもわかる説明でありがたいです",
    "日本語が読めない外国の方向けの案内はありますか",
    "今日の天気、気持ち悪いくらい暑いね",
    "食べ過ぎて気持ち悪い",
    "気持ち悪くなったら無理せず休んでください",
    "黙って見守るしかないですね",
    "この人の説明で黙っていた理由がわかりました",
    "ゴミみたいに小さい袋しか売ってない",
    "このアプリ使えないんですか",
    "あなたの地区では使えないサービスです",
    "公園のお花畑がきれいでした",
    "お花畑の写真を撮りに行きました",
    "生きてる価値を見つける講座、良かったです",
    "原因が特定されました",
    "場所の特定にご協力ください",
    "住所が特定されないように写真の位置情報を消しましょう",
    "家を特定されて怖い思いをしました",
    "凸凹の道を直してほしい",
    "親の顔を見に帰省します",
    "「ざまぁ」と書き込まれて傷つきました",
    "いい気分転換になりました",
    "職員の皆様、いつも丁寧なご対応ありがとうございます",
    "夜道は暗いので気をつけてお帰りください",
    "被災されたご家族のご無事を確認できました",
    "子どもの能力を伸ばす講座に参加しました",
    "窓口の人の態度、二度と来るなって感じでした",
    "市長に殺害予告があったというニュースを見ました",
    "無差別に選ばれた千人へのアンケートです",
    "胸がいっぱいになりました",
    "パンツの丈を直してもらいました",
    "市の公式LINEを友だち追加しました",
    "石巻市公式LINEの友だち追加で防災情報が届きます",
    "低所得者向けの給付金の申請はいつまでですか",
]
