"""Publishing with a real Celery worker process on the real Redis and PostgreSQL, against
the simulator over HTTP: exactly once across a SIGKILL, and crisis mode pause and resume."""

from __future__ import annotations

import time

import pytest

from moderation.services import crisis_mode_set
from publishing.models import Post, PostEvent, PostStatus
from publishing.services import post_queue_if_due, post_transition
from publishing.tasks import posts_sweep_task
from publishing.transitions import Action

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _wait(predicate, timeout=40.0, step=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def _count_on_feed(world, text):
    return [p.message for p in world.sim.posts(world.page.facebook_page_id)].count(text)


def _status(post):
    return Post.objects.values_list("status", flat=True).get(pk=post.pk)


@pytest.fixture
def publishing_worker(celery_worker_factory, graph_simulator):
    def start():
        return celery_worker_factory(
            {**graph_simulator.env(), "PUBLISHING_ATTEMPT_LEASE_SECONDS": "2"}
        )

    return start


def test_worker_killed_after_facebook_accepted_publishes_once(publishing_world, publishing_worker):
    world = publishing_world
    text = "【exactly once】本日の市民講座は予定どおり開催します。"
    post = world.approved(text, seconds=2)
    # Facebook accepts the post at once but answers 15 s late: the worker dies meanwhile.
    world.sim.set_fault("slow_reply", path="/feed", count=1, delay=15.0)
    worker = publishing_worker()
    post_queue_if_due(post_id=post.pk)
    assert _wait(lambda: _count_on_feed(world, text) == 1), "Facebook never received the post"
    assert _status(post) == PostStatus.PUBLISHING  # the attempt was recorded first
    worker.kill()
    assert _status(post) == PostStatus.PUBLISHING
    assert Post.objects.get(pk=post.pk).facebook_post_id == ""

    publishing_worker()  # restarted
    time.sleep(2.5)  # the dead attempt's lease runs out
    posts_sweep_task.delay()
    assert _wait(lambda: _status(post) == PostStatus.PUBLISHED), _status(post)
    post.refresh_from_db()
    assert _count_on_feed(world, text) == 1
    assert world.sim.posts(world.page.facebook_page_id)[0].id == post.facebook_post_id
    actions = list(PostEvent.objects.filter(post=post).values_list("action", flat=True))
    assert actions.count("start") == 1 and "attempt_again" in actions
    assert PostEvent.objects.get(post=post, action="published").text == text


def test_crisis_mode_pauses_scheduled_posts_and_resume_publishes(
    publishing_world, publishing_worker, secretariat_user
):
    world = publishing_world
    text = "【再開テスト】明日のイベントは予定どおりです。"
    post = world.approved(text, seconds=2)
    crisis_mode_set(page_id=world.page.pk, actor=secretariat_user, enabled=True, reason="炎上中")
    publishing_worker()
    posts_sweep_task.delay()
    assert _wait(lambda: _status(post) == PostStatus.PAUSED), _status(post)
    time.sleep(3)  # past the target time: still nothing goes out
    assert _count_on_feed(world, text) == 0
    crisis_mode_set(page_id=world.page.pk, actor=secretariat_user, enabled=False)
    post_transition(post_id=post.pk, action=Action.RESUME, actor=world.approver)
    assert _wait(lambda: _status(post) == PostStatus.PUBLISHED), _status(post)
    assert _count_on_feed(world, text) == 1


def test_the_worker_checks_that_links_answer(publishing_world, publishing_worker, settings):
    world = publishing_world
    settings.PUBLISHING_LINK_ALLOWED_DOMAINS = ["127.0.0.1"]
    good = f"{world.sim.url}/_sim/health"
    bad = f"{world.sim.url}/_sim/no-such-thing"
    publishing_worker()
    answering = world.write("リンク付き", link=good)
    missing = world.write("壊れたリンク", link=bad)
    assert _wait(lambda: Post.objects.get(pk=missing.pk).link_check.get("checked_at"))
    assert _wait(lambda: Post.objects.get(pk=answering.pk).link_check.get("checked_at"))
    answering.refresh_from_db()
    missing.refresh_from_db()
    assert answering.link_check["ok"] is True
    assert not [f for f in answering.findings if f["kind"] == "link_check"]
    assert missing.link_check["ok"] is False
    assert [f for f in missing.findings if f["kind"] == "link_check"]
