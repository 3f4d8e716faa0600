"""A new secretariat clerk's walk on a phone (390 px) and at a desk (1280 px), in Chromium:
the comment queue, a comment, the learned models, the rules, a rule's edit form and the rule
report (each page swept by axe-core at both widths by the ``page`` fixture). Screenshots go
to WALK_SHOTS for people to look at.

In the queue, a comment flagged by several rules of one clause shows that clause's long
label once, then one short chip per rule (the label repeated in every chip, 「暴力的・脅迫的な
表現（犯罪予告を含む）：脅迫（…）」, wrapped over many lines on a phone). The item's title says
「緊急」 once; a folded detail keeps its triangle on a phone; the phone cards of the rule
list and the rule report put each label and its value on one line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scoring.services import scorer_train, training_examples_import
from tests.browser.conftest import PHONE, shoot
from tests.browser.test_review_journey import sign_in
from tests.integration.scoring.test_labels_and_access import _labels

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]

SHOT_DIR = Path(os.environ.get("WALK_SHOTS", "/tmp/shots-walk9"))
DESK = {"width": 1280, "height": 900}
THREAT = "市長さん、夜道には気をつけた方がいいですよ。包丁を持って市役所に行くから覚悟しておいて🔪"


def _assert_one_line_cells(page, selector: str) -> None:
    """On a phone, each of these cells starts its value on its label's line (label above
    value made a card of five figures 400 px tall, and the page ran to 100 000 px): the
    value's first line is as high as the cell's top, not a label's height below it."""
    drops = page.locator(selector).evaluate_all(
        """tds => tds.filter(td => td.offsetParent !== null && td.innerText.trim()).map(td => {
             const range = document.createRange(); range.selectNodeContents(td);
             return range.getClientRects()[0].top - td.getBoundingClientRect().top; })"""
    )
    assert drops, selector
    assert max(drops) < 12, (selector, max(drops))


def test_clerk_reads_each_clause_once_in_the_queue_on_a_phone(
    page, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], THREAT)
    resident_comment(connected_pages[0], "お前はバカだ", author="9002")
    training_examples_import(lines=_labels(20), source_name="labels.jsonl")
    model = scorer_train(actor=None, trigger="command")

    sign_in(page, secretariat_user.username)
    page.set_viewport_size(PHONE)
    page.goto("/moderation/")
    row = page.locator(f"tr.review-row[data-item-url='/moderation/items/{comment.pk}/']")
    groups = row.locator(".flag-group[data-clause='threat']")
    assert groups.count() == 1
    label = groups.locator(".flag-group__clause").inner_text()
    assert label == "暴力的・脅迫的な表現（犯罪予告を含む）"
    chips = groups.locator(".badge")
    assert chips.count() >= 2, "the example should fire several threat rules"
    texts = chips.all_inner_texts()
    assert not any(label in text or "：" in text for text in texts), texts
    # Each chip fits the phone's column (no chip wider than its cell).
    too_wide = row.evaluate(
        """tr => Array.from(tr.querySelectorAll('.badge')).filter(b =>
             b.getBoundingClientRect().right > tr.getBoundingClientRect().right + 1).length"""
    )
    assert too_wide == 0
    shoot(page, SHOT_DIR, "queue")
    # At a desk the page's name is not squeezed to a word a line.
    page.set_viewport_size(DESK)
    assert row.locator("td.col-page").evaluate("td => td.getBoundingClientRect().width") >= 168
    page.set_viewport_size(PHONE)

    page.goto(f"/moderation/items/{comment.pk}/")
    # Three threat rules fired: the title says 「緊急」 once, not once per flag.
    assert page.locator("h1 .status").all_inner_texts() == ["緊急"]
    # A folded detail still looks like something to open on a phone (its triangle).
    marker = page.locator("details.tech-detail > summary").first.evaluate(
        "s => getComputedStyle(s, '::before').content"
    )
    assert "▶" in marker, marker
    shoot(page, SHOT_DIR, "item")
    page.goto("/scoring/models/")
    shoot(page, SHOT_DIR, "scorer-list")
    page.goto(f"/scoring/models/{model.version}/")
    shoot(page, SHOT_DIR, "scorer-model")
    page.goto("/moderation/rules/")
    _assert_one_line_cells(page, "table.data--inline-labels td[data-label]")
    shoot(page, SHOT_DIR, "rules")
    page.goto("/moderation/rules/threat-weapons/edit/")
    shoot(page, SHOT_DIR, "rule-edit")
    page.goto("/moderation/rules/report/")
    _assert_one_line_cells(page, "#rule-report td.num")
    shoot(page, SHOT_DIR, "rule-report")
