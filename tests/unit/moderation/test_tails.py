"""A rule's exceptions that are one of its words and a tail: held apart from the automaton,
excusing exactly what the spelled-out exceptions excused."""

import pytest

from moderation.engine import Engine, RuleSpec
from moderation.engine.tails import ExceptionTails


def _anywhere(start, stop):
    return True


def _tails(words, exceptions):
    tails = ExceptionTails()
    for word in words:
        tails.add_word(0, word)
    taken = [key for key in exceptions if tails.take(0, key)]
    tails.freeze()
    return tails, taken


def test_a_word_followed_by_a_tail_is_held_and_excuses_its_match():
    tails, taken = _tails(["詐欺師", "詐欺"], ["詐欺師という", "詐欺師と言", "注意喚起"])
    assert taken == ["詐欺師という", "詐欺師と言"]  # 注意喚起 starts with no word of the rule
    text = "あの人は詐欺師という噂"
    start = text.index("詐欺師")
    assert tails.excuse(0, text, start, start + 3, _anywhere)
    # a shorter match at the same place is covered by the longer word's exception
    assert tails.excuse(0, text, start, start + 2, _anywhere)


def test_no_tail_no_excuse_and_other_rules_untouched():
    tails, _taken = _tails(["詐欺師"], ["詐欺師という"])
    text = "あいつは詐欺師だ"
    start = text.index("詐欺師")
    assert not tails.excuse(0, text, start, start + 3, _anywhere)
    assert not tails.excuse(1, "詐欺師という", 0, 3, _anywhere)
    # the exception must reach the match's end (a longer match is not covered)
    assert not tails.excuse(0, "詐欺師という", 0, 6, _anywhere)


@pytest.fixture(scope="module")
def engine():
    return Engine.from_rules(
        [
            RuleSpec(
                slug="staff",
                clause="defamation",
                kind="pattern",
                config={
                    "target": ["市長"],
                    "predicate": ["lemma:黙る/命令形", "黙れ", "無能"],
                    "exceptions": ["substr:黙れと言", "substr:無能という"],
                },
            ),
            RuleSpec(
                slug="liar",
                clause="defamation",
                kind="terms",
                config={"terms": ["詐欺師"], "exceptions": ["substr:詐欺師という"]},
            ),
        ]
    )


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("市長は黙れ", True),
        ("市長に黙れと言われた", False),  # the surface 黙れ and the lemma 黙る, both excused
        ("市長は無能", True),
        ("市長は無能という声がある", False),
        ("あいつは詐欺師だ", True),
        ("詐欺師という言葉", False),
        ("あいつは詐欺師。という話", True),  # the exception never reaches across a sentence end
    ],
)
def test_the_engine_excuses_with_held_tails(engine, text, fires):
    assert bool(engine.screen(text)) is fires
