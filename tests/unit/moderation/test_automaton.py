"""The key finder every screening step uses: every occurrence, code-point offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine.automaton import KeyFinder, key_finder


def test_every_occurrence_overlapping_with_its_value():
    finder = KeyFinder([("ばか", "insult"), ("か", "kana"), ("かし", "verb")])
    found = finder.find("ばかし")
    assert sorted(found) == [(0, 2, "insult"), (1, 2, "kana"), (1, 3, "verb")]


def test_offsets_count_code_points_beyond_the_basic_plane():
    # An emoji is one character in Python and four bytes in UTF-8: offsets must be Python's.
    text = "😀x死ね🙂死ね"
    finder = KeyFinder([("死ね", 1), ("😀x", 2)])
    assert [text[start:end] for start, end, _value in finder.find(text)] == ["😀x", "死ね", "死ね"]


def test_no_keys_finds_nothing_and_empty_keys_are_left_out():
    assert key_finder([]) is None
    assert key_finder([("", 1)]) is None
    finder = KeyFinder([("", 1), ("市", 2)])
    assert len(finder) == 1
    assert finder.find("市役所") == [(0, 1, 2)]
    assert finder.find("") == []


def test_occurs_in_answers_whether_any_key_is_there():
    finder = KeyFinder([("窓口", None), ("市長", None)])
    assert finder.occurs_in("市長の方針")
    assert not finder.occurs_in("市役所の方針")
    assert not finder.occurs_in("")


_text = st.text(alphabet=st.sampled_from("ばかしね市長😀 ーab"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(_text.filter(bool), min_size=1, max_size=8), text=_text)
def test_finds_exactly_what_a_scan_of_every_position_finds(keys, text):
    finder = KeyFinder((key, key) for key in keys)
    expected = sorted(
        (start, start + len(key), key)
        for key in set(keys)
        for start in range(len(text))
        if text.startswith(key, start)
    )
    found = finder.find(text)
    assert sorted(found) == expected
    assert [end for _start, end, _key in found] == sorted(end for _s, end, _k in found)
    assert finder.occurs_in(text) == bool(expected)
