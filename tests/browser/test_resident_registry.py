"""A resident on a phone (390 px) checks whether Facebook pages are the city's: by words, by
department, by pasting the address as the Facebook app shares it, and by typing a name into
the address check; then switches to English and back; and does one search with the keyboard
only (skip link, Tab order, visible focus). Every page visited is swept by axe-core at 1280 and
390 px by the ``page`` fixture; screenshots go to /tmp/shots-resident/."""

from pathlib import Path

import pytest

from guidelines.models import OperatingPolicy, OperatingPolicyClause
from guidelines.seed import operating_policy_seed
from pages.services import page_connection_store, page_decide_application, page_submit
from pages.transitions import Action
from tests.browser.conftest import PHONE, Shot, check_page, shoot
from tests.fixtures_pages import verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots-resident")
AS_IS = (Shot(""),)  # the viewport the test chose
FISH_ID = "100064599990001"


@pytest.fixture
def two_listed(active_page, make_application, fisheries, fisheries_admin, trained, ict_user):
    page = make_application(actor=fisheries_admin, department=fisheries, name="石巻の魚")
    trained(fisheries_admin)
    page_submit(page_id=page.pk, actor=fisheries_admin)
    page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict_user)
    fish = page_connection_store(page_id=page.pk, actor=fisheries_admin, verified=verified(FISH_ID))
    return active_page, fish


def rows(page) -> list[str]:
    return page.locator("table.registry tbody tr").all_inner_texts()


def test_resident_finds_pages_by_words_department_address_and_name(page, two_listed, fisheries):
    page.set_viewport_size(PHONE)
    page.goto("/registry/")
    assert len(rows(page)) == 2

    # By words, typed full-width as a Japanese keyboard does.
    page.get_by_label("ページ名・担当課・アドレス").fill("水産")
    page.get_by_role("button", name="検索", exact=True).click()
    assert page.locator("#registry-result").inner_text() == "該当する公式ページ：1件"
    assert len(rows(page)) == 1 and "石巻の魚" in rows(page)[0]
    shoot(page, SHOTS, "01-search-words-390", AS_IS)

    # By department.
    page.get_by_role("link", name="すべてのページを表示").click()
    page.get_by_role("combobox", name="担当課").select_option(fisheries.code)
    page.get_by_role("button", name="検索", exact=True).click()
    assert len(rows(page)) == 1 and "石巻の魚" in rows(page)[0]

    # A fake address: no match, and the way to the check.
    page.get_by_label("ページ名・担当課・アドレス").fill("https://www.facebook.com/ishinomaki.fake")
    page.get_by_role("combobox", name="担当課").select_option("")
    page.get_by_role("button", name="検索", exact=True).click()
    assert "該当する公式ページはありません" in page.inner_text("main")
    shoot(page, SHOTS, "02-search-none-390", AS_IS)

    # The address check, with the address as the Facebook app shares it.
    page.get_by_role("link", name="市のページかどうか確かめる").first.click()
    page.get_by_label("Facebookのアドレス（URL）").fill(
        f"https://m.facebook.com/{FISH_ID}/?mibextid=ZbWKwL"
    )
    page.get_by_role("button", name="確かめる").click()
    assert "石巻市の公式ページです" in page.locator("#verify-answer").inner_text()

    # A name typed into the address check leads to the search, not to "not official".
    page.get_by_label("Facebookのアドレス（URL）").fill("石巻の魚")
    page.get_by_role("button", name="確かめる").click()
    answer = page.locator("#verify-answer").inner_text()
    assert "アドレスではなく名前です" in answer and "公式ページではありません" not in answer
    shoot(page, SHOTS, "03-check-name-390", AS_IS)
    page.get_by_role("link", name="公式ページ一覧で「石巻の魚」を探す").click()
    assert len(rows(page)) == 1 and "石巻の魚" in rows(page)[0]


def test_resident_switches_to_english_and_back(page, two_listed):
    # The portal's root asks for a staff sign-in; the resident finds the public pages there.
    page.goto("/")
    page.locator("#for-residents").get_by_role("link", name="公式ページ一覧").click()
    page.wait_for_url("**/registry/")
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert "official Facebook pages" in page.inner_text("h1")
    page.get_by_label("Page name, department or address").fill("fisheries")
    page.get_by_role("button", name="Search").click()
    assert len(rows(page)) == 1 and "石巻の魚" in rows(page)[0]
    shoot(page, SHOTS, "04-english-search-1280", AS_IS)
    check_page(page, label="registry search in English")
    page.get_by_role("button", name="日本語").click()
    page.wait_for_load_state()
    assert "公式Facebookページ一覧" in page.inner_text("h1")


def focused(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
            return {tag: e.tagName, name: e.name || "", id: e.id || "", text: (e.innerText||"").trim(),
                    outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0,
                    shadow: s.boxShadow !== "none"}; }"""
    )


def test_resident_searches_with_the_keyboard_only(page, two_listed):
    page.set_viewport_size(PHONE)
    page.goto("/registry/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["text"] == "本文へ移動" and (first["outline"] or first["shadow"])
    page.keyboard.press("Enter")
    # From the main content, Tab reaches the search box before the list of pages.
    for _ in range(6):
        page.keyboard.press("Tab")
        if focused(page)["name"] == "q":
            break
    state = focused(page)
    assert state["name"] == "q" and (state["outline"] or state["shadow"])
    page.keyboard.type("観光")
    page.keyboard.press("Enter")
    page.wait_for_url("**/registry/?q=*")
    assert len(rows(page)) == 1 and "石巻市観光課" in rows(page)[0]


def test_resident_jumps_to_the_prohibited_posts_on_a_phone(page):
    # A transactional test empties the tables after each test, the migration's version 1 too.
    operating_policy_seed(OperatingPolicy, OperatingPolicyClause)
    page.set_viewport_size(PHONE)
    page.goto("/policy/")
    toc = page.get_by_role("navigation", name="このページの内容")
    toc.get_by_role("link", name="禁止事項").click()
    page.wait_for_url("**/policy/#policy-prohibited")
    heading = page.locator("#policy-prohibited h2")
    assert heading.inner_text() == "禁止事項"
    top = heading.evaluate("e => e.getBoundingClientRect().top")
    assert 0 <= top < PHONE["height"] / 2
    assert "市の対応" in page.locator("#policy-prohibited").inner_text()
    shoot(page, SHOTS, "05-policy-prohibited-390", AS_IS)
