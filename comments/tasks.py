"""Celery tasks: thin adapters that take ids and call one service (STYLE.md)."""

from __future__ import annotations

import logging

import redis
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from ishinomaki_sns.graph.errors import GraphError, TransientGraphError

from . import services
from .selectors import pages_due_for_sync

logger = logging.getLogger(__name__)


@shared_task(
    name="comments.sync_page",
    acks_late=True,
    autoretry_for=(TransientGraphError,),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
    ignore_result=True,
)
def comments_sync_page_task(page_id: int, full: bool = False) -> None:
    """Sync one page. Transient Graph errors retry with backoff; throttling, dead tokens and
    missing permissions are recorded by the service and not retried here."""
    try:
        services.page_sync(page_id=page_id, full=full)
    except services.SyncSkipped as exc:
        logger.info("sync of page %s skipped: %s", page_id, exc)
    except TransientGraphError:
        raise
    except GraphError as exc:  # recorded on the page's sync state by the service
        logger.warning("sync of page %s failed: %s", page_id, exc)
    finally:
        redis.Redis.from_url(settings.REDIS_URL).delete(f"comments:queued:{page_id}")


@shared_task(name="comments.sync_due", ignore_result=True)
def comments_sync_due_task() -> int:
    """Beat, every minute: queue a sync for each page whose interval has passed and that is
    not paused. A short Redis key keeps a page from being queued twice while it waits."""
    connection = redis.Redis.from_url(settings.REDIS_URL)
    queued = 0
    for page_id in pages_due_for_sync(now=timezone.now()):
        if connection.set(
            f"comments:queued:{page_id}", "1", nx=True, ex=settings.COMMENTS_SYNC_INTERVAL_SECONDS
        ):
            comments_sync_page_task.delay(page_id)
            queued += 1
    return queued


@shared_task(name="comments.full_sync_all", ignore_result=True)
def comments_full_sync_all_task() -> None:
    """Nightly reconciliation: re-read every comment in the window (edits, deletions)."""
    from pages.selectors import pages_for_sync

    for page_id in pages_for_sync().values_list("pk", flat=True):
        comments_sync_page_task.delay(page_id, full=True)


@shared_task(
    name="comments.webhook_process",
    acks_late=True,
    ignore_result=True,
    autoretry_for=(Exception,),
    retry_backoff=2,
    max_retries=5,
)
def webhook_process_task(delivery_id: int) -> None:
    services.webhook_process(delivery_id=delivery_id)


@shared_task(name="comments.token_health", ignore_result=True)
def pages_token_health_task() -> None:
    """Daily: check every connected page's token with /debug_token."""
    from pages.selectors import pages_for_sync

    for page_id in pages_for_sync().values_list("pk", flat=True):
        try:
            services.page_token_check(page_id=page_id)
        except GraphError as exc:
            logger.warning("token check of page %s failed: %s", page_id, exc)
