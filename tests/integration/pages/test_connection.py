"""Connecting an approved page to Facebook, against the Graph API simulator over HTTP."""

import pytest

from pages.models import ConnectionState, PageStatus

pytestmark = pytest.mark.django_db


def test_department_admin_can_connect_by_pasting_a_verified_token(
    client, approved_page, tourism_admin, graph_simulator
):
    sim_page = graph_simulator.page(0)
    client.force_login(tourism_admin)
    response = client.post(
        f"/pages/{approved_page.pk}/connect/",
        {"facebook_page_id": sim_page.id, "facebook_url": "", "access_token": sim_page.token},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.ACTIVE
    assert approved_page.connection_state == ConnectionState.OK
    assert approved_page.facebook_page_id == sim_page.id
    assert approved_page.page_access_token() == sim_page.token
    body = client.get(f"/pages/{approved_page.pk}/").content.decode()
    assert sim_page.token not in body
    assert sim_page.token not in client.get("/registry.json").content.decode()


@pytest.mark.parametrize(
    ("token", "page_index", "message"),
    [
        ("EAAnot-a-real-token", 0, "無効"),
        (None, 1, "別のFacebookページ"),  # the token of page 1 for page 0
    ],
)
def test_a_bad_token_is_refused_with_a_clear_message(
    client, approved_page, tourism_admin, graph_simulator, token, page_index, message
):
    sim_page = graph_simulator.page(0)
    token = token or graph_simulator.page(page_index).token
    client.force_login(tourism_admin)
    response = client.post(
        f"/pages/{approved_page.pk}/connect/",
        {"facebook_page_id": sim_page.id, "access_token": token},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.APPROVED and not approved_page.has_token


def test_connect_form_answers_nonsense_in_japanese(client, approved_page, tourism_admin):
    client.force_login(tourism_admin)
    response = client.post(
        f"/pages/{approved_page.pk}/connect/",
        {"facebook_page_id": "abc", "facebook_url": "https://twitter.com/x", "access_token": ""},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "5〜25桁の数字" in body and "Facebookのアドレスではありません" in body
    assert "このフィールドは必須です。" in body
