"""A regular-expression rule is skipped only when it cannot match (moderation.engine.regexgate)."""

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, RuleSpec
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.regexgate import literal_gate

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
    return gated, ungated


PIECES = [
    "LINE", "line", "Line", "ＬＩＮＥ", "ﾗｲﾝ", "ライン", "らいん", "インスタ", "ｲﾝｽﾀ", "の", " ", "　",
    "ID", "id", "ｉｄ", "ＩＤ", ":", "：", "abc_12", "taro", "ı", "ſ", "K", "İ", "爆破", "放火",
    "して", "やる", "いる", "しに行く", "kill", "KILL", " you", "090", "-", "1234", "ー", "。",
    "😀", "é", "ばか",
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


def test_a_gated_rule_still_fires():
    gated, _ungated = _engines()
    hits = gated.screen("連絡はLINE: taro_77 まで")
    assert any(hit.rule.startswith("custom-0") for hit in hits)
    assert not any(hit.rule == "custom-0" for hit in gated.screen("今日は晴れです"))
