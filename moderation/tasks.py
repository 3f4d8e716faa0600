"""Celery tasks: thin adapters that take ids and call one service (STYLE.md)."""

from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(name="moderation.screen_comments", acks_late=True, ignore_result=True)
def comments_screen_task(comment_ids: list[int]) -> int:
    """Screen new or re-worded comments (queued by the ingestion after commit); idempotent."""
    return services.comments_screen(comment_ids=list(comment_ids)).flags


@shared_task(
    name="moderation.action_execute",
    bind=True,
    acks_late=True,
    ignore_result=True,
    max_retries=None,  # the service counts attempts and gives up (MODERATION_OUTBOX_MAX_ATTEMPTS)
)
def moderation_action_execute_task(self, action_id: int) -> str:
    """Carry one outbox action to Facebook; retry transient failures after the backoff the
    service asks for."""
    outcome = services.moderation_action_execute(action_id=action_id)
    if outcome.status == "retry":
        raise self.retry(countdown=outcome.delay)
    return outcome.status


@shared_task(name="moderation.text_purge", ignore_result=True)
def moderation_text_purge_task() -> int:
    """Daily: erase the text of comments hidden or deleted longer than the retention period
    (flags, decisions and the audit log stay)."""
    return services.moderation_text_purge()


@shared_task(name="moderation.outbox_sweep", ignore_result=True)
def moderation_outbox_sweep_task() -> int:
    """Every few minutes: queue again the outbox actions whose task was lost, so a decision
    always reaches Facebook in the end (the outbox pattern's backstop)."""
    from django.conf import settings
    from django.utils import timezone

    from .selectors import moderation_actions_stalled

    stalled = moderation_actions_stalled(
        now=timezone.now(), older_than_seconds=settings.MODERATION_OUTBOX_BACKOFF_MAX * 1.5
    )
    for action_id in stalled:
        moderation_action_execute_task.delay(action_id)
    return len(stalled)
