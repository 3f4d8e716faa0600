"""Page health dashboard, charts with their tables and CSV, permissions, access-review flag."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.utils import timezone, translation

from accounts.selectors import access_review_rows
from comments.models import PageSyncState
from insights.models import PageDailyMetric
from insights.selectors import HealthState, pages_health
from moderation.models import Flag
from pages.models import OfficialPage
from pages.services import (
    page_connection_mark_broken,
    page_record_activity,
)
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401
from tests.fixtures_pages import withdraw

pytestmark = pytest.mark.django_db
LATER = timezone.now() + dt.timedelta(days=100)


def _healthy(page, now):
    page_record_activity(page_id=page.pk, last_post_at=now - dt.timedelta(days=1))
    PageSyncState.objects.update_or_create(
        page=page,
        defaults={
            "status": PageSyncState.Status.OK,
            "last_success_at": now - dt.timedelta(minutes=5),
        },
    )


def _seed(pages, make_post, make_comments, rule, flag, decide, now):
    for page in pages:
        post = make_post(page, created=now - dt.timedelta(days=3))
        comments = make_comments(post, [now - dt.timedelta(hours=h) for h in range(1, 6)])
        flag(comments[0], rule)  # open
        flag(comments[1], rule, at=now - dt.timedelta(hours=3))
        decide(comments[1], at=now - dt.timedelta(hours=2))  # decided


def test_states_and_order_broken_then_dormant_then_healthy(
    client,
    graph_simulator,
    connect_sim_page,
    ict_user,
    make_post,
    make_comments,
    rule,
    flag,
    decide,
):
    healthy, broken, dormant = (connect_sim_page(graph_simulator, i) for i in range(3))
    page_connection_mark_broken(page_id=broken.pk, reason="トークンが無効です")
    with time_machine.travel(LATER, tick=False):
        now = timezone.now()
        _healthy(healthy, now)
        _healthy(broken, now)
        _seed([healthy], make_post, make_comments, rule, flag, decide, now)
        rows = pages_health(pages=OfficialPage.objects.all())
        assert [r.page for r in rows] == [broken, dormant, healthy]
        assert [r.state for r in rows] == [
            HealthState.BROKEN,
            HealthState.ATTENTION,
            HealthState.HEALTHY,
        ]
        assert rows[1].dormant and not rows[0].dormant
        assert rows[2].open_flags == 1  # the decided one does not count
        client.force_login(ict_user)
        html = client.get("/health/").content.decode()
    assert html.index(broken.name) < html.index(dormant.name) < html.index(healthy.name)
    assert 'data-state="broken"' in html and 'data-state="healthy"' in html
    assert "トークンが無効です" in html


def test_dashboard_queries_are_constant(
    client,
    graph_simulator,
    connect_sim_page,
    ict_user,
    make_post,
    make_comments,
    rule,
    flag,
    decide,
    django_assert_max_num_queries,
):
    first = [connect_sim_page(graph_simulator, i) for i in range(2)]
    now = timezone.now()
    _seed(first, make_post, make_comments, rule, flag, decide, now)
    client.force_login(ict_user)
    client.get("/health/")  # warm caches (permissions, content types)
    # Counted with an execute wrapper (the request_started signal resets Django's query log).
    small, large = [], []
    with connection.execute_wrapper(lambda ex, sql, *a: small.append(sql) or ex(sql, *a)):
        assert client.get("/health/").status_code == 200
    third = connect_sim_page(graph_simulator, 2)
    _seed([*first, third], make_post, make_comments, rule, flag, decide, now)
    with (
        django_assert_max_num_queries(20),
        connection.execute_wrapper(lambda ex, sql, *a: large.append(sql) or ex(sql, *a)),
    ):
        assert client.get("/health/").status_code == 200
    assert 5 < len(large) == len(small) <= 20
    for url in ("/insights/", f"/insights/pages/{third.pk}/"):
        queries: list[str] = []
        with connection.execute_wrapper(
            lambda ex, sql, *a, seen=queries: seen.append(sql) or ex(sql, *a)
        ):
            assert client.get(url).status_code == 200
        assert len(queries) <= 20, (url, len(queries))


# Comments a few hours old are today's only away from local midnight: the chart tests run
# at a fixed local noon, so their "today" and "this week" never depend on the hour of the run.
LOCAL_NOON = dt.datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


@time_machine.travel(LOCAL_NOON, tick=True)
def test_page_charts_have_tables_and_csv(
    client, active_page, tourism_admin, make_post, make_comments, rule, flag
):
    now = timezone.now()
    post = make_post(active_page, created=now - dt.timedelta(days=2))
    comments = make_comments(post, [now - dt.timedelta(hours=h) for h in range(1, 5)])
    flag(comments[0], rule)
    PageDailyMetric.objects.create(
        page=active_page,
        date=timezone.localdate() - dt.timedelta(days=1),
        metric="page_media_view",
        value=321,
    )
    client.force_login(tourism_admin)
    response = client.get(f"/insights/pages/{active_page.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<svg") == 5 and html.count("<table") == 5
    # the cell carries its column's name for phones (data-label), then the number
    assert re.search(r'<td class="num" data-label="[^"]+">321</td>', html)
    assert "25.0" in html  # flag rate this week: 1 of 4
    csv = client.get(f"/insights/pages/{active_page.pk}/comments.csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert "attachment" in csv["Content-Disposition"]
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("label,")
    assert lines[-1].endswith(",4,1")
    assert client.get(f"/insights/pages/{active_page.pk}/nope.csv").status_code == 404


@time_machine.travel(LOCAL_NOON, tick=True)
def test_city_charts_and_review_backlog(
    client, active_page, secretariat_user, make_post, make_comments, rule, flag, decide
):
    now = timezone.now()
    post = make_post(active_page, created=now - dt.timedelta(days=2))
    comments = make_comments(post, [now - dt.timedelta(hours=h) for h in range(10, 14)])
    for comment in comments:
        flag(comment, rule, at=comment.created_time)
    decide(comments[0], at=comments[0].created_time + dt.timedelta(hours=2))
    decide(comments[1], at=comments[1].created_time + dt.timedelta(hours=4))
    client.force_login(secretariat_user)
    html = client.get("/insights/").content.decode()
    assert html.count("<svg") == 9
    review = (
        client.get("/insights/review-time.csv").content.decode("utf-8-sig").strip().splitlines()
    )
    assert review[-1].endswith(",3.0,4.0") or review[-2].endswith(",3.0,4.0")
    backlog = client.get("/insights/review-backlog.csv").content.decode("utf-8-sig").strip()
    assert backlog.splitlines()[-1].endswith(",2")


STAFF_GLOBAL = frozenset({"ict", "secretariat", "auditor"})


def test_insights_permission_matrix(client, actors, matrix_page):  # noqa: F811
    assert_access(client, actors, Access("/health/", allowed=STAFF_GLOBAL))
    assert_access(client, actors, Access("/insights/", allowed=STAFF_GLOBAL))
    assert_access(client, actors, Access("/insights/review-backlog.csv", allowed=STAFF_GLOBAL))
    viewers = frozenset({"ict", "secretariat", "auditor", "tourism_admin", "tourism_operator"})
    assert_access(
        client,
        actors,
        Access(f"/insights/pages/{matrix_page.pk}/", allowed=viewers, denied_status=404),
    )
    assert_access(
        client,
        actors,
        Access(f"/insights/pages/{matrix_page.pk}/posts.csv", allowed=viewers, denied_status=404),
    )


def test_operators_of_withdrawn_pages_are_flagged(
    active_page, tourism_admin, tourism_operator, fisheries_admin, ict_user
):
    withdraw(active_page, admin=tourism_admin, ict=ict_user)
    with translation.override("en"):
        rows = {row.assignment.user.username: row for row in access_review_rows(user=ict_user)}
    reason = "Operator of withdrawn pages only: the department has no live page"
    assert reason in rows["tourism-operator"].flags
    assert reason in rows["tourism-admin"].flags
    # A department that never had a page (fisheries) and global roles are not flagged.
    assert reason not in rows["fisheries-admin"].flags
    assert reason not in rows["ict"].flags


def test_queue_home_and_dashboard_count_open_flags_alike(
    graph_simulator,
    connect_sim_page,
    secretariat_user,
    make_post,
    make_comments,
    rule,
    flag,
    decide,
):
    """One definition of an open flag: a flag no decision has closed, even when the comment
    has an older decision (a re-screen after an edit flags it again)."""
    from moderation.selectors import review_comments_visible_to, review_todo_counts

    page = connect_sim_page(graph_simulator, 0)
    now = timezone.now()
    post = make_post(page, created=now - dt.timedelta(days=1))
    first, second, third = make_comments(post, [now - dt.timedelta(hours=h) for h in (5, 4, 3)])
    flag(first, rule)
    flag(second, rule, at=now - dt.timedelta(hours=4))
    decide(second, at=now - dt.timedelta(hours=2))
    # Flagged again later with an earlier screening time than the decision: still open.
    flag(third, rule, at=now - dt.timedelta(hours=3))
    decide(third, at=now - dt.timedelta(hours=1))
    Flag.objects.create(
        comment=third, rule=rule, rule_version=rule.version + 1, clause=rule.clause,
        severity=rule.severity, message_screened="編集後", created_at=now - dt.timedelta(hours=2),
    )  # fmt: skip

    queue = review_comments_visible_to(user=secretariat_user).filter(open_flags__gt=0)
    dashboard = next(r for r in pages_health(pages=OfficialPage.objects.all()) if r.page == page)
    assert set(queue.values_list("pk", flat=True)) == {first.pk, third.pk}
    assert review_todo_counts()["open"] == 2
    assert dashboard.open_flags == 2
