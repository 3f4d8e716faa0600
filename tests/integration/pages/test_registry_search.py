"""A resident finds a page in the public registry by words, department or a pasted address,
and the address check sends a typed name to that search instead of answering "not official"."""

import pytest

from pages.services import (
    page_connection_store,
    page_decide_application,
    page_submit,
)
from pages.transitions import Action
from tests.fixtures_pages import verified, withdraw

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_listed(active_page, make_application, fisheries, fisheries_admin, trained, ict_user):
    """The tourism page (active_page) and a fisheries page, both in the registry."""
    page = make_application(actor=fisheries_admin, department=fisheries, name="石巻の魚")
    trained(fisheries_admin)
    page_submit(page_id=page.pk, actor=fisheries_admin)
    page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict_user)
    fish = page_connection_store(
        page_id=page.pk, actor=fisheries_admin, verified=verified("100064599990001")
    )
    return active_page, fish


def names(response) -> set[str]:
    return {page.name for page, _entry in response.context["entries"]}


def test_registry_lists_every_page_without_a_search(client, two_listed):
    response = client.get("/registry/", HTTP_ACCEPT_LANGUAGE="ja")
    assert names(response) == {"石巻市観光課", "石巻の魚"}
    assert "該当する公式ページ" not in response.content.decode()


@pytest.mark.parametrize("words", ["観光", "観光課　石巻", "tourism", "ＴＯＵＲＩＳＭ division"])
def test_search_by_words_finds_the_tourism_page(client, two_listed, words):
    response = client.get("/registry/", {"q": words}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    assert names(response) == {"石巻市観光課"}
    assert "該当する公式ページ：1件" in response.content.decode()


@pytest.mark.parametrize(
    "address",
    [
        "https://m.facebook.com/100064599990001/?mibextid=ZbWKwL",
        "fb.com/100064599990001",
        "ｗｗｗ．ｆａｃｅｂｏｏｋ．ｃｏｍ／１０００６４５９９９９０００１／",
    ],
)
def test_search_by_pasted_address_finds_its_page(client, two_listed, address):
    response = client.get("/registry/", {"q": address}, HTTP_ACCEPT_LANGUAGE="ja")
    assert names(response) == {"石巻の魚"}


def test_search_by_department(client, two_listed, fisheries):
    response = client.get("/registry/", {"department": fisheries.code}, HTTP_ACCEPT_LANGUAGE="ja")
    assert names(response) == {"石巻の魚"}


def test_search_without_a_match_says_so_in_japanese(client, two_listed):
    response = client.get("/registry/", {"q": "ishinomaki.fake"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    assert names(response) == set()
    body = response.content.decode()
    assert "該当する公式ページはありません" in body and "/registry/check/" in body


def test_unknown_department_is_a_message_not_a_500(client, two_listed):
    response = client.get("/registry/", {"department": "nope"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    assert "正しく選択してください" in response.content.decode()
    assert names(response) == {"石巻市観光課", "石巻の魚"}


@pytest.mark.parametrize("typed", ["石巻市観光課", "観光課", "　観光　"])
def test_check_sends_a_typed_name_to_the_search(client, two_listed, typed):
    response = client.get("/registry/check/", {"url": typed}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    body = response.content.decode()
    assert "アドレスではなく名前です" in body
    assert "市の公式ページではありません" not in body
    assert "/registry/?q=" in body


@pytest.mark.parametrize("typed", ["https://example.com/x", "javascript:alert(1)", "example.com"])
def test_check_still_answers_not_official_for_another_address(client, two_listed, typed):
    response = client.get("/registry/check/", {"url": typed}, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert "市の公式ページではありません" in body and "アドレスではなく名前です" not in body


def test_check_reads_a_full_width_address(client, two_listed):
    response = client.get(
        "/registry/check/",
        {"url": "ｗｗｗ．ｆａｃｅｂｏｏｋ．ｃｏｍ／１０００６４５９９９９０００１"},
    )
    assert response.status_code == 200
    assert "石巻市の公式ページです" in response.content.decode()


def test_registry_speaks_to_residents_not_staff(client, two_listed):
    """The staff term 活用方針 and the developers' JSON links are not in the resident's way."""
    body = client.get("/registry/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "活用方針" not in body and "発信する内容" in body
    before_details, _, in_details = body.partition("<details")
    assert "JSON" not in before_details and "JSON" in in_details
    check = client.get("/registry/check/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "JSON" not in check.partition("<details")[0]


def test_a_resident_at_the_portal_root_is_shown_the_public_pages(client):
    """/ asks for a staff sign-in; a resident who lands there is not left at a dead end."""
    response = client.get("/", follow=True, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert "職員ログイン" in body and "市民の皆さまへ" in body
    for url in ("/registry/", "/registry/check/", "/policy/"):
        assert f'href="{url}"' in body, url


def test_too_long_input_gets_a_plain_japanese_message(client, two_listed):
    check = client.get("/registry/check/", {"url": "a" * 2100}, HTTP_ACCEPT_LANGUAGE="ja")
    assert check.status_code == 400
    assert "アドレスが長すぎます" in check.content.decode()
    search = client.get("/registry/", {"q": "a" * 300}, HTTP_ACCEPT_LANGUAGE="ja")
    assert search.status_code == 200
    assert "200文字以内で入力してください" in search.content.decode()


def test_withdrawn_pages_name_the_department_in_english(
    client, active_page, tourism_admin, ict_user
):
    withdraw(active_page, admin=tourism_admin, ict=ict_user)
    client.post("/i18n/setlang/", {"language": "en", "next": "/registry/"})
    withdrawn = client.get("/registry/").content.decode().partition('id="withdrawn-pages"')[2]
    assert "Tourism Division「石巻市観光課」" in withdrawn and "観光課「" not in withdrawn
    client.post("/i18n/setlang/", {"language": "ja", "next": "/registry/"})
    withdrawn = client.get("/registry/").content.decode().partition('id="withdrawn-pages"')[2]
    assert "観光課「石巻市観光課」" in withdrawn


def test_check_answers_lead_on_not_to_a_dead_end(client, two_listed):
    official = client.get(
        "/registry/check/", {"url": "https://www.facebook.com/100064599990001"}
    ).content.decode()
    answer = official.partition('id="verify-answer"')[2].partition("</section>")[0]
    assert "石巻市の公式ページです" in answer and 'href="/policy/"' in answer
    fake = client.get(
        "/registry/check/", {"url": "https://www.facebook.com/ishinomaki.fake"}
    ).content.decode()
    answer = fake.partition('id="verify-answer"')[2].partition("</section>")[0]
    assert "公式ページではありません" in answer and 'href="/registry/"' in answer


def test_search_for_a_reported_fake_page_warns(client, two_listed, ict_user):
    from incidents.services import impersonation_report_create

    impersonation_report_create(
        actor=ict_user,
        fake_url="https://www.facebook.com/ishinomaki.city.fake",
        reported_by_name="市民からの電話",
    )
    response = client.get(
        "/registry/",
        {"q": "https://m.facebook.com/ishinomaki.city.fake/?ref=share"},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert names(response) == set()
    warning = response.content.decode().partition('id="registry-search-warning"')[2]
    assert "ishinomaki.city.fake" in warning.partition("</p>")[0]
    # Another address that finds nothing gets no warning.
    other = client.get("/registry/", {"q": "https://www.facebook.com/someone.else"})
    assert 'id="registry-search-warning"' not in other.content.decode()


def test_operating_policy_has_a_table_of_contents_whose_links_resolve(client):
    import re

    body = client.get("/policy/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    toc = body.partition('aria-labelledby="policy-toc-heading"')[2].partition("</nav>")[0]
    targets = re.findall(r'href="#([\w-]+)"', toc)
    assert "禁止事項" in toc and len(targets) == 5
    for target in targets:
        assert f'id="{target}"' in body, target
