"""A real Celery worker process consumes the real Redis queue (no eager mode)."""

import json
import time

import pytest

from ishinomaki_sns.tasks import worker_heartbeat_task

pytestmark = pytest.mark.worker


def test_healthz_sees_a_running_worker(client, celery_worker):
    deadline = time.monotonic() + 30
    body = {}
    while time.monotonic() < deadline:
        body = json.loads(client.get("/healthz").content)
        if body["worker"]["ok"]:
            break
        time.sleep(0.3)
    assert body["worker"]["ok"], body


def test_worker_executes_a_queued_task(celery_worker, settings):
    import redis

    from ishinomaki_sns.health import WORKER_HEARTBEAT_KEY

    connection = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    connection.delete(WORKER_HEARTBEAT_KEY)
    # The worker_ready signal may already have fired; delete, then queue the task itself.
    time.sleep(1.0)
    connection.delete(WORKER_HEARTBEAT_KEY)
    worker_heartbeat_task.delay()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and connection.get(WORKER_HEARTBEAT_KEY) is None:
        time.sleep(0.2)
    assert connection.get(WORKER_HEARTBEAT_KEY) is not None
