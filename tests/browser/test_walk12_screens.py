"""The screens walk 12 polished, in Chromium at a desk (1280 px) and on a phone (390 px), the
moderation item page also at 1000 px. Screenshots go to WALK_SHOTS.

What the walk fixed, each checked by what the reader sees:

* A label and its value are joined by the Japanese colon 「：」, not a half-width 「:」
  (月次報告の「投稿」「条項別の検知」, the disclosure's row counts, a post's findings and
  history, the post list's corrections, an official page's history).
* The moderation item page: between 900 and 1180 px the side column no longer squeezes the
  flags table (the rule's name broke a few letters a line); the side column goes under the
  main one until there is room for both.
* The queue's flag cards on a phone: compact (the labels beside their values, not above
  them) with every value still there and every link at least 44 px.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.utils import timezone

from publishing.services import correction_request, post_publish, post_transition
from publishing.transitions import Action
from records.services import disclosure_build, disclosure_request_create
from tests.browser.conftest import BOTH_WIDTHS, DESKTOP, PHONE, Shot, check_page, shoot
from tests.browser.test_review_journey import sign_in
from tests.browser.test_walk11_screens import INSULT, LINES, THREAT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]

SHOT_DIR = Path(os.environ.get("WALK_SHOTS", "/tmp/walk12"))
NARROW_DESK = {"width": 1000, "height": 900}
ITEM_SHOTS = (*BOTH_WIDTHS, Shot("-1000", NARROW_DESK))
# A half-width colon right after a label: a letter (not a digit: 12:30, not a URL's https:).
HALF_WIDTH_LABEL = re.compile(r"[^\d\sA-Za-z/]: ?\S")


def _fits(page, name: str, shots=BOTH_WIDTHS) -> None:
    shoot(page, SHOT_DIR, name, shots, fits=True)
    check_page(page, label=name)


def _labels(page, selector: str) -> list[str]:
    texts = page.locator(selector).all_inner_texts()
    assert texts, f"nothing matched {selector}"
    return texts


def _japanese_colon(texts: list[str]) -> None:
    for text in texts:
        assert "：" in text, text
        assert not HALF_WIDTH_LABEL.search(text), text


def test_records_pages_join_labels_with_a_japanese_colon(
    page, settings, tmp_path, connected_pages, resident_comment, ict_user
):
    settings.RECORDS_EXPORT_DIR = str(tmp_path / "exports")
    resident_comment(connected_pages[0], INSULT, author="71")
    today = timezone.localdate()
    request = disclosure_request_create(
        actor=ict_user, reference="石情第12号", page_ids=[connected_pages[0].pk],
        date_from=today.replace(day=1), date_to=today, contents=["posts", "comments"],
    )  # fmt: skip
    disclosure_build(request_id=request.pk)
    sign_in(page, ict_user.username)

    page.goto(f"/records/report/?month={today:%Y-%m}")
    _fits(page, "01-monthly-report")
    # 条項別の検知 and 判断: 「個人・団体への誹謗中傷：1」 (it was 「…誹謗中傷: 1」)
    _japanese_colon(_labels(page, ".report-columns li:not(.empty)"))

    page.goto(f"/records/disclosures/{request.pk}/")
    _fits(page, "02-disclosure-detail")
    _japanese_colon(_labels(page, "ul.counts li"))


def test_publishing_pages_join_labels_with_a_japanese_colon(page, publishing_world):
    world = publishing_world
    # A phone number in a post is a finding, shown with its excerpt.
    post = world.write("お問い合わせは090-1234-5678まで。明日10時から講座を開きます。")
    returned = world.write("明後日10時から市民センターで講座を開きます。")
    post_transition(post_id=returned.pk, action=Action.SUBMIT, actor=world.operator)
    post_transition(
        post_id=returned.pk, action=Action.RETURN, actor=world.approver, comment="日時を確認"
    )
    published = world.approved("公開済みの投稿です。", seconds=-1)
    post_publish(post_id=published.pk)
    correction_request(
        actor=world.operator, post_id=published.pk, kind="delete", reason="日付の誤り"
    )
    sign_in(page, world.approver.username)

    page.goto("/posts/")
    _fits(page, "03-post-list")
    # The corrections waiting: 「削除 — kanko-writer：日付の誤り」
    _japanese_colon([t for t in _labels(page, ".pub-list .hint") if "日付の誤り" in t])

    page.goto(f"/posts/{post.pk}/")
    _fits(page, "04-post-detail")
    findings = [
        t for t in page.locator(".pub-finding p:has(> mark)").all_inner_texts() if "090" in t
    ]
    assert findings
    _japanese_colon(findings)

    page.goto(f"/posts/{returned.pk}/")
    _fits(page, "04-post-detail-returned")
    # The history: 「… 差し戻し (…) ：日時を確認」
    history = [t for t in page.locator("main li").all_inner_texts() if "日時を確認" in t]
    assert history
    _japanese_colon(history)


def test_official_page_history_joins_actor_and_action_with_a_japanese_colon(
    page, connected_pages, ict_user
):
    sign_in(page, ict_user.username)
    page.goto(f"/pages/{connected_pages[0].pk}/")
    _fits(page, "05-page-detail")
    events = _labels(page, ".timeline li")
    for text in events:
        head = text.split("\n")[0]
        assert "：" in head and not HALF_WIDTH_LABEL.search(head), head


def _rule_names_read_as_words(page) -> None:
    names = page.locator("#flags-heading + .table-wrap td.col-rule a")
    assert names.count() >= 1
    for index in range(names.count()):
        # (the first, 36 letters, took 6 lines at 1280 px and 9 at 1000)
        assert names.nth(index).evaluate(LINES) <= 3, names.nth(index).inner_text()
    # 暴力的・脅迫的な表現（犯罪予告を含む） took 4 lines at 1280 px and 7 at 1000.
    clauses = page.locator("#flags-heading + .table-wrap td.col-clause")
    for index in range(clauses.count()):
        assert clauses.nth(index).evaluate(LINES) <= 3, clauses.nth(index).inner_text()
    wrap = page.locator("#flags-heading + .table-wrap")
    assert wrap.evaluate("w => w.scrollWidth - w.clientWidth") <= 0


def test_item_page_gives_the_flags_room_at_every_desk_width(
    page, connected_pages, resident_comment, secretariat_user
):
    threat = resident_comment(connected_pages[0], THREAT, author="72")
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/items/{threat.pk}/")
    shoot(page, SHOT_DIR, "06-item", ITEM_SHOTS, fits=True)
    for size in (DESKTOP, NARROW_DESK):
        page.set_viewport_size(size)
        page.wait_for_timeout(100)
        _rule_names_read_as_words(page)
    # From 900 px up to where both columns fit, the side column goes under the main one
    # (it squeezed the flags table beside it).
    main, side = page.locator(".review-main"), page.locator(".review-side")
    assert side.bounding_box()["y"] >= main.bounding_box()["y"] + main.bounding_box()["height"]
    page.set_viewport_size(DESKTOP)
    page.wait_for_timeout(100)
    assert abs(side.bounding_box()["y"] - main.bounding_box()["y"]) < 2  # side by side
    assert page.locator("#pending-action").inner_text() == "Facebookへの反映待ち：非表示"
    check_page(page, label="item")


# Every link of the queue's cards that is shown and each selection box's target, with its size.
CARD_TARGETS = """() => Array.from(document.querySelectorAll(
    "table.review-queue tbody a[href], table.review-queue tbody label.select-hit"))
  .filter(el => el.offsetParent !== null)
  .map(el => { const r = el.getBoundingClientRect();
               return {text: (el.innerText || el.id || "").trim().slice(0, 20),
                       w: Math.round(r.width), h: Math.round(r.height)}; })"""


def test_queue_cards_are_compact_on_a_phone(
    page, connected_pages, resident_comment, secretariat_user
):
    comments = [
        resident_comment(connected_pages[0], INSULT, author="73"),
        resident_comment(connected_pages[0], THREAT, author="74"),
    ]
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/")
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(100)
    shoot(page, SHOT_DIR, "07-queue", (*BOTH_WIDTHS, Shot("-390-first-screen", PHONE, False)))
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(100)
    page.locator("table.review-queue").screenshot(path=str(SHOT_DIR / "07-queue-cards-390.png"))
    rows = page.locator("table.review-queue tbody tr")
    assert rows.count() == len(comments)
    for index in range(rows.count()):
        row = rows.nth(index)
        text = row.inner_text()
        # Everything a card said is still there: author, flags, page, department, state.
        for word in ("石巻 太郎", connected_pages[0].name, "観光課", "未判断"):
            assert word in text, (word, text)
        assert row.locator(".flag-group__clause").first.is_visible()
        assert row.locator(".flag-group .badge").first.is_visible()
        # Compact: the short values sit on their label's line (label left, value right).
        status = row.locator("td[data-label='状態']")
        assert status.evaluate(LINES) == 1, status.inner_text()
        # The card of three flags was 481 px tall, a label above each value.
        assert row.bounding_box()["height"] < 400, row.bounding_box()
    targets = page.evaluate(CARD_TARGETS)
    assert len(targets) >= 2 * len(comments)  # the author's link and the box, at least
    assert [t for t in targets if t["h"] < 44 or t["w"] < 44] == []
    # Ticking the box through its target selects the comment.
    rows.first.locator("label.select-hit").click(position={"x": 3, "y": 3})  # beside the box
    assert rows.first.locator("input[name=selected]").is_checked()
