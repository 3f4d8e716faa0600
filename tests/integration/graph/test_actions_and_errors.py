"""Moderation actions, proofs, and every fault surfacing as the right exception."""

import pytest
from django.core.cache import cache

from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import (
    GoneGraphError,
    GraphError,
    PermissionGraphError,
    PolicyBlockedGraphError,
    ThrottledGraphError,
    TokenInvalidGraphError,
    TransientGraphError,
)
from ishinomaki_sns.graph.usage import PageUsageMeter


def test_hide_unhide_and_delete_comments(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    client = sim.client(meter=None)
    comment = next(c for c in sim.comments(sim.posts(page.id)[0].id) if not c.is_page)
    assert client.set_comment_hidden(comment.id, page.token, True) is True
    assert sim.comment_state(comment.id)["is_hidden"] is True
    assert client.set_comment_hidden(comment.id, page.token, False) is True
    assert sim.comment_state(comment.id)["is_hidden"] is False
    assert client.delete_comment(comment.id, page.token) is True
    assert sim.comment_state(comment.id)["is_deleted"] is True
    assert client.delete_comment(comment.id, page.token) is False  # already gone = done
    assert client.set_comment_hidden(comment.id, page.token, True) is False


def test_reading_a_deleted_comment_is_gone(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    comment_id = sim.comments(sim.posts(page.id)[0].id)[0].id
    sim.delete_comment(comment_id)
    with pytest.raises(GoneGraphError) as info:
        sim.client(meter=None).get(comment_id, None, page.token)
    assert (info.value.code, info.value.subcode) == (100, 33)


def test_block_user(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    assert sim.client(meter=None).block_user(page.id, "3000000000000042", page.token) is True
    assert "3000000000000042" in sim.world.blocked[page.id]


def test_wrong_appsecret_proof_is_rejected(graph_simulator, settings):
    sim = graph_simulator
    page = sim.page(0)
    client = GraphClient(sim.url, "v24.0", settings.FACEBOOK_APP_ID, "not-the-secret")
    with pytest.raises(GraphError) as info:
        client.get_page(page.id, page.token)
    assert info.value.code == 100
    assert "appsecret_proof" in info.value.message
    assert page.token not in str(info.value)


def test_another_pages_token_is_refused(graph_simulator):
    sim = graph_simulator
    with pytest.raises(PermissionGraphError):
        sim.client(meter=None).get_page(sim.page(0).id, sim.page(1).token)


@pytest.mark.parametrize(
    ("kind", "params", "expected"),
    [
        ("http_500", {}, TransientGraphError),
        ("transient", {"code": 1}, TransientGraphError),
        ("transient", {"code": 2}, TransientGraphError),
        ("truncated", {}, TransientGraphError),
        ("drop", {}, TransientGraphError),
        ("throttle", {"code": 613}, ThrottledGraphError),
        ("throttle", {"code": 80001}, ThrottledGraphError),
        ("dead_token", {}, TokenInvalidGraphError),
        ("permission", {"code": 10}, PermissionGraphError),
        ("permission", {"code": 200}, PermissionGraphError),
        ("policy", {}, PolicyBlockedGraphError),
    ],
)
def test_each_fault_surfaces_as_its_exception(graph_simulator, kind, params, expected):
    sim = graph_simulator
    page = sim.page(0)
    sim.set_fault(kind, 1.0, page_id=page.id, **params)
    client = sim.client(meter=None)
    with pytest.raises(expected) as info:
        client.get_page(page.id, page.token)
    assert page.token not in str(info.value)
    assert (
        sim.client(meter=None).get_page(sim.page(1).id, sim.page(1).token)["id"] == sim.page(1).id
    )
    if kind == "dead_token":
        assert info.value.subcode == 460


def test_slow_responses_time_out_as_transient(graph_simulator, settings):
    sim = graph_simulator
    page = sim.page(0)
    sim.set_fault("slow", 1.0, count=1, delay=0.5)
    client = GraphClient(
        sim.url, "v24.0", settings.FACEBOOK_APP_ID, settings.FACEBOOK_APP_SECRET, timeout=(1, 0.1)
    )
    with pytest.raises(TransientGraphError) as info:
        client.get_page(page.id, page.token)
    assert info.value.http_status == 0


def test_fault_rate_is_partial_and_retries_converge(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    sim.set_fault("transient", 0.25)
    client = sim.client(meter=None)
    failures = 0
    for _ in range(40):
        try:
            client.get_page(page.id, page.token)
        except TransientGraphError:
            failures += 1
    assert 2 < failures < 25


def test_throttling_pauses_the_page_in_the_shared_meter(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    sim.set_fault("throttle", 1.0, page_id=page.id, count=1, code=80001, minutes=3)
    client = sim.client()  # the Redis-backed meter from settings
    with pytest.raises(ThrottledGraphError) as info:
        client.get_page(page.id, page.token)
    assert info.value.retry_after == 180
    assert info.value.page_id == page.id
    other_process_view = PageUsageMeter(cache)
    assert other_process_view.paused_until(page.id) is not None
    calls = client.calls
    with pytest.raises(ThrottledGraphError):
        client.get_page(page.id, page.token)  # not even sent
    assert client.calls == calls
    other_process_view.resume(page.id)
    assert client.get_page(page.id, page.token)["id"] == page.id


def test_large_expansion_is_retried_with_a_smaller_limit(graph_simulator_factory):
    sim = graph_simulator_factory(pages=1, posts=120, comments=2)
    page = sim.page(0)
    client = sim.client(meter=None)
    assert len(list(client.feed(page.id, page.token, limit=100))) == 120


def test_missing_appsecret_proof_is_rejected(graph_simulator):
    import requests

    sim = graph_simulator
    page = sim.page(0)
    body = requests.get(
        f"{sim.url}/v24.0/{page.id}", params={"access_token": page.token}, timeout=5
    ).json()
    assert body["error"]["code"] == 100 and "appsecret_proof" in body["error"]["message"]


def test_exhausted_page_budget_answers_80001_with_full_usage(graph_simulator_factory):
    sim = graph_simulator_factory(pages=1, posts=1, comments=1, page_call_budget=3)
    page = sim.page(0)
    client = sim.client(meter=None)
    for _ in range(3):
        client.get_page(page.id, page.token)
    with pytest.raises(ThrottledGraphError) as info:
        client.get_page(page.id, page.token)
    assert info.value.code == 80001
    assert info.value.retry_after == 3600


def test_client_slows_down_above_eighty_percent(graph_simulator_factory, settings):
    sim = graph_simulator_factory(pages=1, posts=1, comments=1, page_call_budget=10)
    page = sim.page(0)
    waits = []
    client = GraphClient(
        sim.url,
        "v24.0",
        settings.FACEBOOK_APP_ID,
        settings.FACEBOOK_APP_SECRET,
        meter=PageUsageMeter(cache),
        sleep=waits.append,
    )
    for _ in range(9):  # the ninth answer reports 90 %
        client.get_page(page.id, page.token)
    assert waits == []  # up to 80 % nobody waits
    client.get_page(page.id, page.token)
    assert len(waits) == 1 and 0 < waits[0] <= 10
