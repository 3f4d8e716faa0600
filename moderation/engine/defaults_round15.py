"""Round 15 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the kinds of harm that set J of the held-out comments showed the earlier rounds
miss: explosives said to be brought, a going to beat someone, a car driven into an office, a
family looked up with a hint, burying promised, death wished in a disguise; a face insulted,
a staff said to be nothing but fools, an insult stretched with a wave dash, a crime said to
be hushed up, a person called by an animal emoji; groups said to share a bad trait, people
with a disability shut away; the bereaved mocked as greedy; nonsense runs and off-topic
asks. ``defaults_round15_more.py`` holds the round's other clauses;
``defaults_round15_widening.py`` widens earlier rules.
"""

from __future__ import annotations

from . import defaults_round15_words as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern


def round15_rules(rule, groups: list[str]) -> list[dict]:
    """The round 15 rules for threats, defamation, discrimination, public order and other
    posts, built with ``defaults._rule``; ``groups`` are the groups hate speech targets."""
    return [
        rule(
            "threat-explosives-brought",
            "脅迫（「議会の日にダイナマイト持ってく」のように爆発物を持ち込むと予告する）",
            "threat",
            "pattern",
            "critical",
            pattern(
                words.EXPLOSIVES,
                words.EXPLOSIVES_BROUGHT,
                words.EXPLOSIVES_EXCUSED + said_forms(words.EXPLOSIVES_BROUGHT),
            ),
            "「議会の日にダイナマイト持ってくわ。全員吹っ飛べ」のように、爆弾や火炎瓶などを持ち込む"
            "・仕掛けると予告する書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-going-to-beat",
            "脅迫（「ぶん殴りに行くから名前教えろ」のように殴りに行くと告げる）",
            "threat",
            "terms",
            "high",
            {"terms": words.BEATING_GOING, "exceptions": ["substr:殴りに行くという書き込み"]},
            "「ぶん殴りに行くから担当の名前教えろ」のように、人を殴りに行くと告げる書き込みを検出"
            "します。自動で非表示にします。",
        ),
        rule(
            "threat-car-rammed",
            "脅迫（「支所に車で突っ込んでやろうか」のように車で突っ込むと予告する）",
            "threat",
            "pattern",
            "critical",
            pattern(words.RAMMED_TARGET, words.RAMMED),
            "「支所に車で突っ込んでやろうか」のように、市役所や窓口に車で突っ込むと予告する書き込み"
            "を検出します。自動で非表示にします。",
        ),
        rule(
            "threat-family-looked-up",
            "脅迫（「子どもの学校調べたよ。あとはわかるよね」のように家族を調べたとほのめかす）",
            "threat",
            "pattern",
            "high",
            pattern(words.LOOKED_UP, words.HINTED, scope="message"),
            "「担当者の子どもがどこの小学校行ってるか調べたよ。あとはわかるよね？」のように、職員"
            "の家族や家を調べたと告げて危害をほのめかす書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-buried",
            "脅迫（「次来たら埋めっぞ」のように埋める・沈めると告げる）",
            "threat",
            "terms",
            "high",
            {"terms": words.BURIED, "exceptions": words.BURIED_EXCUSED + said_forms(words.BURIED)},
            "「次来たら埋めっぞ、山ん中さ」「海に沈めてやる」のように、人を埋める・沈めると告げる"
            "書き込みを方言も含めて検出します。自動で非表示にします。",
        ),
        rule(
            "threat-death-disguised",
            "脅迫（「全員4ね」「死ぃぃぃねぇ」のように形を崩して書いた「死ね」）",
            "threat",
            "regex",
            "high",
            {"pattern": words.DEATH_DISGUISED, "on": "text"},
            "「賛成した議員全員4ね」「担当ｼﾈ」「死ぃぃぃぃねぇぇ市長」のように、数字や半角カナ、"
            "途中の引き延ばしで形を崩して書いた「死ね」を検出します。自動で非表示にします。",
        ),
        rule(
            "defamation-face-insulted",
            "名誉毀損・侮辱（「ゴミみたいな面しやがって」のように顔をけなす）",
            "defamation",
            "pattern",
            "medium",
            pattern(words.FACES, words.FACE_INSULTS, words.FACE_EXCUSED),
            "「市長の顔見るだけで吐き気するわ。ゴミみたいな面しやがって」のように、人の顔や容姿を"
            "けなす書き込みを検出します。",
        ),
        rule(
            "defamation-only-fools",
            "名誉毀損・侮辱（「看護師は底辺しかいねぇ」「無脳ばっかり」のように職員全体をけなす）",
            "defamation",
            "regex",
            "medium",
            {"pattern": words.ONLY_FOOLS, "on": "normalized"},
            "「あそこの看護師は底辺しかいねぇ」「水道部の連中、無脳ばっかり」「頭悪いやつしか雇って"
            "ねぇ」のように、職場や業者の人をまとめてばか・くず扱いする書き込みを検出します。",
        ),
        rule(
            "defamation-insult-stretched",
            "名誉毀損・侮辱（「バ～～～カ」のように波線で引き延ばした悪口）",
            "defamation",
            "regex",
            "medium",
            {"pattern": words.INSULT_STRETCHED, "on": "text"},
            "「市長のバ～～～～カ！！」のように、波線や長音で引き延ばして書いた「ばか」「あほ」を"
            "検出します。",
        ),
        rule(
            "defamation-hushed-up",
            "名誉毀損・侮辱（「保健所にもみ消してもらった」のように不祥事をもみ消したと決めつける）",
            "defamation",
            "terms",
            "medium",
            {
                "terms": words.HUSHED_UP,
                "exceptions": ["substr:という噂はデマ", "substr:というのはデマ"],
            },
            "「食中毒出したのに保健所にもみ消してもらったんだと」「揉み消してもらって異動しただけ」"
            "のように、店や人が不祥事をもみ消してもらったと根拠なく広める書き込みを検出します。",
        ),
        rule(
            "defamation-animal-emoji",
            "名誉毀損・侮辱（「あの議員まるで🐒だな」のように人を動物の絵文字にたとえる）",
            "defamation",
            "regex",
            "medium",
            {"pattern": words.ANIMAL_EMOJI_PEOPLE, "on": "text"},
            "「あの議員まるで🐒だな」「あの課長、完全に🐷」のように、議員や職員を「まるで」などで猿や"
            "豚の絵文字にたとえてけなす書き込みを検出します。",
        ),
        rule(
            "discrimination-group-traits",
            "差別（「片親の家の子は問題起こす」「あいつら民度低い」のように集団に悪い性質を決めつける）",
            "discrimination",
            "pattern",
            "high",
            pattern(groups + words.TRAIT_GROUPS, words.BAD_TRAITS, words.BAD_TRAITS_EXCUSED),
            "「片親の家の子は問題起こすから」「仮設出身の連中は今でもたかり根性が抜けねぇ」「ベトナム"
            "人に教えても無駄」のように、家庭の事情や出身・国籍でまとめて悪い性質を決めつける書き込み"
            "を検出します。「と決めつけるのはおかしい」のような反論は対象外です。",
        ),
        rule(
            "discrimination-disabled-shut-away",
            "差別（「車いすの人は乗せなくていい」「施設に閉じ込めとけ」のような障害者の排除）",
            "discrimination",
            "pattern",
            "high",
            pattern(words.DISABLED, words.SHUT_AWAY, said_forms(words.SHUT_AWAY), "message"),
            "「車いすの人が乗ると時間かかる。乗せなくていい」「知的障害の人…施設に閉じ込めとけ」の"
            "ように、障害のある人をバスや町から締め出そうとする書き込みを検出します。",
        ),
        rule(
            "public-order-bereaved-mocked",
            "公序良俗（「遺族は金目当て」「被害者ぶってる」のように震災の遺族をおとしめる）",
            "public_order",
            "pattern",
            "high",
            pattern(words.BEREAVED, words.MOCKED_AS_GREEDY, scope="message"),
            "「遺族ってまだ騒いでんの？どうせ金目当てでしょ」のように、震災の遺族や被災者を金目当て"
            "・被害者ぶっているとおとしめる書き込みを検出します。",
        ),
        rule(
            "other-nonsense-run",
            "その他（「うんこうんこうんこ」「ああああ…」のような無意味な連続文字だけの投稿）",
            "other",
            "regex",
            "low",
            {"pattern": words.NONSENSE_RUN, "on": "text"},
            "同じ仮名を20字以上続けただけの投稿や、汚い言葉を繰り返しただけの投稿を検出します。",
        ),
        rule(
            "off-topic-personal-wants",
            "投稿と無関係（「ゲームのフレンド募集」「誰か慰めて」のような私的な募集）",
            "off_topic",
            "terms",
            "low",
            {"terms": words.OFF_TOPIC_WANTED, "exceptions": []},
            "「ゲームのフレンド募集してます」「彼女にフラれた。誰か慰めて」のように、市のお知らせと"
            "関係のない私的な募集や相談を検出します。",
        ),
    ]
