"""The page charts as a first-time reader meets them: each test here failed before its fix."""

from __future__ import annotations

import pytest
from django.utils import timezone

from insights.models import PageDailyMetric

pytestmark = pytest.mark.django_db


def test_the_follower_chart_names_its_two_sources_in_words_not_metric_codes(
    client, connected_pages, ict_user
):
    page = connected_pages[0]
    today = timezone.localdate()
    PageDailyMetric.objects.create(page=page, date=today, metric="page_follows", value=120)
    PageDailyMetric.objects.create(page=page, date=today, metric="followers_count", value=121)
    client.force_login(ict_user)
    html = client.get(f"/insights/pages/{page.pk}/").content.decode()
    assert "フォロワー数（日次集計）" in html and "フォロワー数（ページの値）" in html
    assert "page_follows" not in html and "followers_count" not in html


def test_the_page_charts_sit_under_a_second_level_heading(client, connected_pages, ict_user):
    client.force_login(ict_user)
    html = client.get(f"/insights/pages/{connected_pages[0].pk}/").content.decode()
    # h1, then the charts' h3 titles: screen reader users skip a level without an h2.
    assert html.index("<h2") < html.index("<h3")
