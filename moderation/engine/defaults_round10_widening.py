"""Round 10's widening of earlier rules (by slug), as data: the kinds of round 10 said in
words those rules already look for, and entries withdrawn or excused because they flagged
innocent words (see ``defaults_round10.py``; ``defaults.py`` applies it after round 9's).
"""

from __future__ import annotations

from . import defaults_round10_words as words
from . import defaults_round10_words2 as asks

# Round 10 also widens earlier rules (by slug), and withdraws entries that flagged innocent
# words ("drop").
_MASKED = [
    f"substr:{word}"
    for mask in ("◯", "○", "●", "〇", "*", "＊", "×")
    for word in (f"ち{mask}こ", f"ち{mask}ぽ", f"ま{mask}こ")
]
WIDENING: dict[str, dict] = {
    "impersonation-city-voice": {
        "description": "「石巻市秘書広報課でございます」「私は石巻市長です」「【石巻市役所】」のように"
        "名乗って、住所・口座番号・生年月日・DM・再ログインを求めるものも対象です。",
        "target": asks.CITY_SELF,
        "predicate": asks.CITY_SELF_ASKS,
        "exceptions": asks.CITY_SELF_REPORTED,
    },
    "political-campaign-more": {
        "description": "「立候補いたしました〇〇でございます、ご支援を賜りますよう」も対象です。",
        "target": asks.CANDIDACY,
        "predicate": asks.CANDIDACY_CALLS,
    },
    "discrimination-sexuality-slurs": {
        "description": "「同性愛なんて病気でしょ」「パートナーシップ制度とか気持ち悪い」も対象です。",
        "target": words.SEXUALITY_MORE,
        "predicate": words.SEXUALITY_CONTEMPT_MORE,
        "exceptions": words.SEXUALITY_DEFENDED + words.said_of(words.SEXUALITY_CONTEMPT_MORE),
    },
    "privacy-private-facts": {
        "description": "（「障害がある方」「勤務先はどこになりますか」のような普通の言い方は対象外です。）",
        "drop": ["障害がある"],
        "exceptions": asks.WORKPLACE_ASKED,
    },
    "threat-veiled": {
        "description": "「背中に気をつけてくださいね」も対象です。"
        "（「命が惜しければすぐ高台へ」のような避難の呼びかけや、「ご家族が無事だと"
        "いいですね」のような気づかいは対象外です。）",
        "exceptions": words.FLEE_ADVICE + words.HOPED_SAFE,
        "terms": [
            "背中に気をつけて",
            "背中には気をつけて",
            "背後に気をつけて",
            "背後には気をつけて",
            "背中に気をつけな",
        ],  # fmt: skip
    },
    "threat-harm-hints": {
        "description": "（「うちの子供がどうなってもいいのか」のような自分の家族を案じる苦情や、"
        "「…知らないよ、と言われた」のような報告は対象外です。）",
        "exceptions": words.OWN_FAMILY,
    },
    "obscene-words-masked": {
        "description": "（伏せ字の語は語の区切りで探し、「キャッチコピー」「まことに」は対象外です。）",
        "drop": _MASKED,
        "terms": [entry.removeprefix("substr:") for entry in _MASKED],
    },
    "discrimination-exclusion": {
        "description": "（「ハーフマラソン」「ハーフサイズ」のハーフは対象外です。）",
        "exceptions": [
            f"substr:ハーフ{word}"
            for word in (
                "マラソン",
                "サイズ",
                "タイム",
                "パイプ",
                "コート",
                "ライン",
                "ミラー",
                "&ハーフ",
            )
        ],
    },
    "illegal-drug-slang-offers": {
        "description": "「マリファナ吸いてえ奴はうぢさ来い」のような誘いも対象です。（「野菜」「アイス」"
        "のような普通の言葉でもある隠語は、隠語の規則で扱います。）",
        "drop": asks.CODED_DRUGS,
        "predicate": asks.DRUG_CALLS,
    },
    "impersonation-official-claim": {
        "description": "「市の税務課の者です、還付金があるのでお電話ください」も対象です。",
        "predicate": [
            "お電話ください",
            "お電話を",
            "還付金",
            "折り返し",
            "ご住所",
            *asks.OFFICIAL_ASKS,
        ],
    },
    "discrimination-slurs": {
        "description": "ひらがなの「しなじん」も対象です。",
        "terms": ["しなじん", "しなじんども"],
    },
    "political-supporters-club": {
        "description": "「立候補いたしました」「出馬いたしました」のような候補者自身のあいさつも対象です。",
        "terms": ["立候補いたしました", "立候補致しました", "出馬いたしました", "出馬致しました"],
    },
    "defamation-insults-ja": {
        "description": "（「ペンキがはげて」のような塗装や色がはげる話は対象外です。）",
        "exceptions": [
            f"substr:{coat}{particle}はげ"
            for coat in (
                "ペンキ",
                "塗装",
                "塗料",
                "色",
                "メッキ",
                "ニス",
                "漆",
                "表面",
                "シール",
                "文字",
            )
            for particle in ("が", "も", "は", "")
        ],
    },
    "exceptions-quoted-abuse": {
        "description": "「殺すぞ」と留守電が入った、「死ね」とまでは言わない、「死ね」とか「消えろ」"
        "とか酷いのが多い のような話も報告です。",
        "reported_by": [
            "と…留守電",
            "と…留守番電話",
            "とまでは…言わ",
            "とまでは…いわ",
            "とか…酷い",
            "とか…ひどい",
            "とか…書く人",
            "とか…書き込む人",
            "とか…管理して",
        ],
    },
}
