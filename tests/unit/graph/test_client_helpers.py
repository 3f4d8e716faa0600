"""Pure helpers of the Graph client: proof, times, URLs (no network)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ishinomaki_sns.graph.client import GraphClient, appsecret_proof, feed_fields, parse_time
from ishinomaki_sns.graph.times import format_time, to_unix


def test_appsecret_proof_matches_the_documented_vector():
    assert (
        appsecret_proof("abc123", "xyz789")
        == "4dad02ff1693df832f9c183fe400fc4f601360be06514acb4a73edb783eec345"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-07-23T08:35:18+0000", datetime(2021, 7, 23, 8, 35, 18, tzinfo=UTC)),
        ("2021-07-23T17:35:18+0900", datetime(2021, 7, 23, 8, 35, 18, tzinfo=UTC)),
        ("2021-07-23T08:35:18Z", datetime(2021, 7, 23, 8, 35, 18, tzinfo=UTC)),
        (1627029318, datetime(2021, 7, 23, 8, 35, 18, tzinfo=UTC)),
        ("1627029318", datetime(2021, 7, 23, 8, 35, 18, tzinfo=UTC)),
        (None, None),
    ],
)
def test_parse_time_gives_aware_datetimes(value, expected):
    parsed = parse_time(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None


@pytest.mark.parametrize("bad", ["yesterday", "2021-07-23 08:35", True])
def test_parse_time_rejects_garbage(bad):
    with pytest.raises(ValueError):
        parse_time(bad)


def test_format_and_unix_round_trip():
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=9)))
    assert format_time(moment) == "2026-01-01T18:04:05+0000"
    assert parse_time(format_time(moment)) == moment
    assert to_unix(moment) == int(moment.timestamp())
    with pytest.raises(ValueError):
        to_unix(datetime(2026, 1, 1))  # noqa: DTZ001 - the point of the test


def test_feed_fields_expand_comments_as_a_stream():
    fields = feed_fields(("id",), ("id", "parent{id}"), 100)
    assert fields == "id,comments.limit(100).filter(stream){id,parent{id}}"


def test_paths_carry_the_pinned_version_once():
    client = GraphClient("https://graph.example/", "v24.0", "1", "s")
    assert client._url("/123/feed") == "https://graph.example/v24.0/123/feed"
    assert client._url("v23.0/123") == "https://graph.example/v24.0/123"


def test_oauth_dialog_url_has_client_state_and_scopes():
    client = GraphClient(
        "https://graph.example", "v24.0", "42", "s", dialog_url="https://fb.example"
    )
    url = client.oauth_dialog_url("https://portal.example/cb", "st4te", ["pages_show_list", "x"])
    assert url.startswith("https://fb.example/v24.0/dialog/oauth?")
    assert "client_id=42" in url and "state=st4te" in url
    assert (
        "scope=pages_show_list%2Cx" in url
        and "redirect_uri=https%3A%2F%2Fportal.example%2Fcb" in url
    )


def test_client_repr_hides_the_secret():
    assert "topsecret" not in repr(GraphClient("https://g", "v24.0", "1", "topsecret"))
