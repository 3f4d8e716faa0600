"""Reads about posts, comments and sync health, scoped to the user who asks."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet

from pages.selectors import pages_for_sync, pages_visible_to

from .models import Comment, PageSyncState


def pages_due_for_sync(*, now: datetime) -> list[int]:
    """Ids of connected pages whose sync interval has passed and that are not paused."""
    due = []
    states = {s.page_id: s for s in PageSyncState.objects.filter(page__in=pages_for_sync())}
    for page_id in pages_for_sync().values_list("pk", flat=True):
        state = states.get(page_id)
        if state is None or state.last_attempt_at is None:
            due.append(page_id)
            continue
        if state.paused_until and state.paused_until > now:
            continue
        if state.last_attempt_at + timedelta(seconds=state.sync_interval_seconds) <= now:
            due.append(page_id)
    return due


def comments_visible_to(*, user) -> QuerySet[Comment]:
    """Comments on the pages the user may see (the ICT office, secretariat and auditor see
    all; department staff their own department's pages)."""
    return Comment.objects.filter(page__in=pages_visible_to(user=user))


def comments_for_export(
    *,
    queryset: QuerySet[Comment],
    page_facebook_id: str | None = None,
    since: datetime | None = None,
) -> QuerySet[Comment]:
    qs = queryset
    if page_facebook_id:
        qs = qs.filter(page__facebook_page_id=page_facebook_id)
    if since:
        qs = qs.filter(Q(created_time__gte=since))
    return qs.select_related("page", "post").order_by("page_id", "created_time", "pk")
