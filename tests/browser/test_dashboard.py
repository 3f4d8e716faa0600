"""The ICT office's page health dashboard and a page's charts in a real browser."""

import datetime as dt

import pytest
from django.utils import timezone

from comments.models import PageSyncState
from insights.models import PageDailyMetric
from pages.services import page_connection_mark_broken, page_record_activity
from tests.browser.conftest import login
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _data(pages, make_post, make_comments, rule, flag):
    now = timezone.now()
    today = timezone.localdate()
    for index, page in enumerate(pages):
        rows = []
        for back in range(89, -1, -1):
            day = today - dt.timedelta(days=back)
            rows.append(
                PageDailyMetric(
                    page=page,
                    date=day,
                    metric="page_follows",
                    value=1000 + 3 * (90 - back) + 200 * index,
                )
            )
            rows.append(
                PageDailyMetric(
                    page=page, date=day, metric="page_media_view", value=300 + (back * 37 % 400)
                )
            )
        PageDailyMetric.objects.bulk_create(rows)
        for week in range(12):
            post = make_post(page, created=now - dt.timedelta(days=7 * week + 1))
            comments = make_comments(
                post,
                [
                    now - dt.timedelta(days=7 * week + 1, minutes=m)
                    for m in range(5 + (week * 7) % 13)
                ],
            )
            for comment in comments[: week % 3] if index else []:  # page 0 stays healthy
                flag(comment, rule)
    page_record_activity(page_id=pages[0].pk, last_post_at=now - dt.timedelta(hours=5))
    PageSyncState.objects.create(
        page=pages[0], status=PageSyncState.Status.OK, last_success_at=now - dt.timedelta(minutes=4)
    )
    page_connection_mark_broken(page_id=pages[1].pk, reason="トークンが無効です（190）")


def test_ict_office_sees_health_and_a_pages_charts(
    page,
    screenshot,
    live_server,
    graph_simulator,
    connect_sim_page,
    make_user,
    make_post,
    make_comments,
    rule,
    flag,
):
    from accounts.roles import Role

    official = [connect_sim_page(graph_simulator, i) for i in range(3)]
    _data(official, make_post, make_comments, rule, flag)
    make_user(Role.ICT_OFFICE, username="ict-browser")
    login(page, "ict-browser", PASSWORD)
    page.wait_for_url(live_server.url + "/")
    page.goto("/health/")
    rows = page.locator("tr.health-row")
    assert rows.count() == 3
    assert rows.nth(0).get_attribute("data-state") == "broken"
    assert rows.nth(2).get_attribute("data-state") == "healthy"
    screenshot("health-dashboard")
    page.goto(f"/insights/pages/{official[0].pk}/")
    assert page.locator("svg.chart__svg").count() == 5
    page.locator("details.chart__data summary").first.click()
    assert page.locator("table.chart__table").first.is_visible()
    page.screenshot(path=str(screenshot("page-charts")).replace(".png", "-top.png"))
    screenshot("page-charts")
    page.goto("/insights/")
    assert page.locator("svg.chart__svg").count() == 9
    screenshot("city-insights")
