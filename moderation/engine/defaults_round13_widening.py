"""Round 13's widening of earlier rules (by slug), as data: the kinds of set H said in words
those rules already look for (``defaults.py`` applies it after round 12's; see
``defaults_round13.py``).
"""

from __future__ import annotations

from . import defaults_round13_words as words

# Abuse words listed in quotes to criticise them (『死ね』とか『殺す』とか、ネットで軽く書く人):
# a mention, not a threat, wherever a quoted word is followed by another quoted one.
_QUOTED_WORDS = ("死ね", "殺す", "氏ね", "消えろ", "殺すぞ")
_LISTED_MENTIONS = [
    f"substr:{word}{gap}"
    for word in _QUOTED_WORDS
    for gap in ("』とか『", "」とか「", "』とか", "」とか", "』や『", "」や「")
    if gap.startswith(("』", "」"))
] + [f"substr:{opening}{word}』" for opening in ("とか『", "や『") for word in _QUOTED_WORDS]

# English words that read as a dialect insult in kana (take → たけ, read as たーけ).
_ENGLISH_READ_AS_INSULT = [
    "substr:take my", "substr:to take", "substr:take a", "substr:take the",
    "substr:take it", "substr:take care",
]  # fmt: skip

WIDENING: dict[str, dict] = {
    "threat-office-burned": {
        "description": "「ガソリン撒いて本庁舎燃やすからな」も対象です。",
        "target": words.ARSON_TARGETS_MORE,
        "predicate": words.BURNED_MORE,
    },
    "threat-violence-ja": {
        "description": "「殺す、あの課長」のように先に「殺す」と書いて相手を続けるものも対象です。"
        "（「『死ね』とか『殺す』とか、ネットで軽く書く人が多すぎる」のように、かぎかっこで"
        "並べて言及するものは対象外です。）",
        "exceptions": _LISTED_MENTIONS,
        "terms": words.KILL_SAID_FIRST,
    },
    "defamation-dialect-insults": {
        "description": "（英語の「take」のように読みが方言の悪口に重なる英単語は対象外です。）",
        "exceptions": _ENGLISH_READ_AS_INSULT,
    },
    "illegal-getting-away-advised": {
        "description": "「漁協の見回りは2時で終わるから、その後が狙い目」も対象です。",
        "target": ["substr:見回りは", "substr:夜に潜れば", "substr:監視は"],
        "predicate": ["が狙い目", "狙い目だよ", "狙い目"],
    },
    "discrimination-women-unfit": {
        "description": "「女の職員は感情的で使えない。窓口は男にしろ」も対象です。",
        "target": words.WOMEN_TARGET_MORE,
        "predicate": words.WOMEN_UNFIT_MORE,
    },
    "defamation-crime-asserted": {
        "description": "「町内会長の山田は補助金を横領して家を建てた」「支援物資を横流ししてた」も"
        "対象です。",
        "target": words.CRIME_TARGETS_MORE,
        "predicate": words.CRIMES_MORE,
    },
}
