"""The daily insights pull against the Graph API simulator over HTTP."""

import pytest

from insights.models import InsightsPull, PageDailyMetric, PostDailyMetric
from insights.services import page_insights_pull

pytestmark = pytest.mark.django_db


def test_pull_skips_a_removed_metric_records_it_and_keeps_the_rest(
    client, settings, graph_simulator, connected_pages, ict_user
):
    page = connected_pages[0]
    # page_impressions was removed on 2025-11-15: Facebook answers "invalid metric".
    settings.INSIGHTS_PAGE_METRICS = ["page_impressions", "page_follows", "page_media_view"]
    settings.INSIGHTS_POST_METRICS = [
        "post_impressions",
        "post_media_view",
        "post_reactions_by_type_total",
    ]
    from comments.services import page_sync

    page_sync(page_id=page.pk)  # posts and comments to measure
    pull = page_insights_pull(page_id=page.pk)
    assert pull.error == ""
    assert pull.invalid_metrics == ["page_impressions", "post_impressions"]
    metrics = set(PageDailyMetric.objects.filter(page=page).values_list("metric", flat=True))
    assert metrics == {"followers_count", "page_follows", "page_media_view"}
    assert PageDailyMetric.objects.filter(page=page, metric="page_media_view").count() >= 7
    post_metrics = set(
        PostDailyMetric.objects.filter(post__page=page).values_list("metric", flat=True)
    )
    assert post_metrics == {"post_media_view", "reactions", "comments"}
    assert pull.posts > 0
    # Idempotent: a second pull writes the same rows, no duplicates.
    before = PageDailyMetric.objects.count(), PostDailyMetric.objects.count()
    page_insights_pull(page_id=page.pk)
    assert (PageDailyMetric.objects.count(), PostDailyMetric.objects.count()) == before
    assert InsightsPull.objects.filter(page=page).count() == 2
    # The rejected metric is shown on the page's charts.
    client.force_login(ict_user)
    html = client.get(f"/insights/pages/{page.pk}/").content.decode()
    assert "page_impressions" in html


def test_a_dead_token_records_the_error_and_does_not_raise(graph_simulator, connected_pages):
    page = connected_pages[1]
    graph_simulator.set_fault("dead_token", page_id=page.facebook_page_id)
    pull = page_insights_pull(page_id=page.pk)
    assert pull.error
    assert pull.finished_at is not None


def test_daily_task_is_in_the_beat_schedule(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"insights.pull", "incidents.detect_spikes"} <= tasks
