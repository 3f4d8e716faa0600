"""SIGKILL the real worker while it is carrying outbox actions to Facebook, restart it and
let the sweep run (as beat would): every action ends done, each comment was hidden on
Facebook exactly once (no action sent twice, none forgotten)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from moderation.models import ModerationAction
from moderation.services import decision_record
from moderation.tasks import moderation_outbox_sweep_task
from tests.integration.comments.test_worker_sync import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def hide_calls(graph_simulator):
    """How many times Facebook (the simulator) was asked to hide each comment."""
    calls: Counter = Counter()
    lock = threading.Lock()
    world = graph_simulator.world
    original = world.comment_set_hidden

    def counting(comment_id, hidden, **kwargs):
        with lock:
            calls[(comment_id, hidden)] += 1
        return original(comment_id, hidden, **kwargs)

    world.comment_set_hidden = counting
    yield calls
    world.comment_set_hidden = original


def test_worker_killed_mid_send_sends_each_action_once(
    graph_simulator,
    connected_pages,
    resident_comment,
    secretariat_user,
    celery_worker_factory,
    hide_calls,
):
    page = connected_pages[0]
    comments = [resident_comment(page, f"お前はバカだ {n}", author=str(9100 + n)) for n in range(4)]
    env = {
        **graph_simulator.env(),
        "MODERATION_OUTBOX_BACKOFF_SECONDS": "0.2",
        "MODERATION_OUTBOX_BACKOFF_MAX": "0.2",  # the sweep's "stalled" is 0.3 s
    }
    # Facebook answers slowly: the worker is killed while a call is on the wire; the
    # simulator still carries that call out after the delay (as Facebook would).
    slow = graph_simulator.set_fault("slow", page_id=page.facebook_page_id, delay=2.0)
    worker = celery_worker_factory(env)
    for comment in comments:
        decision_record(comment_id=comment.pk, actor=secretariat_user, action="hide",
                        clause="defamation", reason="侮辱")  # fmt: skip
    actions = ModerationAction.objects.filter(comment__in=comments)
    # Kill only once the call has reached Facebook: `sent_at` is stamped just before the
    # request leaves, so waiting on it alone could kill the worker before the wire.
    assert wait_for(
        lambda: slow.fired >= 1 and actions.filter(sent_at__isnull=False).exists(), timeout=60
    )
    worker.kill()  # SIGKILL mid-call: its answer is never recorded
    in_flight = actions.get(sent_at__isnull=False)
    assert in_flight.status == ModerationAction.Status.PENDING
    assert wait_for(lambda: sum(hide_calls.values()) >= 1, timeout=10)  # Facebook did it
    graph_simulator.clear_faults()

    worker.start()
    moderation_outbox_sweep_task.delay()  # beat's backstop: re-queue what was lost
    assert wait_for(
        lambda: actions.filter(status=ModerationAction.Status.DONE).count() == len(comments),
        timeout=90,
    )
    for comment in comments:
        assert hide_calls[(comment.facebook_id, True)] == 1, (comment.facebook_id, hide_calls)
        assert graph_simulator.world.is_hidden(comment.facebook_id)
        comment.refresh_from_db()
        assert comment.is_hidden
    assert not actions.filter(sent_at__isnull=False).exists()
