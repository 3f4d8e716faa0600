"""Round 15's widening of earlier rules (by slug), as data: the kinds of set J said in words
those rules already look for, and the exceptions for the innocent words set J showed them
flagging (``defaults.py`` applies it after round 14's; see ``defaults_round15.py``).
"""

from __future__ import annotations

from . import defaults_round15_words as words
from . import defaults_round15_words2 as words2
from . import defaults_round15_words3 as words3

# Scrap and shavings (鉄くず・金属くず) and ばか as an intensifier or in idioms (ばかに冷えた,
# ばかうまい, ばか正直, 正直者がばかを見る): no insult.
_SCRAP_AND_IDIOMS = [
    "鉄くず", "金属くず", "木くず", "鉄屑", "金属屑", "木屑", "おがくず", "くず鉄", "パンくず", "野菜くず",
    "substr:ばかに冷え", "substr:ばかに寒", "substr:ばかに暑", "substr:ばかに多", "substr:ばかに高",
    "substr:ばかに早", "substr:ばかうま", "substr:バカうま", "substr:ばか正直", "substr:バカ正直",
    "substr:馬鹿正直", "substr:ばかを見る", "substr:バカを見る", "substr:馬鹿を見る", "substr:ばかを見た",
    "substr:バカを見た", "substr:馬鹿を見た", "substr:ばか丁寧", "substr:ばか力", "substr:バカ力",
    "substr:ばかにならない", "substr:バカにならない", "substr:馬鹿にならない", "substr:ばかにならん",
]  # fmt: skip
# The dialect 'will not do' (市の人はしねぇべ, そんなことしねぇだろ): no 死ね.
_WILL_NOT_DO = [
    "substr:しねぇべ", "substr:しねえべ", "substr:しねーべ", "substr:しねぇだろ", "substr:しねえだろ",
    "substr:しねぇと思", "substr:しねえと思",
]  # fmt: skip

WIDENING: dict[str, dict] = {
    "commercial-numbers-and-trades": {
        "description": "（「クーリングオフ」は割引の「オフ」ではありません。）",
        "exceptions": ["substr:クーリングオフ", "substr:くーりんぐおふ", "substr:クーリング・オフ"],
    },
    "defamation-insults-ja": {
        "description": "（「鉄くず」「ばかに冷えた」「ばかうまい」「ばか正直」「ばかを見る」は対象外"
        "です。）",
        "exceptions": _SCRAP_AND_IDIOMS,
    },
    "threat-violence-ja": {
        "description": "（方言の「市の人はしねぇべ」のような「しない」は対象外です。）",
        "exceptions": _WILL_NOT_DO,
    },
    "privacy-address": {
        "description": "（市役所の公表住所「穀町14番1号」は市名がなくても対象外です。）",
        "allow": ["穀町14番1号", "穀町14-1"],
    },
    "defamation-crime-asserted": {
        "description": "「課長が業者から付け届けもらってる」「社長は反社とつながってる」「指導主事は"
        "セクハラ常習犯」も対象です。",
        "target": ["指導主事", "主事", "の社長", "課長が"],
        "predicate": words.CRIMES_ASSERTED,
    },
    "discrimination-women-unfit": {
        "description": "「女に消防団なんか務まるわけねぇ」「女が課長なんかやってっから何も決められ"
        "ねぇ」も対象です。",
        "target": words.WOMEN_TARGETS,
        "predicate": words.WOMEN_UNFIT,
    },
    "public-order-animals-hurt": {
        "description": "「野良猫を海に投げ込んでる動画上げた」も対象です。",
        "predicate": words.ANIMAL_THROWN,
    },
    "illegal-poached-catch": {
        "description": "「アワビ、漁協通さねぇで安く売るよ。夜のうちに潜って獲ってる」も対象です。",
        "predicate": words3.POACHED_MORE,
    },
    "illegal-papers-forged": {
        "description": "「障害者手帳、作れます。本物と同じ見た目」も対象です。",
        "target": words3.FORGED_TARGETS,
        "predicate": words3.FORGED_MORE,
    },
    "ip-work-copied": {
        "description": "「動画まるごと転載して広告つけて稼いでる」「漫画を全巻スキャンしてPDFで無料"
        "配布」「子どもたちの顔写真、親に断らずに全部アップしとく」も対象です。",
        "target": words2.COPIED_MORE,
        "predicate": words2.POSTED_MORE_IP,
    },
    "confidential-bid-prices": {
        "description": "「入札予定価格は3億2千万らしい。まだ公表前だけど業者の皆さん参考に」も対象"
        "です。",
        "predicate": words2.NOT_YET_PUBLIC,
    },
}
