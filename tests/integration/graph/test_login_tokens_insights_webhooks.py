"""Facebook Login, token checks, insights and signed webhook deliveries over HTTP."""

import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from ishinomaki_sns.graph.client import REQUIRED_SCOPES
from ishinomaki_sns.graph.errors import GraphError
from ishinomaki_sns.graph.webhooks import parse_feed_changes, verify_signature


def test_debug_token_reports_scopes_and_dead_tokens(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    client = sim.client(meter=None)
    data = client.debug_token(page.token)
    assert data["is_valid"] is True and data["type"] == "PAGE"
    assert set(REQUIRED_SCOPES) <= set(data["scopes"])
    assert data["profile_id"] == page.id
    sim.set_fault("dead_token", 1.0, page_id=page.id)
    dead = client.debug_token(page.token)
    assert dead["is_valid"] is False and dead["error"]["code"] == 190
    assert client.debug_token("EAAnonsense")["is_valid"] is False


def test_login_dialog_code_exchange_and_page_accounts(graph_simulator):
    sim = graph_simulator
    client = sim.client(meter=None)
    redirect = "http://portal.test/pages/connect/callback/"
    url = client.oauth_dialog_url(redirect, "xyz-state", REQUIRED_SCOPES)
    assert url.startswith(sim.url)
    dialog = requests.get(url, timeout=5)
    assert dialog.status_code == 200
    for page in sim.pages:
        assert page.name in dialog.text
    assert "続行" in dialog.text
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    confirm = requests.get(
        f"{sim.url}/v24.0/dialog/oauth/confirm",
        params={**query, "continue": "1"},
        allow_redirects=False,
        timeout=5,
    )
    assert confirm.status_code == 302
    location = urlsplit(confirm.headers["Location"])
    assert location.geturl().startswith(redirect)
    back = parse_qs(location.query)
    assert back["state"] == ["xyz-state"]
    code = back["code"][0]
    user_token = client.exchange_code(code, redirect)
    with pytest.raises(GraphError) as info:
        client.exchange_code(code, redirect)  # a code works once
    assert info.value.subcode == 36009
    long_lived = client.exchange_long_lived_user_token(user_token)
    assert long_lived != user_token
    assert client.debug_token(long_lived)["type"] == "USER"
    accounts = client.me_accounts(long_lived)
    assert [a["id"] for a in accounts] == [p.id for p in sim.pages]
    assert accounts[0]["access_token"] == sim.page(0).token
    assert "MODERATE" in accounts[0]["tasks"]


def test_cancelled_dialog_redirects_with_an_error(graph_simulator):
    sim = graph_simulator
    url = sim.client(meter=None).oauth_dialog_url("http://portal.test/cb", "s1")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    response = requests.get(
        f"{sim.url}/v24.0/dialog/oauth/confirm",
        params={**query, "cancel": "1"},
        allow_redirects=False,
        timeout=5,
    )
    back = parse_qs(urlsplit(response.headers["Location"]).query)
    assert back["error"] == ["access_denied"] and back["state"] == ["s1"]


def test_redirect_uri_must_match_for_the_exchange(graph_simulator):
    sim = graph_simulator
    client = sim.client(meter=None)
    url = client.oauth_dialog_url("http://portal.test/cb", "s1")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    confirm = requests.get(
        f"{sim.url}/v24.0/dialog/oauth/confirm", params=query, allow_redirects=False, timeout=5
    )
    code = parse_qs(urlsplit(confirm.headers["Location"]).query)["code"][0]
    with pytest.raises(GraphError) as info:
        client.exchange_code(code, "http://elsewhere.test/cb")
    assert info.value.subcode == 36008


def test_insights_report_a_removed_metric_without_losing_the_others(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    client = sim.client(meter=None)
    until = datetime.now(tz=UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    result = client.page_insights(
        page.id,
        page.token,
        ["page_follows", "page_impressions", "page_media_view"],
        until - timedelta(days=7),
        until,
    )
    assert result.invalid == ["page_impressions"]
    assert set(result.series) == {"page_follows", "page_media_view"}
    assert len(result.series["page_media_view"]) == 7
    assert all(v["end_time"].tzinfo is not None for v in result.series["page_follows"])
    post = sim.posts(page.id)[0]
    post_result = client.post_insights(post.id, page.token, ["post_media_view", "post_impressions"])
    assert post_result.invalid == ["post_impressions"]
    assert post_result.series["post_media_view"][0]["value"] >= 0


class Receiver:
    """A tiny HTTP server that records webhook deliveries and checks their signature."""

    def __init__(self, secret):
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                ok = verify_signature(raw, self.headers.get("X-Hub-Signature-256"), secret)
                received.append({"ok": ok, "body": json.loads(raw)})
                self.send_response(200 if ok else 403)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks/facebook/"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    receiver = Receiver(settings.FACEBOOK_APP_SECRET)
    yield receiver
    receiver.close()


def test_subscribed_page_gets_signed_webhooks_for_changes(graph_simulator, receiver):
    sim = graph_simulator
    page = sim.page(0)
    client = sim.client(meter=None)
    assert client.subscribe_app(page.id, page.token) is True
    sim.set_webhook(receiver.url, subscribe_all=False)
    post = sim.posts(page.id)[3]
    comment_id = sim.add_comment(post.id, "駐車場はありますか？")
    sim.edit_comment(comment_id, "駐車場は何台ありますか？")
    client.set_comment_hidden(comment_id, page.token, True)
    client.delete_comment(comment_id, page.token)
    sim.add_comment(sim.posts(sim.page(1).id)[0].id, "not subscribed")
    sim.flush_webhooks()
    assert all(r["ok"] for r in receiver.received)
    changes = [c for r in receiver.received for c in parse_feed_changes(r["body"])]
    assert [c.verb for c in changes] == ["add", "edited", "hide", "remove"]
    assert {c.page_id for c in changes} == {page.id}
    assert changes[0].comment_id == comment_id and changes[0].post_id == post.id
    assert changes[0].parent_id == post.id and changes[0].message == "駐車場はありますか？"
    assert changes[1].message == "駐車場は何台ありますか？"
    assert changes[3].message is None


def test_webhook_can_be_delivered_twice_in_the_sender_shape(graph_simulator, receiver):
    sim = graph_simulator
    page = sim.page(1)
    comment_id = sim.add_comment(sim.posts(page.id)[0].id, "ありがとうございます", notify=False)
    result = sim.deliver(comment_id, "add", shape="sender", duplicate=True, url=receiver.url)
    assert result["statuses"] == [200, 200]
    assert len(receiver.received) == 2 and all(r["ok"] for r in receiver.received)
    first, second = (parse_feed_changes(r["body"])[0] for r in receiver.received)
    assert first.dedupe_key == second.dedupe_key
    assert first.from_id and first.from_name and "sender_id" in first.raw


def test_control_api_over_http(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    post = sim.posts(page.id)[5]
    created = requests.post(
        f"{sim.url}/_sim/comments", json={"post_id": post.id, "message": "HTTPから"}, timeout=5
    )
    assert created.status_code == 201
    comment_id = created.json()["id"]
    assert (
        requests.post(
            f"{sim.url}/_sim/comments/{comment_id}/edit", json={"message": "編集"}, timeout=5
        ).json()["message"]
        == "編集"
    )
    assert (
        requests.post(f"{sim.url}/_sim/comments/{comment_id}/delete", timeout=5).json()[
            "is_deleted"
        ]
        is True
    )
    fault = requests.post(
        f"{sim.url}/_sim/faults", json={"kind": "policy", "page_id": page.id}, timeout=5
    ).json()
    assert (
        requests.get(f"{sim.url}/_sim/faults", timeout=5).json()["faults"][0]["id"] == fault["id"]
    )
    world = requests.get(f"{sim.url}/_sim/world", timeout=5).json()
    assert world["pages"][0]["id"] == page.id
    assert (
        requests.post(f"{sim.url}/_sim/faults", json={"kind": "bogus"}, timeout=5).status_code
        == 400
    )
    assert requests.post(f"{sim.url}/_sim/reset", timeout=5).json() == {"ok": True}
    assert sim.faults.rules() == []


def test_control_config_and_activity_deliver_webhooks(graph_simulator, receiver):
    sim = graph_simulator
    assert (
        requests.post(
            f"{sim.url}/_sim/config",
            json={"webhook_url": receiver.url, "webhook_shape": "sender", "subscribe_all": True},
            timeout=5,
        ).status_code
        == 200
    )
    events = requests.post(f"{sim.url}/_sim/activity", json={"n": 5, "seed": 3}, timeout=5).json()[
        "events"
    ]
    assert len(events) == 5
    requests.post(f"{sim.url}/_sim/webhooks/flush", timeout=5)
    changes = [c for r in receiver.received for c in parse_feed_changes(r["body"])]
    assert [c.comment_id for c in changes] == [e["comment_id"] for e in events]
    assert all(r["ok"] for r in receiver.received) and all("sender_id" in c.raw for c in changes)
    log = requests.get(f"{sim.url}/_sim/webhooks/log", timeout=5).json()["deliveries"]
    assert [d["status"] for d in log] == [200] * 5


def test_replies_of_a_comment_are_its_comments_edge(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    post = sim.posts(page.id)[0]
    parent = sim.add_comment(post.id, "質問です")
    reply = sim.add_comment(
        post.id, "回答です", parent_id=parent, from_id=page.id, from_name=page.name
    )
    client = sim.client(meter=None)
    replies = list(client.comments(parent, page.token, page_id=page.id))
    assert [r["id"] for r in replies] == [reply]
    assert replies[0]["from"]["id"] == page.id and replies[0]["can_hide"] is False
    assert replies[0]["parent"]["id"] == parent
