"""The secretariat's review in headless Chromium: a hostile flagged comment reaches the queue,
is shown escaped with its match highlighted, is hidden with a reason citing a clause, the
outbox carries the hide to the simulated Facebook, the item and the audit log show it; a bulk
decision, the keyboard shortcuts, the rule report, a backtest, and the English screens."""

from __future__ import annotations

import re

import pytest

from moderation.models import AuditEntry, Decision, Flag, ModerationAction
from moderation.services import moderation_action_execute
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCRIPTED = "お前はバカだ <img src=x onerror=alert(1)><script>alert(2)</script>"
REASON = "運用方針「誹謗中傷」に該当（個人への侮辱表現）"


def sign_in(page, username: str) -> None:
    page.context.clear_cookies()
    page.set_extra_http_headers({"Accept-Language": "ja"})
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def run_outbox() -> int:
    """Carry every pending outbox action to the simulator, as the worker would."""
    done = 0
    for pk in ModerationAction.objects.filter(status="pending").values_list("pk", flat=True):
        moderation_action_execute(action_id=pk)
        done += 1
    return done


def row_for(page, comment):
    return page.locator(f"tr.review-row[data-item-url='/moderation/items/{comment.pk}/']")


def test_secretariat_can_hide_hostile_comment_and_facebook_confirms(
    page, screenshot, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: dialogs.append(f"pageerror: {error}"))
    hostile = resident_comment(connected_pages[0], SCRIPTED, author="501", name="匿名 一郎")
    assert Flag.objects.filter(comment=hostile, clause="defamation").exists()

    sign_in(page, secretariat_user.username)
    page.goto("/moderation/")
    assert page.inner_text("h1") == "コメント確認"
    row = row_for(page, hostile)
    # The match is highlighted, the HTML is text: no image, no script ran.
    assert row.locator("mark").first.inner_text() == "バカ"
    assert "<img src=x onerror=alert(1)><script>alert(2)</script>" in row.inner_text()
    assert row.locator(".untrusted img, .untrusted script").count() == 0
    screenshot("review-01-queue")

    # Keyboard: j moves to the first row, o opens it.
    page.locator("h1").click()
    page.keyboard.press("j")
    assert "review-row--current" in (page.locator("tr.review-row").first.get_attribute("class"))
    page.keyboard.press("o")
    page.wait_for_url(re.compile(rf"/moderation/items/{hostile.pk}/$"))
    text = page.locator("#comment-text")
    assert text.locator("mark").first.inner_text() == "バカ"
    assert "<script>alert(2)</script>" in text.inner_text()
    assert page.locator(".untrusted img, .untrusted script").count() == 0

    # Keyboard: h picks "hide" and puts the cursor in the reason.
    page.locator("h1").click()
    page.keyboard.press("h")
    assert page.locator("input[name=action][value=hide]").is_checked()
    assert page.evaluate("document.activeElement.name") == "reason"
    page.keyboard.type(REASON)
    page.select_option("select[name=clause]", "defamation")
    screenshot("review-02-item-deciding")
    page.get_by_role("button", name="判断を記録", exact=True).click()
    page.wait_for_url(re.compile(rf"/moderation/items/{hostile.pk}/$"))
    # Not shown as hidden before Facebook confirms.
    assert page.locator("#pending-action").is_visible()
    assert "Facebookで非表示" not in page.inner_text(".props")
    decision = Decision.objects.get(comment=hostile)
    assert decision.action == "hide" and decision.clause == "defamation"
    assert decision.reason == REASON and decision.actor == secretariat_user

    assert run_outbox() == 1
    assert graph_simulator.world.comment_state(hostile.facebook_id)["is_hidden"] is True
    page.reload()
    assert "Facebookで非表示" in page.inner_text(".props")
    assert page.locator("#pending-action").count() == 0
    assert REASON in page.inner_text(".timeline")
    screenshot("review-03-item-hidden")

    page.goto("/moderation/outbox/")
    outbox = page.locator("#outbox tbody tr").first
    assert "非表示" in outbox.inner_text() and "反映済み" in outbox.inner_text()
    screenshot("review-04-outbox")

    page.goto("/moderation/audit/")
    audit = page.inner_text("#audit")
    assert REASON in audit and "secretariat" in audit
    assert AuditEntry.objects.filter(comment=hostile, event="decision").count() == 1
    screenshot("review-05-audit-log")
    assert dialogs == []


def test_secretariat_can_keep_two_comments_in_bulk(
    page, screenshot, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="601")
    second = resident_comment(connected_pages[1], "このクズが", author="602")
    third = resident_comment(connected_pages[2], "お前はクズだ", author="603")
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/")
    # Keyboard: x toggles the current row's checkbox.
    page.locator("h1").click()
    rows = page.locator("tr.review-row")
    assert rows.count() == 3
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert rows.nth(0).locator("input[name=selected]").is_checked()
    page.keyboard.press("x")
    assert not rows.nth(0).locator("input[name=selected]").is_checked()

    row_for(page, first).locator("input[name=selected]").check()
    row_for(page, second).locator("input[name=selected]").check()
    page.select_option("#bulk-form select[name=action]", "keep")
    page.select_option("#bulk-form select[name=clause]", "defamation")
    page.fill("#bulk-form [name=reason]", "地域の方言による軽口で、誹謗中傷に当たらない")
    screenshot("review-06-bulk-selection")
    page.get_by_role("button", name="選択したコメントに判断を記録").click()
    page.wait_for_url(re.compile(r"/moderation/"))
    assert "2件" in page.inner_text(".messages, [role=status], main")
    kept = set(Decision.objects.filter(action="keep").values_list("comment_id", flat=True))
    assert kept == {first.pk, second.pk}
    assert not Decision.objects.filter(comment=third).exists()
    assert not Flag.objects.filter(comment__in=[first, second], decision__isnull=True).exists()
    assert ModerationAction.objects.count() == 0  # keeping asks nothing of Facebook

    page.goto("/moderation/rules/report/")
    report = page.locator("#rule-report tr[data-rule='defamation-insults-ja']")
    assert report.count() == 1
    screenshot("review-07-rule-report")


def test_secretariat_can_backtest_a_rule_change(
    page, screenshot, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    resident_comment(
        connected_pages[0], "ゴミ収集の日程を教えてください。ポンコツな案内だ", author="7"
    )
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/rules/defamation-insults-ja/edit/")
    terms = page.locator("textarea[name=terms]")
    terms.fill(terms.input_value() + "\nポンコツ")
    page.get_by_role("button", name="保存前に事前検証").click()
    page.wait_for_selector("#backtest")
    assert int(page.inner_text("[data-testid=bt-new]").removesuffix("件")) >= 1
    assert "ポンコツ" in page.inner_text("#backtest mark")
    screenshot("review-08-backtest")


def test_queue_reads_in_english(
    page, screenshot, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    resident_comment(connected_pages[0], SCRIPTED, author="801")
    resident_comment(connected_pages[1], "担当者の電話は090-1234-5678です", author="802")
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/")
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    page.goto("/moderation/")
    assert page.inner_text("h1") == "Review queue"
    assert "<script>alert(2)</script>" in page.inner_text("table.review-queue")
    screenshot("review-09-queue-en")
