"""Classification of Graph API errors by code (never by type)."""

import json

import pytest

from ishinomaki_sns.graph.errors import (
    GoneGraphError,
    GraphError,
    PermissionGraphError,
    PolicyBlockedGraphError,
    ThrottledGraphError,
    TokenInvalidGraphError,
    TransientGraphError,
    classify,
    decode_json,
)


def error(code, subcode=None, *, type_="OAuthException", transient=None, message="boom"):
    body = {"message": message, "type": type_, "code": code, "fbtrace_id": "AbC"}
    if subcode is not None:
        body["error_subcode"] = subcode
    if transient is not None:
        body["is_transient"] = transient
    return {"error": body}


@pytest.mark.parametrize(
    ("payload", "status", "expected"),
    [
        (error(1), 500, TransientGraphError),
        (error(2), 500, TransientGraphError),
        (error(341), 400, TransientGraphError),
        (error(99, transient=True), 400, TransientGraphError),
        (error(4), 400, ThrottledGraphError),
        (error(17), 400, ThrottledGraphError),
        (error(32), 400, ThrottledGraphError),
        (error(613), 400, ThrottledGraphError),
        (error(80001), 400, ThrottledGraphError),
        *[
            (error(190, sub), 400, TokenInvalidGraphError)
            for sub in (None, 458, 459, 460, 463, 464, 467, 492)
        ],
        (error(10), 403, PermissionGraphError),
        (error(200), 403, PermissionGraphError),
        (error(230), 403, PermissionGraphError),
        (error(299), 403, PermissionGraphError),
        (error(100, 33, type_="GraphMethodException"), 400, GoneGraphError),
        (error(368), 400, PolicyBlockedGraphError),
        (error(100), 400, GraphError),
        (error(12345), 400, GraphError),
        (error(99), 503, TransientGraphError),
        (None, 500, TransientGraphError),
        (None, 502, TransientGraphError),
        (None, 200, TransientGraphError),  # truncated body on a 200
        ({"unexpected": True}, 500, TransientGraphError),
    ],
)
def test_errors_are_classified_by_code(payload, status, expected):
    result = classify(payload, status, {})
    assert type(result) is expected
    assert result.http_status == status


def test_type_is_ignored_throttling_and_tokens_are_both_oauth_exceptions():
    assert isinstance(classify(error(80001, type_="OAuthException"), 400), ThrottledGraphError)
    assert isinstance(
        classify(error(190, type_="GraphMethodException"), 400), TokenInvalidGraphError
    )


def test_error_fields_are_exposed():
    result = classify(error(190, 460, message="Session invalidated"), 400)
    assert (result.code, result.subcode, result.fbtrace_id, result.http_status) == (
        190,
        460,
        "AbC",
        400,
    )
    assert result.message == "Session invalidated"


def test_throttle_retry_after_comes_from_the_usage_header_in_seconds():
    headers = {
        "X-Business-Use-Case-Usage": json.dumps(
            {
                "555": [
                    {
                        "type": "pages",
                        "call_count": 100,
                        "total_cputime": 20,
                        "total_time": 20,
                        "estimated_time_to_regain_access": 7,
                    }
                ]
            }
        )
    }
    result = classify(error(80001), 400, headers)
    assert isinstance(result, ThrottledGraphError)
    assert result.retry_after == 420
    assert result.page_id == "555"
    assert classify(error(613), 400, {}).retry_after is None


def test_messages_never_carry_tokens():
    result = classify(error(100, message="bad url ?access_token=EAAsecret&x=1"), 400)
    assert "EAAsecret" not in str(result) and "EAAsecret" not in result.message


def test_truncated_json_decodes_to_none():
    body = json.dumps({"data": [{"id": "1"}]}).encode()
    assert decode_json(body) == {"data": [{"id": "1"}]}
    assert decode_json(body[: len(body) // 2]) is None
    assert decode_json(b"\xff\xfe") is None
