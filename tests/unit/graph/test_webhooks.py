"""Webhook signatures and both payload shapes."""

import json
from datetime import UTC, datetime

import pytest

from ishinomaki_sns.graph.webhooks import parse_feed_changes, sign, verify_signature

SECRET = "app-secret"
BODY = json.dumps({"object": "page", "entry": []}).encode()


def test_good_signature_is_accepted():
    assert verify_signature(BODY, sign(BODY, SECRET), SECRET)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=" + "0" * 64,
        sign(BODY, "other-secret"),
        sign(BODY, SECRET).replace("sha256=", "sha1="),
        sign(BODY, SECRET).removeprefix("sha256="),
        "sha256=",
    ],
)
def test_bad_missing_or_wrongly_prefixed_signatures_are_refused(header):
    assert not verify_signature(BODY, header, SECRET)


def test_signature_is_over_the_raw_bytes():
    reencoded = json.dumps(json.loads(BODY), indent=2).encode()
    assert not verify_signature(reencoded, sign(BODY, SECRET), SECRET)


def test_empty_secret_refuses_everything():
    assert not verify_signature(BODY, sign(BODY, ""), "")


def envelope(value):
    return {
        "object": "page",
        "entry": [
            {"id": "111", "time": 1700000000, "changes": [{"field": "feed", "value": value}]}
        ],
    }


def test_from_shape():
    changes = parse_feed_changes(
        envelope(
            {
                "item": "comment",
                "verb": "add",
                "comment_id": "9_8",
                "post_id": "111_9",
                "parent_id": "111_9",
                "from": {"id": "42", "name": "佐藤 花子"},
                "created_time": 1700000001,
                "message": "こんにちは",
            }
        )
    )
    assert len(changes) == 1
    change = changes[0]
    assert (change.page_id, change.verb, change.comment_id, change.post_id) == (
        "111",
        "add",
        "9_8",
        "111_9",
    )
    assert (change.from_id, change.from_name, change.message) == ("42", "佐藤 花子", "こんにちは")
    assert change.created_time == datetime.fromtimestamp(1700000001, tz=UTC)
    assert change.entry_time == datetime.fromtimestamp(1700000000, tz=UTC)
    assert change.is_comment and change.is_top_level


def test_sender_shape_and_reply():
    change = parse_feed_changes(
        envelope(
            {
                "item": "comment",
                "verb": "edited",
                "comment_id": "9_8",
                "post_id": "111_9",
                "parent_id": "9_7",
                "sender_id": 42,
                "sender_name": "Ken",
                "created_time": 1700000001,
                "message": "edited",
            }
        )
    )[0]
    assert (change.from_id, change.from_name, change.verb) == ("42", "Ken", "edited")
    assert not change.is_top_level


@pytest.mark.parametrize("verb", ["add", "edited", "remove", "hide", "unhide"])
def test_every_comment_verb_is_kept(verb):
    value = {
        "item": "comment",
        "verb": verb,
        "comment_id": "9_8",
        "post_id": "111_9",
        "from": {"id": "1"},
    }
    change = parse_feed_changes(envelope(value))[0]
    assert change.verb == verb
    assert change.message is None


def test_page_own_reply_is_recognisable():
    change = parse_feed_changes(
        envelope(
            {
                "item": "comment",
                "verb": "add",
                "comment_id": "9_8",
                "post_id": "111_9",
                "parent_id": "9_7",
                "from": {"id": "111", "name": "Page"},
            }
        )
    )[0]
    assert change.from_id == change.page_id


def test_duplicates_share_a_dedupe_key():
    value = {
        "item": "comment",
        "verb": "add",
        "comment_id": "9_8",
        "post_id": "111_9",
        "created_time": 1,
        "message": "x",
    }
    first, second = parse_feed_changes(envelope(value)) + parse_feed_changes(envelope(value))
    assert first.dedupe_key == second.dedupe_key


@pytest.mark.parametrize(
    "payload",
    [
        None,
        [],
        {"object": "user", "entry": []},
        {"object": "page", "entry": [1, {"changes": "x"}]},
        {"object": "page", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {}}]}]},
    ],
)
def test_malformed_or_other_deliveries_give_no_changes(payload):
    assert parse_feed_changes(payload) == []


def test_subscription_handshake():
    from ishinomaki_sns.graph.webhooks import subscription_challenge

    good = {"hub.mode": "subscribe", "hub.verify_token": "vt", "hub.challenge": "1158201444"}
    assert subscription_challenge(good, "vt") == "1158201444"
    assert subscription_challenge({**good, "hub.verify_token": "nope"}, "vt") is None
    assert subscription_challenge({**good, "hub.mode": "unsubscribe"}, "vt") is None
    assert subscription_challenge(good, "") is None
