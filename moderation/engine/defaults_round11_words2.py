"""The words of round 11 of the default rules for solicitation (political, religious,
commercial), illegal offers, impersonation, privacy and spelled-out links
(``defaults_round11_words.py`` holds those for threats, discrimination, public order and
obscenity; ``defaults_round11.py`` builds the rules from both).

Precision first, as in ``defaults.py``: a word that is ordinary alone (選挙, 与党, 集い, 担当です,
大麻) is only a pattern's target or predicate; a phrase that is harm wherever it stands is a term.
"""

from __future__ import annotations

# --- political --------------------------------------------------------------------------------

# A vote asked for, in dialect, in hiragana or with emoji (菅原さんさ入れでけさいん,
# いっぴょうを おねがいします, 期日前投票もよろしく🙏).
VOTE_ASKS = [
    *[
        f"{put}{please}"
        for put in ("さ入れで", "さ入れて", "に入れで", "さいれで", "さいれて", "さ投票して", "さ投票しで")
        for please in ("けさいん", "けらいん", "けろ", "けさい", "けねが", "けねえが", "ください")
    ],
    "いっぴょうをおねがいします", "いっぴょうをおねがい", "いっぴょう おねがいします", "清き一票を",
    "きよきいっぴょうを", "一票をよろしく", "一票よろしく", "いっぴょうよろしく", "期日前投票もよろしく",
    "期日前投票よろしく", "投票よろしく", "投票もよろしく", "投票よろしくお願いします", "に一票を",
    "に入れよう", "に入れようぜ", "に入れましょう", "に投票しよう", "に投票しようぜ", "に投票しましょう",
]  # fmt: skip
# Who the vote is for: a party, a candidate, a named person, an election (ordinary alone).
VOTE_FOR = [
    "与党", "野党", "自民", "自民党", "立憲", "共産", "共産党", "公明", "維新", "国民民主", "れいわ", "参政党",
    "候補", "候補者", "さん", "氏", "先生", "選挙", "市長選", "市議選", "しぎせん", "しちょうせん", "県議選",
    "けんぎせん", "の会", "会の候補", "期日前投票", "投票日",
]  # fmt: skip
# A candidate's own announcement, asked for support (立候補いたします、ご支援を賜りますよう).
CANDIDACY = [
    "立候補いたします", "立候補致します", "立候補します", "出馬いたします", "出馬致します", "出馬します",
    "立候補することになりました", "出馬することになりました", "立候補を決意", "出馬を決意",
]  # fmt: skip

# (what the candidate asks for: common words, so the target of the pattern)
CANDIDACY_ASKS = [
    "ご支援",
    "ご支持",
    "応援",
    "ご声援",
    "一票",
    "お力添え",
    "よろしくお願い申し上げます",
]

# --- religious --------------------------------------------------------------------------------

# Healing or salvation promised for faith, in dialect or katakana (神様さ祈れば病気も治るっちゃ,
# カミサマヲシンジナサイ スクワレマス).
FAITH_PROMISES = [
    "神様さ祈れば", "神様に祈れば", "かみさまさいのれば", "神さまに祈れば", "神様を信じれば",
    "神様さ信じれば", "substr:信じれば救われ", "substr:信じれば治", "substr:祈れば治", "祈れば病気", "お祈りすれば病気",
    "かみさまをしんじなさい", "かみさまをしんじれば", "しんじなさい", "すぐわれる",
    "信じなさい", "救われっから", "救われるっちゃ",
]  # fmt: skip
# (救われます alone is as often thanks, 支援センターに行くと救われます: a promise only after
# a condition of faith, which the entries above hold)
# (a gathering asked to, in dialect or politely, after a tale of finding a teaching)
FAITH_GATHERINGS = [
    "集会さ来て", "集会さ来てみねが", "集会さ来てけさいん", "集まりさ来て", "集いさ来て",
    "集いに来ていただきたい", "集いに来てください", "集いにいらして", "集いにお越し", "集まりに来ていただきたい",
    "substr:ある教えに出会", "教えに出会い", "教えに出会って", "substr:信仰に出会", "substr:神様に出会",
]  # fmt: skip
FAITH_TALK = [
    "ある教え", "substr:教えに出会", "信仰", "神様", "かみさま", "カミサマ", "祈り", "お祈り", "亡くなった母とも心が",
    "心がつながって", "魂", "霊", "救われ", "集い", "集会", "集まり",
]  # fmt: skip

# --- impersonation ----------------------------------------------------------------------------

# A city office, the mayor or the police naming itself (石巻市ふるさと納税担当です,
# 【石巻市防災危機管理課】, 市役所の者ですが, 宮城県警石巻警察署です).
OFFICE_SELF = [
    *[
        f"{office}{naming}"
        for office in ("石巻市ふるさと納税", "ふるさと納税", "石巻市防災危機管理課", "防災危機管理課",
                       "危機管理課", "石巻市役所", "市役所", "石巻市", "宮城県警石巻警察署", "石巻警察署",
                       "宮城県警", "警察署", "宮城県警察", "石巻市長", "市長")
        for naming in ("担当です", "担当の者です", "の者ですが", "の者です", "です。", "の職員です", "の者ですけど")
    ],
    "【石巻市防災危機管理課】", "【宮城県警】", "【石巻警察署】",
    "市長の〇〇です", "市長の○○です",
]  # fmt: skip
# (a division named with its staff: 秘書広報課の職員です, 福祉課の担当です)
OFFICE_SELF += [
    f"{division}{naming}"
    for division in ("秘書広報課", "広報課", "福祉課", "税務課", "防災課", "市民課", "保険年金課", "収納課",
                     "子育て支援課", "介護保険課", "健康推進課", "資産税課", "市民税課", "総務課", "支所")
    for naming in ("の職員です", "の職員ですが", "の担当です", "の担当者です", "の者ですが")
]  # fmt: skip
OFFICE_ASKS = [
    "必ずご返信ください", "ご返信ください", "個別にメッセージを送らせて", "メッセージを送らせていただきます",
    "こちらのLINEアカウントで", "LINEアカウントで行います", "substr:LINEで受け付け", "こちらのアカウントで行います",
    "カード番号をメッセージで", "メッセージでお送りください", "住所をお書きください", "コメントに住所を",
    "お名前・ご住所", "下記に連絡してください", "下記にご連絡ください", "身元確認のため", "LINE ID", "LINEID",
    "substr:個人的に相談", "substr:個人的にご相談", "までご連絡ください", "までDM",
]  # fmt: skip
# Someone warning of the same (〜と名乗る電話に注意, 〜を騙る): a report, excused.
OFFICE_WARNED = [
    f"substr:{name}{tail}"
    for name in OFFICE_SELF
    for tail in ("と名乗", "って名乗", "を名乗", "という電話", "というメール", "という詐欺", "と言われ", "って電話")
]  # fmt: skip

# --- privacy ----------------------------------------------------------------------------------

# A named person's record, family, workplace, illness or pregnancy told (…の息子は少年院帰り,
# 阿部直樹って…支店で働いてるよ, 小山さんってHIVなんだって, 〇〇さんちの娘さん、妊娠して).
NAMED_MORE = [
    "の息子は", "の娘は", "の嫁は", "の旦那は", "の母親は", "の父親は", "さんの息子", "さんの娘", "さんちの娘",
    "さんちの息子", "さんってHIV", "って", "さん", "くん", "ちゃん",
]  # fmt: skip
PRIVATE_FACTS = [
    "少年院帰り", "少年院上がり", "少年院出", "刑務所帰り", "刑務所上がり", "前科持ち", "前科がある",
    "ムショ帰り", "HIVなんだって", "HIVらしい", "エイズなんだって", "エイズらしい", "梅毒なんだって",
    "性病らしい", "性病なんだって", "妊娠して高校やめた", "妊娠して学校やめた", "妊娠したんだって",
    "妊娠したらしい", "中絶したらしい", "中絶したんだって", "スナックで働いてる", "キャバクラで働いてる",
    "風俗で働いてる", "支店で働いてるよ", "で働いてるよ。嫁", "嫁は看護師",
]  # fmt: skip
PRIVATE_FACTS_REPORTED = [
    f"substr:{fact}{tail}"
    for fact in PRIVATE_FACTS
    for tail in ("という噂", "とか書く", "と書かれ", "なんて書", "と言いふらさ", "という書き込み")
]  # fmt: skip
# A child named with their class and their way home (…3年2組の山田ゆうとくん、いつも一人で帰ってる).
CHILD_ALONE = [
    "いつも一人で帰ってる", "いつも一人で帰ってるよね", "いつもひとりで帰ってる", "一人で下校してる",
    "ひとりで下校してる", "一人で帰ってるよね", "いつも一人で歩いてる", "一人で留守番してる",
]  # fmt: skip
CHILDREN_NAMED = [
    "くん",
    "ちゃん",
    "組の",
    "年生の",
    "小の",
    "中の",
    "さんちの子",
    "の娘",
    "の息子",
]

# --- commercial and illegal -------------------------------------------------------------------

# Goods sold in a comment (安く譲ります, 1キロ千円で売ってっから), and a pyramid scheme's lure
# (主婦でも在宅で月30万。まずはお茶会から).
SALE_CALLS = [
    "コメントしてね、安く",
    "売ってっから買いさ", "売ってっから買いに", "で売ってっから", "買いさ来てけさい", "買いさ来てけさいん",
    "買いに来てけさい", "まずはお茶会から", "まずはお茶会", "お茶会からどうぞ", "主婦でも在宅で月",
    "在宅で月30万", "夢を叶えませんか", "一緒に夢を叶えませんか",
]  # fmt: skip
# Crime offered or recruited for (大麻あります, ナマコ密漁…一緒にやる人募集, 他人のカード使う方法).
CRIME_OFFERS = [
    "大麻あります", "大麻ありますよ", "大麻売ります", "大麻譲ります", "たいまあります", "マリファナあります",
    "覚醒剤あります", "シャブあります", "手渡し可", "密漁すれば", "密漁しよう", "密漁しようぜ",
    "密漁する人募集", "密漁やる人", "他人のカード使う方法", "他人のカードを使う方法", "人のカード使う方法",
    "拾ったカード使う方法", "鍵は夜あいてる", "鍵は夜開いてる", "鍵開いてるよ",
]  # fmt: skip
# (a fraud's or a theft's method offered: 不正受給、こうやればバレないよ。やり方教えるから)
CRIME_OFFERS += [
    f"{crime}{how}"
    for crime in ("不正受給", "万引き", "脱税", "密漁", "キセル", "給付金の二重取り", "二重取り")
    for how in ("のやり方教える", "の方法教える", "のコツ教える", "のやり方教えます", "の方法教えます",
                "のコツ教えます", "、こうやればバレない", "はこうやればバレない", "、やり方教える", "、やり方教えます",
                "のやり方教えっから", "のやり方、教える", "のやり方を教える", "の方法を教える")
]  # fmt: skip
CRIME_OFFERS_REPORTED = [
    f"substr:{offer}{tail}"
    for offer in CRIME_OFFERS
    for tail in ("という投稿", "というコメント", "という書き込み", "と書", "みたいな")
]  # fmt: skip

# --- links spelled out ------------------------------------------------------------------------

# A link read aloud to slip past link detection (エイチティーティーピー コロン スラッシュ,
# いしのまき はいふん きゅうふ どっと じぇーぴー, イシノマキキュウフ ドット コム).
SPOKEN_URL = [
    "エイチティーティーピー", "えいちてぃーてぃーぴー", "エイチティーティーピーエス", "えいちてぃーてぃーぴーえす",
    "コロンスラッシュスラッシュ", "ころんすらっしゅすらっしゅ", "ドットコム", "どっとこむ", "ドットジェーピー",
    "どっとじぇーぴー", "ドットネット", "どっとねっと", "ドットエルワイ", "どっとえるわい", "ドットシーシー",
    "ドットトップ", "どっととっぷ", "ドットインフォ", "ダブリューダブリューダブリュードット",
]  # fmt: skip
