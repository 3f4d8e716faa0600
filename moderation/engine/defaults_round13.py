"""Round 13 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the kinds of harm that set H of the held-out comments showed the earlier rounds
miss: a face and a name said to be remembered, a polite wish of a safe way home with a
person's home or hours said to be known, 死ね spelled apart, 殺す drawn with 口; places of
mourning defiled, mischief called for at a home, a counter or a rubbish point, mail sent in
bulk, death shown for viewing; a people called thieves as a people; an insult glued to a role,
insults by emoji, the dialect fool, intellect doubted politely and a shop said to cheat.
``defaults_round13_more.py`` holds the round's solicitation, impersonation, privacy, illegal
offers, obscenity, politics, faith and links; ``defaults_round13_widening.py`` widens earlier
rules. Precision first, as in ``defaults.py``: ordinary words are only halves of patterns.
"""

from __future__ import annotations

from functools import partial

from . import defaults_round13_words as words
from .rule_shapes import pattern, reported_forms, short_tails


def round13_rules(rule, groups: list[str], reporting_tails: list[str]) -> list[dict]:
    """The round 13 rules for threats, public order, discrimination and defamation, built
    with ``defaults._rule``; ``groups`` are the groups hate speech targets, and
    ``reporting_tails`` round 5's ways of quoting or reporting."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "threat-face-remembered",
            "脅迫（「お前の顔も名前も覚えたからな」「後悔することになるぞ」）",
            "threat",
            "terms",
            "high",
            {"terms": words.FACE_REMEMBERED, "exceptions": reported(words.FACE_REMEMBERED)},
            "「後悔することになるぞ。お前の顔も名前も覚えたからな」のように、相手の顔や名前を"
            "覚えたと告げたり、後悔させると予告したりして脅す書き込みを検出します。"
            "「と言われた」のような報告は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-polite-whereabouts",
            "脅迫（「お気をつけてお帰りください」と自宅や帰る時間を知っていると告げる丁寧な脅し）",
            "threat",
            "pattern",
            "high",
            pattern(words.POLITE_SAFETY, words.WHEREABOUTS_KNOWN, scope="message"),
            "「ご自宅、蛇田の方ですよね。存じ上げております。どうぞお気をつけてお帰りください」"
            "「無事に家に帰れるといいですね。毎日17時に裏口から出てますよね」のように、丁寧な"
            "気づかいの言葉と、相手の自宅や帰る時間を知っているという言葉を同じ書き込みで告げる"
            "脅しを検出します。「台風の日、無事に家に帰れるといいですね」のような気づかいだけの"
            "書き込みは対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-die-spelled-apart",
            "脅迫（「『し』と『ね』を続けて読め」のように文字を分けて書いた「死ね」）",
            "threat",
            "regex",
            "high",
            {"pattern": words.DIE_SPELLED_APART, "on": "text"},
            "「『し』と『ね』を続けて読め」のように一文字ずつ分けて書いた「死ね」「殺す」を"
            "検出します。自動で非表示にします。",
        ),
        rule(
            "threat-kill-drawn-with-kanji",
            "脅迫（「コ口してやる」のようにカタカナの「ロ」を漢字の「口」で書いた「殺す」）",
            "threat",
            "regex",
            "critical",
            {"pattern": words.KILL_DRAWN, "on": "text"},
            "「窓口の女、コ口してやる」のように、カタカナの「ロ」を形の似た漢字の「口」に置きかえて"
            "書いた「殺す」を検出します。自動で非表示にします。",
        ),
        rule(
            "public-order-mourning-defiled",
            "公序良俗（慰霊碑・震災遺構・追悼式を汚す・妨げる呼びかけ）",
            "public_order",
            "pattern",
            "high",
            pattern(words.MOURNING_PLACES, words.DEFILED, words.said_forms(words.DEFILED)),
            "「慰霊碑に落書きしに行こうぜ」「追悼式の黙祷のときに爆竹鳴らしてやろう」「震災遺構で"
            "肝試し配信しようぜ」のように、慰霊の場所や追悼の行事を汚したり妨げたりしようと"
            "呼びかける書き込みを検出します。「慰霊碑への落書きは許せない」のような批判や"
            "注意は対象外です。",
        ),
        rule(
            "public-order-mischief-calls",
            "公序良俗（人の家の前や窓口・ゴミ集積所などでの迷惑行為・破壊の呼びかけ）",
            "public_order",
            "pattern",
            "medium",
            pattern(
                words.MISCHIEF_PLACES, words.MISCHIEF_CALLS, words.said_forms(words.MISCHIEF_CALLS)
            ),
            "「市長の家の前にみんなで集まって夜通し騒ごう」「ゴミ収集所の袋、全部破いてばら撒いて"
            "やろうぜ」「役所さ押しがげで、窓口ぶっ壊すべ」のように、人の家や窓口、ゴミ集積所など"
            "での迷惑行為や破壊を呼びかける書き込みを検出します。方言も対象です。",
        ),
        rule(
            "public-order-bulk-mail",
            "公序良俗（役所へのメールや苦情を大量に送りつけようという呼びかけ）",
            "public_order",
            "terms",
            "medium",
            {"terms": words.BULK_SENT, "exceptions": reported(words.BULK_SENT)},
            "「苦情のメール、一人100通送ろう。自動送信ツール配るよ」のように、役所などへ大量の"
            "メールや苦情を送りつけて業務を妨げようと呼びかける書き込みを検出します。",
        ),
        rule(
            "public-order-death-media",
            "公序良俗（自殺や遺体の動画・写真をまとめて見せようとする書き込み）",
            "public_order",
            "pattern",
            "high",
            pattern(words.DEATH_MEDIA, words.DEATH_MEDIA_SHARED, scope="message"),
            "「被災者の自殺動画まとめたよ、見たい人いる？」のように、自殺や遺体の動画・写真を"
            "集めて人に見せようとする書き込みを検出します。",
        ),
        rule(
            "discrimination-sent-away",
            "差別（集団を名指しした後の文で「全員送り返せ」「施設に閉じ込めとけ」と排除する）",
            "discrimination",
            "pattern",
            "high",
            pattern(groups, words.SENT_AWAY, words.said_forms(words.SENT_AWAY), scope="message"),
            "「中国人の実習生なんか入れるから町が汚くなる。全員送り返せ」「障害者に税金使うなんて"
            "ムダ。施設に閉じ込めとけ」「外国人の子どもに日本語教室なんて贅沢。親の国でやれ」の"
            "ように、国籍や障害などの集団を名指しし、続く文でその集団を追い返す・閉じ込めるよう"
            "求める書き込みを検出します。",
        ),
        rule(
            "discrimination-people-contempt",
            "差別（「泥棒民族」のような民族への蔑称、「部落の出だから」、当て字の差別語）",
            "discrimination",
            "terms",
            "high",
            {"terms": words.PEOPLE_CONTEMPT, "exceptions": reported(words.PEOPLE_CONTEMPT)},
            "「泥棒民族」「劣等民族」のように民族をまるごと蔑む言葉、「あそこは部落の出だから」の"
            "ように出自を理由にする書き込み、「キ千ガイ」のように文字を置きかえた差別語を"
            "検出します。「という言葉はやめよう」のような言及は対象外です。",
        ),
        rule(
            "defamation-role-insults",
            "名誉毀損・侮辱（「最低教師」「ダメ職員」のように役職に付けた悪口、絵文字の「馬鹿」）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.ROLE_INSULTS, "exceptions": reported(words.ROLE_INSULTS)},
            "「最低教師」「ダメ職員」「ＫＵＳＯ職員」のように、悪口を役職の前に付けて人を"
            "けなす言葉を検出します。",
        ),
        rule(
            "defamation-emoji-aimed",
            "名誉毀損・侮辱（「市長は🐴🦌」「担当の〇〇さん💩💩」のように絵文字で人をけなす）",
            "defamation",
            "regex",
            "medium",
            {"pattern": words.EMOJI_INSULTS, "on": "text"},
            "「市長は🐴🦌」のように絵文字で書いた「馬鹿」、「担当の阿部さん💩💩💩」のように職員や"
            "人に💩の絵文字を並べてけなす書き込みを検出します。「金華山の🦌」のような絵文字は"
            "対象外です。",
        ),
        rule(
            "defamation-dialect-fool",
            "名誉毀損・侮辱（「おめみでえなばが」のような方言の「ばか」）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.DIALECT_FOOL, "exceptions": words.DIALECT_FOOL_EXCUSED},
            "「おめみでえなばがが役所さいっから」のように、相手に向けた方言の「ばが」を検出します。"
            "「そればがり」のような「ばかり」の方言は対象外です。",
        ),
        rule(
            "defamation-intellect-doubted",
            "名誉毀損・侮辱（「知能に問題がおありなのでは」のような丁寧な言い方での侮辱）",
            "defamation",
            "pattern",
            "medium",
            pattern(words.INTELLECT_TARGETS, words.INTELLECT_DOUBTED),
            "「福祉課の鈴木様は知能に問題がおありなのではないでしょうか」のように、丁寧な言葉で"
            "名指しした相手の知能をけなす書き込みを検出します。",
        ),
        rule(
            "defamation-shop-cheats",
            "名誉毀損・信用毀損（店が残飯を使い回している、食中毒を隠しているなどの決めつけ）",
            "defamation",
            "pattern",
            "medium",
            pattern(
                words.SHOP_TARGETS,
                words.SHOP_CHEATS,
                words.said_forms(words.SHOP_CHEATS),
                scope="message",
            ),
            "「〇〇食堂は残飯を使い回してる。食中毒を隠してるって噂」のように、店が客の健康を"
            "損なう不正をしていると決めつける書き込みを検出します。「〜と書かれていた」のような"
            "報告は対象外です。",
        ),
    ]
