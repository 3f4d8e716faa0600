"""Project-wide tasks."""

import time

from celery import current_app, shared_task
from celery.signals import worker_ready
from django.conf import settings

from .health import WORKER_HEARTBEAT_KEY, _redis_client


def _beat() -> None:
    _redis_client().set(WORKER_HEARTBEAT_KEY, str(time.time()), ex=3600)


@shared_task(name="portal.worker_heartbeat", ignore_result=True)
def worker_heartbeat_task() -> None:
    """Scheduled by beat; lets /healthz see that a worker is consuming the queue."""
    _beat()


@worker_ready.connect
def _on_worker_ready(**_kwargs) -> None:
    _beat()
    # Work left pending while no worker or broker was up (the broker down during a web
    # action, `seed_demo` before `make run` starts Redis) is queued now, not at the sweeps'
    # first scheduled run minutes later.
    for name in settings.WORKER_START_SWEEPS:
        current_app.send_task(name)
