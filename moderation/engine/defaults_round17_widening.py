"""Round 17's widening of earlier rules (by slug), as data: the kinds of set L said in words
those rules already look for, and the exceptions for innocent writing that older rules were
known to flag (``defaults.py`` applies it after round 16's; see ``defaults_round17.py``).
"""

from __future__ import annotations

from . import defaults_round17_words as words
from . import defaults_round17_words2 as words2

# The north's "won't do" (無理はしねぇ, 何もしねぇっつってた) is no 死ね: the exception names
# what is not done or how it is said, so a bare しねぇ still counts.
_WONT_DO = [
    "substr:無理はしねぇ", "substr:無理しねぇ", "substr:無理はしねえ", "substr:無理しねえ",
    "substr:しねぇっつ", "substr:しねえっつ", "substr:しねぇ方がいい", "substr:しねぇほうがいい",
    "substr:しねえ方がいい", "substr:しねえほうがいい",
]  # fmt: skip
# A creature that may die, as a child writes it (いきものが しんでしまうかもしれない).
_MAY_DIE = [
    f"substr:{die}{tail}"
    for die in ("しんでしまう", "死んでしまう", "しんじゃう", "死んじゃう")
    for tail in ("かも", "ので", "から", "こともある", "ことがある", "そう")
]
# The page named in quotes that impersonates the city, reported (「石巻市公式」と名乗るページ).
_CLAIMS = [
    "石巻市公式", "市の公式アカウント", "市役所公式", "公式アカウントです", "石巻市役所です", "石巻市です",
    "市長本人です", "市長本人", "市長です", "市の職員です", "市役所の職員です",
]  # fmt: skip
_CLAIM_REPORTED = [
    f"substr:{open_}{claim}」{tail}"
    for claim in _CLAIMS
    for open_ in ("「", "")
    for tail in ("と名乗", "って名乗", "を名乗", "という偽", "という名前の")
]

# A shortener named as the way a doubtful message came (tinyurl のリンクで…って流れてきた),
# not a link given: the exception names the shortener with how it is spoken of.
_SHORTENER_NAMED = [
    f"substr:{name}{space}{tail}"
    for name in ("tinyurl", "bitly", "bit.ly", "bit.ly/")
    for space in ("", " ")
    for tail in (
        "のリンクで",
        "のリンクが",
        "のリンク付き",
        "から始まる",
        "で始まる",
        "っていうリンク",
        "というリンク",
    )
]

# Children up to primary school age, as fees and events name them (小学生以下は入場無料):
# no one's mind compared to a child's.
_CHILDREN_ADMITTED = [
    f"substr:小学生以下{tail}"
    for tail in (
        "は無料", "は入場", "無料", "のお子", "の子ども", "の子供", "の方", "は保護者", "まで", "対象", "は半額",
        "は参加", "はご参加", "の参加",
    )
]  # fmt: skip
# A scene filmed or a demolition described (爆破するシーンの撮影): no one is threatened.
_SCENE_BLASTED = [
    "substr:爆破するシーン",
    "substr:爆破する場面",
    "substr:爆破する映画",
    "substr:爆破するドラマ",
]

WIDENING: dict[str, dict] = {
    "threat-wants-hurt": {
        "description": "「二度と口が利けないようにしてやるからな」も対象です。",
        "terms": words.SILENCED,
    },
    "threat-violence-ja": {
        "description": "（「無理はしねぇ」のような方言の打ち消しや、「爆破するシーンの撮影」は"
        "対象外です。）",
        "exceptions": _WONT_DO + _SCENE_BLASTED,
    },
    "defamation-sarcasm": {
        "description": "（「小学生以下は入場無料」のような料金や対象の案内は対象外です。）",
        "exceptions": _CHILDREN_ADMITTED,
    },
    "threat-veiled": {
        "description": "（「うみのいきものがしんでしまうかもしれない」のような話は対象外です。）",
        "exceptions": _MAY_DIE,
    },
    "exceptions-quoted-abuse": {
        "reported_by": ["と…叱られ", "と…しかられ", "という…SMS", "ってSMS", "というショートメール"],
    },
    "impersonation-official-claim": {
        "description": "（「「石巻市公式」と名乗るページがありました」のような報告は対象外です。）",
        "exceptions": _CLAIM_REPORTED,
    },
    "impersonation-page-move": {
        "description": "（「「市長本人です」と名乗るアカウントから友達申請が来ました」のような報告は"
        "対象外です。）",
        "exceptions": _CLAIM_REPORTED,
    },
    "harmful-link-phishing-words": {
        "description": "（「tinyurl のリンクで…って流れてきたんですが本物ですか」のように短縮URLの"
        "名前を挙げて尋ねる書き込みは対象外です。）",
        "exceptions": _SHORTENER_NAMED,
    },
    "discrimination-slurs": {
        "description": "「ホモやオカマのために税金使うの？」も対象です。",
        "terms": ["substr:ホモやオカマ", "substr:ホモとかオカマ", "substr:オカマやホモ", "substr:オカマとかホモ"],
    },
    "obscene-sex-wanted": {
        "description": "「観光ポスターの子とヤりてぇ」も対象です。",
        "target": words.PICTURED_WOMEN,
    },
    "privacy-health-told": {
        "description": "「運ばれたのは木村さんとこのばあちゃん」も対象です。",
        "target": ["さんとこの", "さんちの", "さんところの"],
    },
    "harmful-link-credentials-asked": {
        "description": "「下のリンクから名前と口座番号を入れるだけ」も対象です。",
        "predicate": words2.CREDENTIALS,
    },
    "public-order-bereaved-mocked": {
        "description": "「死んだ子もう生き返んないのに、親が金ほしいだけでしょ」も対象です。",
        "target": ["死んだ子", "亡くなった子", "犠牲になった子"],
        "predicate": ["金ほしいだけ", "金が欲しいだけ", "金欲しいだけ", "いつまで騒いでんの", "もう終わりにしろ"],
    },
    "ip-work-copied": {
        "description": "「市のゆるキャラのイラスト使ってLINEスタンプ作って売ってます」も対象です。",
        "target": ["キャラのイラスト使って", "キャラのイラストを使って", "イラスト使ってLINEスタンプ",
                   "イラストでLINEスタンプ", "無断でLINEスタンプ", "勝手にLINEスタンプ"],
    },
    "illegal-papers-forged": {
        "description": "「住民票の写し、ちょっと加工して別の住所にしたい」のように偽造や改ざんの"
        "やり方を求める書き込みも対象です。",
        "target": words2.PAPERS,
        "predicate": words2.PAPERS_FORGED,
    },
    "public-order-animals-hurt": {
        "description": "「猫、増えすぎだから毒団子まいて減らせばいい」も対象です。",
        "predicate": ["毒団子まいて", "毒団子撒いて", "毒団子を撒いて", "毒団子をまいて", "毒餌まいて",
                      "毒餌撒いて", "毒餌を撒いて", "毒餌をまいて"],
        "exceptions": ["substr:毒団子がまかれ", "substr:毒団子が撒かれ", "substr:毒団子を撒かれ",
                       "substr:毒団子をまかれ"],
    },
}  # fmt: skip
