"""The screens walk 13 polished, in Chromium at a desk (1280 px) and on a phone (390 px).
Screenshots go to WALK_SHOTS.

What the walk fixed, each checked by what the reader sees:

* A label that ended in a colon, followed by a space and its value, printed 「…： 値」 in
  Japanese (あなたの役割： 秘書広報課, キーボード： k 維持, 例： lemma:…, 承認者からの理由： …,
  Facebookとの接続にエラーがあります： …). The label is now its own message and the label
  separator joins it to the value: 「あなたの役割：秘書広報課」, and 「Your roles: …」 in English.
* Page health: the token's state and the day it was checked were one string
  (「有効 (2026-12-08)」 broke in the middle of the date at a desk), and a broken token read
  「無効: …」 with a half-width colon. The day is on its own line, whole; the error follows
  「無効：」. On a phone each value sits beside its label.
* A history's change of state is in full-width brackets in Japanese (「申請する （下書き →
  申請中）」, it was 「(下書き → 申請中)」).
* 「申請はありません。」 alone in a table on a phone is a line of text, not a bordered card
  with its text against the border.
* The flags of a comment on a phone: a card per flag with 条項・重大度・検知日時・状態 each
  beside its label (a card was about 410 px tall, a label above every value).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from comments.services import page_token_check
from publishing.services import post_transition
from publishing.transitions import Action
from tests.browser.conftest import BOTH_WIDTHS, DESKTOP, PHONE, Shot, check_page, shoot
from tests.browser.test_review_journey import sign_in
from tests.browser.test_walk11_screens import LINES, THREAT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]

SHOT_DIR = Path(os.environ.get("WALK_SHOTS", "/tmp/walk13"))
# A full-width colon with a space after it (half-width, no-break or ideographic).
COLON_SPACE = re.compile(r"：[ \u00a0\u3000]")
# How far right of its cell's left edge a cell's value starts: a label drawn above the value
# leaves it at the edge (the cell's padding), a label beside it pushes it past the label.
VALUE_INDENT = """td => { const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) { if (!walker.currentNode.textContent.trim()) continue;
    const range = document.createRange(); range.selectNodeContents(walker.currentNode);
    return range.getBoundingClientRect().left - td.getBoundingClientRect().left; }
  return 0; }"""


def _fits(page, name: str, shots=BOTH_WIDTHS) -> None:
    shoot(page, SHOT_DIR, name, shots, fits=True)
    check_page(page, label=name)


def _no_space_after_colon(page) -> str:
    text = page.inner_text("main")
    found = [text[max(m.start() - 20, 0) : m.end() + 10] for m in COLON_SPACE.finditer(text)]
    assert found == [], found
    return text


def _at(page, size) -> None:
    page.set_viewport_size(size)
    page.wait_for_timeout(100)


def test_flags_of_a_comment_are_compact_cards_on_a_phone(
    page, connected_pages, resident_comment, secretariat_user
):
    threat = resident_comment(connected_pages[0], THREAT, author="131")
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/items/{threat.pk}/")
    _fits(page, "01-item", (*BOTH_WIDTHS, Shot("-390-first-screen", PHONE, False)))
    # The keys to press, at a desk: 「キーボード：k 維持（誤検知）…」 (it was 「キーボード： k」).
    assert page.locator("#decision-keys").inner_text().startswith("キーボード：k ")
    _no_space_after_colon(page)

    _at(page, PHONE)
    page.locator("#flags-heading + .table-wrap").screenshot(
        path=str(SHOT_DIR / "01-item-flags-390.png")
    )
    rows = page.locator("#flags-heading + .table-wrap tbody tr")
    assert rows.count() == 3
    for index in range(rows.count()):
        row = rows.nth(index)
        text = row.inner_text()
        # Everything the card said is still there (the labels are drawn by CSS).
        for word in ("脅迫", "暴力的・脅迫的な表現", "第1版", "未判断", "技術的な詳細"):
            assert word in text, (word, text)
        # Each short value on its label's line (the label was above it).
        for label in ("条項", "重大度", "検知日時", "状態"):
            cell = row.locator(f"td[data-label='{label}']")
            assert cell.evaluate(VALUE_INDENT) > 50, (label, cell.inner_text())
        for label in ("重大度", "状態"):
            cell = row.locator(f"td[data-label='{label}']")
            assert cell.evaluate(LINES) == 1, cell.inner_text()
        # A card was about 410 px tall (a label above every value).
        assert row.bounding_box()["height"] < 340, row.bounding_box()
    _at(page, DESKTOP)


def test_home_health_and_page_join_labels_without_a_space(
    page, graph_simulator, connected_pages, secretariat_user
):
    broken = connected_pages[0]
    graph_simulator.set_fault("dead_token", rate=1.0, page_id=broken.facebook_page_id)
    assert page_token_check(page_id=broken.pk) is False
    sign_in(page, secretariat_user.username)

    page.goto("/")
    _fits(page, "02-home")
    lead = page.locator("main .lead").inner_text()
    assert lead.startswith("あなたの役割：秘書広報課"), lead  # 「あなたの役割： 秘書広報課」
    _no_space_after_colon(page)

    page.goto("/health/")
    _fits(page, "03-health")
    _no_space_after_colon(page)
    token = page.locator("tr.health-row[data-state=broken] td[data-label='トークン']")
    assert token.inner_text().startswith("無効："), token.inner_text()  # 「無効: …」
    checked = page.locator("tr.health-row:not([data-state=broken]) td[data-label='トークン'] .hint")
    assert checked.count() >= 1
    for index in range(checked.count()):
        # The day it was checked, whole on one line (「有効 (2026- / 12-08)」 at a desk).
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2} 確認", checked.nth(index).inner_text())
        assert checked.nth(index).evaluate(LINES) == 1
    names = page.locator("tr.health-row td.health-page .cell-value > a:first-child")
    for index in range(names.count()):
        assert names.nth(index).evaluate(LINES) == 1, names.nth(index).inner_text()
    # Facebook's error for the broken token took the row's room: 最終投稿 broke a letter a line.
    heads = page.locator("table.health-table thead th")
    for index in range(heads.count()):
        assert heads.nth(index).evaluate(LINES) == 1, heads.nth(index).inner_text()
    _at(page, PHONE)
    # On a phone a value sits beside its label (each was under it, a card 510 px tall).
    for label in ("ページ", "トークン", "最終投稿", "次回見直し"):
        cells = page.locator(f"tr.health-row td[data-label='{label}']")
        assert cells.count() == len(connected_pages)
        for index in range(cells.count()):
            assert cells.nth(index).evaluate(VALUE_INDENT) > 50, cells.nth(index).inner_text()
    rows = page.locator("tr.health-row")
    for index in range(rows.count()):
        assert rows.nth(index).bounding_box()["height"] < 440, rows.nth(index).inner_text()
    _at(page, DESKTOP)

    page.goto(f"/pages/{broken.pk}/")
    _fits(page, "04-page-broken")
    text = _no_space_after_colon(page)
    assert "Facebookとの接続にエラーがあります：" in text
    # A change of state in the history, in full-width brackets: 「（下書き → 申請中）」.
    changes = [t for t in page.locator(".timeline li").all_inner_texts() if "→" in t]
    assert changes
    for change in changes:
        assert re.search(r"（.+ → .+）", change) and "(" not in change, change

    # English reads as English: the separator is 「: 」 there.
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    page.goto("/")
    lead = page.locator("main .lead").inner_text()
    assert lead.startswith("Your roles: "), lead
    page.goto(f"/pages/{broken.pk}/")
    assert "The connection to Facebook is broken: " in page.inner_text("main")


def test_returned_post_and_notation_examples_join_labels_without_a_space(
    page, publishing_world, secretariat_user
):
    world = publishing_world
    returned = world.write("明後日10時から市民センターで講座を開きます。")
    post_transition(post_id=returned.pk, action=Action.SUBMIT, actor=world.operator)
    post_transition(
        post_id=returned.pk, action=Action.RETURN, actor=world.approver, comment="日時を確認"
    )
    sign_in(page, world.operator.username)
    page.goto(f"/posts/{returned.pk}/")
    _fits(page, "05-post-returned")
    text = _no_space_after_colon(page)
    assert "承認者からの理由：日時を確認" in text  # 「承認者からの理由： 日時を確認」

    sign_in(page, secretariat_user.username)
    page.goto("/moderation/rules/new/pattern/")
    guide = page.locator("#notation-guide")
    guide.locator("summary").click()
    _fits(page, "06-rule-form-notation")
    examples = guide.locator(".notation-example").all_inner_texts()
    assert len(examples) >= 8
    for example in examples:
        assert example.startswith("例：") and not COLON_SPACE.search(example), example


def test_an_empty_table_is_a_line_of_text_on_a_phone(page, tourism_admin):
    sign_in(page, tourism_admin.username)
    page.goto("/accounts/operator-requests/")
    _fits(page, "07-operator-requests-empty")
    _at(page, PHONE)
    empties = page.locator("table.data td.empty")
    assert empties.count() == 2  # 判断待ち and 判断済み
    for index in range(empties.count()):
        cell = empties.nth(index)
        assert cell.inner_text() == "申請はありません。"
        # Not a bordered card of its own, its text against the border.
        border = cell.evaluate("td => getComputedStyle(td.parentElement).borderLeftWidth")
        assert border == "0px", border
    _at(page, DESKTOP)
