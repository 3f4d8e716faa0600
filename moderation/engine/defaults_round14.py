"""Round 14 of the default rules, as data (``defaults.py`` adds them to ``DEFAULT_RULES``).

Written from the kinds of harm that set I of the held-out comments showed the earlier rounds
miss: a bombing announced with the bare noun, an official wished a long life in a tone that
threatens, dialect beating; an insult spelled apart in quoted letters, a head said to be
empty, people thrown in the bin; a group kept out or blamed for crime, a child with a
disability sent elsewhere; a body part and a touch asked for, underwear asked about; an animal
hurt for show, a page raided. ``defaults_round14_more.py`` holds the round's other clauses;
``defaults_round14_widening.py`` widens earlier rules.
"""

from __future__ import annotations

from functools import partial

from . import defaults_round14_words as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern, reported_forms, short_tails


def round14_rules(rule, groups: list[str], reporting_tails: list[str]) -> list[dict]:
    """The round 14 rules for threats, defamation, discrimination, obscenity and public
    order, built with ``defaults._rule``; ``groups`` are the groups hate speech targets, and
    ``reporting_tails`` round 5's ways of quoting or reporting."""
    tails = short_tails(reporting_tails)
    reported = partial(reported_forms, tails=tails)

    return [
        rule(
            "threat-building-blown-up",
            "脅迫（「明日、市役所を爆破」のように建物の爆破を名詞だけで予告する）",
            "threat",
            "pattern",
            "critical",
            pattern(
                words.BUILDINGS,
                words.BLOWN_UP,
                words.BLOWN_UP_EXCUSED + said_forms(words.BLOWN_UP),
            ),
            "「明日、市役所を爆破」「学校を吹っ飛ばす」のように、市役所や学校などの建物を爆破すると"
            "予告する書き込みを検出します。「爆破予告があった」「爆破解体の工事」のような報告や"
            "工事の話は対象外です。自動で非表示にします。",
        ),
        rule(
            "threat-sarcastic-care",
            "脅迫（「市長さん長生きできるといいですね」のように気づかいを装った脅し）",
            "threat",
            "pattern",
            "high",
            pattern(words.OFFICIALS, words.SARCASTIC_CARE, said_forms(words.SARCASTIC_CARE)),
            "「市長さん長生きできるといいですね、ほんと」「課長、せいぜい夜道に気をつけろよ」の"
            "ように、市長や職員の身を案じるふりをして脅す書き込みを検出します。同じ文の中で職員"
            "などを名指ししたものだけが対象です。自動で非表示にします。",
        ),
        rule(
            "threat-emoji-pointed",
            "脅迫（「市長👉💀」「覚えとけ🔪」のように絵文字の凶器やどくろを向ける）",
            "threat",
            "regex",
            "high",
            {"pattern": words.EMOJI_POINTED, "on": "text"},
            "「市長👉💀 覚えとけ🔪🔪」のように、市長や職員を指さしてどくろや凶器の絵文字を向けたり、"
            "「覚えとけ」「待ってろ」に凶器の絵文字を添えたりする脅しを検出します。自動で非表示に"
            "します。",
        ),
        rule(
            "threat-dialect-beating",
            "脅迫（「ぶったたいでやっぺ」「逃げらんねぇど」のような方言の暴行予告）",
            "threat",
            "terms",
            "high",
            {"terms": words.DIALECT_BEATING, "exceptions": reported(words.DIALECT_BEATING)},
            "「今度会ったらぶったたいでやっぺ。逃げらんねぇど」のように、方言で殴る・逃がさない"
            "と告げる書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "defamation-insult-spelled-apart",
            "名誉毀損・侮辱（「『ば』に『か』をつけた人間」のように文字を分けて書いた悪口）",
            "defamation",
            "regex",
            "medium",
            {"pattern": words.INSULT_SPELLED_APART, "on": "text"},
            "「市長は『ば』に『か』をつけた人間です」「『ク』と『ズ』」のように、一文字ずつかぎ"
            "かっこで分けて書いた「ばか」「あほ」「くず」「かす」を検出します。",
        ),
        rule(
            "defamation-empty-head",
            "名誉毀損・侮辱（「頭の中、空洞で音が響く」のように人の頭が空っぽだとけなす）",
            "defamation",
            "pattern",
            "medium",
            pattern(words.HEAD, words.EMPTY, words.EMPTY_EXCUSED),
            "「あの議員の頭の中、きっと空洞で音が響くんでしょうね」「脳みそスカスカ」のように、"
            "人の頭の中が空っぽだとけなす書き込みを検出します。「私の頭の中」のような自分の話や"
            "「頭の中を空っぽにして楽しんだ」は対象外です。",
        ),
        rule(
            "defamation-people-binned",
            "名誉毀損・侮辱（「職員は全員ゴミ箱行き」のように人をゴミ扱いする）",
            "defamation",
            "pattern",
            "medium",
            pattern(words.PEOPLE, words.BINNED, said_forms(words.BINNED)),
            "「市役所の職員＝🗑️ 全員ゴミ箱行き」のように、職員や人をゴミ箱に捨てるものとして"
            "けなす書き込みを検出します。",
        ),
        rule(
            "discrimination-kept-out",
            "差別（「外人なんか入れんな」のように集団を締め出す、犯罪や失業を集団のせいにする）",
            "discrimination",
            "pattern",
            "high",
            pattern(
                groups + words.DISABLED_CHILDREN,
                words.KEPT_OUT + words.BLAMED + words.SENT_ELSEWHERE,
                said_forms(words.KEPT_OUT + words.BLAMED + words.SENT_ELSEWHERE),
                scope="message",
            ),
            "「よそもんの外人なんか浜さ入れんなっちゃ」「外国人は集団で騒ぐし、日本人の仕事を奪って"
            "治安を悪くしている」「障害児は別の学校に通わせていただけないでしょうか」のように、"
            "国籍や障害などの集団を締め出したり、犯罪や失業をその集団のせいにしたりする書き込みを"
            "検出します。丁寧な言い方や方言も対象です。",
        ),
        rule(
            "obscene-body-touched",
            "わいせつ（「尻触らせて」「いい尻して」のように体に触らせろと求める）",
            "obscene",
            "pattern",
            "high",
            pattern(words.BODY, words.TOUCHED),
            "「窓口のねえちゃん、尻触らせでけねぇべか」「胸揉ませて」のように、体の部位を挙げて"
            "触らせろ・揉ませろと求めたり品定めしたりする書き込みを検出します。方言も対象です。",
        ),
        rule(
            "obscene-underwear-asked",
            "わいせつ（「下着の色を教えていただけますか」のように下着などを尋ねる）",
            "obscene",
            "pattern",
            "high",
            pattern(words.UNDERWEAR, words.ASKED_ABOUT),
            "「職員の方の下着の色を教えていただけますでしょうか」のように、丁寧な言葉でも人の下着や"
            "体のサイズを尋ねる書き込みを検出します。",
        ),
        rule(
            "public-order-animals-hurt",
            "公序良俗（猫を川に沈めるなど、動物を痛めつけて見せる）",
            "public_order",
            "pattern",
            "high",
            pattern(words.ANIMALS, words.HURT, words.HURT_EXCUSED),
            "「猫を捕まえて川に沈める動画上げたらバズった笑」のように、動物を痛めつけたり殺したり"
            "したことを誇る書き込みを検出します。「猫が毒餌をまかれて」のような被害の報告は対象外"
            "です。",
        ),
        rule(
            "other-page-raided",
            "その他（「荒らしに来ました」「コメント欄を埋め尽くそうぜ」のような荒らしの予告）",
            "other",
            "pattern",
            "medium",
            pattern(words.PAGES, words.RAIDED, said_forms(words.RAIDED), scope="message"),
            "「このページのコメント欄、荒らしに来ましたー。みんなで埋め尽くそうぜ」のように、"
            "ページを荒らすと予告したり呼びかけたりする書き込みを検出します。",
        ),
    ]
