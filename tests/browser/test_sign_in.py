"""The sign-in journey in a real browser, and what the pages look like."""

import pytest

from tests.browser.conftest import login
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_tourism_admin_signs_in_and_sees_their_roles(page, tourism_admin, screenshot, live_server):
    page.goto("/accounts/login/")
    screenshot("login")
    login(page, "tourism-admin", PASSWORD)
    page.wait_for_url(live_server.url + "/")
    assert "担当課管理者" in page.inner_text("main")
    assert "観光課" in page.inner_text("main")
    screenshot("home-tourism-admin")


def test_wrong_password_shows_the_error_summary(page, tourism_admin):
    login(page, "tourism-admin", "wrong-password")
    assert "ユーザー名またはパスワードが正しくありません" in page.inner_text(".error-summary")


def test_language_switch_turns_the_page_english(page, tourism_admin):
    page.goto("/accounts/login/")
    page.click(".lang-switch button")
    page.wait_for_selector("text=Staff sign-in")
    assert page.get_attribute("html", "lang") == "en"


def test_no_request_leaves_the_machine(page, tourism_admin, live_server):
    outside = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(live_server.url) else None
        ),
    )
    login(page, "tourism-admin", PASSWORD)
    page.wait_for_url(live_server.url + "/")
    assert outside == []


def test_csp_blocks_nothing_on_our_own_pages(page, tourism_admin, live_server):
    violations = []
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    login(page, "tourism-admin", PASSWORD)
    page.wait_for_url(live_server.url + "/")
    page.reload()
    assert violations == []


def test_ict_office_sets_up_two_step_verification_on_first_sign_in(
    page, ict_user, tourism_operator, screenshot, live_server, settings
):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.TWO_FACTOR_REQUIRED_ROLES = ["ict_office", "secretariat"]
    login(page, "ict", PASSWORD)
    page.wait_for_url("**/accounts/2fa/setup/**")
    assert page.locator(".qr img").is_visible()
    screenshot("two-factor-setup")
    device = TOTPDevice.objects.get(user=ict_user, confirmed=False)
    page.fill("input[name=token]", f"{totp(device.bin_key):06d}")
    page.click("main form button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    page.goto("/accounts/access-review/")
    assert "tourism-operator" in page.inner_text("table")
    screenshot("access-review")
