"""Round 12's widening of earlier rules (by slug), as data: the kinds of round 12 said in
words those rules already look for (``defaults.py`` applies it after round 11's; see
``defaults_round12.py``).
"""

from __future__ import annotations

from . import defaults_round12_words as words

WIDENING: dict[str, dict] = {
    "threat-knows-home": {
        "description": "「お前の家は知ってる。子どもが何時に帰るかもな」「家もわがってっからな」も対象です。",
        "target": ["お前", "おめぇ", "おめえ", "あんた", "子ども", "子供"],
        "predicate": words.HOME_KNOWN,
    },
    "threat-polite-night-roads": {
        "description": "「支援課の担当、夜道さ気ぃつけろよ」のような方言や、「〇〇課の佐々木さん」と"
        "後から名指しするものも対象です。",
        "target": ["課の", "担当", "支援課", "課長", "〇〇さん", "○○さん"],
        "predicate": [
            "夜道さ気ぃつけろよ",
            "夜道さ気ぃつけろ",
            "夜道さ気をつけろ",
            "夜道さ気いつけろ",
            "夜道には気をつけた方がいいですよ",
            "夜道には気をつけたほうがいいですよ",
        ],
    },
    "threat-death-dares": {
        "description": "「そんなに殺されたいんですか」のような丁寧な言い方も対象です。",
        "terms": [
            "殺されたいんですか",
            "殺されたいんか",
            "殺されたいの",
            "殺されたいらしいな",
            "刺されたいんですか",
            "殴られたいんですか",
        ],
    },
    # 氏ね after a role or a group is read as 死ね by the engine (normalize.honorific_shi),
    # and kill is a Latin word of harm beside whom it threatens (threat-romaji): kinds, not
    # the listed pairs round 12 first wrote.
    "threat-violence-ja": {
        "description": "「連中全員氏ね」「課長氏ね」のように人や役職の後に書いた「氏ね」、"
        "「年寄りは早く死ねば」のように早い死を願う言い方も対象です。",
        "terms": [
            f"{soon}{die}"
            for soon in ("早く", "はやく", "さっさと", "とっとと")
            for die in ("死ねば", "しねば", "死んでくれれば", "死んでくれたら")
        ],
        # said of oneself (早く死ねばよかった): grief, not a wish against anyone
        "exceptions": [
            f"{soon}{die}{regret}"
            for soon in ("早く", "はやく")
            for die in ("死ねば", "しねば")
            for regret in ("よかった", "良かった")
        ],
    },
    "threat-romaji": {
        "description": "英語の kill・murder（「ＫＩＬＬ市長」「kill the mayor」）も対象です。",
        # not "you": shine on you is English (shine is 死ね in romaji)
        "target": ["mayor", "staff", "副市長", "課長", "議員", "役人", "担当"],
        "predicate": ["kill", "murder", "stab"],
        "exceptions": ["kill time", "kill some time", "kill the time"],
    },
    "defamation-insults-ja": {
        "description": "（「バカな質問ですみません」のように自分を卑下する言い方は対象外です。）",
        "exceptions": words.SELF_FOOLISH,
    },
    "public-order-nude-stunts": {
        "description": "「観光案内所の前で全裸になったら話題になるかな」も対象です。",
        "target": [
            "話題になる",
            "話題になるかな",
            "バズる",
            "バズるかな",
            "バズるかも",
            "注目される",
        ],
        "predicate": ["全裸になったら", "裸になったら", "全裸で歩いたら", "裸で走ったら"],
    },
    "harmful-link-spelled-out": {
        "description": "「ドット エックスワイゼット」「dotto xyz」のような読み方も対象です。",
        "target": ["dotto", "dot"],
        "predicate": [
            "エックスワイゼット",
            "えっくすわいぜっと",
            "トップ",
            "xyz",
            "top",
            "com",
            "net",
            "info",
            "site",
        ],
    },
    "political-vote-asks-dialect": {
        "description": "「しぎせんは ぜったい まるまる さんに いれてね」のようなひらがなの頼み方も対象です。",
        "predicate": [
            "にいれてね",
            "に いれてね",
            "にいれてください",
            "にいれて",
            "に入れてね",
            "にいれよう",
            "に入れよう",
        ],
    },
}
