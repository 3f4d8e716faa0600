"""A regular-expression rule is skipped only when it cannot match (moderation.engine.regexgate)."""

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, RuleSpec
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.regexgate import literal_gate, required_words

PATTERNS = [
    r"(?:line|ライン|インスタ)(?:\s?の)?\s?(?:id)?\s?[:：]?\s?[a-z][a-z0-9._\-]{3,19}",
    r"(?:爆破|放火)(?:しに行|して(?:や|い)る)",
    r"kill\s+you",
    r"[0-9]{3}-[0-9]{4}",  # no leading literal: never gated
    r"(?:ｉｄ|ＩＤ)\s?[a-z]{4,}",
]


@cache
def _engines() -> tuple[Engine, Engine]:
    specs = [RuleSpec.from_mapping(rule) for rule in DEFAULT_RULES if rule["kind"] == "regex"]
    specs += [
        RuleSpec(slug=f"custom-{n}", clause="other", kind="regex", config={"pattern": pattern})
        for n, pattern in enumerate(PATTERNS)
    ]
    # A term rule too, so that screening computes the quick form the gate reads.
    specs.append(
        RuleSpec(slug="words", clause="defamation", kind="terms", config={"terms": ["ばか"]})
    )
    gated = Engine(specs)
    ungated = Engine(specs)
    ungated._regex = [(i, p, on, None) for i, p, on, _gate in ungated._regex]
    ungated._required = None
    return gated, ungated


PIECES = [
    "LINE", "line", "Line", "ＬＩＮＥ", "ﾗｲﾝ", "ライン", "らいん", "インスタ", "ｲﾝｽﾀ", "の", " ", "　",
    "ID", "id", "ｉｄ", "ＩＤ", ":", "：", "abc_12", "taro", "ı", "ſ", "K", "İ", "爆破", "放火",
    "して", "やる", "いる", "しに行く", "kill", "KILL", " you", "090", "-", "1234", "ー", "。",
    "😀", "é", "ばか",
    # the shipped rules' words that every match holds, and what stands around them
    "3", "３", "人", "三人", "殺してやる", "刺しに", "あと", "分で", "爆発", "爆発的", "🔪", "🗡",
    "\ufe0f", "市長", "を", "💩", "🐷", "宮城", "ﾏｲﾅﾝﾊﾞｰ", "マイナンバー", "個人番号", "は",
    "1234", "5678", "9012", "🖕", "爆破", "する", "予定",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_gating_never_changes_what_a_rule_finds(text):
    gated, ungated = _engines()
    assert gated.screen(text) == ungated.screen(text), text


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (r"(?:line|ライン)x", ("line", "らいん")),
        (r"(?:Id|ＩＤ)x", ("id",)),
        (r"abc|de", ("abc", "de")),
        (r"(?:爆破|放火)(?:する)", None),  # no cased letter: the search skips ahead itself
        (r"[ab]c", None),  # a class first: no literal words
        (r"(a|b)c", None),
        (r"abc|[0-9]", None),  # one alternative without a leading literal
    ],
)
def test_literal_gate(pattern, gate):
    found = literal_gate(pattern)
    assert (found.words if found is not None else None) == gate


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        # the rarest requirement the structure shows: an emoji before a staff word
        (r"(?:市長|職員)(?:さん)?[ 　]?(?:🔪|🗡)", ("🔪", "🗡")),
        # a kanji word before short kana (して) or a digit
        (r"(?:爆破|放火)(?:して|する)", ("放火", "爆破")),
        (r"[0-9]{1,4}人(?:殺してやる|刺しに)", ("刺しに", "殺してやる")),
        (r"(?:殺す|ころす)+a", ("ころす", "殺す")),  # a repeat of at least one is required
        (r"(?:殺す|bc)", None),  # one alternative with cased letters: no exact set
        (r"x(?:殺す)?y", None),  # an optional part is not, and Latin letters are cased
        (r"殺す|[0-9]", ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "殺す")),
        (r"殺す|\d", None),  # a category is no set of words
        (r"[^あ]す", ("す",)),
    ],
)
def test_required_words(pattern, words):
    assert required_words(pattern) == words


def test_a_gated_rule_still_fires():
    gated, _ungated = _engines()
    hits = gated.screen("連絡はLINE: taro_77 まで")
    assert any(hit.rule.startswith("custom-0") for hit in hits)
    assert not any(hit.rule == "custom-0" for hit in gated.screen("今日は晴れです"))
