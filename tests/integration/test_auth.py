"""Sign-in, throttling, logout, password change and the security headers."""

import pytest
from django.test import override_settings
from django.urls import reverse

from accounts.roles import Role
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def login(client, username, password=PASSWORD):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR="10.0.0.1"
    )


def test_staff_pages_need_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/")


def test_user_can_sign_in_and_lands_on_home(client, ict_user):
    response = login(client, "ict")
    assert response.status_code == 302 and response["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 200
    assert "ICT総合推進室" in home.content.decode()


def test_wrong_password_gets_a_clear_japanese_message(client, ict_user):
    response = login(client, "ict", "wrong")
    assert response.status_code == 200
    assert "ユーザー名またはパスワードが正しくありません" in response.content.decode()


def test_empty_login_form_gets_field_errors_not_500(client):
    response = client.post(reverse("login"), {})
    assert response.status_code == 200
    assert "このフィールドは必須です" in response.content.decode()


def test_repeated_failed_logins_are_throttled(client, ict_user):
    for _ in range(5):
        login(client, "ict", "wrong")
    response = login(client, "ict")  # even the right password is refused while locked
    assert response.status_code == 429
    assert "一時的にロック" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_and_address(client, ict_user, secretariat_user):
    for _ in range(5):
        login(client, "ict", "wrong")
    assert login(client, "secretariat").status_code == 302


def test_logout_needs_post_and_ends_the_session(client, ict_user):
    client.force_login(ict_user)
    assert client.post(reverse("logout")).status_code == 302
    assert client.get("/").status_code == 302


def test_password_change_with_weak_password_is_refused(client, ict_user):
    client.force_login(ict_user)
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "123", "new_password2": "123"},
    )
    assert response.status_code == 200
    ict_user.refresh_from_db()
    assert ict_user.check_password(PASSWORD)


def test_password_change_works(client, ict_user):
    client.force_login(ict_user)
    new = "a-much-longer-passphrase-2016"
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    ict_user.refresh_from_db()
    assert ict_user.check_password(new)


def test_csp_allows_no_inline_script_and_no_outside_origin(client):
    response = client.get(reverse("login"))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "default-src 'self'" in csp
    assert "http" not in csp.replace("'self'", "")


def test_pages_load_nothing_from_outside(client, ict_user):
    client.force_login(ict_user)
    html = client.get("/").content.decode()
    assert "https://" not in html.replace("https://www.facebook.com", "")
    assert "<script>" not in html  # no inline script


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_cookies_are_secure_in_production(client, ict_user):
    response = client.get(reverse("login"))
    assert response.cookies["csrftoken"]["secure"]


def test_english_is_available_through_the_language_switch(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302
    page = client.get("/accounts/login/").content.decode()
    assert "Staff sign-in" in page
    assert '<html lang="en">' in page


def test_japanese_is_the_default_language(client):
    page = client.get("/accounts/login/").content.decode()
    assert '<html lang="ja">' in page
    assert "職員ログイン" in page


@pytest.mark.parametrize("role", [Role.ICT_OFFICE, Role.SECRETARIAT, Role.AUDITOR])
def test_every_role_can_sign_in(client, make_user, role):
    make_user(role, username=f"user-{role}")
    assert login(client, f"user-{role}").status_code == 302
