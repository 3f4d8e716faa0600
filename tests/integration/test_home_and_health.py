import json

import pytest

from accounts.roles import Role

pytestmark = pytest.mark.django_db


def test_home_shows_the_roles_of_the_viewer(client, tourism_admin):
    client.force_login(tourism_admin)
    html = client.get("/").content.decode()
    assert "担当課管理者" in html
    assert "観光課" in html


def test_home_tells_a_user_without_role_whom_to_ask(client, make_user):
    client.force_login(make_user())
    html = client.get("/").content.decode()
    assert "ICT総合推進室に権限の付与を依頼してください" in html


def test_home_lists_todo_items_from_the_apps(client, ict_user, monkeypatch):
    from ishinomaki_sns import home

    client.force_login(ict_user)
    monkeypatch.setattr(
        home,
        "app_modules",
        lambda name: [
            type(
                "M",
                (),
                {
                    "todo_items": staticmethod(
                        lambda user: [
                            home.TodoItem(
                                title="承認待ちの申請", url="/x/", count=3, urgency="urgent"
                            )
                        ]
                    )
                },
            )
        ],
    )
    html = client.get("/").content.decode()
    assert "承認待ちの申請" in html and ">3<" in html


def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True, "vendor": "postgresql"}
    assert body["broker"] == {"ok": True}
    assert body["worker"]["ok"] is False  # no worker in this test


def test_healthz_is_503_when_the_broker_is_down(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["broker"]["ok"] is False


def test_unknown_url_gets_a_japanese_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "ページが見つかりません" in response.content.decode()


def test_role_labels_are_translated(client, make_user):
    client.force_login(make_user(Role.AUDITOR))
    assert "監査" in client.get("/").content.decode()
