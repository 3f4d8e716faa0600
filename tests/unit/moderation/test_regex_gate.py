"""A regular-expression rule is skipped only when it cannot match (moderation.engine.regexgate)."""

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, RuleSpec
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.regexgate import QuickGate, literal_gate, required_sets, required_words

PATTERNS = [
    r"(?:line|ライン|インスタ)(?:\s?の)?\s?(?:id)?\s?[:：]?\s?[a-z][a-z0-9._\-]{3,19}",
    r"(?:爆破|放火)(?:しに行|して(?:や|い)る)",
    r"kill\s+you",
    r"[0-9]{3}-[0-9]{4}",  # no leading literal: never gated
    r"(?:ｉｄ|ＩＤ)\s?[a-z]{4,}",
]
# Rules on the matching form (de-evaded and normalised), gated by the quick form.
NORMALIZED_PATTERNS = [
    r"(?:ころ|殺)(?:す|せ)ぞ",
    r"(?:むのう|無能)(?:ばっかり?|だらけ)|[ぁ-ん]しか(?:いない|おらん)",
    r"(?:ばか|あほ)+(?:市長|職員)",
    r"くそ[ー〜]*(?:やろう|野郎)",
]


@cache
def _engines() -> tuple[Engine, Engine]:
    specs = [RuleSpec.from_mapping(rule) for rule in DEFAULT_RULES if rule["kind"] == "regex"]
    specs += [
        RuleSpec(slug=f"custom-{n}", clause="other", kind="regex", config={"pattern": pattern})
        for n, pattern in enumerate(PATTERNS)
    ]
    specs += [
        RuleSpec(
            slug=f"normalized-{n}",
            clause="other",
            kind="regex",
            config={"pattern": pattern, "on": "normalized"},
        )
        for n, pattern in enumerate(NORMALIZED_PATTERNS)
    ]
    # A term rule too, so that screening computes the quick form the gate reads.
    specs.append(
        RuleSpec(slug="words", clause="defamation", kind="terms", config={"terms": ["ばか"]})
    )
    gated = Engine(specs)
    ungated = Engine(specs)
    ungated._regex = [(i, p, on, None) for i, p, on, _gate in ungated._regex]
    ungated._required = None
    ungated._normalized_gate = QuickGate([""])  # nothing required: every message is read
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
    # the words rules on the matching form need, spelled the ways de-evasion reads
    "しか", "シカ", "いない", "イナイ", "おらん", "無能", "むのう", "ムノウ", "ばっかり", "ばかり",
    "だらけ", "ころ", "コロ", "殺", "す", "せ", "ぞ", "ゾ", "あほ", "ア ホ", "市長", "職員", "くそ",
    "ク ソ", "〜", "やろう", "野郎", "ｼｶ", "a", "ｱﾎ", "ー", "ぁ", "！",
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


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        # every part of a sequence is required, not only the rarest
        (r"(?:ばか|あほ)しか(?:いな|おらん)", [[{"ばか", "あほ"}, {"しか"}, {"いな", "おらん"}]]),
        # each top-level alternative on its own
        (r"無能だらけ|底辺しか", [[{"無能だらけ"}], [{"底辺しか"}]]),
        (r"(?:殺す|ころす)+ぞ", [[{"ころす", "殺す"}, {"ぞ"}]]),
        (r"x(?:殺す)?ぞ", [[{"ぞ"}]]),  # cased letters and optional parts are not required
        (r"[^あ]す", [[{"す"}]]),
        (r"\d+", [[]]),  # nothing shows: every message is read for it
    ],
)
def test_required_sets(pattern, sets):
    assert required_sets(pattern) == [[frozenset(words) for words in each] for each in sets]


def test_the_quick_gate_needs_every_required_word():
    gate = QuickGate([r"(?:ばか|あほ)しか(?:いな|おらん)", r"無能だらけ"])
    assert not gate.always
    assert gate.may_match("うちのかいしゃはあほしかおらん")
    assert gate.may_match("むのうだらけ\x00無能だらけ")
    # しか alone (あと少ししかない), or the words of two different alternatives, are not enough
    assert not gate.may_match("あとすこししかない")
    assert not gate.may_match("無能しかいな")
    # in order: the words of a match come one after the other
    assert not gate.may_match("いないのはあほしか")
    assert not gate.may_match("むのうだらけ"[::-1])
    # collapsing may make two words share a character, no more
    assert QuickGate([r"かあ(?:あめ)"]).may_match("かあめ")
    assert not QuickGate([r"ばか(?:ばかり|だらけ)"]).may_match("ばかり")
    assert QuickGate([r"\d+しか"]).always is False
    assert QuickGate([r"[0-9a-z]+"]).always


def test_a_rule_on_the_matching_form_fires_through_evasions():
    gated, _ungated = _engines()
    assert any(hit.rule == "normalized-1" for hit in gated.screen("あそこは ム ノ ウ だらけだ"))
    assert not any(hit.rule.startswith("normalized") for hit in gated.screen("あと少ししかない"))
