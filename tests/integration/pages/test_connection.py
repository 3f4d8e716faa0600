"""Connecting an approved page to Facebook, against the Graph API simulator over HTTP."""

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

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


def _click_continue(dialog_url: str) -> str:
    """What a person does in the (simulated) Facebook dialog: press 続行."""
    parts = urlsplit(dialog_url)
    confirm = f"{parts.scheme}://{parts.netloc}{parts.path}/confirm"
    params = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert requests.get(dialog_url, timeout=10).status_code == 200
    response = requests.get(
        confirm, params={**params, "continue": "1"}, allow_redirects=False, timeout=10
    )
    assert response.status_code == 302
    return response.headers["Location"].split("#")[0]


def test_department_admin_can_connect_through_facebook_login(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    response = client.post(f"/pages/{approved_page.pk}/connect/facebook/")
    assert response.status_code == 302
    dialog_url = response["Location"]
    assert dialog_url.startswith(graph_simulator.url) and "state=" in dialog_url
    back = _click_continue(dialog_url)
    path = urlsplit(back)
    response = client.get(path.path + "?" + path.query)
    body = response.content.decode()
    assert response.status_code == 200
    sim_page = graph_simulator.page(1)
    assert sim_page.id in body and sim_page.token not in body
    response = client.post(
        f"/pages/{approved_page.pk}/connect/choose/", {"facebook_page_id": sim_page.id}
    )
    assert response.status_code == 302
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.ACTIVE
    assert approved_page.facebook_page_id == sim_page.id
    assert approved_page.page_access_token() == sim_page.token
    assert "pages_oauth" not in client.session


def test_facebook_login_with_a_forged_state_is_refused(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    response = client.post(f"/pages/{approved_page.pk}/connect/facebook/")
    back = _click_continue(response["Location"])
    query = parse_qs(urlsplit(back).query)
    response = client.get(
        "/pages/connect/callback/", {"code": query["code"][0], "state": "forged"}, follow=True
    )
    assert "確認できませんでした" in response.content.decode()
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.APPROVED
