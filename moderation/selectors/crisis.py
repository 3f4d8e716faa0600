"""Reads of crisis mode: which pages are in it (cached for the header of every page), its latest change per page, and what turning it on would hide."""

from __future__ import annotations

import contextlib
import logging

from comments.models import Comment

from ..models import (
    CrisisModeChange,
    Decision,
    Flag,
)

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- review


def crisis_mode_pages(*, page_ids=None) -> set[int]:
    """Ids of the pages whose crisis mode is on (the newest switch per page says so)."""
    changes = CrisisModeChange.objects.order_by("page_id", "-created_at", "-id")
    if page_ids is not None:
        changes = changes.filter(page_id__in=list(page_ids))
    current: dict[int, bool] = {}
    for page_id, enabled in changes.values_list("page_id", "enabled"):
        current.setdefault(page_id, enabled)
    return {page_id for page_id, enabled in current.items() if enabled}


CRISIS_CACHE_KEY = "moderation:crisis-state:v1"


def crisis_mode_batches(*, page_ids=None) -> dict[int, int | None]:
    """{page id: the crisis's bulk decision id} for the pages whose crisis mode is on."""
    changes = CrisisModeChange.objects.order_by("page_id", "-created_at", "-id")
    if page_ids is not None:
        changes = changes.filter(page_id__in=list(page_ids))
    current: dict[int, tuple[bool, int | None]] = {}
    for page_id, enabled, batch_id in changes.values_list("page_id", "enabled", "batch_id"):
        current.setdefault(page_id, (enabled, batch_id))
    return {page_id: batch for page_id, (enabled, batch) in current.items() if enabled}


def crisis_mode_state() -> list[dict]:
    """The pages in crisis mode now, with since when, by whom, why and the incident: for the
    header of every staff page. Cached (the switch clears it); plain values only."""
    from django.core.cache import cache

    try:
        state = cache.get(CRISIS_CACHE_KEY)
    except Exception:  # Redis down: read the database; the banner must not break a page
        logger.warning("crisis-mode cache unavailable; reading the database")
        state = None
    if state is not None:
        return state
    on = crisis_mode_batches()
    changes = (
        CrisisModeChange.objects.filter(page_id__in=list(on), enabled=True)
        .select_related("page", "actor")
        .order_by("page_id", "-created_at", "-id")
    )
    state = []
    seen: set[int] = set()
    for change in changes:
        if change.page_id in seen:
            continue
        seen.add(change.page_id)
        state.append(
            {
                "page_id": change.page_id,
                "page_name": change.page.name,
                "since": change.created_at,
                "by": str(change.actor),
                "reason": change.reason,
                "incident_id": change.incident_id,
            }
        )
    with contextlib.suppress(Exception):  # a cache outage only costs the next read
        cache.set(CRISIS_CACHE_KEY, state, 60)
    return state


def crisis_mode_latest(*, page_id: int) -> CrisisModeChange | None:
    return (
        CrisisModeChange.objects.filter(page_id=page_id)
        .select_related("actor")
        .order_by("-created_at", "-id")
        .first()
    )


def crisis_mode_preview(*, page_id: int) -> dict[str, int]:
    """What switching would do on the page: ``flagged_visible`` (comments with an open flag
    still visible, which switching on can hide) and ``hidden_by_crisis`` (what the current
    crisis hid, which switching off can unhide)."""
    flagged_visible = (
        Comment.objects.filter(page_id=page_id, is_hidden=False, is_deleted=False, can_hide=True)
        .filter(pk__in=Flag.objects.filter(decision__isnull=True).values("comment_id"))
        .count()
    )
    batches = crisis_mode_batches(page_ids=[page_id])
    hidden = 0
    if batches.get(page_id):
        hidden = (
            Decision.objects.filter(batch_id=batches[page_id], action=Decision.Action.HIDE)
            .values("comment_id")
            .distinct()
            .count()
        )
    return {"flagged_visible": flagged_visible, "hidden_by_crisis": hidden}
