"""Round 14's widening of earlier rules (by slug), as data: the kinds of set I said in words
those rules already look for, and the exceptions for the innocent words set I showed them
flagging (``defaults.py`` applies it after round 13's; see ``defaults_round14.py``).
"""

from __future__ import annotations

from . import defaults_round14_words as words
from . import defaults_round14_words2 as words2

# Innocent words holding an insult (くずきり, クズ拾い, 時差ボケ, きもいり = 肝いり).
_FOOD_AND_LITTER = [
    "くずきり", "葛きり", "葛切り", "くず餅", "くずもち", "葛餅", "くず湯", "葛湯", "くず粉", "葛粉",
    "クズ拾い", "くず拾い", "紙くず", "糸くず", "時差ボケ", "時差ぼけ", "時差ボケで", "時差ボケです", "時差ぼけで", "寝ボケ",
    "きもいり",
]  # fmt: skip
# 池沼 read as lakes and marshes (池沼の水質調査, 河川や池沼).
_LAKES = [
    "substr:池沼の水質", "substr:池沼の環境", "substr:池沼の調査", "substr:河川や池沼", "substr:池沼や河川",
    "substr:河川・池沼", "substr:湖沼", "substr:ため池や池沼", "substr:池沼の生き物",
]  # fmt: skip

WIDENING: dict[str, dict] = {
    "threat-polite-whereabouts": {
        "description": "「毎朝7時半にバス停を使っていらっしゃいますよね。夜道には十分お気をつけ"
        "くださいませ」も対象です。",
        "target": words.POLITE_NIGHT_CARE,
        "predicate": words.ROUTINE_KNOWN,
    },
    "threat-office-burned": {
        "description": "「市役所🔥 明日燃やす」「市役所さ火つけでやっからな」も対象です。（「明日"
        "燃やすごみ」は対象外です。）",
        "predicate": words.BURNED_DAY_OR_DIALECT,
        "exceptions": words.BURNED_EXCUSED,
    },
    "threat-fuel-carried": {
        "description": "「回答がない場合、明日灯油を持って伺います。どうなっても責任は取りかねます」"
        "も対象です。",
        "target": words.CONDITIONAL_WARNINGS,
    },
    "privacy-officials-children": {
        "description": "「市長のお嬢様、〇〇小学校の3年生でしたね」も対象です。",
        "target": [
            f"{role}の{child}"
            for role in ("市長", "副市長", "議員", "課長", "職員", "担当者")
            for child in (
                "お嬢様",
                "お嬢さん",
                "娘さん",
                "ご子息",
                "息子さん",
                "お子さん",
                "お子様",
            )
        ],
        "predicate": ["小学校の", "中学校の", "高校の", "年生でしたね", "年生ですよね", "に通って"],
    },
    "defamation-crime-asserted": {
        "description": "「あの整骨院の院長、保険の不正請求してるよ」も対象です。",
        "predicate": [
            "不正請求してる",
            "不正請求している",
            "不正請求してるよ",
            "水増し請求してる",
            "水増し請求している",
            "架空請求してる",
            "脱税してる",
            "脱税している",
        ],  # fmt: skip
    },
    "defamation-dialect-insults": {
        "description": "「ほんっとにほでなすだっちゃ」のように前の言葉と続けて書いた「ほでなす」も"
        "対象です。（親しみをこめた「おだづもっこ」（お調子者）は対象外にしました。）",
        "terms": ["substr:ほでなす", "substr:ほでなし"],
        "drop": ["おだづもっこ"],
    },
    "defamation-insults-ja": {
        "description": "（「くずきり」「クズ拾い」「時差ボケ」「きもいり」は対象外です。）",
        "exceptions": _FOOD_AND_LITTER,
    },
    "defamation-staff-insults": {
        "description": "（「しちょうきもいり」（市長肝いり）、「辞めろとまでは言わない」は対象外です。）",
        "exceptions": [
            "きもいり",
            "substr:きもいり",
            "substr:辞めろとまでは",
            "substr:辞めろとは言わ",
            "substr:辞めろとは言いません",
        ],  # fmt: skip
    },
    "discrimination-slurs": {
        "description": "「害人」のように「外」を「害」に替えた蔑称も対象です。（「池沼の水質調査」"
        "のように湖や沼の意味の「池沼」は対象外です。）",
        "terms": ["害人", "害国人", "害人労働者"],
        "exceptions": _LAKES,
    },
    "discrimination-women-unfit": {
        "description": "「さすが女性の課長、感情的でお話になりませんね。管理職は男じゃないと」も"
        "対象です。",
        "target": words.WOMEN_LEADING,
        "predicate": words.UNFIT_MORE,
    },
    "public-order-event-disruption": {
        "description": "「成人式で暴れて目立とうぜ。パトカー来たら勝ち」も対象です。",
        "predicate": words.RIOT_CALLS,
    },
    "impersonation-office-orders": {
        "description": "「石巻市保険年金課よりお知らせいたします…電話番号をご記入ください」「石巻市の"
        "防災担当職員です。内部情報があります」も対象です。",
        "target": words2.OFFICE_SPEAKING_MORE,
        "predicate": words2.OFFICE_ORDERS_MORE,
    },
    "political-rally-calls": {
        "description": "「〇〇党の街頭演説会、日曜に駅前で行います。お誘い合わせの上お越しください」"
        "も対象です。",
        "target": words2.RALLIES_MORE,
        "predicate": words2.RALLY_CALLS_MORE,
    },
}
