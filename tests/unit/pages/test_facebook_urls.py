"""Facebook page addresses in their usual variants (no database)."""

import pytest

from pages.facebook_urls import BadUrl, FacebookRef, NotAFacebookUrl, parse_facebook_url

ID = "100064512345678"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/IshinomakiKanko",
        "http://www.facebook.com/IshinomakiKanko/",
        "https://facebook.com/ishinomakikanko?ref=bookmarks",
        "https://m.facebook.com/IshinomakiKanko#top",
        "https://web.facebook.com/IshinomakiKanko/?locale=ja_JP",
        "www.facebook.com/IshinomakiKanko",
        "facebook.com/ISHINOMAKIKANKO",
        "  https://www.facebook.com/IshinomakiKanko  ",
        "https://www.facebook.com/IshinomakiKanko/posts/123",
        # What a Japanese keyboard types: full-width letters, colon, slashes and spaces.
        "ｈｔｔｐｓ：／／ｗｗｗ．ｆａｃｅｂｏｏｋ．ｃｏｍ／ＩｓｈｉｎｏｍａｋｉＫａｎｋｏ",
        "\u3000https://www.facebook.com/IshinomakiKanko／\u3000",
        "fb.com/IshinomakiKanko",
        "https://mbasic.facebook.com/IshinomakiKanko/?mibextid=ZbWKwL",
    ],
)
def test_vanity_name_variants(url):
    assert parse_facebook_url(url) == FacebookRef(username="ishinomakikanko")


@pytest.mark.parametrize(
    "url",
    [
        f"https://www.facebook.com/profile.php?id={ID}",
        f"https://m.facebook.com/profile.php?id={ID}&ref=x",
        f"http://facebook.com/{ID}/",
        f"https://www.facebook.com/pages/Ishinomaki/{ID}",
        f"https://www.facebook.com/people/Ishinomaki/{ID}/",
        ID,
        "１０００６４５１２３４５６７８",
    ],
)
def test_numeric_id_variants(url):
    assert parse_facebook_url(url).page_id == ID


@pytest.mark.parametrize(
    "url", ["", None, "   ", "http://", "a b c", "x" * 3000, "ftp://facebook.com/x"]
)
def test_bad_input_is_a_bad_url(url):
    with pytest.raises(BadUrl):
        parse_facebook_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://twitter.com/ishinomaki",
        "https://facebook.com.evil.example/IshinomakiKanko",
        "https://www.facebook.com/",
        "https://www.facebook.com/profile.php",
        "https://www.facebook.com/groups/123456",
    ],
)
def test_other_addresses_are_not_facebook_pages(url):
    with pytest.raises(NotAFacebookUrl):
        parse_facebook_url(url)
