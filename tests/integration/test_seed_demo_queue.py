"""`make run` seeds the demo before it starts Redis: the work the demo queues stays pending
for the worker's start-up sweeps, without a warning per task."""

from __future__ import annotations

import logging
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ishinomaki_sns.common.queue import deferred_to_sweeps, enqueue
from pages.models_webhooks import PageWebhookSubscription as Sub

ROOT = Path(__file__).resolve().parents[2]


class _Task:
    name = "tests.recording"

    def __init__(self):
        self.calls: list[tuple] = []

    def delay(self, *args):
        self.calls.append(args)


def test_inside_the_block_nothing_is_queued_and_nothing_is_logged(caplog):
    task = _Task()
    with caplog.at_level(logging.WARNING), deferred_to_sweeps() as deferred:
        assert enqueue(task, 1) is False
        assert enqueue(task, 2) is False
    assert task.calls == []
    assert deferred == ["tests.recording", "tests.recording"]
    assert caplog.records == []
    # Outside the block a task is queued again.
    assert enqueue(task, 3) is True
    assert task.calls == [(3,)]


def test_the_start_up_sweeps_are_the_scheduled_ones(settings):
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert settings.WORKER_START_SWEEPS
    assert set(settings.WORKER_START_SWEEPS) <= scheduled


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db(transaction=True)
def test_seed_demo_with_no_redis_yet_leaves_the_subscriptions_pending_quietly(worker_env):
    dead = f"redis://127.0.0.1:{_closed_port()}/0"
    result = subprocess.run(
        [sys.executable, "manage.py", "seed_demo", "--password", "demo-pass", "--force"],
        cwd=ROOT,
        env={**worker_env, "REDIS_URL": dead, "CELERY_BROKER_URL": dead},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "not queued" not in result.stderr + result.stdout
    pending = Sub.objects.filter(state=Sub.State.PENDING).count()
    assert pending >= 1
    told = re.search(
        r"バックグラウンド処理 (\d+) 件は、worker の起動時に実行されます。", result.stdout
    )
    assert told, result.stdout
    assert int(told.group(1)) >= pending
