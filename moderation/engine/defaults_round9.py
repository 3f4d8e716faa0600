"""Round 9 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from kinds of harm that the earlier rounds miss because of how they are worded,
not what they are about: a threat said as going somewhere with a weapon (包丁持って行くわ),
or as what someone would deserve (燃やされても文句言えない); defamation by a rumour of a
crime (横領してるって噂); exclusion asked for politely (受け入れはやめてください, 同じクラス
にしないでほしい); romaji sentences (shine shichou, gaijin wa kaere); advertising with
numbers (50%オフ, フォロワー1000人増やします) or as a trade's own voice (外壁塗装なら…へ,
無料相談受付中); campaigning and demonstrations called for politely; forged documents and
drugs offered; sexual wishes about a person; contempt for disaster victims and the dead;
where a named private person lives.

The words are in ``defaults_round9_words.py``. Precision first, as in ``defaults.py``: a
word that is ordinary alone (持って行く, 噂, 受付中, 写真) is only a pattern's target or
predicate, said with the other half in the same sentence; a phrase that is harm wherever it
stands is a term. Quoting or reporting (〜と言われた, 「…」というメールが来た) is excused by
the shape of the quoted-abuse rule for every rule, and by short tails for terms.
"""

from __future__ import annotations

from . import defaults_round9_words as words

_SHORT_TAILS = ("という", "とか言", "と言", "って言", "なんて", "などと", "はやめ", "のはやめ")


def round9_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 9 rules, built with ``defaults._rule``; ``reporting_tails`` are the ways of
    quoting or reporting of round 5 (…という, …と言)."""

    # The quoted-abuse rule excuses reports by their shape for every rule (と言われた,
    # という書き込み); a terms rule adds only the shortest ways of talking about its words
    # (…という, …なんて, …はやめて), as its own word and a tail (a compact table, .tails).
    # A pattern adds none: hearsay about a person or a group is the writer's own claim.
    tails = [tail for tail in reporting_tails if tail in _SHORT_TAILS]

    def reported(terms: list[str]) -> list[str]:
        plain = [t for t in terms if not t.startswith(("lemma:", "substr:"))]
        return [f"substr:{term}{tail}" for term in plain for tail in tails]

    def pattern(target, predicate, exceptions=()):
        return {
            "target": target,
            "predicate": predicate,
            "exceptions": list(exceptions),
            "scope": "sentence",
        }

    return [
        rule(
            "threat-carrying-weapons",
            "脅迫（凶器や燃料を持って行くという予告）",
            "threat",
            "pattern",
            "critical",
            pattern(words.WEAPONS, words.CARRYING),
            "「包丁持って行くわ」「ナイフ持って説明会に行く」「ガソリン持ってぐがら」のように、"
            "凶器やガソリンを持って役所や会場へ行くと予告する書き込みを検出します。「包丁を研ぎに"
            "持って行きました」のような普通の文や、被害の報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-deserved-and-dialect",
            "脅迫（「燃やされても文句言えない」、方言やひらがなの脅し）",
            "threat",
            "terms",
            "high",
            {
                "terms": words.THREATS,
                "exceptions": reported(words.THREATS[len(words.DESERVED_HARM) :]),
            },
            "「議員の家、燃やされても文句言えないよね」のように危害を当然だとする言い方、"
            "「殴りに行ってやっからな」「ぶん殴ってけっから」のような方言の脅し、「しにやがれ」"
            "「ころしてやる」のようなひらがなだけの脅し、「消えていただきたく」「夜道にはせいぜい"
            "お気をつけて」のような丁寧な脅しを検出します。報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-announced-bombs",
            "脅迫（爆破・殺害の予告と日時や場所）",
            "threat",
            "pattern",
            "critical",
            pattern(words.ANNOUNCEMENTS, words.ANNOUNCED_WHEN, words.ANNOUNCEMENT_NEWS),
            "「爆破予告：明日の成人式」「市役所に爆弾しかけた」のように、爆破や殺害を日時や場所と"
            "ともに予告する書き込みを検出します。「爆破予告があったそうです」「爆弾低気圧」のような"
            "報道や普通の言葉は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-counted-victims",
            "脅迫（人数を挙げた殺傷や爆破までの日数）",
            "threat",
            "regex",
            "critical",
            {"pattern": words.COUNTED_ATTACKS, "on": "text"},
            "「3人くらい刺してくる」「10人殺したら有名になれる」「あと3日で市役所が吹っ飛ぶ」のように、"
            "人数を挙げて殺傷を予告したり、爆破までの日数を告げたりする書き込みを検出します。"
            "自動で非表示にします。",
        ),
        rule(
            "threat-emoji-weapons",
            "脅迫（職員などと刃物・銃・爆弾・どくろの絵文字）",
            "threat",
            "regex",
            "high",
            {"pattern": words.EMOJI_WEAPONS, "on": "text"},
            "「🔪🔪市長」「市長を💀する」「職員に🔫」のように、市長・職員などのすぐ前後に刃物・銃・爆弾・"
            "どくろの絵文字を置いて危害をほのめかす書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "defamation-emoji-insults",
            "誹謗中傷（職員などを動物や汚物の絵文字で呼ぶ）",
            "defamation",
            "regex",
            "medium",
            {"pattern": words.EMOJI_INSULT, "on": "text"},
            "「市長は🐒」「職員🐷ばかり」「担当者💩」のように、市長・職員などのすぐ後に豚・猿・"
            "汚物などの絵文字を置いて侮辱する書き込みを検出します。",
        ),
        rule(
            "defamation-sarcastic-titles",
            "誹謗中傷（「さすが市長様」のような皮肉）",
            "defamation",
            "pattern",
            "low",
            pattern(words.SARCASM_OPENERS, words.SARCASM_TITLES),
            "「さすが市長様、庶民の気持ちなんてわからないですよね」「さすがお役人様」のように、"
            "「さすが」と皮肉な敬称を同じ文で使う書き込みを検出します。",
        ),
        rule(
            "defamation-sarcastic-honorifics",
            "誹謗中傷（「議員様は気楽でいい」のような敬称での皮肉）",
            "defamation",
            "pattern",
            "low",
            pattern(words.OFFICIALS_SAMA, words.SNEERS),
            "「議員さまは気楽でいいですね」「さすが市議会議員様、税金の使い方がお上手」「課長様は"
            "いいご身分ですね（笑）」のように、市長・議員・職員に「様」を付けて皮肉る書き込みを検出します。"
            "「市長様、いつもありがとうございます」のような普通の敬称は対象外です。",
        ),
        rule(
            "discrimination-exclusion-requests",
            "差別（集団に「〜しないでほしい」と頼む形の排除）",
            "discrimination",
            "pattern",
            "medium",
            pattern(words.REQUEST_GROUPS, words.REQUESTS_NOT_TO, words.KIND_REQUESTS),
            "「外国人は公園を使わないでほしい」「韓国人は店に入らないでください」「ホームレスは図書館に"
            "来ないでほしい」のように、国籍・出自・障害・性的指向などの集団に、来る・住む・使うなどを"
            "しないよう頼む形の排除を検出します。「外国人を差別しないでほしい」「障害者用の駐車場に"
            "停めないでください」のような言い方は対象外です。",
        ),
        rule(
            "threat-romaji",
            "脅迫（ローマ字の「shine」「korosu」「bakuha」など）",
            "threat",
            "pattern",
            "high",
            pattern(words.ROMAJI_PEOPLE, words.ROMAJI_HARM),
            "「shine shichou」「shiyakusho bakuha suru」のように、ローマ字で書いた死ね・殺す・爆破を、"
            "市長・職員・お前などと同じ文で使う書き込みを検出します。英語の shine（輝く）だけの文は"
            "対象外です。自動で非表示にします。",
        ),
        rule(
            "discrimination-romaji",
            "差別（ローマ字の排斥「gaijin wa kaere」など）",
            "discrimination",
            "pattern",
            "medium",
            pattern(words.ROMAJI_GROUPS, words.ROMAJI_EXCLUSION),
            "「gaijin wa kaere」のように、ローマ字で書いた集団（gaijin, zainichi など）と排斥の言葉"
            "（kaere, deteike など）を同じ文で使う書き込みを検出します。",
        ),
        rule(
            "defamation-rumoured-crimes",
            "誹謗中傷（犯罪や不祥事のうわさ・決めつけ）",
            "defamation",
            "pattern",
            "medium",
            pattern(words.RUMOURED, words.RUMOUR_MARKERS, words.RUMOUR_NEWS),
            "「市議の〇〇は裏金もらってるって有名」「〇〇は横領してるに決まってる」「不倫してるって"
            "噂、みんな知ってるよ」のように、根拠を示さず人の犯罪や不祥事をうわさや決めつけで広める"
            "書き込みを検出します。「横領の疑いで逮捕」のような報道の引用は対象外です。",
        ),
        rule(
            "discrimination-sexuality-slurs",
            "差別（性的少数者への嫌悪）",
            "discrimination",
            "pattern",
            "medium",
            pattern(
                ["オカマ", "オネエ", "ホモ", "レズ", "LGBT", "LGBTとか", "ゲイ"],
                words.SEXUALITY_CONTEMPT,
            ),
            "「LGBTとか病気だろ」「オカマの職員がいて気持ち悪かった」のように、性的少数者への"
            "嫌悪を表す書き込みを検出します。",
        ),
        rule(
            "commercial-numbers-and-trades",
            "商業宣伝（割引・業者の宣伝・フォロワー販売）",
            "commercial",
            "pattern",
            "low",
            pattern(words.DISCOUNTS + words.TRADES, words.SALES_MARKERS + words.TRADE_VOICE),
            "「この記事を見た人限定で脱毛50%オフ」「外壁塗装なら〇〇へ、今なら足場代無料」「塾の生徒"
            "募集中」のように、割引や業者の宣伝文句を検出します。「リフォームの補助金はありますか」の"
            "ような質問は対象外です。",
        ),
        rule(
            "commercial-followers-and-money",
            "商業宣伝（フォロワー販売・お金の誘い）",
            "commercial",
            "pattern",
            "low",
            pattern(words.FOLLOWERS, words.FOLLOWER_SALES),
            "「フォロワー1000人増やします」「フォロワー500円で買えます」のようなフォロワーや再生数の"
            "販売を検出します。「フォロワーが増えてうれしい」は対象外です。",
        ),
        rule(
            "commercial-money-seekers",
            "商業宣伝（「稼ぎたい人」への誘い）",
            "commercial",
            "pattern",
            "low",
            pattern(words.MONEY_SEEKERS, words.MONEY_CALLS),
            "「稼ぎたい人コメントして」「お金欲しい人DMください」のように、お金を求める人を集める"
            "書き込みを検出します。",
        ),
        rule(
            "commercial-side-jobs-more",
            "商業宣伝（副業への誘い）",
            "commercial",
            "terms",
            "low",
            {"terms": words.SIDE_JOBS, "exceptions": reported(words.SIDE_JOBS)},
            "「副業募集中」「スマホ1台で稼げる」「fukugyo kasegeru」のような副業への誘いを"
            "検出します。",
        ),
        rule(
            "political-campaign-more",
            "政治活動（選挙の支援依頼・後援会・デモへの動員）",
            "political",
            "pattern",
            "low",
            pattern(
                words.ELECTIONS + ["候補", "候補者", "立候補予定", "後援会"], words.CAMPAIGN_CALLS
            ),
            "「市長選挙では〇〇へのご支援を賜りますよう」「今度の選挙は〇〇さんさ入れでけろ」"
            "「選挙のポスター貼りを手伝ってくれる人募集」のような選挙運動を検出します。"
            "投票所や期日前投票の質問、「選挙に行こう」は対象外です。",
        ),
        rule(
            "political-demonstrations",
            "政治活動（デモや抗議集会への動員）",
            "political",
            "pattern",
            "low",
            pattern(words.DEMONSTRATIONS, words.DEMO_CALLS),
            "「反対デモに参加を」「〇〇反対のデモ、日曜に駅前でやります」「抗議集会に集まろう」の"
            "ようなデモや抗議活動への動員を検出します。交通規制のお知らせなどは対象外です。",
        ),
        rule(
            "political-supporters-club",
            "政治活動（後援会への勧誘、ひらがなの投票依頼）",
            "political",
            "terms",
            "low",
            {"terms": words.CAMPAIGN_TERMS, "exceptions": reported(words.CAMPAIGN_TERMS)},
            "「後援会入会のお願い」「とうひょうしよう」のような後援会への勧誘や投票の呼びかけを"
            "検出します。",
        ),
        rule(
            "religious-recruitment-more",
            "宗教活動（悔い改め・入信・教会への誘い）",
            "religious",
            "terms",
            "low",
            {"terms": words.FAITH_CALLS, "exceptions": reported(words.FAITH_CALLS)},
            "「悔い改めて我々の教会へ」「この世の終わりが近い」「ご入会お待ちしております」"
            "「あなたのために祈らせてください」のような入信や教会への誘いを検出します。",
        ),
        rule(
            "illegal-forgery-offers",
            "違法行為（偽造文書・無車検車の販売）",
            "illegal",
            "pattern",
            "high",
            pattern(words.FORGERY, words.FORGERY_OFFERS),
            "「偽造の運転免許証つくれます」「陰性証明書、検査なしで発行します」「名義変更なしでOK」"
            "のように、偽造の文書や違法な取引を持ちかける書き込みを検出します。「偽造の疑いで逮捕"
            "された」のような報道は対象外です。",
        ),
        rule(
            "illegal-offers-more",
            "違法行為（不法投棄の勧め、違法な車の取引、ローマ字の薬物）",
            "illegal",
            "pattern",
            "high",
            pattern(words.ROMAJI_DRUGS, words.ROMAJI_DRUG_OFFERS),
            "「yasuku taima aru yo」のように、ローマ字で書いた薬物の取引を検出します。",
        ),
        rule(
            "illegal-dealing-terms",
            "違法行為（不法投棄の勧め、名義変更なしの車）",
            "illegal",
            "terms",
            "high",
            {"terms": words.ILLEGAL_TERMS, "exceptions": reported(words.ILLEGAL_TERMS)},
            "「不法投棄するなら河川敷が誰も見てない」「名義変更なしでOK」のような違法行為の勧めや"
            "取引を検出します。",
        ),
        rule(
            "obscene-wishes",
            "わいせつ（人への性的な願望、性的な自撮りの販売）",
            "obscene",
            "pattern",
            "medium",
            pattern(words.SEX_TARGETS, words.SEX_WISHES),
            "「窓口の子とやりてえ」「人妻と今すぐエッチできる」のように、人への性的な願望や誘いを"
            "検出します。",
        ),
        rule(
            "obscene-words-masked",
            "わいせつ（伏せ字の性的な語、性的な自撮りの販売）",
            "obscene",
            "terms",
            "medium",
            {"terms": words.OBSCENE_MORE, "exceptions": reported(words.OBSCENE_MORE)},
            "「おっ◯い」のように一字を伏せた性的な語や、「Hな自撮り販売」を検出します。",
        ),
        rule(
            "public-order-victims-and-dead",
            "公序良俗（被災者・犠牲者への冒涜、器物損壊の自慢、騒乱の呼びかけ）",
            "public_order",
            "terms",
            "high",
            {
                "terms": words.VICTIM_CONTEMPT_TERMS,
                "exceptions": reported(words.VICTIM_CONTEMPT_TERMS),
            },
            "「津波で全員流されればよかった」のような犠牲者への冒涜や、「みんなで暴れようぜ」の"
            "ような騒乱の呼びかけを検出します。",
        ),
        rule(
            "public-order-victim-contempt",
            "公序良俗（被災者を乞食・たかりと呼ぶ）",
            "public_order",
            "pattern",
            "medium",
            pattern(words.VICTIMS, words.VICTIM_INSULTS),
            "「被災地の住民は支援金目当ての乞食」のように、被災者や避難者を見下す書き込みを"
            "検出します。",
        ),
        rule(
            "public-order-child-pictures",
            "公序良俗（子どもの写真の収集・交換）",
            "public_order",
            "pattern",
            "high",
            pattern(words.CHILD_PICTURES, words.PICTURE_TRADE),
            "「小学生の女の子の写真集めてます、交換しませんか」のような子どもの写真の収集や交換の"
            "誘いを検出します。",
        ),
        rule(
            "privacy-someones-home",
            "個人情報（他人の家の場所・子どもの送迎の時刻）",
            "privacy",
            "pattern",
            "high",
            pattern(words.SOMEONES_HOME, words.HOME_DETAILS, words.HOME_EXCEPTIONS),
            "「〇〇ちゃんの家はローソン裏の青い屋根」「〇〇さんの自宅は△△の隣」のように、他人の家の"
            "場所や、家族の送迎・帰宅の時刻を書き込むものを検出します。自分の家や祖父母の家の話は"
            "対象外です。自動で非表示にします。",
        ),
        rule(
            "privacy-numbers-said",
            "個人情報（マイナンバー・免許証番号と書いた数字）",
            "privacy",
            "regex",
            "high",
            {"pattern": words.MY_NUMBER_SAID, "on": "text"},
            "「元彼のマイナンバー 1234 5678 9012」「免許証の番号は第123456789012号」のように、"
            "マイナンバーや運転免許証の番号だと書いて12桁の数字（空白や区切りを含む）を書き込むものを"
            "検出します。自動で非表示にします。",
        ),
    ]


# Round 9 also widens earlier rules (by slug) with the kinds above.
WIDENING: dict[str, dict] = {
    "exceptions-quoted-abuse": {
        "description": "「死ね」とメールが来た・ってDMが来た のような届いた知らせや、"
        "「…」というチラシ・張り紙も報告です。",
        "reported_by": [
            # (と… is found with って… too: ってDMが来た)
            f"と…{medium}{verb}"
            for medium in (
                "メール",
                "DM",
                "LINE",
                "メッセージ",
                "コメント",
                "電話",
                "手紙",
                "ハガキ",
                "SMS",
                "書き込み",
            )
            for verb in ("が来", "が届", "がき", "があ")
        ]
        + [
            f"{head}…{paper}"
            for head in ("という", "との")  # (という… is found with っていう… too)
            for paper in ("チラシ", "ビラ", "張り紙", "貼り紙", "看板", "ポスター")
        ],
    },
    "threat-violence-ja": {
        "description": "「市長、殺すぞ」のように文の中ほどの「殺すぞ」も対象です。",
        "terms": ["lemma:殺す/+ぞ,+ぜ,+からな,-れる,-られる,-た,-ない"],
    },
    "threat-staff-harm": {
        "description": "「議員なんか消されても誰も困らない」も対象です。",
        "predicate": words.NO_ONE_WOULD_MISS,
    },
    "defamation-accusations": {
        "description": "「市長の息子は裏口入学」「店長は覚醒剤やってる」も対象です。",
        "target": ["息子", "娘", "奥さん", "旦那"],
        "predicate": words.ACCUSED_MORE,
        "exceptions": [
            f"substr:{said}{no}" for said in words.ACCUSED_MORE for no in ("じゃな", "ではな")
        ],
    },
    "privacy-private-facts": {
        "description": "「〇〇さんの息子、障害があるらしい」「隣の奥さん、不倫相手と会ってる」も対象です。",
        "target": words.FAMILY_OF,
        "predicate": words.PRIVATE_FACTS_MORE,
    },
    "defamation-person-contempt": {
        "description": "「知能指数低すぎ」「頭空っぽ」「寄生虫の皆さん」も対象です。",
        "terms": words.CONTEMPT_MORE,
    },
    "defamation-person-contempt-said-of": {
        "description": "「この人サイコパス」も対象です。",
        "target": ["おめだち", "おめだづ", "おめら", "おめえだち", "おめーだち", "おめえら"],
        "predicate": [
            "サイコパス",
            "知能指数",
            "IQ低",
            "ばがだ",
            "ばがだな",
            "ばがみでだ",
            "ばがみでえ",
            "ぶっかれでんでねが",
            "ぶっかれでる",
            *words.SAID_IN_DIALECT,
        ],
    },
    "defamation-staff-insults": {
        "description": "「市長はサイコパス」「その空っぽの頭で」「税金で遊んでる」「はんかくせえ市長」"
        "も対象です。",
        "predicate": [
            "サイコパス",
            "空っぽの頭",
            "頭空っぽ",
            "税金で遊んでる",
            "知能指数",
            "IQ低",
            "寄生虫の皆さん",
            *words.STAFF_ALL_RUBBISH,
            *words.SAID_IN_DIALECT,
        ],
        "exceptions": words.STAFF_RUBBISH_CHORES,
    },
    "defamation-sarcasm": {
        "description": "「お役所様」「公務員様」のような皮肉の敬称も対象です。",
        "terms": words.SARCASTIC_TITLES,
    },
    "defamation-dialect-insults": {
        "description": "「ほでなす」「たわけもん」「あんぽんたん」なども対象です。",
        "terms": words.DIALECT_INSULTS,
    },
    "discrimination-exclusion": {
        "description": "「受け入れはやめてください」「同じクラスにしないでほしい」「隔離しとけ」"
        "のような頼む形や隔離の言い方も対象です。",
        "target": words.GROUPS_MORE,
        "predicate": words.EXCLUSION_MORE,
        # a notice or a remark quoted and called discriminatory (…という張り紙は差別)
        "exceptions": [
            f"substr:{said}{tail}"
            for said in words.EXCLUSION_MORE
            for tail in ("という", "との", "と書", "って張り紙", "という張り紙", "と言われ")
        ],
    },
    "discrimination-group-contempt": {
        "description": "「アイヌなんてもういない」「補助金目当て」「信用できねえ」も対象です。",
        "target": words.GROUPS_MORE,
        "predicate": words.CONTEMPT_FOR_GROUPS,
    },
    "illegal-drug-slang-offers": {
        "description": "「シャブ手に入るけど要る？」も対象です。",
        "predicate": words.DRUG_OFFERS_MORE,
    },
    "illegal-dumping-squatting-calls": {
        "description": "「不法投棄なら河川敷が誰も見てない」も対象です。",
        "target": ["不法投棄", "投棄"],
        "predicate": ["誰も見てない", "誰も見ていない", "穴場"],
    },
    "public-order-vandalism": {
        "description": "「慰霊碑に落書きしてきた」のような自慢も対象です。",
        "predicate": words.VANDALISM_BOASTS,
    },
    "harmful-link-lure": {
        "description": "宅配便の不在通知や再配達を装うリンクも対象です。",
        "predicate": [
            "不在通知",
            "再配達",
            "配達できませんでした",
            "お荷物をお預かり",
            "お荷物のお届け",
        ],
    },
    "impersonation-city-voice": {
        "description": "「石巻市 秘書広報課です」「石巻警察署です」と名乗る依頼も対象です。",
        "target": [
            "秘書広報課です",
            "広報課です",
            "警察署です",
            "石巻警察署です",
            "県警です",
            "石巻市長です",
            "石巻市より",
            "イシノマキシ",
        ],
        "predicate": [
            "お送りします",
            "商品券",
            "再登録",
            "カード情報",
            "通帳",
            "伺います",
            "個人アカウント",
            "受け付けています",
            "認証をお願い",
            "返信した方",
        ],
    },
}
