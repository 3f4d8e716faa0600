"""The default rules on what residents say about abuse rather than say it: abuse reported
with any quoting particle (って怒鳴られ as と怒鳴られ), an organisation's landline asked
about or passed on, thanks that say 救われます, grief said of oneself; each beside the
harmful writing of the same words, which stays flagged."""

import pytest

from moderation.engine import Engine
from moderation.engine.defaults import DEFAULT_RULES


@pytest.fixture(scope="module")
def engine():
    return Engine.from_rules(DEFAULT_RULES)


@pytest.mark.parametrize(
    "text",
    [
        # abuse reported, whatever particle quotes it
        "バス停で「外国人は国に帰れ」って怒鳴られている人がいました",
        "息子が「死ね」って罵られたそうです。学校に相談します",
        "「役所のバカ」なんて書き込まれた掲示板、消してもらえますか",
        "「ババア」とか叫ばれて怖かった",
        # an organisation's landline
        "観光協会の0225-93-1234で合っていますか？",
        "漁協の電話は0225-24-5678です、誰かわかりますか",
        "予約は病院の代表（0225）22-3456 へと書いてありました",
        # thanks and grief
        "児童館の先生に声をかけてもらえて、本当に救われます",
        "母が亡くなったとき、私なんか早く死ねばよかったと思いました",
    ],
)
def test_reports_and_thanks_pass(engine, text):
    assert engine.screen(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("外国人は国に帰れって怒鳴ってやる", "discrimination"),  # the writer's own words
        ("お前死ねって言ってやる", "threat"),
        ("あいつの家の電話 0225-93-1234 晒しとく", "privacy"),  # a person's landline
        ("病院の先生の携帯 090-1234-5678", "privacy"),  # a mobile is a person's
        ("神を信じれば救われます", "religious"),
        ("年寄りは早く死ねば財政も楽になるのに", "threat"),
    ],
)
def test_the_same_words_said_as_abuse_are_flagged(engine, text, clause):
    assert clause in {hit.category for hit in engine.screen(text)}
