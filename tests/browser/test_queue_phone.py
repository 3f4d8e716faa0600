"""The review queue and an item on a phone (390 px) and a desk (1280 px), in Chromium: the
filter form folds behind 「絞り込み」 on the phone and says which filters are active; links and
buttons in the queue and the item page are at least 44 × 44 px there; screenshots of both
widths go to SHOT_DIR for people to look at."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.browser.conftest import Shot, shoot
from tests.browser.test_review_journey import sign_in
from tests.browser.test_secretariat_journey import flood

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOT_DIR = Path(os.environ.get("QUEUE_SHOTS", "/tmp/shots-queue"))
PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}
QUEUE_SHOTS = (
    Shot("-1280", DESK),
    Shot("-1280-first-screen", DESK, full_page=False),
    Shot("-390", PHONE),
    Shot("-390-first-screen", PHONE, full_page=False),
)

# Every link, button and disclosure in the page's main column that is shown, with its size.
SMALL_TARGETS = """() => Array.from(document.querySelectorAll(
    "main a[href], main button, main summary, main input[type=submit]"))
  .filter(el => el.offsetParent !== null && getComputedStyle(el).visibility !== "hidden")
  .map(el => { const r = el.getBoundingClientRect();
               return {text: (el.innerText || el.value || el.id || "").trim().slice(0, 30),
                       w: Math.round(r.width), h: Math.round(r.height)}; })
  .filter(t => t.w < 44 || t.h < 44)"""


def test_phone_queue_folds_its_filters_and_keeps_touch_targets(
    page, graph_simulator, connected_pages, default_rules, secretariat_user
):
    target = connected_pages[0]
    flood(graph_simulator, target, 30)
    sign_in(page, secretariat_user.username)

    page.set_viewport_size(PHONE)
    page.goto(f"/moderation/?page={target.pk}&clause=defamation&q=ばか")
    filters = page.locator("#queue-filters")
    # Folded on the phone: the first screen shows the comments, not the form ...
    assert filters.evaluate("e => e.open") is False
    assert not page.locator("#queue-filters form").is_visible()
    assert page.locator("table.review-queue tr.review-row").first.is_visible()
    # ... and the disclosure says what the queue is filtered by.
    summary = page.inner_text("#queue-filters summary")
    assert "絞り込み" in summary
    assert target.name in summary and "誹謗中傷" in summary and "ばか" in summary
    assert page.locator("#queue-filters summary").get_attribute("aria-describedby") is None
    assert page.evaluate(SMALL_TARGETS) == []
    page.click("#queue-filters summary")
    assert page.locator("#queue-filters form [name=q]").input_value() == "ばか"
    assert page.evaluate(SMALL_TARGETS) == []
    shoot(page, SHOT_DIR, "queue-filtered", QUEUE_SHOTS)

    # At a desk the form is open from the start (a reviewer filters all evening).
    page.set_viewport_size(DESK)
    page.goto(f"/moderation/?page={target.pk}")
    assert page.locator("#queue-filters form").is_visible()
    page.set_viewport_size(PHONE)
    page.goto("/moderation/")
    assert "条件なし" in page.inner_text("#queue-filters summary")
    assert not page.locator("#queue-filters form").is_visible()
    shoot(page, SHOT_DIR, "queue", QUEUE_SHOTS)

    page.locator("tr.review-row .review-link").first.click()
    page.wait_for_url(re.compile(r"/moderation/items/\d+/"))
    assert page.evaluate(SMALL_TARGETS) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, SHOT_DIR, "item", QUEUE_SHOTS)
