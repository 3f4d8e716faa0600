"""Reads for the review queue at volume: one page of a filtered, sorted queue without grouping
every flagged comment's full row, its count, and the open counts per clause.

The queue's order is computed from aggregates over a comment's flags (how many open flags are
overdue, urgent, open; the worst severity; the newest flag), which depend on the clock (the
overdue cutoff) and so cannot be an index. What makes it cheap is narrowness: the ordering
query selects only comment ids and the aggregates it sorts by, then the 25 rows of the page
are read with their page, department and post. The count is read from a query without the
aggregates at all (a count needs no order), and skipped when the first page already shows
every match.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, Max, OuterRef, QuerySet, Subquery

from comments.models import Comment
from guidelines.clauses import Clause
from pages.selectors import pages_visible_to

from ..models import Flag

logger = logging.getLogger(__name__)

CLAUSE_COUNTS_TTL = 30  # seconds; a new flag or decision changes the cache key at once
COUNT_CAP = 1000  # the queue counts up to this many matches, then says "more than"


def flagged_comments_visible_to(*, user) -> QuerySet[Comment]:
    """Comments with at least one flag on the pages the user may see, without the review
    aggregates: the base of the queue's count (filters only, no order).

    Callers check ``review_access`` first (the queue's views do, in their mixin).
    """
    # `has_flags` (set with the first flag) lets PostgreSQL read the flagged comments' partial
    # index rather than every comment; the EXISTS keeps the definition the flags themselves.
    return Comment.objects.filter(
        Exists(Flag.objects.filter(comment=OuterRef("pk"))),
        has_flags=True,
        page__in=pages_visible_to(user=user),
    )


def last_flagged_subquery() -> Subquery:
    """The newest flag's time of the outer comment, as a correlated subquery (for the count's
    flag-date filters, which the annotated queue reads from its aggregate instead)."""
    newest = (
        Flag.objects.filter(comment=OuterRef("pk"))
        .order_by()
        .values("comment")
        .annotate(newest=Max("created_at"))
        .values("newest")
    )
    return Subquery(newest)


@dataclass
class QueuePage:
    """One page of the queue, shaped like Django's ``Page`` for the templates (``number``,
    ``has_next`` ...) without its count-first, slice-second reads. ``count`` is exact when
    ``count_exact``; otherwise the queue holds more than ``count`` (``COUNT_CAP``) comments
    and ``num_pages`` is unknown (None)."""

    object_list: list[Comment]
    number: int
    per_page: int
    count: int
    count_exact: bool = True
    more: bool = False  # a comment follows this page

    @property
    def paginator(self) -> QueuePage:
        return self  # the templates ask page_obj.paginator.count / num_pages

    @property
    def num_pages(self) -> int | None:
        if not self.count_exact:
            return None
        return max(1, -(-self.count // self.per_page))

    def has_next(self) -> bool:
        return self.more

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_previous() or self.has_next()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1

    def start_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.object_list else 0

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)


def _page_number(raw: Any) -> int:
    try:
        return max(1, int(raw))
    except (TypeError, ValueError):
        return 1


def review_queue_page(
    *, ordered: QuerySet[Comment], count_queryset: QuerySet[Comment], rows: QuerySet, number: Any,
    per_page: int,
) -> QueuePage:  # fmt: skip
    """The ``number``-th page (1-based; out of range: the last) of the filtered, sorted queue.

    ``ordered``: the filtered queue with its order (the aggregates); only ids are selected
    from it. ``count_queryset``: the same filters without aggregates. ``rows``: the annotated
    queue the page's comments are read from (by id, so its filters do not matter here).
    Counting stops at ``COUNT_CAP`` (the page then says "more than"): the exact number of a
    long queue is read only where it is acted on (the bulk confirmation counts what it hides).
    """
    number = _page_number(number)
    ids_query = ordered.values_list("pk", flat=True)

    def ids_of(page_number: int) -> list[int]:
        offset = (page_number - 1) * per_page
        return list(ids_query[offset : offset + per_page + 1])  # one more: is there a next?

    ids = ids_of(number)
    exact = True
    if number == 1 and len(ids) <= per_page:
        count = len(ids)  # the first page holds every match: no count query
    else:
        # No order (Comment's default one would sort every match before the LIMIT).
        count = count_queryset.order_by()[: COUNT_CAP + 1].count()
        exact = count <= COUNT_CAP
        if not exact and not ids:  # past the end of a long queue: where is the end?
            count, exact = count_queryset.count(), True
        last = max(1, -(-count // per_page))
        if exact and number > last:  # like Paginator.get_page: past the end shows the last
            number = last
            ids = ids_of(number)
        count = min(count, COUNT_CAP) if not exact else count
    has_next = len(ids) > per_page
    ids = ids[:per_page]
    by_id = {comment.pk: comment for comment in rows.filter(pk__in=ids)}
    return QueuePage(
        object_list=[by_id[pk] for pk in ids if pk in by_id],
        number=number,
        per_page=per_page,
        count=count,
        count_exact=exact,
        more=has_next,
    )


def _flags_version() -> tuple[int, int]:
    """(newest flag id, newest deciding decision id): changes whenever a flag is raised or
    closed, so a cache keyed on it never shows counts from before either."""
    from django.db.models import Max as MaxOf

    row = Flag.objects.aggregate(flag=MaxOf("id"), decision=MaxOf("decision_id"))
    return row["flag"] or 0, row["decision"] or 0


def review_open_counts_by_clause_cached(*, user, compute) -> list[dict]:
    """``compute()`` (the open counts per clause) cached for a short while per user and per
    version of the flags (see ``_flags_version``): a reviewer's decision shows at once, a
    reload of the queue does not re-count every open flag."""
    from django.core.cache import cache

    flag_id, decision_id = _flags_version()
    key = f"moderation:clause-counts:v1:{user.pk}:{flag_id}:{decision_id}"
    try:
        cached = cache.get(key)
    except Exception:  # Redis down: count in the database; the queue must not break
        logger.warning("clause-count cache unavailable; counting in the database")
        cached = None
    if cached is not None:
        return [
            {"clause": code, "label": Clause(code).label, "count": count} for code, count in cached
        ]
    counts = compute()
    with contextlib.suppress(Exception):  # a cache outage only costs the next count
        cache.set(key, [(row["clause"], row["count"]) for row in counts], CLAUSE_COUNTS_TTL)
    return counts
