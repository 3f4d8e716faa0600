"""A secretariat member on day one, in headless Chromium: a local dish (カス汁, sake-lees
soup) is flagged as an insult. From the flagged comment they reach its rule (no dead end),
add the dish as an exception, backtest (counts with their unit, the comments that would
no longer be flagged), save, close the open flags the rule no longer raises in one
confirmed step, and find that step in the audit log under the rule's name, with the queue
counts down by the comments closed. In the queue the flag's chip names its rule, and the
comment's excerpt opens it; the audit entry lists the comments it closed."""

from __future__ import annotations

import re

import pytest

from moderation.models import AuditEntry, Flag
from tests.browser.conftest import check_page
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def both_widths(page, screenshot, name: str) -> None:
    """The page as a desk and a phone show it, for people to look at."""
    original = page.viewport_size
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        screenshot(f"{name}-{width}")
    page.set_viewport_size(original)


def _clause_count(page, clause: str) -> int:
    counter = page.locator(f"[data-clause-count={clause}]")
    return int(counter.inner_text()) if counter.count() else 0


def test_secretariat_turns_a_false_flag_into_an_exception_from_the_queue(
    page, screenshot, connected_pages, resident_comment, secretariat_user
):
    soup = resident_comment(connected_pages[0], "カス汁が美味しかった！また食べたい", author="201")
    resident_comment(connected_pages[0], "昨日のカス汁、母の味でした", author="202")
    resident_comment(connected_pages[0], "お前みたいなカスは黙ってろ", author="203")
    rule = Flag.objects.get(comment=soup).rule

    # After a rule change the next screen rebuilds the engine of every shipped rule (seconds
    # on this shared machine): allow for it rather than fail on the default 15 s.
    page.set_default_timeout(90000)
    page.set_extra_http_headers({"Accept-Language": "ja"})
    page.goto("/accounts/login/")
    page.fill("input[name=username]", secretariat_user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)

    page.goto("/moderation/")
    before = _clause_count(page, "defamation")
    assert before == 3
    row = page.locator("tr", has_text="カス汁が美味しかった")
    # The chip names the rule (a tooltip never shows on a phone), once.
    assert row.locator(".badge", has_text=rule.name).count() == 1
    both_widths(page, screenshot, "false-flag-00-queue")
    # The excerpt opens the comment, as the author's name does.
    row.locator("a.review-excerpt").click()
    page.wait_for_url(re.compile(r"/moderation/items/\d+/"))
    # The flag names its rule and leads to it; library names are folded away.
    assert page.locator("details.tech-detail").first.is_visible()
    assert "sudachipy" not in page.locator("table").first.inner_text()
    screenshot("false-flag-01-item")
    page.locator("[data-testid=flag-rule-link]").first.click()
    page.wait_for_url(re.compile(rf"/moderation/rules/{rule.slug}/$"))

    page.get_by_role("link", name="編集").click()
    page.wait_for_url(re.compile(r"/edit/$"))
    exceptions = page.locator("textarea[name=exceptions]")
    exceptions.fill((exceptions.input_value() + "\nカス汁").strip())
    page.click("button[name=backtest]")
    backtest = page.locator("#backtest")
    backtest.wait_for()
    assert backtest.locator("[data-testid=bt-stopped]").inner_text() == "2件"
    assert backtest.locator("[data-testid=bt-new]").inner_text() == "0件"
    assert backtest.locator("li.untrusted").count() == 2
    screenshot("false-flag-02-backtest")
    check_page(page, label="backtest of an exception")

    page.click("button.button--primary[type=submit]")
    page.wait_for_url(re.compile(rf"/moderation/rules/{rule.slug}/$"))
    card = page.locator("[data-testid=stale-flags]")
    assert "2件" in card.inner_text()
    card.locator("a.button").click()
    page.wait_for_url(re.compile(r"/close-stale/$"))
    assert page.locator("[data-testid=stale-list] li").count() == 2
    screenshot("false-flag-03-confirm")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(rf"/moderation/rules/{rule.slug}/$"))
    assert "2件のコメントを維持（誤検知）として終了しました" in page.locator("main").inner_text()

    page.goto("/moderation/audit/")
    row = page.locator("tr", has_text="ルール変更後に検知をまとめて終了")
    assert row.count() == 1
    assert rule.name in row.inner_text() and rule.slug not in row.inner_text()
    # The entry lists the comments it closed, each a link to it.
    row.locator("details.batch-items summary").click()
    closed = row.locator("details.batch-items li a")
    assert closed.count() == 2
    assert all(
        "/moderation/items/" in (closed.nth(i).get_attribute("href") or "") for i in range(2)
    )
    assert row.locator("details.batch-items").inner_text().count("維持（誤検知）") == 2
    both_widths(page, screenshot, "false-flag-04-audit")
    assert AuditEntry.objects.filter(event=AuditEntry.Event.STALE_FLAGS_CLOSED).count() == 1

    page.goto("/moderation/")
    assert _clause_count(page, "defamation") == before - 2
    assert "お前みたいなカスは黙ってろ" in page.locator("main").inner_text()
