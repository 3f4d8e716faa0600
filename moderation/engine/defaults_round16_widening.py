"""Round 16's widening of earlier rules (by slug), as data: the kinds of set K said in words
those rules already look for, and the exceptions for innocent writing that older rules were
known to flag (``defaults.py`` applies it after round 15's; see ``defaults_round16.py``).
"""

from __future__ import annotations

from . import defaults_round16_words as words
from . import defaults_round16_words2 as words2

# A gap, a deficit or a seat filled is no body buried (赤字を埋めてやる, 穴を埋めるぞ): each
# exception names what is filled, so it covers the threat word only there.
_FILLED = [
    "赤字", "赤字分", "穴", "差", "溝", "空白", "欠員", "不足", "不足分", "損失", "隙間", "すき間", "空席",
    "席", "会場", "枠", "余白", "行間", "マス", "借金", "時間", "遅れ", "ギャップ", "距離",
]  # fmt: skip
_BURY_FORMS = ["埋めてやる", "埋めたる", "埋めるぞ", "埋めてやっから", "埋めっぞ", "埋めてやるぞ"]
_BURIED_EXCUSED = [
    f"substr:{what}{particle}{form}"
    for what in _FILLED
    for particle in ("を", "は", "も")
    for form in _BURY_FORMS
]
# A parent looking up a child's own school day (子どもの学校行事、調べといたよ): the exception
# covers the word 子ども with what follows it, so a child named as a target still counts.
_CHILD_MATTERS = [
    "学校行事", "行事", "予定", "習い事", "運動会", "遠足", "給食", "献立", "健診", "予防接種", "時間割",
    "塾の時間", "宿題", "服", "病院", "送迎", "部活", "入学", "卒業式", "入学式", "修学旅行",
]  # fmt: skip
_CHILD_LOOKED_UP_EXCUSED = [
    f"{child}の{matter}"
    for child in ("子ども", "子供", "こども", "子")
    for matter in _CHILD_MATTERS
]
# Plain or ugly-cute animals and mascots (ブサイクな猫, ぶさかわ): affection, not an insult.
_ANIMALS = [
    "猫", "ねこ", "ネコ", "子猫", "犬", "いぬ", "イヌ", "子犬", "柴犬", "パグ", "ブルドッグ", "うさぎ",
    "金魚", "魚", "フグ", "カエル", "ゆるキャラ", "キャラ", "ぬいぐるみ", "顔の猫", "顔の犬",
]  # fmt: skip
_UGLY_CUTE = [
    f"{ugly}{link}{animal}"
    for ugly in ("ブサイク", "ぶさいく", "不細工", "ブス")
    for link in ("な", "の", "だけどかわいい")
    for animal in _ANIMALS
] + ["ブサかわ", "ブサカワ", "ぶさかわ", "ブサ可愛", "ブサイクだけどかわい", "ブサイクだけど可愛",
     "ブサイクでかわい", "ぶさいくでかわい", "ブサイクなところがかわい"]  # fmt: skip

# Care and childcare goods and clothing advice (紙パンツの使い方を教えて, 下着の透けない浴衣の
# 着付け): no one's underwear asked about.
_GARMENTS_EXCUSED = [
    "紙パンツ", "リハビリパンツ", "トレーニングパンツ", "パンツタイプ", "パンツ型", "おむつパンツ",
    "下着の透けない", "透けない下着", "下着の洗い方", "下着の選び方", "下着の寄付", "下着の支援",
    "下着の替え", "替えの下着", "下着の着替え", "パンツの選び方", "パンツの洗い方", "パンツの替え",
]  # fmt: skip
# Accounts and phones in another's name warned about (他人名義の口座は犯罪です).
_ACCOUNT_WARNINGS = [
    f"substr:{what}{tail}"
    for what in (
        "他人名義の口座",
        "他人名義の携帯",
        "他人名義のスマホ",
        "口座の売買",
        "口座売買",
        "通帳の売買",
    )
    for tail in ("は犯罪", "は違法", "に注意", "にご注意", "は絶対", "は法律違反", "は禁止")
]

WIDENING: dict[str, dict] = {
    "threat-veiled": {
        "description": "（「赤字を埋めてやる」「穴を埋めるぞ」のように赤字や穴を埋める話は対象外"
        "です。）",
        "exceptions": _BURIED_EXCUSED,
    },
    "threat-harm-hints": {
        "description": "（「赤字を埋めてやる」のように赤字や穴を埋める話は対象外です。）",
        "exceptions": _BURIED_EXCUSED,
    },
    "threat-buried": {
        "description": "（「赤字を埋めっぞ」のように赤字や穴を埋める話は対象外です。）",
        "exceptions": _BURIED_EXCUSED,
    },
    "threat-knows-home": {
        "description": "（「子どもの学校行事、調べといたよ」のように子どもの予定を調べた話は対象外"
        "です。）",
        "exceptions": _CHILD_LOOKED_UP_EXCUSED,
    },
    "defamation-insults-ja": {
        "description": "（「ブサイクな猫」「ぶさかわ」のように動物やキャラクターをかわいがる言い方は"
        "対象外です。）",
        "exceptions": _UGLY_CUTE,
    },
    "defamation-contempt": {
        "description": "（「ブサイクな猫」のように動物をかわいがる言い方は対象外です。）",
        "exceptions": _UGLY_CUTE,
    },
    "obscene-underwear-asked": {
        "description": "（「紙パンツの使い方を教えて」「下着の透けない浴衣の着付けを教えてください」の"
        "ような介護用品や着こなしの質問は対象外です。）",
        "exceptions": _GARMENTS_EXCUSED,
    },
    "illegal-trade": {
        "description": "（「他人名義の口座は犯罪です」のような注意の呼びかけは対象外です。）",
        "exceptions": _ACCOUNT_WARNINGS,
    },
    "commercial-sales-contact": {
        "description": "（「オフ」は連絡先ではないので、「商店街のセールで30%オフになってました」"
        "のような話は対象外です。）",
        "drop": ["オフ"],
    },
    "commercial-solicitation": {
        "description": "（「通販サイトで買おうと思うんですが」「通販サイトで買った」のような買い手の"
        "話は対象外です。）",
        "exceptions": [
            "substr:通販サイトで買おう", "substr:通販サイトで買った", "substr:通販サイトで購入した",
            "substr:通販サイトで注文した", "substr:通販サイトで見た", "substr:通販サイトで見つけ",
        ],
    },
    "commercial-numbers-and-trades": {
        "description": "（「20%オフ」だけでは店の宣伝とみなしません。市のイベントの割引の話は対象外"
        "です。店が自分で「50%オフにします」「本日限定、全品70%オフ」と書く形は対象です。）",
        "drop": ["substr:%オフ"],
        "target": [
            "substr:%オフにします", "substr:%オフいたします", "substr:%オフでご提供",
            "substr:%オフで提供中", "substr:%オフにてご提供", "substr:%オフでご案内",
            "substr:%オフの特別価格",
            "全品", "全商品", "店内全品", "店内全商品", "全メニュー", "全品目",
        ],
        # a sell-out is news, not an offer
        "exceptions": ["substr:全品売り切れ", "substr:全品完売", "substr:全商品売り切れ", "substr:全品品切れ"],
    },
    "threat-explosives-brought": {
        "description": "「庁舎に爆弾しかけたから。14時に爆発する」も対象です。",
        "predicate": ["しかけた", "仕掛けた", "しかけたから", "仕掛けたから", "仕掛けました", "しかけました",
                      "仕掛けてある", "しかけてある", "爆破してやる", "爆発させてやる"],
    },
    "political-defeat-calls": {
        "description": "「次の選挙で現職以外に投票しよう」も対象です。",
        "predicate": ["現職以外に投票", "現職以外に入れよう", "現職以外に入れて", "現職に入れるな",
                      "現職には投票するな", "現職を落とそう", "以外に投票しよう"],
    },
    "illegal-poached-catch": {
        "description": "「禁漁区で獲ったウニを仲買に流して小遣い稼いでる」も対象です。",
        "predicate": ["禁漁区で獲った", "禁漁区で採った", "禁漁区でとった", "禁漁期に獲った", "禁漁区で獲ってる", "仲買に流して",
                      "仲買に流してる", "こっそり仲買に"],
    },
    "obscene-words-masked": {
        "description": "「ちん○ん」のような伏せ字も対象です。",
        "terms": words2.MASKED_GENITALS,
    },
    "threat-arson": {
        "description": "「市長の家に火つけたろか」のような方言の予告も対象です。",
        "target": ["家", "庁舎", "役所", "市役所", "支所", "事務所"],
        "predicate": ["火つけたろか", "火つけたる", "火ぃつけたる", "火つけてやろうか", "火つけてやっから",
                      "火つけてやる", "火ぃつけてやる", "火を放ってやる", "燃やしたろか"],
    },
    "illegal-drugs": {
        "description": "「シャブ手に入るよ」も対象です。",
        "predicate": ["手に入るよ", "手に入りますよ", "すぐ手に入るよ", "引けるよ", "回せるよ"],
    },
    "public-order-bereaved-mocked": {
        "description": "「震災の遺族はいつまで悲劇のヒロインぶってるの」も対象です。",
        "predicate": ["悲劇のヒロインぶってる", "悲劇の主人公ぶってる", "かわいそうぶってる",
                      "可哀想ぶってる", "被災者ぶってる", "被災者面", "被害者面", "いつまで被災者",
                      "悲劇のヒロイン気取り"],
    },
    "public-order-animals-hurt": {
        "description": "「野良猫に毒団子撒いといた」も対象です。",
        "predicate": words.POISONED,
    },
}  # fmt: skip
