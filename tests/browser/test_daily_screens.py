"""Layout defects a daily user met, in Chromium: the queue's bulk bar covering half a laptop
screen with nothing selected, the rule list's stray bullets and badges broken over two
lines, and the page health cards on a phone with values but no labels."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from comments.models import PageSyncState
from moderation.models import BulkDecision
from tests.browser.conftest import check_page
from tests.browser.test_review_journey import sign_in
from tests.browser.test_secretariat_journey import flood

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}


def _position(page) -> str:
    return page.locator("#bulk-bar").evaluate("e => getComputedStyle(e).position")


def test_idle_bulk_bar_leaves_the_list_in_view_and_follows_a_selection(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    flood(graph_simulator, connected_pages[0], 30)
    sign_in(page, secretariat_user.username)
    page.set_viewport_size(LAPTOP)
    page.goto(f"/moderation/?page={connected_pages[0].pk}")
    # Nothing selected: the bar waits below the list, so scrolling shows comments, not a form.
    assert _position(page) == "static"
    page.locator("tr.review-row").nth(5).scroll_into_view_if_needed()
    bar_top = page.locator("#bulk-bar").evaluate("e => e.getBoundingClientRect().top")
    assert bar_top >= LAPTOP["height"], bar_top
    # One comment selected: the bar stays in view while the reviewer scrolls on.
    page.locator("tr.review-row input[name=selected]").nth(5).check()
    assert _position(page) == "sticky"
    bar_bottom = page.locator("#bulk-bar").evaluate("e => e.getBoundingClientRect().bottom")
    assert bar_bottom <= LAPTOP["height"] + 1
    page.locator("tr.review-row input[name=selected]").nth(5).uncheck()
    assert _position(page) == "static"
    # "Every comment matching the filter" is a selection too.
    page.check("#scope-filter")
    assert _position(page) == "sticky"
    # On a phone the bar always follows the list (it would cover what it acts on).
    page.set_viewport_size(PHONE)
    assert _position(page) == "static"
    # The clause chips keep a space between the clause and its count (誹謗中傷 30, not 中傷30).
    gap = page.locator("[data-clause-count=defamation]").evaluate(
        """e => { const r = document.createRange(); r.selectNodeContents(e.parentElement.firstChild);
                  return e.getBoundingClientRect().left - r.getBoundingClientRect().right; }"""
    )
    assert gap >= 3, gap


def test_rule_list_has_no_stray_bullets_and_one_line_badges(page, default_rules, secretariat_user):
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/rules/")
    new_kinds = page.locator("#new-heading + ul.actions")
    assert new_kinds.evaluate("e => getComputedStyle(e).listStyleType") == "none"
    styles = new_kinds.locator("li").evaluate_all(
        "els => els.map(e => getComputedStyle(e).listStyleType)"
    )
    assert styles and set(styles) == {"none"}, styles
    badges = page.locator("table.data td > .status")
    assert badges.count() > 10
    heights = badges.evaluate_all("els => els.map(e => e.getClientRects().length)")
    assert set(heights) == {1}, "a state badge broke over two lines"


def test_page_health_cards_on_a_phone_label_every_value(
    page, connected_pages, make_user, secretariat_user
):
    from accounts.roles import Role

    PageSyncState.objects.create(
        page=connected_pages[0],
        status=PageSyncState.Status.OK,
        last_success_at=timezone.now() - dt.timedelta(minutes=4),
    )
    make_user(Role.ICT_OFFICE, username="ict-health")
    sign_in(page, "ict-health")
    page.set_viewport_size(PHONE)
    page.goto("/health/")
    row = page.locator(
        "tr.health-row", has=page.locator(f"a[href='/pages/{connected_pages[0].pk}/']")
    )
    labels = row.locator("td").evaluate_all(
        "els => els.map(e => getComputedStyle(e, '::before').content)"
    )
    assert len(labels) == 8
    assert all(label not in ("none", "normal", '""') for label in labels), labels
    assert '"判断待ちの検出"' in labels
    # How long ago, in words a person says: "4分前", not "0.1時間前".
    lag = row.locator("[data-lag-hours]").inner_text()
    assert lag.endswith("前") and "分" in lag and "0.1" not in lag, lag


def test_incomplete_bulk_decision_keeps_the_selection_and_says_what_is_missing(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    flood(graph_simulator, connected_pages[0], 6)
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/?page={connected_pages[0].pk}")
    boxes = page.locator("tr.review-row input[name=selected]")
    for index in range(3):
        boxes.nth(index).check()
    chosen = boxes.evaluate_all("els => els.filter(e => e.checked).map(e => e.value)")
    page.select_option("#bulk-form select[name=action]", "hide")
    url = page.url
    page.locator("#bulk-bar button[type=submit]").click()
    errors = page.locator("#bulk-errors")
    errors.wait_for(state="visible")
    text = errors.inner_text()
    assert text.startswith("次の項目を修正してください")
    assert "理由" in text and "条項" in text and "判断を選んでください" not in text, text
    assert page.evaluate("document.activeElement.id") == "bulk-errors"
    # Nothing was sent: same page, the same three comments still selected.
    assert page.url == url and not BulkDecision.objects.exists()
    assert boxes.evaluate_all("els => els.filter(e => e.checked).map(e => e.value)") == chosen
    check_page(page, label="bulk decision with what is missing")
    page.select_option("#bulk-form select[name=clause]", "defamation")
    page.fill("#bulk-form [name=reason]", "誹謗中傷")
    page.locator("#bulk-bar button[type=submit]").click()
    page.wait_for_selector(".messages")
    bulk = BulkDecision.objects.get()
    assert sorted(str(pk) for pk in bulk.decisions.values_list("comment_id", flat=True)) == sorted(
        chosen
    )
