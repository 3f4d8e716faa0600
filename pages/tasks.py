"""Celery tasks for pages: thin adapters over services."""

from celery import shared_task

from .services import pages_open_due_reviews
from .services.webhooks import page_webhooks_unsubscribe


@shared_task(name="pages.open_due_reviews", ignore_result=True, acks_late=True)
def pages_open_due_reviews_task() -> int:
    """Daily (beat): open the continuation reviews that are due. Idempotent."""
    return len(pages_open_due_reviews())


@shared_task(
    name="pages.webhooks_unsubscribe",
    bind=True,
    acks_late=True,
    ignore_result=True,
    max_retries=3,
)
def page_webhooks_unsubscribe_task(
    self, page_id: int, facebook_page_id: str, sealed_token: str
) -> str:
    """After a withdrawal: stop the page's webhooks on Facebook; a temporary error is
    retried with backoff a few times, then recorded like any other failure."""
    outcome = page_webhooks_unsubscribe(
        page_id=page_id,
        facebook_page_id=facebook_page_id,
        sealed_token=sealed_token,
        final=self.request.retries >= self.max_retries,
    )
    if outcome == "retry":
        raise self.retry(countdown=30 * 2**self.request.retries)
    return outcome
