"""The flagged comment page's links (コメント確認 · 次へ · 監査の履歴) on a phone and a desk:
the words sit evenly around their separators. Each link is a 44 px touch target on the phone;
a short one (次へ) used to be stretched on its right only, leaving a wide hole before the
next separator."""

from __future__ import annotations

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_review_journey import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The left and right edges of the visible text of each link and separator, in order.
TEXT_EDGES = """() => Array.from(document.querySelectorAll(".item-nav a, .item-nav__sep"))
  .map(el => { const range = document.createRange(); range.selectNodeContents(el);
               const r = range.getBoundingClientRect();
               return {text: el.textContent.trim(), left: r.left, right: r.right, top: r.top}; })"""


def test_item_page_links_are_evenly_spaced_on_a_phone_and_a_desk(
    page, screenshot, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="501", name="匿名 一郎")
    resident_comment(connected_pages[0], "お前はアホだ", author="502", name="匿名 二郎")
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/items/{first.pk}/")
    for size in (PHONE, DESKTOP):
        page.set_viewport_size(size)
        edges = page.evaluate(TEXT_EDGES)
        links = [e for e in edges if e["text"] != "·"]
        assert [e["text"] for e in links] == ["コメント確認", "次へ", "監査の履歴"]
        assert len({round(e["top"]) for e in edges}) <= 2  # one line (the dot sits a bit lower)
        # From one word to the next: the same distance each time.
        between = [links[i + 1]["left"] - links[i]["right"] for i in range(len(links) - 1)]
        assert max(between) - min(between) <= 2, (size, between)
        # And each dot in the middle, clear of both words.
        assert [e["text"] for e in edges] == ["コメント確認", "·", "次へ", "·", "監査の履歴"]
        gaps = [edges[i + 1]["left"] - edges[i]["right"] for i in range(len(edges) - 1)]
        assert max(gaps) - min(gaps) <= 2 and min(gaps) >= 4, (size, gaps)
        screenshot(f"item-nav-{size['width']}")
