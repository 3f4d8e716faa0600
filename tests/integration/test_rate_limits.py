"""Public endpoints are rate limited per address (429, Retry-After, a Japanese message);
the webhook refuses a body over the cap before reading it (413)."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_limit(settings):
    settings.RATELIMIT_PUBLIC_REQUESTS = 3
    settings.RATELIMIT_PUBLIC_WINDOW_SECONDS = 60
    # No cache.clear(): the cache shares Redis with the task queue. Each test uses its own
    # addresses, and every run starts on a fresh Redis.


@pytest.mark.parametrize(
    ("url", "json_api"),
    [
        ("/registry/", False),
        ("/registry.json", True),
        ("/registry/verify?url=https://www.facebook.com/ishinomaki.kanko", True),
    ],
)
def test_the_fourth_request_in_a_minute_is_refused_with_retry_after(
    client, small_limit, url, json_api
):
    for _ in range(3):
        assert client.get(url, REMOTE_ADDR="203.0.113.7").status_code in (200, 400)
    refused = client.get(url, REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    text = refused.content.decode()
    if json_api:
        assert "秒待ってから" in json.loads(text)["error"]
    else:
        assert "秒待ってから" in text and "<html" in text
    # Another address is not affected.
    assert client.get(url, REMOTE_ADDR="198.51.100.9").status_code in (200, 400)


def test_limits_are_per_endpoint_and_the_cache_down_lets_requests_through(
    client, small_limit, monkeypatch
):
    for _ in range(4):
        client.get("/registry/", REMOTE_ADDR="203.0.113.8")
    assert client.get("/registry.json", REMOTE_ADDR="203.0.113.8").status_code == 200
    # A cache that does not answer: the limit is not applied, the request is not refused.
    from django.core.cache.backends.redis import RedisCache

    from ishinomaki_sns.common import ratelimit

    monkeypatch.setattr(ratelimit, "cache", RedisCache("redis://127.0.0.1:9/0", {}))
    for _ in range(5):
        assert client.get("/registry/", REMOTE_ADDR="203.0.113.8").status_code == 200


def test_webhook_body_over_the_cap_is_refused_before_parsing(client, settings):
    settings.WEBHOOK_MAX_BODY_BYTES = 1024
    body = b'{"object": "page", "entry": [' + b" " * 2000 + b"]}"
    response = client.post(
        "/webhooks/facebook/", body, content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256="sha256=" + "0" * 64,
    )  # fmt: skip
    assert response.status_code == 413
    small = client.post(
        "/webhooks/facebook/", b"{}", content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256="sha256=" + "0" * 64,
    )  # fmt: skip
    assert small.status_code != 413
