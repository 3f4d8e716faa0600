"""The client's publishing calls against the simulator over real HTTP: feed posts with a
link, photos uploaded unpublished and attached, edit, delete, finding a post again by its
text, the missing-permission error and a transient failure."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from ishinomaki_sns.graph.errors import PermissionGraphError, TransientGraphError


@pytest.fixture
def sim_page(graph_simulator):
    page = graph_simulator.page(0)
    return graph_simulator, page.id, page.token


def test_feed_post_appears_first_in_the_feed_with_its_link(sim_page):
    sim, page_id, token = sim_page
    client = sim.client(meter=None)
    post_id = client.publish_post(
        page_id, token, message="お知らせ本文", link="https://www.city.ishinomaki.lg.jp/"
    )
    assert post_id.startswith(f"{page_id}_")
    first = sim.posts(page_id)[0]
    assert first.id == post_id and first.message == "お知らせ本文"
    assert sim.world.post_extra[first.serial]["link"] == "https://www.city.ishinomaki.lg.jp/"
    # Residents answer at once, one of them against the operating policy.
    comments = sim.comments(post_id)
    assert len(comments) == 3
    read = list(client.feed(page_id, token, limit=5))
    assert read[0]["id"] == post_id


def test_photos_are_uploaded_unpublished_then_attached(sim_page):
    sim, page_id, token = sim_page
    client = sim.client(meter=None)
    photo = client.upload_photo(
        page_id, token, content=b"\x89PNG\r\n\x1a\nxx", filename="a.png", alt_text="港"
    )
    assert sim.world.photos[photo]["published"] is False
    assert sim.world.photos[photo]["bytes"] == 10
    before = len(sim.posts(page_id))
    post_id = client.publish_post(page_id, token, message="写真", photo_ids=[photo])
    assert len(sim.posts(page_id)) == before + 1
    assert sim.world.photos[photo]["post_id"] == post_id


def test_edit_and_delete_a_post(sim_page):
    sim, page_id, token = sim_page
    client = sim.client(meter=None)
    post_id = client.publish_post(page_id, token, message="誤った日付")
    assert client.edit_post(post_id, token, message="正しい日付")
    assert sim.posts(page_id)[0].message == "正しい日付"
    assert client.delete_post(post_id, token) is True
    assert post_id not in [p.id for p in sim.posts(page_id)]
    assert client.delete_post(post_id, token) is False  # already gone: done


def test_find_post_by_text_and_time(sim_page):
    sim, page_id, token = sim_page
    client = sim.client(meter=None)
    since = datetime.now(tz=UTC) - timedelta(seconds=5)
    assert client.find_post(page_id, token, message="探す本文", since=since) is None
    post_id = client.publish_post(page_id, token, message="探す本文")
    assert client.find_post(page_id, token, message="探す本文", since=since) == post_id
    later = datetime.now(tz=UTC) + timedelta(minutes=5)
    assert client.find_post(page_id, token, message="探す本文", since=later) is None


def test_missing_pages_manage_posts_is_a_permission_error(sim_page):
    sim, page_id, token = sim_page
    sim.world.tokens[token].scopes.remove("pages_manage_posts")
    client = sim.client(meter=None)
    with pytest.raises(PermissionGraphError) as error:
        client.publish_post(page_id, token, message="x")
    assert error.value.code == 200
    with pytest.raises(PermissionGraphError):
        client.upload_photo(page_id, token, content=b"x", filename="a.png", alt_text="a")
    assert "x" not in [p.message for p in sim.posts(page_id)]


def test_transient_failure_and_late_reply(sim_page, settings):
    sim, page_id, token = sim_page
    client = sim.client(meter=None)
    sim.set_fault("transient", path="/feed", count=1)
    with pytest.raises(TransientGraphError):
        client.publish_post(page_id, token, message="一時的な失敗")
    assert "一時的な失敗" not in [p.message for p in sim.posts(page_id)]
    sim.set_fault("slow_reply", path="/feed", count=1, delay=1.5)
    started = time.monotonic()
    client.publish_post(page_id, token, message="遅い返事")
    assert time.monotonic() - started >= 1.4
    assert [p.message for p in sim.posts(page_id)].count("遅い返事") == 1
