"""Webhook deliveries: signature checked over the raw body, stored once, processed idempotently."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest
from django.test import Client

from comments.models import Comment, WebhookDelivery
from comments.services import page_sync, webhook_process

pytestmark = pytest.mark.django_db

URL = "/webhooks/facebook/"


def signed(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def envelope(page_id: str, value: dict) -> bytes:
    return json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": page_id,
                    "time": int(time.time()),
                    "changes": [{"field": "feed", "value": value}],
                }
            ],
        },
        ensure_ascii=False,
    ).encode()


def comment_value(
    post_id: str, comment_id: str, message: str, verb: str = "add", shape: str = "from"
) -> dict:
    value = {
        "item": "comment",
        "verb": verb,
        "comment_id": comment_id,
        "post_id": post_id,
        "parent_id": post_id,
        "created_time": int(time.time()),
        "message": message,
    }
    if shape == "from":
        value["from"] = {"id": "9001", "name": "石巻 太郎"}
    else:
        value["sender_id"], value["sender_name"] = "9001", "石巻 太郎"
    return value


def test_verification_handshake_answers_the_challenge(client, settings):
    response = client.get(
        URL,
        {
            "hub.mode": "subscribe",
            "hub.challenge": "1158201444",
            "hub.verify_token": settings.FACEBOOK_WEBHOOK_VERIFY_TOKEN,
        },
    )
    assert response.status_code == 200 and response.content == b"1158201444"


def test_verification_with_a_wrong_token_is_403(client):
    response = client.get(
        URL, {"hub.mode": "subscribe", "hub.challenge": "1", "hub.verify_token": "wrong"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("signature", [None, "", "sha256=00", "sha1=abc", "sha256=" + "0" * 64])
def test_a_delivery_with_a_bad_signature_is_refused_and_stores_nothing(
    client, connected_pages, signature
):
    page = connected_pages[0]
    body = envelope(
        page.facebook_page_id, comment_value(f"{page.facebook_page_id}_1", f"1_{page.pk}", "x")
    )
    headers = {} if signature is None else {"HTTP_X_HUB_SIGNATURE_256": signature}
    response = Client(enforce_csrf_checks=True).post(
        URL, body, content_type="application/json", **headers
    )
    assert response.status_code == 403
    assert WebhookDelivery.objects.count() == 0 and Comment.objects.count() == 0


def test_signature_is_checked_over_the_raw_bytes(client, connected_pages, settings):
    page = connected_pages[0]
    body = envelope(page.facebook_page_id, comment_value("p", "c", "x"))
    reformatted = json.dumps(json.loads(body)).encode()  # same JSON, other bytes
    response = client.post(
        URL,
        reformatted,
        content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256=signed(body, settings.FACEBOOK_APP_SECRET),
    )
    assert response.status_code == 403


def test_signed_non_json_is_400_and_stores_nothing(client, settings):
    body = b"not json"
    response = client.post(
        URL,
        body,
        content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256=signed(body, settings.FACEBOOK_APP_SECRET),
    )
    assert response.status_code == 400
    assert WebhookDelivery.objects.count() == 0


@pytest.mark.parametrize("shape", ["from", "sender"])
def test_a_good_delivery_creates_the_comment_once_even_when_delivered_twice(
    client, graph_simulator, connected_pages, settings, shape, django_capture_on_commit_callbacks
):
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    comment_id = graph_simulator.add_comment(
        post.id, "<script>alert(1)</script>ゴミ収集の日程は？", notify=False
    )
    body = envelope(
        page.facebook_page_id,
        comment_value(
            post.id, comment_id, "<script>alert(1)</script>ゴミ収集の日程は？", shape=shape
        ),
    )
    for _ in range(2):
        response = client.post(
            URL,
            body,
            content_type="application/json",
            HTTP_X_HUB_SIGNATURE_256=signed(body, settings.FACEBOOK_APP_SECRET),
        )
        assert response.status_code == 200
    assert WebhookDelivery.objects.count() == 1
    delivery = WebhookDelivery.objects.get()
    webhook_process(delivery_id=delivery.pk)
    webhook_process(delivery_id=delivery.pk)
    stored = Comment.objects.get(page=page, facebook_id=comment_id)
    assert stored.author_name == "石巻 太郎" and stored.author_id == "9001"
    assert Comment.objects.filter(facebook_id=comment_id).count() == 1
    # The ordinary sync later sees the same comment and changes nothing.
    result = page_sync(page_id=page.pk)
    assert Comment.objects.filter(facebook_id=comment_id).count() == 1
    assert result.new == 0


def test_edit_and_removal_by_webhook_are_recorded(
    client, graph_simulator, connected_pages, settings
):
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    target = graph_simulator.comments(post.id)[0]
    for value in (
        comment_value(post.id, target.id, "書き直しました", verb="edited"),
        {
            "item": "comment",
            "verb": "remove",
            "comment_id": target.id,
            "post_id": post.id,
            "parent_id": post.id,
            "created_time": int(time.time()),
        },
    ):
        body = envelope(page.facebook_page_id, value)
        assert (
            client.post(
                URL,
                body,
                content_type="application/json",
                HTTP_X_HUB_SIGNATURE_256=signed(body, settings.FACEBOOK_APP_SECRET),
            ).status_code
            == 200
        )
    for delivery in WebhookDelivery.objects.order_by("pk"):
        webhook_process(delivery_id=delivery.pk)
    stored = Comment.objects.get(page=page, facebook_id=target.id)
    assert stored.message == "書き直しました"
    assert stored.revisions.get().message == target.message
    assert stored.is_deleted


def test_simulator_signed_delivery_reaches_the_portal(
    live_server, graph_simulator, connected_pages
):
    """The simulator signs like Facebook; the portal accepts it over real HTTP."""
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    graph_simulator.set_webhook(live_server.url + URL)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    comment_id = graph_simulator.add_comment(post.id, "本日の窓口は何時までですか", notify=False)
    graph_simulator.deliver(comment_id, "add")
    graph_simulator.flush_webhooks()
    assert WebhookDelivery.objects.count() >= 1
