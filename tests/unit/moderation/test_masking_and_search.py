"""Card-number masking (same length, last four kept) and where a search matched."""

import pytest

from comments.search import search_form, search_spans
from moderation.masking import mask_card_numbers


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("カード 4111 1111 1111 1111 です", "カード ＊＊＊＊ ＊＊＊＊ ＊＊＊＊ 1111 です"),
        ("4111-1111-1111-1111", "＊＊＊＊-＊＊＊＊-＊＊＊＊-1111"),
        ("４１１１１１１１１１１１１１１１", "＊＊＊＊＊＊＊＊＊＊＊＊１１１１"),
        ("電話 090-1234-5678", "電話 090-1234-5678"),  # a phone number is no card
        ("", ""),
    ],
)
def test_card_like_digits_are_masked_keeping_the_length(text, masked):
    assert mask_card_numbers(text) == masked
    assert len(mask_card_numbers(text)) == len(text)


@pytest.mark.parametrize("variant", ["バカ", "ﾊﾞｶ", "ば か", "ＢＡＫＡ"])
def test_search_form_is_the_screening_form(variant):
    assert search_form(variant) in {"ばか", "baka"}


def test_search_spans_point_at_the_original_text():
    text = "あいつは ﾊﾞｶ だし、ば か だ"
    spans = search_spans(text, "バカ")
    assert [text[s:e] for s, e in spans] == ["ﾊﾞｶ", "ば か"]
    assert search_spans(text, "") == [] and search_spans("", "ばか") == []
