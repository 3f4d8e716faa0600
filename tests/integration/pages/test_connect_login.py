"""Facebook Login for connecting a page, through the simulator's dialog over real HTTP:
the happy path and every way back that must end in a Japanese explanation and a retry."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import time_machine

from pages.connection import REQUIRED_SCOPES
from pages.models import ConnectionState, PageStatus

pytestmark = pytest.mark.django_db


def _dialog(dialog_url: str, *, pages=None, scopes=None, cancel=False) -> str:
    """What a person does in the (simulated) Facebook dialog: tick pages and permissions,
    press 続行 (or キャンセル). Returns where Facebook sends the browser back to."""
    parts = urlsplit(dialog_url)
    confirm = f"{parts.scheme}://{parts.netloc}{parts.path}/confirm"
    params = [(k, v[0]) for k, v in parse_qs(parts.query).items()]
    asked = dict(params)["scope"].split(",")
    page = requests.get(dialog_url, timeout=10)
    assert page.status_code == 200
    if cancel:
        params.append(("cancel", "1"))
    else:
        params += [("choose", "1"), ("continue", "1")]
        if pages is not None:
            params += [("grant_page", p) for p in pages]
        else:
            params += [("grant_page", p) for p in parse_qs_pages(page.text)]
        params += [("grant_scope", s) for s in (asked if scopes is None else scopes)]
    response = requests.get(confirm, params=params, allow_redirects=False, timeout=10)
    assert response.status_code == 302
    return response.headers["Location"].split("#")[0]


def parse_qs_pages(html: str) -> list[str]:
    import re

    return re.findall(r'name="grant_page" value="(\d+)"', html)


def _start(client, page):
    response = client.get(f"/pages/{page.pk}/connect/facebook/")
    assert response.status_code == 302
    return response["Location"]


def _back(client, location: str, **extra):
    path = urlsplit(location)
    return client.get(path.path + "?" + path.query, HTTP_ACCEPT_LANGUAGE="ja", **extra)


def test_connect_is_a_link_not_a_form_so_the_csp_does_not_block_the_redirect(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    body = client.get(f"/pages/{approved_page.pk}/connect/").content.decode()
    assert f'href="/pages/{approved_page.pk}/connect/facebook/"' in body
    assert f'action="/pages/{approved_page.pk}/connect/facebook/"' not in body
    assert client.post(f"/pages/{approved_page.pk}/connect/facebook/").status_code == 405


def test_department_admin_can_connect_through_facebook_login(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    dialog_url = _start(client, approved_page)
    assert dialog_url.startswith(graph_simulator.url) and "state=" in dialog_url
    sim_page = graph_simulator.page(1)
    response = _back(client, _dialog(dialog_url, pages=[sim_page.id]))
    assert response.status_code == 302
    assert response["Location"] == f"/pages/{approved_page.pk}/connect/choose/"
    body = client.get(response["Location"]).content.decode()
    assert sim_page.id in body and sim_page.token not in body
    # Only the page the person ticked in the dialog is offered.
    assert graph_simulator.page(0).id not in body
    response = client.post(
        f"/pages/{approved_page.pk}/connect/choose/", {"facebook_page_id": sim_page.id}
    )
    assert response.status_code == 302
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.ACTIVE
    assert approved_page.connection_state == ConnectionState.OK
    assert approved_page.page_access_token() == sim_page.token
    assert "pages_oauth" not in client.session


def test_a_denied_login_is_explained_with_a_way_to_try_again(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    response = _back(client, _dialog(_start(client, approved_page), cancel=True))
    body = response.content.decode()
    assert response.status_code == 400
    assert 'data-kind="denied"' in body and "キャンセル" in body
    assert f"/pages/{approved_page.pk}/connect/facebook/" in body
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.APPROVED and not approved_page.has_token


def test_a_declined_required_permission_is_explained_and_rerequested(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    scopes = [s for s in REQUIRED_SCOPES if s != "pages_manage_engagement"]
    response = _back(client, _dialog(_start(client, approved_page), scopes=scopes))
    body = response.content.decode()
    assert response.status_code == 400
    assert 'data-kind="scope"' in body and "pages_manage_engagement" in body
    assert "rerequest=1" in body
    again = client.get(f"/pages/{approved_page.pk}/connect/facebook/?rerequest=1")
    assert "auth_type=rerequest" in again["Location"]
    approved_page.refresh_from_db()
    assert not approved_page.has_token


def test_a_declined_optional_permission_is_a_warning_only(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    sim_page = graph_simulator.page(0)
    response = _back(client, _dialog(_start(client, approved_page), scopes=list(REQUIRED_SCOPES)))
    choose = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="scope-warning"' in choose and "pages_manage_metadata" in choose
    response = client.post(
        f"/pages/{approved_page.pk}/connect/choose/",
        {"facebook_page_id": sim_page.id},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert "pages_manage_metadata" in response.content.decode()
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.ACTIVE


def test_no_page_shared_is_explained(client, approved_page, tourism_admin, graph_simulator):
    client.force_login(tourism_admin)
    response = _back(client, _dialog(_start(client, approved_page), pages=[]))
    assert response.status_code == 400
    assert 'data-kind="no_page"' in response.content.decode()


def test_a_page_already_connected_elsewhere_is_refused_and_another_can_be_chosen(
    client,
    approved_page,
    tourism_admin,
    graph_simulator,
    make_department,
    make_user,
    trained,
    ict_user,
):
    """The wrong page: one another official page already holds. The person stays on the
    choice (no new login needed) and picks the right one."""
    from accounts.roles import Role
    from pages.services import (
        ApplicationData,
        page_application_create,
        page_connection_store,
        page_decide_application,
        page_submit,
    )
    from pages.transitions import Action
    from tests.fixtures_pages import policy_data, verified

    other = make_department("somu", "総務課", "General Affairs")
    other_admin = make_user(Role.DEPARTMENT_ADMIN, other)
    trained(other_admin)
    other_page = page_application_create(
        actor=other_admin,
        department=other,
        data=ApplicationData(
            name="石巻市総務課",
            purpose="総務",
            responsible_person=other_admin,
            policy=policy_data(),
        ),
    )
    page_submit(page_id=other_page.pk, actor=other_admin)
    page_decide_application(page_id=other_page.pk, action=Action.APPROVE, actor=ict_user)
    taken = graph_simulator.page(0)
    page_connection_store(page_id=other_page.pk, actor=other_admin, verified=verified(taken.id))
    right_id = graph_simulator.page(2).id

    client.force_login(tourism_admin)
    response = _back(client, _dialog(_start(client, approved_page)))
    url = response["Location"]
    # The choice says beforehand which page is taken, and by whom; the radio group is named
    # by a legend (a <label for=""> named nothing).
    choose = client.get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"({taken.id}) — 接続済み：総務課「石巻市総務課」" in choose
    assert f"({right_id}) — 接続済み" not in choose
    assert '<label for="">' not in choose and "<legend>Facebookページ" in choose
    response = client.post(url, {"facebook_page_id": taken.id}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400
    assert "すでに別の公式ページに接続" in response.content.decode()
    right = graph_simulator.page(2)
    response = client.post(url, {"facebook_page_id": right.id})
    assert response.status_code == 302
    approved_page.refresh_from_db()
    assert approved_page.facebook_page_id == right.id


def test_a_forged_state_is_refused(client, approved_page, tourism_admin, graph_simulator):
    client.force_login(tourism_admin)
    back = _dialog(_start(client, approved_page))
    code = parse_qs(urlsplit(back).query)["code"][0]
    response = client.get(
        "/pages/connect/callback/", {"code": code, "state": "forged"}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 400
    assert 'data-kind="state"' in response.content.decode()
    approved_page.refresh_from_db()
    assert approved_page.status == PageStatus.APPROVED


def test_an_expired_login_is_refused_with_a_retry(
    client, approved_page, tourism_admin, graph_simulator
):
    client.force_login(tourism_admin)
    dialog_url = _start(client, approved_page)
    back = _dialog(dialog_url)
    with time_machine.travel(time.time() + 16 * 60):
        response = _back(client, back)
    body = response.content.decode()
    assert response.status_code == 400
    assert 'data-kind="expired"' in body and "期限" in body
    assert f"/pages/{approved_page.pk}/connect/facebook/" in body


def test_choose_without_a_login_in_progress_is_explained(client, approved_page, tourism_admin):
    client.force_login(tourism_admin)
    response = client.get(f"/pages/{approved_page.pk}/connect/choose/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400
    assert 'data-kind="expired"' in response.content.decode()
