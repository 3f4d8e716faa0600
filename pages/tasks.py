"""Celery tasks for pages: thin adapters over services."""

from celery import shared_task

from .services import pages_open_due_reviews
from .services.webhooks import (
    page_webhooks_adopt_legacy,
    page_webhooks_retry_delay,
    page_webhooks_sweep,
    page_webhooks_sync,
)


@shared_task(name="pages.open_due_reviews", ignore_result=True, acks_late=True)
def pages_open_due_reviews_task() -> int:
    """Daily (beat): open the continuation reviews that are due. Idempotent."""
    return len(pages_open_due_reviews())


@shared_task(
    name="pages.webhooks_sync",
    bind=True,
    acks_late=True,
    ignore_result=True,
    max_retries=None,  # bounded by PAGES_WEBHOOKS_MAX_ATTEMPTS, counted on the row
)
def page_webhooks_sync_task(self, page_id: int) -> str:
    """After a connection or a withdrawal: subscribe or unsubscribe the page's webhooks on
    Facebook. A temporary error is retried after the backoff the row records; a lost retry
    is queued again by the sweep. Idempotent (a duplicate finds nothing pending)."""
    outcome = page_webhooks_sync(page_id=page_id)
    if outcome == "retry":
        delay = page_webhooks_retry_delay(page_id=page_id)
        if delay is not None:
            raise self.retry(countdown=delay)
    return outcome


@shared_task(name="pages.webhooks_sweep", ignore_result=True, acks_late=True)
def page_webhooks_sweep_task() -> int:
    """Every few minutes (beat): queue again the subscribe/unsubscribe work still pending."""
    return page_webhooks_sweep()


@shared_task(name="pages.webhooks_unsubscribe", ignore_result=True, acks_late=True)
def page_webhooks_unsubscribe_task(
    page_id: int, facebook_page_id: str = "", sealed_token: str = ""
) -> str:
    """Messages queued by the previous release (before subscriptions had rows): adopted as
    a pending row, then carried out like any other. Remove once no such message is left."""
    page_webhooks_adopt_legacy(page_id=page_id, sealed_token=sealed_token)
    return page_webhooks_sync(page_id=page_id)
