"""The public registry: HTML, JSON and the verify endpoint."""

import pytest

from pages.services import page_complete_withdrawal, page_decide_withdrawal, page_transition
from pages.transitions import Action
from tests.fixtures_pages import verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(approved_page, tourism_admin):
    from pages.services import page_connection_store

    connection = verified("100064512345678")
    connection = type(connection)(
        **{
            **connection.__dict__,
            "username": "ishinomakikanko",
            "facebook_url": "https://www.facebook.com/IshinomakiKanko",
        }
    )
    return page_connection_store(page_id=approved_page.pk, actor=tourism_admin, verified=connection)


def test_registry_json_lists_active_pages_without_secrets(client, listed, submitted_page):
    response = client.get("/registry.json")
    assert response.status_code == 200
    [entry] = response.json()["pages"]
    assert entry["name"] == listed.name
    assert entry["facebook_page_id"] == "100064512345678"
    assert entry["facebook_url"] == "https://www.facebook.com/IshinomakiKanko"
    assert entry["opened_on"] == listed.opened_on.isoformat()
    assert entry["department"] == "観光課"
    assert "token" not in response.content.decode().lower()
    assert (
        client.get("/registry.json?lang=en").json()["pages"][0]["department"] == "Tourism Division"
    )


def test_registry_html_in_japanese_and_english(client, listed):
    body = client.get("/registry/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert listed.name in body and "https://www.facebook.com/IshinomakiKanko" in body
    client.post("/i18n/setlang/", {"language": "en", "next": "/registry/"})
    assert "Tourism Division" in client.get("/registry/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/IshinomakiKanko",
        "http://m.facebook.com/ishinomakikanko/?ref=share#x",
        "web.facebook.com/ISHINOMAKIKANKO/",
        "https://www.facebook.com/profile.php?id=100064512345678",
        "https://facebook.com/100064512345678",
        "100064512345678",
    ],
)
def test_verify_recognises_the_page_in_its_variants(client, listed, url):
    response = client.get("/registry/verify", {"url": url})
    assert response.status_code == 200
    assert response.json()["official"] is True
    assert response.json()["page"]["name"] == listed.name


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/IshinomakiKanko2",
        "https://twitter.com/IshinomakiKanko",
        "https://www.facebook.com/123456789",
    ],
)
def test_verify_says_not_official_for_other_pages(client, listed, url):
    response = client.get("/registry/verify", {"url": url})
    assert response.status_code == 200 and response.json()["official"] is False


@pytest.mark.parametrize(
    "query", [{}, {"url": ""}, {"url": "a b"}, {"url": "x" * 5000}, {"url": "http://"}]
)
def test_verify_answers_bad_input_with_400_and_a_message(client, query):
    response = client.get("/registry/verify", query, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


def test_withdrawn_pages_leave_the_registry_but_keep_their_history(
    client, listed, tourism_admin, ict_user
):
    page_transition(
        page_id=listed.pk, action=Action.REQUEST_WITHDRAWAL, actor=tourism_admin, comment="終了"
    )
    page_decide_withdrawal(page_id=listed.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict_user)
    page_complete_withdrawal(
        page_id=listed.pk,
        actor=tourism_admin,
        closure_announced=True,
        token_revoked=True,
        records_kept=True,
    )
    assert client.get("/registry.json").json() == {"pages": []}
    from django.utils import timezone

    today = timezone.localdate().isoformat()
    assert client.get(
        "/registry/verify", {"url": "https://www.facebook.com/IshinomakiKanko"}
    ).json() == {"official": False, "withdrawn_on": today}
    # The public registry keeps the history: withdrawn, with the date.
    registry = client.get("/registry/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="withdrawn-pages"' in registry and today in registry
    client.force_login(ict_user)
    body = client.get(f"/pages/{listed.pk}/").content.decode()
    assert "終了" in body


def test_registry_json_query_budget(client, listed, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get("/registry.json")
