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
