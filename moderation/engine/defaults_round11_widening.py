"""Round 11's widening of earlier rules (by slug), as data: the kinds of round 11 said in
words those rules already look for, and the exceptions that fix the kinds of false flag
round 11 found (``defaults.py`` applies it after round 10's; see ``defaults_round11.py``).
"""

from __future__ import annotations

from . import defaults_round11_words as words

# Things that are a nuisance, not people (蚊がうざい季節, 雪がうざい): not an insult.
_NUISANCES = (
    "蚊", "虫", "ハエ", "はえ", "蝿", "カラス", "ムクドリ", "雨", "雪", "風", "湿気", "花粉", "暑さ", "寒さ",
    "黄砂", "渋滞", "工事の音", "草", "雑草", "猫の鳴き声", "梅雨", "西日", "寝癖", "フケ",
)  # fmt: skip
_ANNOYING = ("うざい", "うざっ", "ウザい", "うぜぇ", "うぜえ", "うざったい", "ウザ", "うざ")
# Scraps (野菜くず, パンくず, 鉄くず): residue, not an insult.
_SCRAPS = [
    f"substr:{stuff}{scrap}"
    for stuff in ("野菜", "パン", "鉄", "布", "木", "おが", "かんな", "削り", "紙", "糸", "綿", "生ごみの野菜",
                  "魚の", "野菜の", "糸の", "ゴム", "消しゴムの", "石")
    for scrap in ("くず", "クズ", "屑")
]  # fmt: skip
WIDENING: dict[str, dict] = {
    "threat-knows-whereabouts": {
        "description": "「お子さんの通っている小学校、存じ上げておりますよ」のような丁寧な言い方も対象です。",
        "target": words.KIN_PLACES,
        "predicate": words.KNOWN_POLITELY,
    },
    "threat-knows-home": {
        "description": "「ご自宅の場所はみんな知っていますからね」も対象です。",
        "predicate": words.KNOWN_HOMES_POLITELY,
    },
    "discrimination-worth": {
        "description": "「生活保護を受けてる連中は人間のクズ、選挙権なんか取り上げろ」も対象です。",
        "predicate": [
            "人間のクズ",
            "人間のくず",
            "クズども",
            "クズばかり",
            "選挙権なんか取り上げろ",
            "選挙権を取り上げろ",
            "選挙権を奪え",
            "選挙権なんかいらない",
        ],
    },
    "defamation-insults-ja": {
        "description": "（「蚊がうざい」のような虫や天気への「うざい」、「野菜くず」「パンくず」のような"
        "くずは対象外です。）",
        "exceptions": [
            f"substr:{thing}{particle}{word}"
            for thing in _NUISANCES
            for particle in ("が", "も", "は", "")
            for word in _ANNOYING
        ]
        + _SCRAPS,
    },
    "threat-violence-ja": {
        # No exception list: a surface match never begins with the する of the word before
        # (boundaries.on_word_boundaries), which covers every noun, not only listed ones.
        "description": "（「勉強しねぇ」「誰も注意しねーの」のような「しない」の方言やくだけた言い方は"
        "対象外です。）",
    },
    "exceptions-quoted-abuse": {
        "description": "「副業で月収50万」みたいなコメント のような、かっこで引用した書き込みの報告も"
        "対象外です。",
        "reported_by": [
            "」みたいなコメント",
            "」みたいな書き込み",
            "」みたいな投稿",
            "」のようなコメント",
            "」のような書き込み",
            "」のような投稿",
            "」みたいなの",
            "」系のコメント",
        ],
    },
}
