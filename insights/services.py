"""The daily insights pull: the only writer of PageDailyMetric, PostDailyMetric, InsightsPull.

No HTTP call inside a database transaction: Facebook is read first, then rows are upserted.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from comments.models import Post
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import GraphError, TransientGraphError
from pages.models import OfficialPage

from .models import InsightsPull, PageDailyMetric, PostDailyMetric

logger = logging.getLogger(__name__)

# The page field read every day (the follower count Facebook still gives as a field).
FOLLOWERS = "followers_count"
POST_REACTIONS = "reactions"
POST_COMMENTS = "comments"


def _page_metrics() -> list[str]:
    return list(getattr(settings, "INSIGHTS_PAGE_METRICS", ["page_follows", "page_media_view"]))


def _post_metrics() -> list[str]:
    return list(
        getattr(
            settings, "INSIGHTS_POST_METRICS", ["post_media_view", "post_reactions_by_type_total"]
        )
    )


def _as_int(value) -> int | None:
    """Facebook's value: a number, or a breakdown {type: n} summed (reactions by type)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, dict):
        return sum(int(v) for v in value.values() if isinstance(v, int | float))
    return None


def _upsert_page_rows(rows: Iterable[PageDailyMetric]) -> int:
    rows = list(rows)
    PageDailyMetric.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["page", "date", "metric"],
        update_fields=["value"],
    )
    return len(rows)


def _upsert_post_rows(rows: Iterable[PostDailyMetric]) -> int:
    rows = list(rows)
    PostDailyMetric.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["post", "date", "metric"],
        update_fields=["value"],
    )
    return len(rows)


def page_insights_pull(
    *, page_id: int, client: GraphClient | None = None, days: int | None = None
) -> InsightsPull:
    """Read one page's insights for the last `days` days (INSIGHTS_PULL_DAYS, 7) and upsert
    daily rows: the page's followers_count (today), the page metrics of
    INSIGHTS_PAGE_METRICS per day, and for posts of the last INSIGHTS_POST_DAYS (30) days
    their post metrics (reactions summed over types) and their comment count (our records).

    Who calls: the daily task (system). Idempotent. A metric Facebook rejects (removed or
    renamed) is skipped and recorded in `invalid_metrics`; other Graph errors are recorded
    in `error` and end this page's pull (the other pages go on); transient errors are
    re-raised so the task retries.
    """
    page = OfficialPage.objects.get(pk=page_id)
    client = client or GraphClient.from_settings()
    days = days or int(settings.INSIGHTS_PULL_DAYS)
    now = timezone.now()
    today = timezone.localdate(now)
    pull = InsightsPull.objects.create(page=page, started_at=now)
    token = page.page_access_token()
    invalid: list[str] = []
    page_rows: list[PageDailyMetric] = []
    post_rows: list[PostDailyMetric] = []
    posts_read = 0
    error = ""
    try:
        node = client.get_page(page.facebook_page_id, token, fields=("id", FOLLOWERS))
        followers = _as_int(node.get(FOLLOWERS))
        if followers is not None:
            page_rows.append(
                PageDailyMetric(page=page, date=today, metric=FOLLOWERS, value=followers)
            )
        since = timezone.make_aware(dt.datetime.combine(today - dt.timedelta(days=days), dt.time()))
        result = client.page_insights(
            page.facebook_page_id, token, _page_metrics(), since=since, until=now, period="day"
        )
        invalid += result.invalid
        for metric, values in result.series.items():
            for item in values:
                value = _as_int(item.get("value"))
                end = item.get("end_time")
                if value is None or end is None:
                    continue
                # Facebook's end_time is the end of the day it covers (07:00 UTC next day
                # for Pacific time); the day counted is the one before end_time's date.
                day = timezone.localdate(end) - dt.timedelta(days=1)
                page_rows.append(PageDailyMetric(page=page, date=day, metric=metric, value=value))
        posts = list(
            Post.objects.filter(
                page=page,
                created_time__gte=now
                - dt.timedelta(days=getattr(settings, "INSIGHTS_POST_DAYS", 30)),
            )
            .annotate(n_comments=Count("comments"))
            .order_by("-created_time")[: getattr(settings, "INSIGHTS_POST_LIMIT", 100)]
        )
        post_metrics = _post_metrics()
        for post in posts:
            result = client.post_insights(post.facebook_id, token, post_metrics)
            posts_read += 1
            for name in result.invalid:
                if name not in invalid:
                    invalid.append(name)
            # A post rejects a metric the page accepts the same way: ask only for the rest.
            post_metrics = [m for m in post_metrics if m not in result.invalid]
            for metric, values in result.series.items():
                value = _as_int(values[-1].get("value")) if values else None
                if value is None:
                    continue
                name = POST_REACTIONS if metric == "post_reactions_by_type_total" else metric
                post_rows.append(PostDailyMetric(post=post, date=today, metric=name, value=value))
            post_rows.append(
                PostDailyMetric(post=post, date=today, metric=POST_COMMENTS, value=post.n_comments)
            )
    except TransientGraphError:
        pull.error = "transient"
        pull.finished_at = timezone.now()
        pull.save(update_fields=["error", "finished_at"])
        raise
    except GraphError as exc:
        error = str(exc)[:500]
        logger.warning("insights pull of page %s stopped: %s", page.pk, error)
    # Deduplicate (a day may come twice from overlapping series) before upserting.
    page_unique = {(r.date, r.metric): r for r in page_rows}
    post_unique = {(r.post_id, r.date, r.metric): r for r in post_rows}
    pull.rows = _upsert_page_rows(page_unique.values()) + _upsert_post_rows(post_unique.values())
    pull.posts = posts_read
    pull.invalid_metrics = sorted(set(invalid))
    pull.error = error
    pull.finished_at = timezone.now()
    pull.save(update_fields=["rows", "posts", "invalid_metrics", "error", "finished_at"])
    return pull
