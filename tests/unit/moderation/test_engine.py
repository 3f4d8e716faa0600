"""The engine: default rules against the corpus, exceptions, spans, regex safety, repetition."""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, RepetitionState, RuleSpec
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.regexsafe import check_pattern
from moderation.highlight import highlight_segments

from .corpus import SHOULD_FLAG, SHOULD_PASS


@pytest.fixture(scope="module")
def engine():
    return Engine.from_rules(DEFAULT_RULES)


@pytest.mark.parametrize(("text", "slug"), SHOULD_FLAG)
def test_default_rules_flag(engine, text, slug):
    assert slug in [hit.rule for hit in engine.screen(text)]


@pytest.mark.parametrize("text", SHOULD_PASS)
def test_default_rules_pass_ordinary_comments(engine, text):
    assert engine.screen(text) == []


def _half_width_katakana(text: str) -> str:
    """Katakana written half-width, as evaders do (バカ -> ﾊﾞｶ): NFKC read backwards."""
    narrow: dict[str, str] = {}
    for code in range(0xFF66, 0xFF9E):
        narrow.setdefault(unicodedata.normalize("NFKC", chr(code)), chr(code))
    for base, char in list(narrow.items()):
        for mark, narrow_mark in (("\u3099", "ﾞ"), ("\u309a", "ﾟ")):
            voiced = unicodedata.normalize("NFC", base + mark)
            if len(voiced) == 1 and voiced != base:
                narrow.setdefault(voiced, char + narrow_mark)
    return "".join(narrow.get(char, char) for char in text)


def _full_width_ascii(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _spaced(text: str) -> str:
    """Every character apart (voicing marks stay on their letter): ば か じ ゃ な い の."""
    letters: list[str] = []
    for char in text:
        if letters and (char in "ﾞﾟ" or unicodedata.combining(char)):
            letters[-1] += char
        else:
            letters.append(char)
    return " ".join(letters)


# Rules over words (terms and patterns without a link) read spaced-out Japanese as words;
# numbers, addresses and links spaced out are not what their detectors look for.
_WORD_RULES = {
    rule["slug"]
    for rule in DEFAULT_RULES
    if rule["kind"] in ("terms", "pattern") and not rule["config"].get("link")
}
_JAPANESE_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]")
OTHER_FORMS = sorted(
    {
        (form(text), slug)
        for text, slug in SHOULD_FLAG
        for form, applies in (
            (_half_width_katakana, True),
            (_full_width_ascii, True),
            (_spaced, slug in _WORD_RULES and _JAPANESE_RE.search(text) is not None),
        )
        if applies and form(text) != text
    }
)


@pytest.mark.parametrize(("text", "slug"), OTHER_FORMS)
def test_default_rules_flag_the_corpus_written_otherwise(engine, text, slug):
    """Every should-flag example still fires its rule in half-width katakana, in full-width
    letters and digits, and (for rules over words) with its characters spaced out."""
    assert slug in [hit.rule for hit in engine.screen(text)]


def test_every_enabled_default_rule_is_exercised_by_the_corpus():
    fired = {slug for _text, slug in SHOULD_FLAG} | {"spam-repetition"}
    enabled = {
        rule["slug"]
        for rule in DEFAULT_RULES
        if rule.get("enabled", True) and rule["kind"] != "exception"
    }
    assert enabled <= fired


def test_threat_and_privacy_hide_by_default_others_flag():
    for rule in DEFAULT_RULES:
        if rule["kind"] == "exception":
            continue
        expected = "auto_hide" if rule["clause"] in ("threat", "privacy") else "flag"
        assert rule["action"] == expected, rule["slug"]


def test_default_rules_have_one_slug_each():
    # The install keys rules by slug: a second rule of the same slug would overwrite the first.
    slugs = [rule["slug"] for rule in DEFAULT_RULES]
    assert sorted(slug for slug in set(slugs) if slugs.count(slug) > 1) == []


def test_default_regexes_are_safe():
    for rule in DEFAULT_RULES:
        if rule["kind"] == "regex":
            assert check_pattern(rule["config"]["pattern"]) is None


@pytest.mark.parametrize(
    "text", ["ばかり", "バカンス", "殺到", "殺虫剤", "アホウドリ", "相殺", "馬鹿でかい"]
)
def test_innocent_look_alikes_pass(engine, text):
    assert engine.screen(text) == []


def test_spans_are_original_code_points_and_highlight_the_match(engine):
    text = "😀 市長は ﾊﾞｶ だし、し☆ね"
    hits = {hit.rule: hit for hit in engine.screen(text)}
    insult = hits["defamation-insults-ja"]
    assert [text[s:e] for s, e in insult.spans] == ["ﾊﾞｶ"]
    threat = hits["threat-violence-ja"]
    assert [text[s:e] for s, e in threat.spans] == ["し☆ね"]
    assert threat.action == "auto_hide" and threat.category == "threat"
    marked = "".join(
        seg.text for seg in highlight_segments(text, list(hits.values())) if seg.marked
    )
    assert marked == "ﾊﾞｶし☆ね"


def test_hits_are_merged_per_rule_and_sorted():
    engine = Engine.from_rules(
        [RuleSpec(slug="b", clause="defamation", kind="terms", config={"terms": ["ばか", "あほ"]})]
    )
    hits = engine.screen("ばか、ばか、あほ")
    assert len(hits) == 1
    assert hits[0].spans == ((0, 2), (3, 5), (6, 8))


def test_latin_terms_respect_word_boundaries():
    engine = Engine.from_rules(
        [RuleSpec(slug="en", clause="defamation", kind="terms", config={"terms": ["ass", "fuck*"]})]
    )
    assert engine.screen("the class assistant") == []
    assert [h.rule for h in engine.screen("you ass")] == ["en"]
    assert [h.rule for h in engine.screen("FUCKING hell")] == ["en"]


def test_rule_exceptions_only_apply_to_their_rule():
    specs = [
        RuleSpec(
            slug="a",
            clause="threat",
            kind="terms",
            config={"terms": ["substr:殺"], "exceptions": ["殺到"]},
        ),
        RuleSpec(slug="b", clause="threat", kind="terms", config={"terms": ["substr:殺"]}),
    ]
    assert [h.rule for h in Engine.from_rules(specs).screen("殺到")] == ["b"]


def test_link_rules_allow_government_domains(engine):
    assert engine.screen("https://bit.ly/abc")[0].rule == "harmful-link-suspicious"
    any_link = Engine.from_rules(
        [RuleSpec(slug="l", clause="harmful_link", kind="link", config={"match": ["any"]})]
    )
    assert any_link.screen("https://www.city.ishinomaki.lg.jp/x https://www.soumu.go.jp/") == []
    assert [h.rule for h in any_link.screen("example.com/page")] == ["l"]


def test_repetition_across_a_stream():
    engine = Engine.from_rules(
        [
            RuleSpec(
                slug="rep",
                clause="spam",
                kind="repetition",
                config={"threshold": 3, "window_seconds": 600},
            )
        ]
    )
    state = RepetitionState()
    texts = [
        "今すぐこちらをチェック！",
        "今すぐ こちらを チェック!!",
        "今すぐこちらをチェック！",
        "全然違う内容の投稿です",
    ]
    results = [
        engine.screen(
            text, author_id="u1", created_time=f"2026-01-01T10:0{i}:00+0900", repetition=state
        )
        for i, text in enumerate(texts)
    ]
    assert [bool(r) for r in results] == [False, False, True, False]
    assert results[2][0].spans == ((0, len(texts[2])),)
    # another author and a later time are judged separately
    assert engine.screen(texts[0], author_id="u2", repetition=state) == []
    assert (
        engine.screen(
            texts[0], author_id="u1", created_time="2026-01-01T12:00:00+0900", repetition=state
        )
        == []
    )


def test_engine_cache_by_version():
    specs = [RuleSpec(slug="x", clause="other", kind="terms", config={"terms": ["abc"]})]
    assert Engine.from_rules(specs, version=("t", 1)) is Engine.from_rules([], version=("t", 1))


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("(a+)+b", "nested"),
        ("(\\w*)*x", "nested"),
        ("(?:ab|\\wc)+d", "overlap"),
        ("(", "syntax"),
        ("a*", "matches_empty"),
        ("", "empty"),
    ],
)
def test_unsafe_patterns_are_refused(pattern, problem):
    result = check_pattern(pattern, dynamic=False)
    assert result is not None and result.startswith(problem)


def test_slow_pattern_is_caught_by_the_time_limit():
    # No nesting for the static check to see, still polynomial blow-up on long input:
    # the subprocess running it is abandoned when the time budget runs out.
    assert check_pattern(r"\d*\d*\d*\d*\d*x") == "slow"


def test_safe_pattern_passes():
    assert check_pattern("(?:殺|ころ)してやる") is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_screen_never_crashes_and_spans_are_inside(text):
    engine = Engine.from_rules(DEFAULT_RULES, version="hypothesis-defaults")
    for hit in engine.screen(text, author_id="a", repetition=RepetitionState()):
        previous = -1
        for start, end in hit.spans:
            assert 0 <= start < end <= len(text)
            assert start > previous
            previous = end


def test_exceptions_beside_a_detector_rule_screen_without_error():
    """A backtest of a regular expression or a detector rule compiles it with the exception
    lists alone: nothing to look for in the pre-check must not break screening."""
    from moderation.engine import Engine, RuleSpec

    engine = Engine(
        [
            RuleSpec(
                slug="innocent", clause="other", kind="exception", config={"terms": ["ばかり"]}
            ),  # fmt: skip
            RuleSpec(
                slug="crime", clause="threat", kind="regex", config={"pattern": r"爆破します"}
            ),  # fmt: skip
        ]
    )
    assert [hit.rule for hit in engine.screen("明日、駅を爆破します")] == ["crime"]
    assert engine.screen("ばかりです") == []


def test_a_patterns_target_alone_leaves_its_sentence_unread():
    """A target with no predicate of its pattern anywhere in the message cannot match, so
    its sentence is not read; with the predicate, both are read and the pattern fires."""
    from moderation.engine.analysed import Analysis

    engine = Engine.from_rules(
        [
            {"slug": "word", "name": "w", "clause": "defamation", "kind": "terms",
             "severity": "low", "config": {"terms": ["バカ"]}},
            {"slug": "pair", "name": "p", "clause": "defamation", "kind": "pattern",
             "severity": "low",
             "config": {"target": ["公園"], "predicate": ["壊そう"], "scope": "sentence"}},
        ]
    )  # fmt: skip
    lone = Analysis("公園がきれいでした。バカみたいに暑い日。")
    assert [hit.rule for hit in engine.screen(lone.message, analysis=lone)] == ["word"]
    assert sorted(lone._read) == [1]  # only the sentence with the term was read
    paired = Analysis("公園の遊具を壊そう。バカ")
    assert sorted(hit.rule for hit in engine.screen(paired.message, analysis=paired)) == [
        "pair",
        "word",
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("がいこくじんはでていけ", "discrimination-exclusion"),
        ("がいじんはにほんからでてけ", "discrimination-exclusion"),
        ("しんでしまえ", "threat-veiled"),
        ("ぜいきんどろぼう", "defamation-insults-ja"),
        ("いえにひをつけてやる", "threat-violence-ja"),
    ],
)
def test_terms_written_with_kanji_match_their_reading_in_hiragana(engine, text, slug):
    assert slug in [hit.rule for hit in engine.screen(text)]


@pytest.mark.parametrize(
    "text",
    [
        "にほんからでていくひとがおおい",
        "がいこくじんのかんこうきゃくがふえた",
        "はやくかえれるといいね",
        "しごとやめたいなあ",
        "しちょうさんのおはなしをききました",
    ],
)
def test_hiragana_sentences_that_merely_hold_a_reading_pass(engine, text):
    assert engine.screen(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("なぐってやる", True),
        ("いえをもやしてやるからな", True),
        ("おまえなんかぶんなぐってやる", True),
        ("なぐさめてやる", False),  # 慰める begins with the same kana
        ("もやしをいためてやる", False),  # もやし (bean sprouts) is a noun
        ("さらにもやしてみた", False),  # no やる after it
    ],
)
def test_a_lemma_written_with_kanji_is_found_in_hiragana(text, flagged):
    # The kanji stem (殴, 燃や) is not in a text written in kana; the kana stem is searched
    # for too, and the analyser's normalised form (なぐる -> 殴る) decides.
    engine = Engine(
        [
            RuleSpec(
                slug="harm",
                clause="threat",
                kind="terms",
                config={
                    "terms": ["lemma:殴る/+やる", "lemma:ぶん殴る/+やる", "lemma:燃やす/+やる"]
                },
            )
        ]
    )
    assert bool(engine.screen(text)) is flagged


def test_a_message_screened_again_breaks_the_same_rules(engine):
    """A message read closely is remembered with what it broke: screened again (a spam
    wave), it gives what a fresh screening gives, the repetition rule still counting."""
    spam = "今だけ無料！フォローしてくれた人全員にプレゼント、プロフのリンクから登録してね"
    abuse = "ﾊﾞｶ職員は辞めろ、電話は090-1234-5678まで"
    fresh = Engine.from_rules(DEFAULT_RULES, version="hypothesis-defaults")
    state = RepetitionState()
    seen = []
    for number in range(4):
        for text in (spam, abuse):
            fresh._screened.clear()
            expected = fresh.screen(text)
            hits = engine.screen(text, author_id="a", created_time=60.0 * number, repetition=state)
            assert expected, text
            assert [hit for hit in hits if hit.rule != "spam-repetition"] == expected
            seen.append("spam-repetition" in [hit.rule for hit in hits])
    assert seen == [False, False, False, False, True, True, True, True]
