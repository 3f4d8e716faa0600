"""Celery tasks: thin adapters that take ids and call one service (STYLE.md)."""

from __future__ import annotations

from celery import shared_task

from ishinomaki_sns.graph.errors import ThrottledGraphError, TransientGraphError

from . import services


@shared_task(
    name="publishing.publish_post",
    acks_late=True,
    autoretry_for=(TransientGraphError, ThrottledGraphError),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=8,
    ignore_result=True,
)
def post_publish_task(post_id: int) -> str:
    """Publish one post at its time, exactly once (the service records the attempt first and
    looks for the post on the feed before any retry)."""
    return services.post_publish(post_id=post_id)


@shared_task(name="publishing.sweep", ignore_result=True)
def posts_sweep_task() -> int:
    """Beat, every minute: pause held posts, lapse old approvals, queue due posts."""
    return services.posts_sweep()


@shared_task(name="publishing.check_link", acks_late=True, ignore_result=True)
def post_link_check_task(post_id: int) -> None:
    """Check that a draft's link answers (short timeout)."""
    services.post_link_check(post_id=post_id)


@shared_task(
    name="publishing.correction_execute",
    acks_late=True,
    autoretry_for=(TransientGraphError, ThrottledGraphError),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=8,
    ignore_result=True,
)
def correction_execute_task(correction_id: int) -> str:
    """Carry an approved correction or deletion to Facebook."""
    return services.correction_execute(correction_id=correction_id)
