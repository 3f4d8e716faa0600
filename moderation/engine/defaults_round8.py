"""Round 8 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from kinds of contempt that the earlier rounds miss because they are phrased the
way people write at each other on social media rather than at the city: the mind or
intelligence of a person attacked without a listed word (頭おかしいんじゃねーの, 知能低すぎ,
お花畑), disgust at a person (この人ほんと気持ち悪い, 顔面凶器), a person called rubbish in
a simile (ゴミみたいな投稿), someone told to be silent or to go (底辺は黙ってろ, 失せろ,
二度とコメントすんな), gloating at someone's misfortune (ざまぁ, いい気味), insults that go
through a person's parents (親の顔が見てみたい), and threats to find where someone lives or
works and turn up there (家特定して凸るわ).

Precision first, as in ``defaults.py``: a predicate that is ordinary about the weather or
one's own body (気持ち悪い, 頭がおかしくなりそう, 黙って) is only a pattern predicate, said
of a person in the same sentence; a phrase that is contempt wherever it stands is a term.
Quoting or reporting (〜と言われた) is excused by the reporting tails of round 5.
"""

from __future__ import annotations

# --- defamation: contempt for a person --------------------------------------------------------

# Who a comment talks at or about, besides the city's staff of round 5: a person pointed at
# (この人), the writer of another comment, and names that are themselves contempt (底辺).
PEOPLE_POINTED_AT = [
    "この人", "あの人", "その人", "この人たち", "あの人たち", "この方", "あの方",
    "投稿者", "書いた人", "書き込んだ人", "コメントした人", "こいつ等", "お宅", "おたくら",
    "あなた", "あんた", "お前さん", "おまえさん", "テメェ", "てめぇ", "貴様ら", "底辺", "情弱",
    "こんな奴", "こんなやつ", "こういう奴", "こういうやつ", "こういう人", "ああいう人",
]  # fmt: skip
# Said of a person: the mind, the face, disgust. Ordinary about oneself or the weather, so
# only with one of the people above (or the staff of round 5) in the same sentence.
CONTEMPT_PREDICATES = [
    "頭おかしい", "頭がおかしい", "頭おかしいだろ", "頭おがしい", "頭がおがしい", "頭悪い", "頭が悪い", "頭わいてる", "頭沸いてる",
    "頭湧いてる", "頭わいてん", "頭沸いてん", "お花畑", "理解力ない", "理解力がない", "理解力ゼロ",
    "読解力ない", "読解力がない", "読解力ゼロ", "知能低い", "知能が低い", "知能低すぎ",
    "日本語読めない", "日本語読めねえ", "日本語わからない", "日本語わかんない", "日本語通じない",
    "気持ち悪い", "気色悪い", "キショい", "きしょい", "キショ", "キモすぎ", "キモ過ぎ",
    "顔面凶器", "lemma:黙る/命令形", "黙ってろ", "黙っとけ", "黙っとれ",
    "lemma:失せる/命令形", "lemma:引っ込む/命令形", "すっこんでろ", "引っ込んでろ",
    "使えねえ", "使えねー",
]  # fmt: skip
# Contempt wherever it stands: the phrase itself says it of someone.
CONTEMPT_PHRASES = [
    # the mind
    "頭おかしいんじゃ", "頭おかしいんか", "頭おかしいのか", "頭おかしいやつ", "頭おかしい奴",
    "頭おかしい人", "頭おかしい連中", "頭おがしいんでねえ", "頭おがしいんでねが", "頭おがしいべ", "頭のおかしい人", "頭のおかしいやつ", "頭のおかしい奴",
    "頭の悪い奴", "頭の悪いやつ", "知能低すぎ", "知能が低すぎ", "知能低い奴", "知能低いやつ",
    "頭お花畑", "脳内お花畑", "お花畑脳", "理解力なさすぎ", "読解力なさすぎ", "理解力ゼロ",
    "読解力ゼロ", "日本語読めないの", "日本語読めないのか", "日本語読めねえのか",
    "日本語でおk", "頭わいてんのか", "頭沸いてんのか",
    # the analyser reads お前頭 as お + 前頭 (the frontal lobe) and この人頭 as この + 人頭, so
    # a person directly followed by 頭 is written out whole
    *[
        f"{who}頭{state}"
        for who in ("お前", "おまえ", "この人", "あの人", "こいつ", "あいつ", "あんた", "てめえ")
        for state in ("おかしい", "悪い", "悪すぎ", "わいてる", "沸いてる", "湧いてる")
    ],
    # rubbish, in a simile or a phrase
    "社会のゴミ", "社会のクズ", "社会のカス", "人間のゴミ", "人間のカス", "人類のゴミ",
    *[
        f"{rubbish}{like}{who}"
        for rubbish in ("ゴミ", "クズ", "カス")
        for like in ("みたいな", "のような", "同然の")
        for who in (
            "投稿", "コメント", "人", "人間", "奴", "やつ", "連中", "職員", "市長", "議員", "役所",
            "市役所", "対応", "行政", "政治家", "野郎", "男", "女",
        )
    ],
    "使えない奴", "使えないやつ", "使えねえ奴", "使えねえやつ", "使えねーやつ",
    # disgust at a person, and the face
    "顔面凶器", "顔面崩壊", "顔面偏差値低", "気持ち悪い奴", "気持ち悪いやつ", "気持ち悪い人",
    "キモいやつ", "キモい奴", "きもいやつ", "キショいやつ", "キショい奴",
    # told to be silent or to go
    "すっこんでろ", "引っ込んでろ", "lemma:失せる/命令形", "消え失せろ", "二度とコメントすんな",
    "コメントすんな", "コメントするな", "コメントしてくんな", "コメントしてくるな",
    "二度と書き込むな", "書き込むなよ", "二度と来んな", "二度と来るな", "出しゃばるな",
    "でしゃばるな", "底辺は黙ってろ", "雑魚は黙ってろ", "ザコは黙ってろ", "情弱は黙ってろ",
    # gloating
    "ざまぁ", "ざまあ", "ザマァ", "ざまぁみろ", "いい気味", "いいきみだ", "メシウマ", "飯うま",
    "情弱乙", "雑魚乙", "ザコ乙", "無能乙", "低能乙", "老害乙",
    # through the parents
    "親の顔が見てみたい", "親の顔が見たい", "親の顔を見てみたい", "親の顔が見てみてえ",
    "母ちゃんでべそ", "かあちゃんでべそ", "かーちゃんでべそ", "親の教育が悪い",
    "親の育て方が悪い", "親がバカ", "親もバカ", "親もアホ",
]  # fmt: skip
# Ordinary sentences that hold one of the phrases (ざまあ in a place name would be one).
CONTEMPT_EXCEPTIONS = [
    "substr:頭がおかしくなりそう", "substr:頭おかしくなりそう", "substr:お花畑がきれい",
    "substr:お花畑が綺麗", "substr:お花畑を", "substr:お花畑の", "substr:お花畑に",
    "substr:お花畑で", "substr:使えない日", "substr:使えない時", "substr:使えないとき",
    "substr:使えない場合", "substr:使えないので", "substr:使えないんですか", "substr:使えないです",
    "substr:使えないのでしょうか", "substr:使えないのですか",
]  # fmt: skip

# --- threat: finding where someone lives or works, and turning up -----------------------------

DOXXING_THREATS = [
    "家特定", "家を特定", "自宅特定", "自宅を特定", "住所特定", "住所を特定", "勤務先特定",
    "勤務先を特定", "職場特定", "職場を特定", "学校特定", "学校を特定", "本名特定", "本名を特定",
    "家凸", "職場凸", "自宅凸", "勤務先凸", "凸る", "凸るわ", "凸ってやる", "凸ってくる",
    "凸してやる", "凸するわ", "凸するぞ", "凸しに行く", "凸しに行くわ", "凸しに行こう",
    "凸しようぜ", "凸しよう", "突撃してやる", "突撃しに行く", "突撃するわ", "家まで行ってやる",
    "家まで行くぞ", "家に行ってやる", "家に押しかけ", "職場に押しかけ", "押しかけてやる",
    "晒し上げ", "晒しあげ", "ネットに晒す", "ネットに晒そう",
]  # fmt: skip
# Advice and the victim's side: 特定されないように, 家を特定されて, 凸はやめましょう. An
# exception excuses a match only when it covers all of it, so each is the phrase plus its tail.
_ADVICE_TAILS = (
    "されない", "されて", "された", "される", "させない", "を防", "に注意", "に気をつけ",
    "は難し", "できない", "できません", "のはやめ", "はやめ", "しないで", "しないように",
    "ないで", "ないように", "ないよう",
)  # fmt: skip
_SPOKEN_AS_ADVICE = [
    "特定", "家を特定", "自宅を特定", "住所を特定", "職場を特定", "勤務先を特定", "学校を特定",
    "本名を特定", "凸", "凸る", "押しかけ", "晒し上げ", "晒しあげ", "晒す",
]  # fmt: skip
DOXXING_EXCEPTIONS = [
    f"substr:{said}{tail}" for said in _SPOKEN_AS_ADVICE for tail in _ADVICE_TAILS
]


# --- threat: announcing a killing or an attack on whoever is there -----------------------------

ANNOUNCED_ATTACKS = [
    "殺害予告しとく", "殺害予告しておく", "殺害予告します", "殺害予告するわ", "殺害予告な",
    "犯行予告しとく", "犯行予告しておく", "犯行予告します", "犯行予告するわ", "爆破予告しとく",
    "爆破予告します", "無差別にやる", "無差別にやるわ", "無差別にやってやる", "無差別に刺",
    "無差別に殺", "無差別殺人してやる", "無差別殺人する", "無差別テロ起こ", "通り魔になって",
    "通り魔してやる", "皆殺しにしてやる", "皆殺しにする", "みな殺しにしてやる",
]  # fmt: skip

# --- obscene: sexual questions and demands made to someone -------------------------------------

SEXUAL_DEMANDS = [
    "パンツ何色", "パンツは何色", "パンツの色教えて", "下着何色", "下着は何色", "下着の色教えて",
    "胸触らせて", "胸揉ませて", "胸もませて", "おっぱい揉ませろ", "お尻触らせて", "おしり触らせて",
    "尻触らせて", "ケツ触らせて", "胸でかいね", "胸でかいな", "スリーサイズ教えて",
    "カップ数教えて", "何カップ", "処女ですか", "処女なの", "童貞なの",
]  # fmt: skip


def round8_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 8 rules, built with ``defaults._rule``; ``reporting_tails`` are the ways of
    quoting or reporting of round 5 (…という, …と言)."""

    # Describing how someone behaved (二度と来るなって感じ, 黙れと言わんばかり) is a report too.
    tails = reporting_tails + [
        "って感じ",
        "という感じ",
        "みたいな態度",
        "という態度",
        "と言わんばかり",
    ]

    def reported(terms: list[str]) -> list[str]:
        plain = [t for t in terms if not t.startswith("lemma:")]
        return [f"substr:{term}{tail}" for term in plain for tail in tails]

    return [
        rule(
            "defamation-person-contempt",
            "誹謗中傷（人への軽蔑：頭・顔・気持ち悪い・黙れ・ざまぁ）",
            "defamation",
            "terms",
            "medium",
            {
                "terms": CONTEMPT_PHRASES,
                "exceptions": CONTEMPT_EXCEPTIONS + reported(CONTEMPT_PHRASES),
            },
            "「頭おかしいんじゃねーの」「知能低すぎ」「脳内お花畑」「社会のゴミ」「ゴミみたいな投稿」"
            "「顔面凶器」「すっこんでろ」「失せろ」「二度とコメントすんな」「ざまぁ」「いい気味」"
            "「親の顔が見てみたい」のように、言葉そのものが人を見下す書き込みを検出します。"
            "「頭がおかしくなりそうなほど忙しい」「お花畑がきれい」「このアプリ使えないんですか」"
            "のような普通の文や、「〜と言われた」という報告は対象外です。",
        ),
        rule(
            "defamation-person-contempt-said-of",
            "誹謗中傷（この人・あなた・投稿者への「気持ち悪い」「頭おかしい」など）",
            "defamation",
            "pattern",
            "medium",
            {
                "target": PEOPLE_POINTED_AT,
                "predicate": CONTEMPT_PREDICATES,
                "exceptions": CONTEMPT_EXCEPTIONS + reported(CONTEMPT_PREDICATES),
                "scope": "sentence",
            },
            "「この人ほんと気持ち悪い」「あなた頭おかしいでしょ」「投稿者は日本語読めないの」"
            "「底辺は黙ってろ」のように、同じ文の中で人（この人・あの人・あなた・投稿者など）に"
            "向けた「気持ち悪い」「頭が悪い」「黙れ」「使えない」などを検出します。人を指さない"
            "「今日は気持ち悪いくらい暑い」「食べ過ぎて気持ち悪い」は対象外です。",
        ),
        rule(
            "threat-doxxing",
            "脅迫（家や職場の特定・押しかけ・晒し上げの予告）",
            "threat",
            "terms",
            "high",
            {
                "terms": DOXXING_THREATS,
                "exceptions": DOXXING_EXCEPTIONS + reported(DOXXING_THREATS),
            },
            "「家特定して凸るわ」「職場に押しかけてやる」「自宅を特定した」「晒し上げ」のように、"
            "人の家や勤め先を突き止めて押しかける・ネットに晒すと予告する書き込みを検出します。"
            "「特定されないよう気をつけて」「凸はやめましょう」のような注意や、被害の報告は"
            "対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-announced-attack",
            "脅迫（殺害・犯行の予告、無差別の攻撃）",
            "threat",
            "terms",
            "critical",
            {"terms": ANNOUNCED_ATTACKS, "exceptions": reported(ANNOUNCED_ATTACKS)},
            "「殺害予告しとくわ」「犯行予告します」「駅で無差別にやる」「皆殺しにしてやる」のように、"
            "殺害や無差別の攻撃を予告する書き込みを検出します。「殺害予告があったそうです」"
            "のような報道や報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "obscene-sexual-questions",
            "わいせつ（下着・体・性経験についての質問や要求）",
            "obscene",
            "terms",
            "medium",
            {"terms": SEXUAL_DEMANDS, "exceptions": reported(SEXUAL_DEMANDS)},
            "「パンツ何色？」「胸触らせて」「スリーサイズ教えて」「処女なの？」のように、人の下着・体・"
            "性経験を尋ねたり触らせろと求めたりする書き込み（性的な嫌がらせ）を検出します。"
            "「胸がいっぱいになりました」のような普通の文は対象外です。",
        ),
    ]


# Round 8 also widens the staff rule of round 5 with the same predicates (a comment that
# calls the mayor 頭おかしい or tells a clerk to get lost).
WIDENING: dict[str, dict] = {
    "defamation-dialect-insults": {
        "description": "「ばがでねえの」「たごさく」も対象です。",
        "terms": ["ばがでねえ", "ばがでねぇ", "ばがでねが", "ばがくせ", "たごさく", "たごさくども"],
    },
    "threat-veiled": {
        "description": "「ぶんなぐっぞ」「ぶっ飛ばすっちゃ」や、丁寧語の「ご家族に何があっても」"
        "「ご家族の安全を心よりお祈りしております」も対象です。",
        "terms": [
            "ぶんなぐっぞ",
            "ぶん殴っぞ",
            "殴っぞ",
            "ぶっ飛ばすっちゃ",
            "ぶっ飛ばすど",
            "ぶっ殺すっちゃ",
            "ぶっ殺すど",
            "刺すっちゃ",
            "ご家族に何があっても",
            "お子さんに何があっても",
            "お子様に何があっても",
            "ご家族の安全を心よりお祈り",
            "ご家族のご無事をお祈り",
        ],  # fmt: skip
    },
    "commercial-solicitation": {
        "description": "市の公式 LINE・公式アカウントの友だち追加やフォローの話題は対象外です。",
        # The city runs official LINE and social accounts: residents telling each other to add
        # them is not promotion (an exception excuses only a match it covers whole).
        "exceptions": [
            f"substr:{account}{joint}{action}"
            for account in (
                "公式LINE",
                "公式ライン",
                "公式アカウント",
                "市のLINE",
                "市のライン",
                "市LINE",
                "石巻市LINE",
                "石巻市のLINE",
                "石巻市公式LINE",
                "防災LINE",
                "市のアカウント",
            )
            for joint in ("を", "の", "に", "も", "", "は")
            for action in (
                "友だち追加",
                "友達追加で",
                "友だち登録",
                "フォローお願いします",
                "フォローよろしく",
                "フォローしてね",
                "相互フォロー",
            )
        ],
    },
    "impersonation-official-claim": {
        "description": "「石巻市公式LINE」という名前そのものは名乗りではありません。",
        # The name of the city's LINE account holds a target (石巻市公式) and a predicate
        # (LINE) at once; an impersonator's request elsewhere in the comment still fires.
        "exceptions": [
            f"substr:{name}{line}"
            for name in ("石巻市公式", "市の公式アカウント")
            for line in ("LINE", "ライン", "LINEアカウント", "のLINE", "のライン")
        ],
        # ... while saying one *is* that account stays a claim.
        "target": ["公式LINEです", "公式ラインです", "公式LINEアカウントです", "公式LINEより"],
    },
    "discrimination-exclusion": {
        "description": "「貧乏人は子供産むな」のように暮らし向きで人を排除する言い方も対象です。",
        "target": ["貧乏人", "低所得者", "低所得層", "非正規", "低学歴", "中卒", "高卒"],
    },
    "defamation-staff-insults": {
        "description": "「市長は頭おかしい」「担当者キモすぎ」「職員は失せろ」も対象です。",
        "predicate": [
            "頭おかしい",
            "頭おかしいだろ",
            "頭わいてる",
            "頭沸いてる",
            "お花畑",
            "理解力ない",
            "理解力がない",
            "読解力ない",
            "知能低い",
            "知能低すぎ",
            "キモすぎ",
            "キショい",
            "顔面凶器",
            "lemma:引っ込む/命令形",
            "頭おがしい",
            "日本語通じない",
            "日本語わからない",
            "日本語わかんない",
            "日本語読めない",
            # polite contempt (担当者様の知能の低さには感服いたしました)
            "知能の低さ",
            "頭の悪さ",
            "無能さ",
            "無能っぷり",
            "無能ぶり",
            "その程度の能力で",
            "その程度の知能で",
            "その程度の頭で",
        ],
    },
}
