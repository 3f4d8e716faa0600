"""The sync on a real Celery worker process, including a worker killed mid-sync."""

from __future__ import annotations

import time

import pytest

from comments.models import Comment, PageSyncState
from comments.tasks import comments_sync_page_task

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def wait_for(predicate, timeout=60.0, interval=0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def expected_ids(sim, page):
    return {c.id for post in sim.posts(page.facebook_page_id) for c in sim.comments(post.id)}


def stored(page):
    return set(Comment.objects.filter(page=page).values_list("facebook_id", flat=True))


def test_worker_ingests_queued_pages(graph_simulator, connected_pages, celery_worker_for_sim):
    for page in connected_pages:
        comments_sync_page_task.delay(page.pk)
    for page in connected_pages:
        assert wait_for(lambda page=page: stored(page) == expected_ids(graph_simulator, page)), page


def test_worker_killed_mid_sync_converges_after_restart(
    graph_simulator_factory, connect_sim_page, celery_worker_factory
):
    sim = graph_simulator_factory(
        pages=1, posts=100, comments=20, seed=11
    )  # four feed reads of 25 posts
    page = connect_sim_page(sim, 0)
    worker = celery_worker_factory({**sim.env(), "COMMENTS_SYNC_LOCK_TTL_SECONDS": "3"})
    expected = expected_ids(sim, page)
    sim.set_fault("slow", rate=1.0, delay=1.5)
    comments_sync_page_task.delay(page.pk)
    assert wait_for(lambda: Comment.objects.filter(page=page).exists(), timeout=60)
    worker.kill()  # SIGKILL mid-sync: no cleanup, the lock stays until its TTL
    partial = stored(page)
    assert partial and partial != expected
    sim.clear_faults()
    assert PageSyncState.objects.get(page=page).watermark is None  # nothing was declared done
    worker.start()
    time.sleep(3.5)  # COMMENTS_SYNC_LOCK_TTL_SECONDS=3 for this worker
    comments_sync_page_task.delay(page.pk)
    assert wait_for(lambda: stored(page) == expected, timeout=90)
    assert Comment.objects.filter(page=page).count() == len(expected)


def test_worker_converges_with_a_quarter_of_calls_failing(
    graph_simulator, connected_pages, celery_worker_for_sim
):
    """Transient errors are retried by the task; what still fails is queued again, as the
    beat schedule would. Nothing is lost or duplicated."""
    graph_simulator.set_fault("http_500", rate=0.25)
    expected = {page.pk: expected_ids(graph_simulator, page) for page in connected_pages}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        pending = [page for page in connected_pages if stored(page) != expected[page.pk]]
        if not pending:
            break
        for page in pending:
            comments_sync_page_task.delay(page.pk)
        time.sleep(6)
    graph_simulator.clear_faults()
    for page in connected_pages:
        assert stored(page) == expected[page.pk]
    assert Comment.objects.count() == sum(len(ids) for ids in expected.values())


def test_worker_processes_a_webhook_delivery_once(
    client, graph_simulator, connected_pages, celery_worker_for_sim, settings
):
    import hashlib
    import hmac
    import json

    from comments.models import WebhookDelivery

    page = connected_pages[0]
    post = graph_simulator.posts(page.facebook_page_id)[0]
    comment_id = graph_simulator.add_comment(post.id, "花火大会は雨天決行ですか", notify=False)
    body = json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": page.facebook_page_id,
                    "time": int(time.time()),
                    "changes": [
                        {
                            "field": "feed",
                            "value": {
                                "item": "comment",
                                "verb": "add",
                                "comment_id": comment_id,
                                "post_id": post.id,
                                "parent_id": post.id,
                                "from": {"id": "77", "name": "市民"},
                                "created_time": int(time.time()),
                                "message": "花火大会は雨天決行ですか",
                            },
                        }
                    ],
                }
            ],
        }
    ).encode()
    signature = (
        "sha256="
        + hmac.new(settings.FACEBOOK_APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
    )
    for _ in range(2):
        assert (
            client.post(
                "/webhooks/facebook/",
                body,
                content_type="application/json",
                HTTP_X_HUB_SIGNATURE_256=signature,
            ).status_code
            == 200
        )
    assert wait_for(lambda: Comment.objects.filter(facebook_id=comment_id).exists(), timeout=60)
    assert wait_for(
        lambda: WebhookDelivery.objects.filter(processed_at__isnull=False).count() == 1, timeout=30
    )
    assert Comment.objects.filter(facebook_id=comment_id).count() == 1
    assert WebhookDelivery.objects.count() == 1
