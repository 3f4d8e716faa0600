"""The secretariat on a busy evening, in Chromium: every comment matching a filter hidden in
one decision (one audit row with 200 items, 200 actions carried to the simulated Facebook);
Ctrl+Enter and "次へ" keep the reviewer's filter; the search reads Japanese; crisis mode over
the comments already flagged, in the header of another page, and off with the question of
unhiding; the audit search and its Japan-time CSV; the public verify form."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from comments.models import Comment
from comments.services import page_sync
from moderation.models import AuditEntry, BulkDecision, Decision, ModerationAction
from moderation.services import comments_screen, decision_record, moderation_action_execute
from tests.browser.conftest import DESKTOP, PHONE, Shot, check_page, shoot
from tests.browser.test_review_journey import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "secretariat"
SHOT_DIR = Path(os.environ.get("SECRETARIAT_SHOTS", "/tmp/shots-secretariat"))
# At 390 px: what the phone shows first, and the whole page.
SECRETARIAT_SHOTS = (
    Shot("-1280", DESKTOP),
    Shot("-390", PHONE, full_page=False),
    Shot("-390-full", PHONE),
)


def flood(graph_simulator, page, count: int, text: str = "お前はバカだ") -> list[Comment]:
    """``count`` hostile comments on the page's first post, ingested and screened."""
    post = graph_simulator.posts(page.facebook_page_id)[0]
    ids = [
        graph_simulator.add_comment(post.id, f"{text} {i}", from_id=str(5000 + i), from_name="匿名")
        for i in range(count)
    ]
    page_sync(page_id=page.pk)
    comments = list(Comment.objects.filter(page=page, facebook_id__in=ids))
    comments_screen(comment_ids=[c.pk for c in comments])
    return comments


def test_secretariat_hides_every_comment_matching_a_filter_in_one_decision(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    target, other = connected_pages[0], connected_pages[1]
    flooded = flood(graph_simulator, target, 200)
    spared = flood(graph_simulator, other, 2)
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/?page={target.pk}")
    assert page.locator("#queue-count").get_attribute("data-count") == "200"
    # Select all on the page: the sticky bar counts them.
    page.check("#select-page")
    assert page.inner_text("[data-selected-count]") == "25"
    assert page.locator("#bulk-bar").evaluate("e => getComputedStyle(e).position") == "sticky"
    # ... then every one matching the filter.
    page.check("#scope-filter")
    assert page.inner_text("[data-selected-count]") == "200"
    page.select_option("#bulk-form select[name=action]", "hide")
    page.select_option("#bulk-form select[name=clause]", "defamation")
    page.fill("#bulk-form [name=reason]", "炎上中の侮辱コメント（運用方針・誹謗中傷）")
    shoot(page, SHOT_DIR, f"{SHOTS}-01-bulk-filter", SECRETARIAT_SHOTS)
    page.locator("#bulk-bar button[type=submit]").click()
    page.wait_for_selector("#confirm-bulk")
    assert "200件" in page.inner_text("main")
    shoot(page, SHOT_DIR, f"{SHOTS}-02-bulk-confirm", SECRETARIAT_SHOTS)
    check_page(page, label="bulk confirmation")
    page.click("#confirm-bulk")
    page.wait_for_url(re.compile(r"/moderation/"))
    assert "200件" in page.inner_text(".messages")

    batch = BulkDecision.objects.get()
    assert batch.decisions.count() == 200 and batch.source == "filter"
    rows = AuditEntry.objects.filter(event__in=["decision", "bulk_decision"])
    assert rows.count() == 1 and rows.get().batch == batch
    assert not Decision.objects.filter(comment__in=spared).exists()
    actions = list(ModerationAction.objects.filter(decision__batch=batch, kind="hide"))
    assert len(actions) == 200
    for action in actions:
        moderation_action_execute(action_id=action.pk)
    hidden = [graph_simulator.world.comment_state(c.facebook_id)["is_hidden"] for c in flooded]
    assert all(hidden)

    # The audit log shows ONE row that expands to its 200 items.
    page.goto(f"/moderation/audit/?event=bulk_decision&page={target.pk}")
    assert page.locator("#audit tbody tr").count() == 1
    page.click("#audit details.batch-items summary")
    assert page.locator("#audit details.batch-items li").count() == 200
    shoot(page, SHOT_DIR, f"{SHOTS}-03-audit-bulk-row", SECRETARIAT_SHOTS)


def test_ctrl_enter_and_next_keep_the_reviewers_filter(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    target = connected_pages[0]
    comments = flood(graph_simulator, target, 3)
    flood(graph_simulator, connected_pages[1], 2)
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/?page={target.pk}&sort=posted")
    page.locator("tr.review-row .review-link").first.click()
    page.wait_for_url(re.compile(r"/moderation/items/\d+/\?"))
    first = int(re.search(r"/items/(\d+)/", page.url).group(1))
    assert first == min(c.pk for c in comments)
    page.locator("h1").click()
    page.keyboard.press("k")  # keep: no clause needed
    page.keyboard.type("誤検知（方言）")
    page.select_option("#decision-form select[name=clause]", "")
    page.locator("#id_reason").focus()
    page.keyboard.press("Control+Enter")
    page.wait_for_url(lambda url: f"/items/{first}/" not in url)
    second = int(re.search(r"/items/(\d+)/", page.url).group(1))
    assert second in {c.pk for c in comments} - {first}
    assert parse_qs(urlsplit(page.url).query)["from"][0] == f"page={target.pk}&sort=posted"
    assert Decision.objects.get(comment_id=first).clause == ""
    # 次へ follows the same filter: never a comment on the other page.
    page.click("#next-item")
    page.wait_for_url(lambda url: f"/items/{second}/" not in url)
    third = int(re.search(r"/items/(\d+)/", page.url).group(1))
    shoot(page, SHOT_DIR, f"{SHOTS}-09-item", SECRETARIAT_SHOTS)
    assert third in {c.pk for c in comments}
    # Without a choice the portal answers in its own Japanese words (no browser bubble).
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(".error-summary")
    assert "判断を選んでください" in page.inner_text(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    check_page(page, label="decision form with errors")


def test_search_finds_the_japanese_variants_and_highlights_them(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    target = connected_pages[0]
    post = graph_simulator.posts(target.facebook_page_id)[0]
    texts = ["おまえ バカ だな", "ﾊﾞｶじゃないの", "お前は ば か だ", "今日はいい天気ですね"]
    for i, text in enumerate(texts):
        graph_simulator.add_comment(post.id, text, from_id=str(700 + i), from_name="住民")
    page_sync(page_id=target.pk)
    comments = list(Comment.objects.filter(page=target))
    comments_screen(comment_ids=[c.pk for c in comments])
    # The fair comment carries no flag, so it is not in the queue at all.
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/?q=ばか&status=all")
    marks = page.locator("table.review-queue mark.search-hit")
    found = {m.inner_text() for m in marks.all()}
    assert {"バカ", "ﾊﾞｶ", "ば か"} <= found
    shoot(page, SHOT_DIR, f"{SHOTS}-04-search", SECRETARIAT_SHOTS)


def test_crisis_mode_hides_existing_flags_shows_everywhere_and_asks_about_unhiding(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    target = connected_pages[0]
    flooded = flood(graph_simulator, target, 3)
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/pages/{target.pk}/crisis/")
    # A reason is required: the portal's own message, focus on the summary.
    page.click("#crisis-submit")
    page.wait_for_selector(".error-summary")
    assert "理由" in page.inner_text(".error-summary")
    check_page(page, label="crisis form with errors")
    page.fill("input[name=reason]", "投稿への批判が殺到（炎上）")
    page.click("#crisis-submit")
    page.wait_for_selector("#crisis-confirm")
    assert "3件" in page.inner_text("#crisis-confirm")
    shoot(page, SHOT_DIR, f"{SHOTS}-05-crisis-confirm", SECRETARIAT_SHOTS)
    check_page(page, label="crisis confirmation")
    page.click("#crisis-submit")
    page.wait_for_selector("#crisis-banner")
    hides = ModerationAction.objects.filter(comment__in=flooded, kind="hide")
    assert hides.count() == 3
    assert AuditEntry.objects.filter(event="bulk_decision").count() == 1
    # Another page shows it in the header.
    page.goto("/moderation/rules/")
    assert target.name in page.inner_text("#crisis-banner")
    shoot(page, SHOT_DIR, f"{SHOTS}-06-crisis-banner", SECRETARIAT_SHOTS)
    # Off: it asks whether to unhide what it hid.
    page.goto(f"/moderation/pages/{target.pk}/crisis/")
    assert "再表示しますか" in page.inner_text("main")
    page.check("input[name=unhide][value=on]")
    page.click("#crisis-submit")
    page.wait_for_selector("#crisis-confirm")
    assert "再表示" in page.inner_text("#crisis-confirm")
    page.click("#crisis-submit")
    page.wait_for_load_state()
    assert page.locator("#crisis-banner").count() == 0
    unhides = ModerationAction.objects.filter(comment__in=flooded, kind="unhide")
    assert unhides.count() == 3


def test_audit_search_and_japan_time_csv(
    page, graph_simulator, connected_pages, default_rules, secretariat_user, ict_user
):
    a = flood(graph_simulator, connected_pages[0], 1)[0]
    b = flood(graph_simulator, connected_pages[1], 1, text="このクズが")[0]
    decision_record(comment_id=a.pk, actor=secretariat_user, action="keep", clause="",
                    reason="=HYPERLINK(\"http://x\")")  # fmt: skip
    decision_record(comment_id=b.pk, actor=ict_user, action="hide", clause="defamation",
                    reason="侮辱のため非表示")  # fmt: skip
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/audit/")
    page.select_option("select[name=actor]", str(ict_user.pk))
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url(re.compile(r"actor="))
    assert "侮辱のため非表示" in page.inner_text("#audit")
    assert "HYPERLINK" not in page.inner_text("#audit")
    with page.expect_download() as info:
        page.click("#audit-csv")
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][1] == "日時（日本時間）" and rows[0][2] == "出来事"
    assert len(rows) == 2 and rows[1][1].endswith("+09:00")
    # The comment's page links to its audit history.
    page.goto(f"/moderation/items/{a.pk}/")
    page.click("text=監査の履歴")
    assert "HYPERLINK" in page.inner_text("#audit")


def test_verify_form_answers_official_withdrawn_and_unknown(page, graph_simulator, connected_pages):
    from accounts.models import User
    from pages.services import page_complete_withdrawal, page_decide_withdrawal, page_transition
    from pages.transitions import Action

    official, closed = connected_pages[0], connected_pages[2]
    admin = User.objects.get(username="kosodate-sim-admin")
    ict = User.objects.get(username="ict-sim-2")
    page_transition(page_id=closed.pk, action=Action.REQUEST_WITHDRAWAL, actor=admin,
                    comment="事業終了のため")  # fmt: skip
    page_decide_withdrawal(page_id=closed.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict)
    page_complete_withdrawal(page_id=closed.pk, actor=admin, closure_announced=True,
                             token_revoked=True, records_kept=True)  # fmt: skip
    page.goto("/registry/")
    page.click("text=市のページかどうか確かめる")
    page.fill("input[name=url]", official.facebook_url)
    page.click("main form button[type=submit]")
    page.wait_for_selector("#verify-answer")
    assert "公式ページです" in page.inner_text("#verify-answer")
    assert official.name in page.inner_text("#verify-answer")
    shoot(page, SHOT_DIR, f"{SHOTS}-07-verify-official", SECRETARIAT_SHOTS)
    page.fill("input[name=url]", closed.facebook_url)
    page.click("main form button[type=submit]")
    page.wait_for_selector("#verify-answer")
    assert "撤退したページです" in page.inner_text("#verify-answer")
    page.fill("input[name=url]", "https://www.facebook.com/ishinomaki.fake.page")
    page.click("main form button[type=submit]")
    page.wait_for_selector("#verify-answer")
    assert "市の公式ページではありません" in page.inner_text("#verify-answer")
    shoot(page, SHOT_DIR, f"{SHOTS}-08-verify-unknown", SECRETARIAT_SHOTS)
