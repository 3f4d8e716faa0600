"""The normaliser: widths, kana, zero-width, inserted separators, stretches, evasions, offsets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import normalize, widen


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("ＢＡＫＡ", "baka"),  # full-width Latin, case
        ("ﾊﾞｶ", "ばか"),  # half-width kana widened, voiced mark composed, katakana folded
        ("バカ", "ばか"),
        ("ｶﾞｷ", "がき"),
        ("し ね", "しね"),  # inserted space
        ("し.ね", "しね"),  # inserted dot
        ("し☆ね", "しね"),  # inserted symbol
        ("し\u200bね", "しね"),  # zero-width space
        ("し\ufeffね", "しね"),
        ("ばーーか", "ばか"),  # long marks
        ("しねええ", "しねえ"),  # stretched vowel
        ("fuuuuck", "fuck"),
        ("killllll", "kill"),
        ("sh1t", "shit"),  # digits in words
        ("1d10t", "idiot"),
        ("café", "cafe"),
        ("タヒね", "死ね"),  # visual evasion
        ("ﾀﾋね", "死ね"),
        ("氏ね", "死ね"),  # kanji evasion
        ("お前ら市ね", "お前ら死ね"),
    ],
)
def test_normalize_folds(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("田中氏ね", "田中氏ね"),  # Mr Tanaka
        ("石巻市ね", "石巻市ね"),  # Ishinomaki City
        ("タヒチ", "たひち"),  # Tahiti
        ("行ったひと", "行ったひと"),
        ("2016-10-17", "20161017"),  # numbers stay numbers
        ("covid19", "covid19"),
        ("ばかり", "ばかり"),
    ],
)
def test_normalize_leaves_innocent_text(original, expected):
    assert normalize(original).text == expected


def test_boundaries_mark_removed_separators():
    n = normalize("おかし、ねえ")
    assert n.text == "おかしねえ"
    assert n.boundary[3] is True and n.boundary[2] is False


@pytest.mark.parametrize(
    ("original", "term"),
    [
        ("ﾀﾋね", "死ね"),
        ("し☆ね", "しね"),
        ("ば〜ーか！", "ばか"),
        ("ＢＡＫＡ", "baka"),
        ("ｶﾞｷ", "がき"),
    ],
)
def test_to_original_covers_exactly_the_matched_characters(original, term):
    n = normalize(original)
    start = n.text.index(term)
    o_start, o_end = n.to_original(start, start + len(term))
    matched = original[o_start:o_end]
    assert normalize(matched).text == term
    assert matched[0] not in "〜！" and matched[-1] not in "〜！"


def test_widen_keeps_offsets():
    text = "電話：０９０－１２３４－５６７８ ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    wide = widen(text)
    assert len(wide) == len(text)
    assert "090-1234-5678" in wide and "taro@example.com" in wide


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_normalize_never_crashes_and_offsets_stay_inside(text):
    n = normalize(text)
    assert len(n.starts) == len(n.ends) == len(n.text) == len(n.boundary) - 1
    previous_start = -1
    for start, end in zip(n.starts, n.ends, strict=True):
        assert 0 <= start < end <= len(text)
        assert start >= previous_start  # monotone
        previous_start = start
    for i in range(len(n.text)):
        for j in range(i + 1, min(len(n.text), i + 4) + 1):
            o_start, o_end = n.to_original(i, j)
            assert 0 <= o_start < o_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("しねバカﾊﾞｶ ・.☆ー\u200bタヒ氏市abc1０９")), max_size=60)
)
def test_normalize_on_evasion_alphabet(text):
    n = normalize(text)
    for i in range(len(n.text)):
        o_start, o_end = n.to_original(i, i + 1)
        assert 0 <= o_start < o_end <= len(text)
    assert len(widen(text)) == len(text)
