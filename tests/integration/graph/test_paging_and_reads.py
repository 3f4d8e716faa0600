"""The client against the simulator over real HTTP: paging, field expansion, reads."""

from urllib.parse import parse_qs, urlsplit

import requests

from ishinomaki_sns.graph.client import GraphClient, appsecret_proof


def raw_get(sim, path, token, **params):
    params.update(access_token=token, appsecret_proof=appsecret_proof(token, sim.world.app_secret))
    return requests.get(f"{sim.url}/v24.0/{path}", params=params, timeout=5)


def test_client_reads_the_whole_feed_with_every_comment(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    client = sim.client(meter=None)
    posts = list(client.feed(page.id, page.token, limit=5))
    assert [p["id"] for p in posts] == [p.id for p in sim.posts(page.id)]
    for post in posts:
        assert len(post["comments"]["data"]) == len(sim.comments(post["id"]))
    assert client.calls == 3  # 12 posts, 5 a page, comments within the nested limit


def test_feed_pages_by_time_without_cursors(graph_simulator):
    sim = graph_simulator
    page = sim.page(1)
    body = raw_get(sim, f"{page.id}/feed", page.token, limit=4, fields="id,created_time").json()
    assert len(body["data"]) == 4
    assert "cursors" not in body["paging"]
    query = parse_qs(urlsplit(body["paging"]["next"]).query)
    assert {"until", "__paging_token", "access_token"} <= set(query)
    assert body["paging"]["next"].startswith(f"{sim.url}/v24.0/{page.id}/feed?")


def test_comment_edges_page_by_cursor_in_reverse_order(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    post = sim.posts(page.id)[0]
    body = raw_get(
        sim,
        f"{post.id}/comments",
        page.token,
        limit=7,
        filter="stream",
        order="reverse_chronological",
        summary="true",
    ).json()
    assert set(body["paging"]["cursors"]) == {"before", "after"}
    assert "after=" in body["paging"]["next"]
    assert body["summary"]["order"] == "reverse_chronological"
    client = sim.client(meter=None)
    comments = list(client.comments(post.id, page.token))
    expected = [c.id for c in reversed(sim.comments(post.id))]
    assert [c["id"] for c in comments] == expected
    times = [c["created_time"] for c in comments]
    assert times == sorted(times, reverse=True)


def test_limit_is_capped_at_one_hundred(graph_simulator_factory):
    sim = graph_simulator_factory(pages=1, posts=2, comments=150)
    page = sim.page(0)
    post = sim.posts(page.id)[0]
    body = raw_get(sim, f"{post.id}/comments", page.token, limit=500, filter="stream").json()
    assert len(body["data"]) == 100 and "next" in body["paging"]


def test_nested_comments_are_continued_through_the_comments_edge(graph_simulator_factory):
    sim = graph_simulator_factory(pages=1, posts=3, comments=230)
    page = sim.page(0)
    client = sim.client(meter=None)
    posts = list(client.feed(page.id, page.token))
    for post in posts:
        ids = [c["id"] for c in post["comments"]["data"]]
        assert ids == [c.id for c in sim.comments(post["id"])]
        assert len(ids) == 230
    assert client.calls == 1 + 3 * 2  # feed, then two continuations per post


def test_toplevel_filter_hides_replies_and_stream_shows_them(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    post = sim.posts(page.id)[1]
    everything = sim.comments(post.id)
    top = raw_get(sim, f"{post.id}/comments", page.token, limit=100).json()["data"]
    stream = raw_get(
        sim, f"{post.id}/comments", page.token, limit=100, filter="stream", fields="id,parent{id}"
    ).json()["data"]
    assert (
        len(stream) == len(everything) > len(top) == len([c for c in everything if not c.parent_id])
    )
    replies = [c for c in stream if "parent" in c]
    assert replies and all(r["parent"]["id"] for r in replies)


def test_empty_pages_with_next_do_not_end_paging(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    sim.set_fault("empty_page", 1.0, count=3)
    client = sim.client(meter=None)
    post = sim.posts(page.id)[0]
    assert len(list(client.comments(post.id, page.token, limit=10))) == len(sim.comments(post.id))
    assert len(list(client.feed(page.id, page.token, limit=5))) == len(sim.posts(page.id))


def test_new_comment_on_an_old_post_moves_its_updated_time(graph_simulator):
    sim = graph_simulator
    page = sim.page(2)
    client = sim.client(meter=None)
    before = {p["id"]: p["updated_time"] for p in client.feed_updated(page.id, page.token)}
    oldest = sim.posts(page.id)[-1]
    mark = max(before.values())
    sim.add_comment(oldest.id, "一年前の投稿ですが質問です。")
    changed = list(client.feed_updated(page.id, page.token, since=mark))
    assert oldest.id in [p["id"] for p in changed]
    new = list(client.comments(oldest.id, page.token, since=mark))
    assert [c["message"] for c in new] == ["一年前の投稿ですが質問です。"]


def test_from_is_present_only_with_a_page_token(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    post = sim.posts(page.id)[0]
    with_page = raw_get(sim, f"{post.id}/comments", page.token, fields="id,from").json()["data"]
    assert all("from" in c for c in with_page)
    user_token = sim.world.mint_token("USER", user_id="1", scopes=["pages_read_engagement"])
    with_user = raw_get(sim, f"{post.id}/comments", user_token, fields="id,from").json()["data"]
    assert with_user and not any("from" in c for c in with_user)


def test_page_fields_and_version_echo(graph_simulator, settings):
    sim = graph_simulator
    page = sim.page(0)
    client = GraphClient(sim.url, "v25.0", settings.FACEBOOK_APP_ID, settings.FACEBOOK_APP_SECRET)
    data = client.get_page(page.id, page.token)
    assert data == {
        "id": page.id,
        "name": page.name,
        "link": page.link,
        "fan_count": page.fan_count,
        "followers_count": page.followers_count,
    }
    assert client.last_api_version == "v25.0"


def test_usage_headers_come_with_every_page_call(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    response = raw_get(sim, page.id, page.token)
    assert page.id in response.headers["X-Business-Use-Case-Usage"]
    assert "call_count" in response.headers["X-App-Usage"]
    assert response.headers["facebook-api-version"] == "v24.0"


def test_feed_since_bounds_every_page(graph_simulator):
    sim = graph_simulator
    page = sim.page(0)
    posts = sim.posts(page.id)
    since = posts[6].created
    client = sim.client(meter=None)
    got = [p["id"] for p in client.feed(page.id, page.token, since=since, limit=2)]
    assert got == [p.id for p in posts if p.created >= since]
    assert client.calls >= 3


def test_published_posts_may_return_fewer_than_limit(graph_simulator_factory):
    sim = graph_simulator_factory(pages=1, posts=120, comments=0)
    page = sim.page(0)
    unpublished = [p for p in sim.posts(page.id) if not p.is_published]
    assert unpublished  # about 2 % of posts are drafts
    client = sim.client(meter=None)
    published = list(
        client.feed(page.id, page.token, limit=50, edge="published_posts", fields="id,is_published")
    )
    assert len(published) == 120 - len(unpublished)
    assert all(p["is_published"] for p in published)
    everything = list(client.feed(page.id, page.token, limit=50, fields="id,is_published"))
    assert len(everything) == 120
