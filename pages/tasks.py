"""Celery tasks for pages: thin adapters over services."""

from celery import shared_task

from .services import pages_open_due_reviews


@shared_task(name="pages.open_due_reviews", ignore_result=True, acks_late=True)
def pages_open_due_reviews_task() -> int:
    """Daily (beat): open the continuation reviews that are due. Idempotent."""
    return len(pages_open_due_reviews())
