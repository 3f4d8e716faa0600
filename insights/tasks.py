"""Celery tasks: thin adapters that take ids and call one service (STYLE.md)."""

from __future__ import annotations

import logging

from celery import shared_task

from ishinomaki_sns.graph.errors import TransientGraphError

from . import services

logger = logging.getLogger(__name__)


@shared_task(
    name="insights.pull_page",
    acks_late=True,
    autoretry_for=(TransientGraphError,),
    retry_backoff=30,
    retry_backoff_max=900,
    retry_jitter=True,
    max_retries=5,
    ignore_result=True,
)
def insights_pull_page_task(page_id: int) -> None:
    """Pull one page's insights (idempotent upserts; removed metrics are only recorded)."""
    services.page_insights_pull(page_id=page_id)


@shared_task(name="insights.pull", ignore_result=True)
def insights_pull_task() -> int:
    """Daily (beat): queue an insights pull for every page the worker reads."""
    from pages.selectors import pages_for_sync

    page_ids = list(pages_for_sync().values_list("pk", flat=True))
    for page_id in page_ids:
        insights_pull_page_task.delay(page_id)
    return len(page_ids)
