"""Round 10 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from kinds of harm that the earlier rounds miss because they are said politely, in
dialect or by hint: a threat as knowing where someone lives or who their family is
(通勤経路は把握しております, 家族がどうなっても知らない), as waiting on the way home, or as
carrying a weapon to a school; discrimination by ancestry or belief (部落出身…結婚させられない),
by worth (障害者は生産性ない), by region (田舎者は民度が低い), by a myth of contagion
(放射能がうつる) or asked politely (ご自分の国へお帰りいただく); solicitation in polite or
dialect words (突然のコメント失礼いたします…お仕事をご紹介, 買いさ来てけらいん,
教会さ来てみでけさいん, 霊界の方とお話しできる集い, 下半身を慰めていただける方);
the city, a division or the mayor naming itself to ask for data or a private message
(石巻市秘書広報課でございます…ご住所とお名前を); a named person's health, benefits or
debts (〇〇さん、精神科に通ってるらしい).

The words are in ``defaults_round10_words.py`` and ``defaults_round10_words2.py``. Precision
first, as in ``defaults.py``: ordinary words are only halves of patterns; quoting and
reporting are excused by the shape of the quoted-abuse rule for every rule, and by short
tails for terms. The round also (``defaults_round10_widening.py``) widens earlier rules and
withdraws entries that flagged innocent words (キャッチコピー read as a masked ちんこ, まことに as a
masked まんこ, 障害がある方 as a private fact, ペンキがはげて as an insult).
"""

from __future__ import annotations

from functools import partial

from . import defaults_round10_words as words
from . import defaults_round10_words2 as asks
from .rule_shapes import pattern, reported_forms, short_tails


def round10_rules(rule, reporting_tails: list[str]) -> list[dict]:
    """The round 10 rules, built with ``defaults._rule``; ``reporting_tails`` are the ways
    of quoting or reporting of round 5 (…という, …と言)."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "threat-knows-whereabouts",
            "脅迫（通勤経路・自宅・家族を把握していると告げる）",
            "threat",
            "pattern",
            "high",
            pattern(words.WHEREABOUTS, words.KNOWN, words.said_of(words.KNOWN)),
            "「担当者様の通勤経路とご家族のお顔は把握しております」「お家の場所はもうわかってますので」"
            "「自宅は特定済み」のように、相手の通勤経路・自宅・家族を知っていると告げて脅す書き込みを"
            "検出します。丁寧な言い方や笑顔の絵文字でも対象です。自動で非表示にします。",
        ),
        rule(
            "threat-knows-home",
            "脅迫（自宅や家族の居場所を突き止めたと告げる）",
            "threat",
            "pattern",
            "high",
            pattern(words.HOMES, words.KNOWN_AS_THREAT, words.said_of(words.KNOWN_AS_THREAT)),
            "「お家の場所はもうわかってますので」「あの職員の家、突き止めたからな」「自宅は特定済み」"
            "のように、相手の自宅や家族の居場所を突き止めたと告げて脅す書き込みを検出します。"
            "「担当者が住所を把握しております」のような普通の言い方は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-knows-routine",
            "脅迫（相手の行動や家族を見張っていると告げる）",
            "threat",
            "terms",
            "high",
            {"terms": words.ROUTINE_KNOWN, "exceptions": reported(words.ROUTINE_KNOWN)},
            "「車をどこに停めてるか知ってるよ」「何時に帰るか分かってる」のように、相手の行動を"
            "知っていると告げて脅す書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-family-watched",
            "脅迫（「お前の娘、毎朝バスで通学してるよな」のような家族への付きまとい）",
            "threat",
            "pattern",
            "high",
            pattern(words.YOUR_KIN, words.WATCHED),
            "「お前の娘、毎朝7時のバスで通学してるよな」「あんたの子供、学校で見かけたよ」のように、"
            "相手の家族の行動を見ていると告げてほのめかす書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-arson-hints",
            "脅迫（「あなたの家に火がつかないといいですね」のような放火のほのめかし）",
            "threat",
            "pattern",
            "high",
            pattern(words.HOUSES_OF, words.FIRE_HOPES),
            "「あなたの家に火がつかないといいですね」「市長のご自宅、火の元には気をつけて」のように、"
            "相手の家が燃えることをほのめかす書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-family-hints",
            "脅迫（「家族がどうなっても知らない」のようなほのめかし）",
            "threat",
            "pattern",
            "high",
            pattern(words.KIN, words.WHAT_MAY_HAPPEN, words.said_of(words.WHAT_MAY_HAPPEN)),
            "「家族がどうなっても知らないよ」「お子さんが無事だといいですね」のように、相手の家族に"
            "危害が及ぶことをほのめかす書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-silence-or-else",
            "脅迫（「家族が大事なら黙ってろ」のような条件付きの脅し）",
            "threat",
            "pattern",
            "high",
            pattern(words.IF_YOU_CARE, words.SILENCED),
            "「家族が大事なら黙ってろ」「命が惜しければ手を引け」のように、家族や命を引き合いに"
            "出して黙らせたり辞めさせたりしようとする書き込みを検出します。「家族が大事なら防災"
            "グッズを」のような普通の言い方は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-waiting-on-the-way",
            "脅迫（帰り道などでの待ち伏せの予告）",
            "threat",
            "pattern",
            "high",
            pattern(words.WAY_HOME, words.WAITING),
            "「窓口のあの女、帰り道で待ってるからな」「駐車場で待ち伏せしてやる」のように、帰り道や"
            "職場の出口で待ち伏せすると告げる書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "threat-armed-to-places",
            "脅迫（学校や役所に凶器を持って行くという予告）",
            "threat",
            "pattern",
            "critical",
            pattern(words.ARMED_PLACES, words.ARMED),
            "「明日、小学校に刃物持って行くから」「市役所にガソリン持って乗り込む」のように、学校や"
            "役所に凶器や燃料を持って行くと予告する書き込みを検出します。過去の事件の報道のような"
            "言い方は対象外です。自動で非表示にします。",
        ),
        rule(
            "impersonation-city-header",
            "なりすまし（【石巻市役所】のような見出しで個人情報やログインを求める）",
            "impersonation",
            "regex",
            "high",
            {"pattern": asks.CITY_HEADER, "on": "text"},
            "「【石巻市役所】給付金の振込先の口座番号を返信で教えてください」「【重要】石巻市危機対策課"
            "よりお知らせ：専用フォームで世帯情報を登録してください」のように、市役所を名乗る見出しを"
            "付けて口座番号・生年月日・パスワード・再ログインなどを求める書き込みを検出します。"
            "「【石巻市】という件名のメールで口座番号を聞かれた」のような報告は対象外です。",
        ),
        rule(
            "discrimination-ancestry-belief",
            "差別（出自・信条による結婚や雇用の拒否、避けること）",
            "discrimination",
            "pattern",
            "medium",
            pattern(
                words.ANCESTRY_AND_BELIEF,
                words.BARRED,
                words.BARRED_TALK + words.said_of(words.BARRED),
            ),
            "「部落出身だった、あんな奴とは結婚させられない」「学会員は雇わない」「在日の血が"
            "混ざる」のように、出自・家柄・信仰・思想を理由に結婚や雇用を拒んだり、避けたりする"
            "書き込みを検出します。「同和問題の研修」「部落差別をなくそう」「勧誘お断り」のような"
            "言い方は対象外です。",
        ),
        rule(
            "discrimination-ancestry-marriage",
            "差別（出自を調べて結婚や雇用を拒む）",
            "discrimination",
            "pattern",
            "medium",
            pattern(words.ANCESTRY, words.MARRIAGE_BARRED, words.BARRED_TALK, scope="message"),
            "「彼氏の実家を調べたら部落出身だった。結婚させられない」のように、出自や家柄を理由に"
            "結婚や雇用を拒む書き込みを、文が分かれていても検出します。「部落差別をなくそう」の"
            "ような言い方は対象外です。",
        ),
        rule(
            "discrimination-contagion-myths",
            "差別（「放射能がうつる」のような偏見）",
            "discrimination",
            "terms",
            "medium",
            {"terms": words.CONTAGION_MYTHS, "exceptions": reported(words.CONTAGION_MYTHS)},
            "「福島から来た人は放射能がうつる」「障害がうつる」のように、避難者や障害のある人に"
            "うつるものがあるとする偏見を検出します。「放射能がうつるという偏見」のように話題に"
            "するものは対象外です。",
        ),
        rule(
            "discrimination-worth",
            "差別（障害者・高齢者などを生産性や税金で見下す）",
            "discrimination",
            "pattern",
            "medium",
            pattern(
                words.WORTH_GROUPS,
                words.WORTHLESS,
                words.WORTH_TALK + words.said_of(words.WORTHLESS),
            ),
            "「障害者に税金使うのやめろ、生産性ないんだから」「年寄りは社会のお荷物」のように、"
            "障害のある人・高齢者・生活保護の受給者などの価値を生産性や税金で否定する書き込みを"
            "検出します。「障害者はお荷物ではない」のような言い方は対象外です。",
        ),
        rule(
            "discrimination-region",
            "差別（地域の住民を「民度が低い」「乞食」と見下す）",
            "discrimination",
            "pattern",
            "medium",
            pattern(
                words.REGION_PEOPLE, words.REGION_CONTEMPT, words.said_of(words.REGION_CONTEMPT)
            ),
            "「東北の田舎者は民度が低い」「石巻の人間は乞食ばっか」のように、出身地や住む地域で"
            "人をまとめて見下す書き込みを検出します。",
        ),
        rule(
            "discrimination-polite-return",
            "差別（外国籍の人などに丁寧な言葉で帰国や退去を求める）",
            "discrimination",
            "pattern",
            "medium",
            pattern(words.RETURN_GROUPS, words.POLITE_RETURN, words.said_of(words.POLITE_RETURN)),
            "「外国籍の方々には、ご自分の国へお帰りいただくのが一番かと存じます」「外人ばっか"
            "増えで…みんな追い出してけろ」のように、丁寧な言葉や方言で国籍などの集団に帰国や"
            "退去を求める書き込みを検出します。",
        ),
        rule(
            "discrimination-expulsion",
            "差別（外国人などを追い出せと言う、方言を含む）",
            "discrimination",
            "pattern",
            "medium",
            pattern(
                words.EXPELLED_GROUPS, words.EXPULSION, words.said_of(words.EXPULSION), "message"
            ),
            "「外人ばっか増えで困る。追い出してけろ」のように、国籍などの集団を追い出すよう求める"
            "書き込みを、文が分かれていても検出します。",
        ),
        rule(
            "discrimination-emoji-no-entry",
            "差別（集団と禁止の絵文字「外国人🚫」）",
            "discrimination",
            "regex",
            "medium",
            {"pattern": words.EMOJI_NO_ENTRY, "on": "text"},
            "「外国人🚫」「在日⛔」のように、国籍などの集団のすぐ後に禁止や×の絵文字を置いて"
            "排除を示す書き込みを検出します。",
        ),
        rule(
            "commercial-polite-openers",
            "商業宣伝（「突然のコメント失礼いたします」から始まる勧誘）",
            "commercial",
            "pattern",
            "low",
            pattern(asks.POLITE_OPENERS, asks.POLITE_CALLS, scope="message"),
            "「突然のコメント失礼いたします。在宅でできるお仕事をご紹介しております」のように、"
            "丁寧なあいさつで始めて仕事や副業、連絡を誘う書き込みを検出します。",
        ),
        rule(
            "commercial-polite-work-offers",
            "商業宣伝（丁寧な言葉での在宅ワーク・副業の紹介）",
            "commercial",
            "terms",
            "low",
            {"terms": asks.WORK_OFFERED, "exceptions": reported(asks.WORK_OFFERED)},
            "「在宅でできるお仕事をご紹介しております」「お気軽にメッセージくださいませ」のような"
            "丁寧な言葉の仕事の紹介を検出します。",
        ),
        rule(
            "defamation-business-fraud",
            "誹謗中傷（事業者を詐欺業者と呼ぶ、市を「グル」と呼ぶ）",
            "defamation",
            "pattern",
            "medium",
            pattern(asks.BUSINESSES, asks.CALLED_FRAUD, asks.FRAUD_WARNINGS),
            "「〇〇水産は腐った魚を売りつける詐欺業者です」「△△工務店は悪徳業者」のように、名前を"
            "挙げた事業者を根拠なく詐欺や偽装と決めつける書き込みを検出します。「〇〇を名乗る"
            "詐欺業者に注意」のような注意喚起は対象外です。",
        ),
        rule(
            "defamation-city-accomplice",
            "誹謗中傷（市や職員を不正の「グル」と呼ぶ）",
            "defamation",
            "terms",
            "low",
            {"terms": asks.CITY_ACCOMPLICE, "exceptions": reported(asks.CITY_ACCOMPLICE)},
            "「それを選んでる市もグルなんでしょうね」「役所とグルになってる」のように、市や職員が"
            "不正の仲間だと決めつける書き込みを検出します。",
        ),
        rule(
            "commercial-company-voice",
            "商業宣伝（「弊社の〜をぜひお試しください」のような会社の宣伝）",
            "commercial",
            "pattern",
            "low",
            pattern(asks.COMPANY_VOICE, asks.COMPANY_CALLS),
            "「弊社のサプリメントをぜひお試しくださいませ」「当社の太陽光パネル、今なら設置費用"
            "無料」のように、会社や店が自分の商品を丁寧な言葉で宣伝する書き込みを検出します。",
        ),
        rule(
            "commercial-shop-dialect",
            "商業宣伝（方言の店の宣伝「買いさ来てけらいん」）",
            "commercial",
            "pattern",
            "low",
            pattern(asks.OUR_SHOP, asks.SHOP_CALLS),
            "「うぢの店で牡蠣安ぐ売ってっから、買いさ来てけらいん」「当店は通販もやってます」の"
            "ように、自分の店の宣伝を方言や普通の言葉で書き込むものを検出します。",
        ),
        rule(
            "religious-invitations-polite-dialect",
            "宗教活動（方言や丁寧な言葉での教会・霊界の集いへの誘い）",
            "religious",
            "pattern",
            "low",
            pattern(asks.FAITH_PLACES, asks.FAITH_CALLS),
            "「うぢの教会さ来てみでけさいん、神様が待ってっから」「霊界の方とお話しできる集いを"
            "毎月開いております。ぜひ一度お越しくださいませ」のような、方言や丁寧な言葉での"
            "教会や霊感の集いへの誘いを検出します。",
        ),
        rule(
            "religious-spirit-threats",
            "宗教活動（「供養が足りないから不幸が続く」のような霊感の勧誘）",
            "religious",
            "terms",
            "low",
            {"terms": asks.SPIRIT_THREATS, "exceptions": reported(asks.SPIRIT_THREATS)},
            "「先祖の供養が足りないから不幸が続くのです」「悪い霊が憑いています」のように、不幸を"
            "先祖や霊のせいにして供養やお祓いへ誘う書き込みを検出します。",
        ),
        rule(
            "political-party-self-named",
            "政治活動（政党や候補者が名乗って支援を求める）",
            "political",
            "pattern",
            "low",
            pattern(asks.PARTY_SELF, asks.PARTY_CALLS, scope="message"),
            "「〇〇党の△△でございます。ご支援のほどよろしくお願いいたします」のように、政党や"
            "立候補予定者が名乗って支援を求める書き込みを、文が分かれていても検出します。",
        ),
        rule(
            "obscene-requests-polite-dialect",
            "わいせつ（方言や丁寧な言葉での性的な要求）",
            "obscene",
            "terms",
            "medium",
            {"terms": asks.OBSCENE_TERMS, "exceptions": reported(asks.OBSCENE_TERMS)},
            "「ねえちゃん、一発やらせてけろ」「下半身を慰めていただける方を募集しております」の"
            "ような、方言や丁寧な言葉での性的な要求を検出します。",
        ),
        rule(
            "illegal-drug-slang-coded",
            "違法行為（「野菜」「アイス」などの隠語での薬物の誘い）",
            "illegal",
            "pattern",
            "high",
            pattern(asks.CODED_DRUGS, asks.CODED_DRUG_OFFERS),
            "「野菜キメようぜ」「アイス、グラム1万で手押しで」のように、普通の言葉でもある薬物の隠語を"
            "薬物の使用や取引の言葉と同じ文で使う書き込みを検出します。「朝市で野菜を安く売ります」"
            "「アイスあるよ」のような普通の文は対象外です。",
        ),
        rule(
            "privacy-named-person-facts",
            "個人情報（名前を挙げた人の通院・生活保護・借金・前科）",
            "privacy",
            "pattern",
            "high",
            pattern(asks.NAMED, asks.NAMED_FACTS, asks.NAMED_FACTS_TALK),
            "「税務課の〇〇さん、精神科に通ってるらしい」「〇〇さんちの娘、生活保護もらってるのに」"
            "のように、名前を挙げた人の病気・通院・生活保護・借金・前科などを書き込むものを検出します。"
            "「精神科に通ってる方の相談窓口」のような言い方は対象外です。自動で非表示にします。",
        ),
    ]
