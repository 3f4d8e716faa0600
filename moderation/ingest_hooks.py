"""Called by the ingestion (``comments.services.upserts._comments_changed``) after commit: new and
re-worded comments are screened by the worker, never inside the sync itself."""

from __future__ import annotations

BATCH = 500


def comments_changed(comment_ids: list[int]) -> None:
    from .tasks import comments_screen_task

    for start in range(0, len(comment_ids), BATCH):
        comments_screen_task.delay(list(comment_ids[start : start + BATCH]))
