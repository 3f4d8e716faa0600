"""People and roles in headless Chromium: the ICT office (two-step verification on) creates a
person with a department operator role; the person follows the one-time link from the mail,
sets a password, signs in and sees only their department. A second person given the
secretariat role must enrol two-step verification on first sign-in. Every new screen is
photographed at 1280 and 390 px and checked for horizontal overflow."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from accounts.models import OperatorChangeRequest, User
from accounts.roles import Role
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots-people")
NEW_PASSWORD = "Oshika-peninsula-2027"  # noqa: S105 - test only


def totp_now(user) -> str:
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user).order_by("-id").first()
    return f"{totp(device.bin_key):06d}"


def sign_in(page, username, password):
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def enrol_two_step(page, user):
    page.wait_for_url("**/accounts/2fa/setup/**")
    assert page.locator(".qr img").is_visible()
    page.fill("input[name=token]", totp_now(user))
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/2fa/" not in url)


def link_from(mail) -> str:
    match = re.search(r"https?://\S+/accounts/welcome/\S+", mail.body)
    assert match, mail.body
    return match.group(0)


def create_person(page, name, email, department_label, role_label=None):
    page.goto("/")
    page.click(".nav-more summary")
    page.click("text=職員と役割")
    page.click("text=職員を追加")
    page.fill("input[name=display_name]", name)
    page.fill("input[name=email]", email)
    page.select_option("select[name=department]", label=department_label)
    if role_label:
        page.select_option("select[name=role]", label=role_label)
    page.fill("textarea[name=reason]", "2027年4月1日付 人事異動")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/accounts/people/\d+/$"))


def set_password_through(page, link, live_server):
    page.context.clear_cookies()
    page.goto(link)
    assert "パスワードの設定" in page.inner_text("main")
    page.fill("input[name=new_password1]", NEW_PASSWORD)
    page.fill("input[name=new_password2]", NEW_PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/accounts/login/")
    assert "パスワードを設定しました" in page.inner_text("main")


def test_ict_office_adds_people_who_then_sign_in(
    page, live_server, settings, ict_user, tourism, fisheries, fisheries_admin,
    make_application, mailoutbox,
):  # fmt: skip
    settings.TWO_FACTOR_REQUIRED_ROLES = ["ict_office", "secretariat"]
    settings.PORTAL_BASE_URL = live_server.url
    make_application(name="石巻市観光課")
    make_application(actor=fisheries_admin, department=fisheries, name="石巻市水産課")

    # The ICT office signs in with two-step verification and adds a tourism operator.
    sign_in(page, "ict", PASSWORD)
    enrol_two_step(page, ict_user)
    create_person(page, "観光課 木村", "kimura@example.jp", "観光課", "担当課運用者")
    assert "担当課運用者" in page.inner_text("main")
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["kimura@example.jp"]
    link = link_from(mailoutbox[0])

    # The person follows the one-time link in their own browser, sets a password, signs in.
    person_context = page.context.browser.new_context(
        locale="ja-JP", viewport={"width": 1280, "height": 900}, base_url=live_server.url
    )
    person = person_context.new_page()
    person.set_default_timeout(15000)
    set_password_through(person, link, live_server)
    sign_in(person, "kimura", NEW_PASSWORD)
    assert person.url == live_server.url + "/"
    assert "観光課" in person.inner_text("main") and "水産課" not in person.inner_text("main")
    person.goto(reverse("pages:list"))
    listing = person.inner_text("main")
    assert "石巻市観光課" in listing and "石巻市水産課" not in listing
    assert person.goto("/accounts/people/").status == 403
    # The link worked once.
    person.context.clear_cookies()
    person.goto(link)
    assert "すでに使用されています" in person.inner_text("main")

    # A second person is given the secretariat role; their first sign-in asks for two-step.
    create_person(page, "秘書広報課 佐々木", "sasaki@example.jp", "水産課")
    page.click("text=役割を付与")
    page.select_option("select[name=role]", value=Role.SECRETARIAT)
    page.fill("textarea[name=reason]", "秘書広報課へ配属")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/accounts/people/\d+/$"))
    assert "秘書広報課" in page.inner_text("main")
    set_password_through(person, link_from(mailoutbox[1]), live_server)
    sign_in(person, "sasaki", NEW_PASSWORD)
    sasaki = User.objects.get(username="sasaki")
    enrol_two_step(person, sasaki)
    assert person.url == live_server.url + "/"
    assert "秘書広報課" in person.inner_text("main")  # the role badge on the home page
    assert sasaki.totpdevice_set.filter(confirmed=True).count() == 1
    person_context.close()


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_people_screens_fit_wide_and_narrow(
    page, live_server, ict_user, tourism_admin, tourism_operator, tourism, make_user
):
    from accounts import services_people

    SHOTS.mkdir(exist_ok=True)
    newcomer = make_user(username="newcomer", display_name="観光課 新規配属予定の職員")
    change = services_people.operator_change_request(
        actor=tourism_admin, department=tourism, person=newcomer, kind="add", reason="4月から担当"
    )
    assignment = tourism_operator.role_assignments.get()
    screens = {
        "ict": [
            ("people", "/accounts/people/"),
            ("person-detail", reverse("person_detail", args=[tourism_operator.pk])),
            ("person-create", reverse("person_create")),
            ("person-grant", reverse("person_grant", args=[tourism_operator.pk])),
            ("person-move", reverse("person_move", args=[tourism_operator.pk])),
            ("person-deactivate", reverse("person_deactivate", args=[tourism_operator.pk])),
            (
                "assignment-end",
                reverse("assignment_end", args=[tourism_operator.pk, assignment.pk]),
            ),
            ("operator-requests", reverse("operator_requests")),
            ("operator-decide", reverse("operator_request_decide", args=[change.pk, "approve"])),
            ("access-review", reverse("access_review")),
        ],
        "tourism-admin": [
            ("operator-request-form", reverse("operator_request_create", args=[tourism.pk])),
            ("operator-requests-admin", reverse("operator_requests")),
        ],
    }
    problems = []
    for username, pages in screens.items():
        sign_in(page, username, PASSWORD)
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            for name, url in pages:
                response = page.goto(url)
                assert response.status == 200, (name, response.status)
                page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
                if _overflow(page) > 0:
                    problems.append((name, width, _overflow(page)))
    page.context.clear_cookies()
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for name, url in (
            ("welcome", urlsplit(services_people.invitation_link(user=newcomer)).path),
            ("welcome-invalid", "/accounts/welcome/MQ/bad-token/"),
        ):
            page.goto(url)
            page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
            if _overflow(page) > 0:
                problems.append((name, width, _overflow(page)))
    assert problems == []
    assert OperatorChangeRequest.objects.get(pk=change.pk).status == "pending"
