"""The simulator's field parser and its lazily generated world (no network)."""

import time

import pytest

from ishinomaki_sns.graph.simulator.faults import FaultSet
from ishinomaki_sns.graph.simulator.fields import FieldSyntaxError, parse_fields
from ishinomaki_sns.graph.simulator.state import World


def test_field_expansion_is_parsed_with_modifiers_and_children():
    specs = parse_fields("id,message,comments.limit(100).filter(stream){id,from,parent{id}},from")
    assert [s.name for s in specs] == ["id", "message", "comments", "from"]
    comments = specs[2]
    assert comments.modifiers == {"limit": "100", "filter": "stream"}
    assert comments.child_names() == ["id", "from", "parent"]
    assert comments.children_text == "id,from,parent{id}"
    assert comments.children[2].child_names() == ["id"]


def test_modifiers_after_children_and_spaces_are_accepted():
    spec = parse_fields(" comments{id} .limit(5) ")[0]
    assert spec.modifiers == {"limit": "5"} and spec.child_names() == ["id"]


def test_empty_fields_means_defaults():
    assert parse_fields(None) == [] and parse_fields("") == []


@pytest.mark.parametrize("bad", ["a,", "a{b", "a.limit(3", "{a}", "a b", "a{}", ",a"])
def test_broken_fields_are_syntax_errors(bad):
    with pytest.raises(FieldSyntaxError):
        parse_fields(bad)


def test_world_is_deterministic_from_its_seed():
    one, two = (
        World(pages=2, posts=5, comments=8, seed=11, anchor=1_800_000_000),
        World(pages=2, posts=5, comments=8, seed=11, anchor=1_800_000_000),
    )
    post = one.posts[3]
    assert [c.message for c in one.post_comments(post)] == [
        c.message for c in two.post_comments(two.posts[3])
    ]
    other = World(pages=2, posts=5, comments=8, seed=12, anchor=1_800_000_000)
    assert [c.message for c in other.post_comments(other.posts[3])] != [
        c.message for c in one.post_comments(post)
    ]


def test_large_world_is_lazy():
    started = time.perf_counter()
    world = World(pages=50, posts=200, comments=50, seed=1)
    assert time.perf_counter() - started < 2.0
    post = world.posts[-1]
    assert len(world.post_comments(post)) == 50
    comment = world.post_comments(post)[10]
    assert world.resolve(comment.id) == ("comment", (post, comment.k))
    assert world.comment_get(comment.id).message == comment.message


def test_ids_look_like_facebook_ids():
    world = World(pages=1, posts=2, comments=3, seed=1)
    page, post = world.pages[0], world.posts[0]
    assert post.id.startswith(page.id + "_")
    comment = world.post_comments(post)[0]
    assert comment.id.split("_")[0] == post.id.split("_")[1]
    assert world.resolve("nonsense") == ("unknown", None)
    assert world.resolve(f"{page.id}_999") == ("unknown", None)


def test_comments_include_replies_page_replies_and_prohibited_ones():
    world = World(pages=2, posts=20, comments=40, seed=3)
    comments = [c for p in world.posts for c in world.post_comments(p)]
    categories = {c.category for c in comments}
    assert {"question", "thanks", "reply", "page_reply", "spam"} <= categories
    assert {"threat", "privacy", "commercial", "harmful_link", "defamation"} & categories
    assert any(c.parent_id for c in comments)
    page_ids = {p.id for p in world.pages}
    assert any(c.from_id in page_ids and c.is_page for c in comments)


def test_changes_are_stored_and_reset():
    world = World(pages=1, posts=3, comments=4, seed=1)
    post = world.posts[2]
    old_updated = world.post_updated(post)
    added = world.comment_add(post.id, "新しいコメント")
    assert world.post_updated(post) >= old_updated
    world.comment_edit(added.id, "編集後")
    assert world.comment_get(added.id).message == "編集後"
    assert world.comment_delete(added.id) is True
    assert world.comment_delete(added.id) is False
    assert world.comment_state(added.id)["is_deleted"] is True
    world.reset()
    assert world.comment_get(added.id) is None


def test_deleting_a_comment_removes_its_replies():
    world = World(pages=1, posts=1, comments=2, seed=1)
    post = world.posts[0]
    parent = world.comment_add(post.id, "親")
    reply = world.comment_add(post.id, "返信", parent_id=parent.id)
    world.comment_delete(parent.id)
    assert reply.id not in {c.id for c in world.post_comments(post)}


def test_faults_are_seeded_and_counted():
    def draws(seed):
        faults = FaultSet(seed)
        faults.add("transient", 0.5)
        return [faults.draw(None, "/x") is not None for _ in range(40)]

    assert draws(5) == draws(5)
    assert 5 < sum(draws(5)) < 35
    faults = FaultSet(1)
    faults.add("drop", 1.0, page_id="9", count=2)
    assert faults.draw("8", "/x") is None
    assert faults.draw("9", "/x") and faults.draw("9", "/x")
    assert faults.draw("9", "/x") is None
    with pytest.raises(ValueError):
        faults.add("nope")


def test_activity_makes_deterministic_changes():
    def run():
        world = World(pages=2, posts=4, comments=5, seed=9, anchor=1_800_000_000)
        return [e["verb"] for e in world.activity(30, rng_seed=1)]

    verbs = run()
    assert verbs == run()
    assert "add" in verbs
