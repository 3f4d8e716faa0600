"""Spaced-out runs closed up and invisible characters dropped for the detectors, every
character keeping its place."""

from hypothesis import given
from hypothesis import strategies as st

from moderation.engine.spaced import despaced

PIECES = ["h", "t", "p", "s", ":", "/", ".", "1", "0", " ", "　", "市", "です", "ab", "w", "\u200b"]


def test_a_spaced_out_link_is_closed_up_and_maps_back():
    wide = "ここ h t t p s : / / e x . c c へ"
    spaced = despaced(wide)
    assert spaced is not None
    assert spaced.text == "ここ https://ex.cc へ"
    start = spaced.text.index("https")
    assert spaced.to_message(start, start + len("https://ex.cc")) == (3, 28)


def test_invisible_characters_are_dropped_and_the_rest_maps_back():
    wide = "htt\u200bp://gift\u200d.top へ"
    spaced = despaced(wide)
    assert spaced is not None
    assert spaced.text == "http://gift.top へ"
    assert spaced.to_message(0, len("http://gift.top")) == (0, len("htt\u200bp://gift\u200d.top"))


def test_ordinary_spacing_is_left_alone():
    assert despaced("今日は 晴れ です") is None
    assert despaced("A B C") is None  # three letters are an acronym spaced, not a spelling
    assert despaced("see you at 3 pm") is None


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_every_character_keeps_its_place(wide):
    spaced = despaced(wide)
    if spaced is None:
        return
    assert len(spaced.places) == len(spaced.text)
    assert all(wide[place] == char for place, char in zip(spaced.places, spaced.text, strict=True))
    assert list(spaced.places) == sorted(set(spaced.places))
