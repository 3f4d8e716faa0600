"""The one definition of an open flag, and the severity order: every read that counts open flags (queue, to-do counts, health, insights) uses these."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from ..engine import SEVERITIES
from ..models import (
    Flag,
)

SEVERITY_VALUES = SEVERITIES  # low, medium, high, critical: rank = index

# The one definition of an open flag: no person's decision has closed it yet. The review
# queue, the secretariat's to-do counts, the page health dashboard and insights all use it,
# so they cannot disagree. `OPEN_FLAG` filters flags; `OPEN_FLAG_OF_COMMENT` filters or
# counts the `flags` of comments.
OPEN_FLAG = Q(decision__isnull=True)
OPEN_FLAG_OF_COMMENT = Q(flags__decision__isnull=True)


def flags_open() -> QuerySet[Flag]:
    """Every open flag (no decision closed it yet), on every page: callers scope by page.

    For city-wide counts (home, dashboard, insights); the review queue scopes through
    `review_comments_visible_to`, which counts with the same definition.
    """
    return Flag.objects.filter(OPEN_FLAG)


def flags_on_pages(*, page_ids: list[int] | None) -> QuerySet[Flag]:
    """Every flag, open or decided, on the given pages (None: every page), for statistics."""
    if page_ids is None:
        return Flag.objects.all()
    return Flag.objects.filter(comment__page_id__in=page_ids)
