"""Japanese written in romaji is read as kana, so the rules that pair words in a sentence
read it; English and single romaji words are left to the term keys (see .romaji)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.evasion import deevade
from moderation.engine.evasion_steps import undo_pieces
from moderation.engine.fastpath import quick_form
from moderation.engine.romaji import (
    _GATE_RANGES,
    _romaji_runs,
    may_hold_romaji_run,
    word_as_kana,
)

from .test_evasion import test_quick_form_is_the_collapsed_matching_form as quick_form_property
from .test_fast_paths import test_deevade_agrees_with_its_loop as deevade_property


@pytest.fixture(scope="module")
def engine():
    return Engine.from_rules(DEFAULT_RULES, version="romaji-sentences")


def _rules(engine, text):
    return {hit.rule for hit in engine.screen(text)}


@pytest.mark.parametrize(
    ("word", "kana"),
    [
        ("konnichiwa", "こんにちわ"),  # n before a consonant is ん, not the keyboard's nn
        ("kannon", "かんのん"),
        ("tanin", "たにん"),
        ("shimbun", "しんぶん"),
        ("kitte", "きって"),
        ("matcha", "まっちゃ"),
        ("ippyou", "いっぴょう"),
        ("SHUUKAI", "しゅうかい"),
        ("jyouhou", "じょうほう"),
        ("sinjiru", "しんじる"),  # kunrei
    ],
)
def test_a_romaji_word_spells_its_kana(word, kana):
    assert "".join(k for k, _s, _e in word_as_kana(word)) == kana


@pytest.mark.parametrize("word", ["hello", "the", "love", "this", "Wi", "xyz", "street"])
def test_an_english_word_spells_no_kana(word):
    assert word_as_kana(word) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("kami wo shinjiru mono wa sukuwareru", "かみ を しんじる もの は すくわれる"),
        ("ｋａｍｉ　ｗｏ　ｓｈｉｎｊｉｒｕ", "かみ を しんじる"),
        (
            "Ishinomaki no minasan, issho ni inorimashou",
            "いしのまき の みなさん, いっしょ に いのりましょう",
        ),
        ("omae o yurusanai desu", "おまえ を ゆるさない です"),
        # English, or too few words, or no word only Japanese has: left as written
        ("I love Ishinomaki so much", "I love Ishinomaki so much"),
        ("go to sea", "go to sea"),
        ("baka desu", "baka desu"),
        ("kami no sakana", "kami no sakana"),
        # a run ends at a full stop, a digit or a kana
        ("Abe wa. Kenji desu", "Abe wa. Kenji desu"),
    ],
)
def test_a_japanese_run_of_romaji_is_read_as_kana(text, read):
    assert deevade(text).text == read


def test_each_kana_maps_back_to_the_letters_it_came_from():
    text = "shokuin wa zenin shine"
    result = deevade(text)
    shi = result.text.index("しね")
    assert text[slice(*result.to_original(shi, shi + 2))] == "shine"
    wa = result.text.index("は")
    assert text[slice(*result.to_original(wa, wa + 1))] == "wa"


@pytest.mark.parametrize(
    ("text", "rule_prefix"),
    [
        ("kami wo shinjiru mono wa sukuwareru. issho ni inorimashou", "religious-"),
        ("Kamisama wo shinjireba sukuwaremasu", "religious-"),
        ("shokuin wa zenin shine", "threat-"),
        ("shiyakusho ni hi wo tsukeru kara na", "threat-"),
        ("ｓｈｉｙａｋｕｓｈｏ ｎｉ ｈｉ ｗｏ ｔｓｕｋｅｒｕ ｋａｒａ ｎａ", "threat-"),
    ],
)
def test_abuse_written_in_romaji_sentences_is_flagged(engine, text, rule_prefix):
    rules = _rules(engine, text)
    assert any(rule.startswith(rule_prefix) for rule in rules), rules


@pytest.mark.parametrize(
    "text",
    [
        "kyou wa ii tenki desu ne",
        "gomi no hi wa itsu desu ka?",
        "Ishinomaki no sakana wa oishii desu",
        "arigatou gozaimasu, mata kimasu",
        "I went to the Kahoku area today, the sea was so nice",
        "Kenji wa kinou shinda obaachan no ohaka ni ikimashita",
    ],
)
def test_innocent_romaji_and_english_stay_clean(engine, text):
    assert _rules(engine, text) == set()


def test_the_highlight_of_a_romaji_sentence_lands_on_its_letters(engine):
    text = "shokuin wa zenin shine"
    hits = [hit for hit in engine.screen(text) if hit.rule.startswith("threat-")]
    assert any(text[start:end] == "shine" for hit in hits for start, end in hit.spans)


WORDS = [
    "kami", "wo", "wa", "ga", "ni", "de", "no", "shinjiru", "desu", "masu", "shine", "baka",
    "hello", "the", "Abe", "ｋａｍｉ", "ｗａ", "ＷＯ", "ⓦⓞ", "𝐰𝐚", "kudasai", "n", "x",
]  # fmt: skip
GAPS = [
    " ",
    "　",
    ",",
    "、",
    "，",
    " , ",
    "\u200b",
    "\u3099",
    "\u0301",
    "-",
    "。",
    "\n",
    "あ",
    "1",
    "\ufeff",
    "ú",
    "ⓦ",
    "㎏",
    "ー",
    "\t",
]
romaji_texts = st.lists(st.sampled_from(WORDS + GAPS), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(romaji_texts)
def test_the_fast_paths_never_pass_over_a_romaji_run(text):
    if _romaji_runs(undo_pieces(text, romaji=False)):
        assert deevade(text).romaji  # de-evasion's own fast path did not skip it
        assert quick_form(text) is None
        assert may_hold_romaji_run(text) or not deevade(text, romaji=False).plain


@settings(max_examples=300, deadline=None)
@given(romaji_texts)
def test_deevade_and_the_quick_form_agree_on_romaji(text):
    deevade_property.hypothesis.inner_test(text)
    quick_form_property.hypothesis.inner_test(text)


def test_the_gate_knows_every_character_that_may_be_a_letter_a_gap_or_vanish():
    import unicodedata

    from moderation.engine.fastpath import _RANGES

    def inside(code):
        return any(low <= code <= high for low, high in _GATE_RANGES)

    # Every character the quick form reads (its ranges and kanji) that NFKC makes a letter,
    # a space or a comma, or that vanishes, is one the gate was built from.
    for low, high in (*_RANGES, (0x4E00, 0x9FFF)):
        for code in range(low, high + 1):
            char = chr(code)
            folded = unicodedata.normalize("NFKC", char)
            matters = (
                (folded and all(c.isascii() and c.isalpha() for c in folded))
                or (folded and all(c in " ,、" for c in folded))
                or not folded.strip()
                or unicodedata.category(char) in ("Mn", "Me", "Cf")
            )
            assert not matters or inside(code), hex(code)


def test_the_matching_form_of_a_romaji_sentence_holds_both_readings():
    from comments.search import search_needle, search_spans
    from moderation.engine.analysed import matching_form, matching_text

    text = "gaijin wa kaere"
    kana, latin = matching_form(text).split("\n")
    assert kana == "がいじんはかえれ"
    assert latin == "gaijinwakaere"
    # Repetition compares the kana reading only, as the engine does on either path.
    assert matching_text(text) == "がいじんはかえれ"
    # A search finds the comment by its kana, its romaji or the same romaji sentence.
    assert search_needle("gaijin wa kaere") == "がいじんはかえれ"
    assert search_spans(text, "がいじん") == [(0, 6)]


def test_rules_written_in_romaji_still_read_the_letters_of_a_romaji_sentence(engine):
    # discrimination-romaji pairs gaijin with kaere as written; the sentence is also read
    # as kana for every other rule.
    assert "discrimination-romaji" in _rules(engine, "gaijin wa kaere")
    assert "discrimination-romaji" in _rules(engine, "Gaijin wa minna kaere yo")
