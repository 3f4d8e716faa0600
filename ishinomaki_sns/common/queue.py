"""Queue a Celery task from a web action without failing the action when Redis is down.

The row that describes the work (an outbox action, a webhook delivery) is already committed
when the task is queued; if the broker is unreachable the row stays pending and a sweep (or
the next sync) picks it up once the worker is back. The person is told so: the middleware
below adds one message to the response of any request whose enqueue failed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.contrib import messages
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# How many enqueues failed during the current request (reset by the middleware).
_failed: ContextVar[int] = ContextVar("enqueue_failed", default=0)
# Names of the tasks left to the sweeps inside `deferred_to_sweeps` (None outside it).
_deferred: ContextVar[list[str] | None] = ContextVar("enqueue_deferred", default=None)


@contextmanager
def deferred_to_sweeps() -> Iterator[list[str]]:
    """Queue nothing inside the block: for a caller that knows the broker is not up yet
    (`seed_demo`, which `make run` runs before it starts Redis). Every queued task has its
    pending row, which the worker's start-up sweep queues; trying the broker would only
    print one "not queued" warning per task. Yields the names of the tasks deferred."""
    names: list[str] = []
    token = _deferred.set(names)
    try:
        yield names
    finally:
        _deferred.reset(token)


def enqueue(task: Any, *args: Any, **kwargs: Any) -> bool:
    """`task.delay(*args, **kwargs)`; False (and one warning line) when the broker is down."""
    from ishinomaki_sns.common.dependencies import dependency_down

    deferred = _deferred.get()
    if deferred is not None:
        deferred.append(getattr(task, "name", str(task)))
        return False
    try:
        task.delay(*args, **kwargs)
    except Exception as exc:
        down = dependency_down(exc)
        if down is None:
            raise
        _failed.set(_failed.get() + 1)
        logger.warning("%s not queued: %s", getattr(task, "name", task), down.line())
        return False
    return True


def enqueue_on_commit(task: Any, *args: Any, **kwargs: Any) -> None:
    """Queue the task after the surrounding transaction commits (never inside it)."""
    from django.db import transaction

    transaction.on_commit(lambda: enqueue(task, *args, **kwargs))


class QueueNoticeMiddleware:
    """Tells the person when their action was saved but its work could not be queued."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _failed.set(0)
        try:
            response = self.get_response(request)
            if _failed.get() and hasattr(request, "_messages"):
                messages.warning(
                    request,
                    _(
                        "Saved. The task queue is unreachable, so this will be sent "
                        "when the worker is back."
                    ),
                )
            return response
        finally:
            _failed.reset(token)
