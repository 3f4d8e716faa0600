"""A new secretariat member's first evening, in Chromium at a desk (1280 px) and on a phone
(390 px): the queue, a comment and its keep / hide / delete decision, the rule list and a
rule's form. Screenshots go to WALK_SHOTS.

What the walk fixed, each checked by what the clerk sees:

* The flags table of a comment gives its 条項 (clause) column room: a clause's name is not
  broken three letters a line at a desk.
* On a phone each decision choice is on one line (投稿者をブロ / ック was not), and the
  keyboard hints are left for the desk.
* A label and its value are joined by a Japanese colon (Facebookへの反映待ち：削除).
* The rule list's 対応 column keeps 確認待ちにする on one line at a desk.
* The rule form reads each notation line out as it is typed (a same-origin script asks the
  portal, a moment after the last key), not only after 事前検証; without the script the
  list is the one the page was drawn with, as before.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from moderation.models import Decision
from moderation.services import rule_create
from tests.browser.conftest import BOTH_WIDTHS, DESKTOP, PHONE, Shot, check_page, shoot
from tests.browser.test_review_journey import row_for, sign_in
from tests.conftest import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]

SHOT_DIR = Path(os.environ.get("WALK_SHOTS", "/tmp/walk11"))
# The whole page at both widths, and what a phone shows first.
WALK_SHOTS = (*BOTH_WIDTHS, Shot("-390-first-screen", PHONE, full_page=False))
INSULT = "お前はバカだ。市役所の職員は税金泥棒、さっさと辞めろ"
THREAT = "市長さん、夜道には気をつけた方がいいですよ。包丁を持って市役所に行くから覚悟しておいて🔪"

# How many lines an element's text runs to (its text's boxes, told apart by their tops).
LINES = """el => { const tops = []; const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) { const node = walker.currentNode; if (!node.textContent.trim()) continue;
    const range = document.createRange(); range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top); }
  tops.sort((a, b) => a - b);
  return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 8).length; }"""


def test_clerk_walks_from_the_queue_to_keep_hide_and_delete(
    page, connected_pages, resident_comment, secretariat_user
):
    insult = resident_comment(connected_pages[0], INSULT, author="61")
    threat = resident_comment(connected_pages[0], THREAT, author="62")
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/")
    # The Facebook actions line reads as label：counts (it was 「Facebook操作 : 」).
    assert page.locator(".outbox-line").inner_text().startswith("Facebook操作：")
    assert page.locator(".lead .keyboard-hint").is_visible()
    page.set_viewport_size(PHONE)
    assert not page.locator(".lead .keyboard-hint").is_visible()  # no keys on a phone
    page.set_viewport_size(DESKTOP)
    shoot(page, SHOT_DIR, "01-queue", WALK_SHOTS)

    row_for(page, insult).locator("a.review-excerpt").click()
    page.wait_for_url(re.compile(rf"/moderation/items/{insult.pk}/"))
    # At a desk the clause's name has room: 個人・団体への誹謗中傷 on at most two lines
    # (it was three characters a line, 個人・団 / 体への誹 / 謗中傷).
    clauses = page.locator("#flags-heading + .table-wrap td.col-clause")
    assert clauses.count() >= 1
    for index in range(clauses.count()):
        assert clauses.nth(index).evaluate(LINES) <= 2, clauses.nth(index).inner_text()
    # ...and the rule names beside them still read as words, the table inside its card.
    names = page.locator("#flags-heading + .table-wrap td.col-rule a")
    for index in range(names.count()):
        assert names.nth(index).evaluate(LINES) <= 3, names.nth(index).inner_text()
    wrap = page.locator("#flags-heading + .table-wrap")
    assert wrap.evaluate("w => w.scrollWidth - w.clientWidth") <= 0
    assert page.locator("#decision-keys").is_visible()  # keys at a desk
    shoot(page, SHOT_DIR, "02-item", WALK_SHOTS)

    # A false flag kept: no clause needed, the reason said.
    page.locator("input[name=action][value=keep]").check()
    page.fill("textarea[name=reason]", "行政への批判で、個人への中傷ではないため維持します。")
    page.get_by_role("button", name="判断を記録", exact=True).click()
    page.wait_for_url(re.compile(rf"/moderation/items/{insult.pk}/"))
    assert Decision.objects.filter(comment=insult, action="keep").exists()
    shoot(page, SHOT_DIR, "03-item-kept", WALK_SHOTS)

    # The threat, on a phone: hidden, then deleted after the confirmation.
    page.set_viewport_size(PHONE)
    page.goto(f"/moderation/items/{threat.pk}/")
    # Each choice on one line (投稿者をブロック broke as 投稿者をブロ / ック), no keys to press.
    choices = page.locator(".decision-choice")
    for index in range(choices.count()):
        assert choices.nth(index).evaluate(LINES) == 1, choices.nth(index).inner_text()
    assert not page.locator("#decision-keys").is_visible()
    # The hiding the rule asked for, waiting for Facebook: a Japanese colon after the label.
    assert page.locator("#pending-action").inner_text() == "Facebookへの反映待ち：非表示"
    shoot(page, SHOT_DIR, "04-threat", WALK_SHOTS)
    page.locator("input[name=action][value=delete]").check()
    page.select_option("select[name=clause]", "threat")
    page.fill("textarea[name=reason]", "脅迫のため削除し、警察に相談します。")
    page.get_by_role("button", name="判断を記録", exact=True).click()
    confirm = page.get_by_role("button", name="はい、削除")
    confirm.wait_for()
    check_page(page, label="delete confirmation")
    shoot(page, SHOT_DIR, "05-delete-confirm", WALK_SHOTS)
    confirm.click()
    page.wait_for_url(re.compile(rf"/moderation/items/{threat.pk}/"))
    assert Decision.objects.filter(comment=threat, action="delete").exists()
    assert page.locator("#pending-action").inner_text() == "Facebookへの反映待ち：削除"
    shoot(page, SHOT_DIR, "06-threat-deleted", WALK_SHOTS)


def test_rule_list_keeps_flag_for_review_on_one_line_at_a_desk(
    page, default_rules, secretariat_user
):
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/rules/")
    cells = page.locator("td[data-label='対応']", has_text="確認待ちにする")
    assert cells.count() >= 1
    for index in range(min(cells.count(), 10)):
        assert cells.nth(index).evaluate(LINES) == 1
    # nor its column's heading 重大度 (it read 重大 / 度)
    heading = page.locator("th", has_text="重大度").first
    assert heading.evaluate(LINES) == 1
    first = page.locator("section.card", has=cells.first).first
    first.scroll_into_view_if_needed()
    first.screenshot(path=str(SHOT_DIR / "07-rule-list-group-1280.png"))
    page.set_viewport_size(PHONE)
    first.screenshot(path=str(SHOT_DIR / "07-rule-list-group-390.png"))


def test_rule_form_reads_the_lines_out_as_they_are_typed(page, default_rules, secretariat_user):
    rule = rule_create(
        actor=secretariat_user,
        slug="walk11-knives",
        name="刃物の予告（歩き方11）",
        clause="threat",
        kind="pattern",
        config={"predicate": ["持って行くぞ"], "target": ["包丁", "ナイフ"]},
    )
    troubles: list[str] = []
    page.on("console", lambda m: m.type == "error" and troubles.append(m.text))
    page.on("pageerror", lambda error: troubles.append(str(error)))
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/rules/{rule.slug}/edit/")
    edit_url = page.url
    meaning = page.locator("#id_target_meaning")
    assert meaning.count() == 0  # 包丁 and ナイフ need no reading

    # A notation line typed: read out under its box without pressing anything.
    page.fill("textarea[name=target]", "包丁\nlemma:刺す/命令形")
    meaning.wait_for(state="attached")
    assert meaning.locator("summary").inner_text() == "各行の意味（記法を使った行 1 行）"
    meaning.locator("summary").click()
    assert meaning.locator("dt").inner_text() == "2 行目 lemma:刺す/命令形"
    assert "命令形で終わるときだけ" in meaning.locator("dd").inner_text()
    assert page.url == edit_url and page.locator("#backtest").count() == 0
    shoot(page, SHOT_DIR, "08-rule-form-live", WALK_SHOTS)

    # A condition the engine refuses: the list opens on it by itself.
    page.fill("textarea[name=target]", "包丁\nlemma:刺す/命令形\nlemma:刺す/命令")
    page.locator("#id_target_meaning dd.notation-problem").wait_for()
    assert page.locator("#id_target_meaning").get_attribute("open") is not None
    assert "この行は保存できません" in page.locator("#id_target_meaning").inner_text()
    assert "記法を使った行 2 行" in page.locator("#id_target_meaning summary").inner_text()
    check_page(page, label="rule form read out as typed")
    shoot(page, SHOT_DIR, "09-rule-form-live-problem", WALK_SHOTS)

    # Back to plain words: nothing left to read out.
    page.fill("textarea[name=target]", "包丁")
    meaning.wait_for(state="detached")
    # Another box reads out its own lines, under itself.
    page.fill("textarea[name=predicate]", "substr:持って行く")
    page.locator("#id_predicate_meaning").wait_for(state="attached")
    predicate_field = page.locator(".field", has=page.locator("textarea[name=predicate]"))
    assert (
        predicate_field.evaluate("f => f.nextElementSibling && f.nextElementSibling.id")
        == "id_predicate_meaning"
    )
    assert troubles == []  # the script loaded under the CSP and ran without errors


def test_without_script_the_form_reads_the_lines_after_the_backtest(
    browser, live_server, default_rules, secretariat_user
):
    rule = rule_create(
        actor=secretariat_user,
        slug="walk11-nojs",
        name="刃物の予告（スクリプトなし）",
        clause="threat",
        kind="pattern",
        config={"predicate": ["持って行くぞ"], "target": ["包丁"]},
    )
    context = browser.new_context(
        locale="ja-JP", viewport=DESKTOP, base_url=live_server.url, java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.set_default_timeout(90000)
        page.goto("/accounts/login/")
        page.fill("input[name=username]", secretariat_user.username)
        page.fill("input[name=password]", PASSWORD)
        page.click("main form button[type=submit]")
        page.goto(f"/moderation/rules/{rule.slug}/edit/")
        page.fill("textarea[name=target]", "包丁\nlemma:刺す/命令形")
        page.wait_for_timeout(1000)
        assert page.locator("#id_target_meaning").count() == 0
        page.get_by_role("button", name="保存前に事前検証").click()
        page.locator("#backtest").wait_for()
        assert "命令形で終わるときだけ" in page.locator("#id_target_meaning").text_content()
    finally:
        context.close()
