"""Two journeys in headless Chromium (issue 12's remaining gaps), each page swept by axe-core
at 1280 and 390 px by the `page` fixture:

* a department admin answers a continuation review on the reworked form (prefilled from
  the policy in force, a change becomes the revision); the ICT office returns it; the admin
  sees the reason on top, a bad review date is refused in Japanese, the fixed answer goes
  back and the office sees what changed since the return before approving;
* a department admin requests a NEW person as operator (name + e-mail); the ICT office
  approves; the person sets a password through the mailed link and signs in to their
  department.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import OperatorChangeRequest, RoleAssignment, User
from accounts.roles import Role
from guidelines.models import ActivityPolicyStatus
from pages.models import PageStatus
from pages.services import page_open_review
from tests.browser.conftest import check_page
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_PASSWORD = "Kitakami-river-2027"  # noqa: S105 - test only


def sign_in(page, username, password=PASSWORD):
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_continuation_answer_return_and_approval(page, active_page, tourism_admin, ict_user):
    page_open_review(page_id=active_page.pk, actor=ict_user, comment="年次確認")
    form_url = f"/pages/{active_page.pk}/continue/"

    # The admin answers with a changed purpose: the form came prefilled from the policy.
    sign_in(page, "tourism-admin")
    page.goto(f"/pages/{active_page.pk}/")
    page.click(f"main a[href='{form_url}']")
    page.wait_for_url(f"**{form_url}")
    purpose = page.locator("textarea[name=policy-purpose]")
    assert purpose.input_value() == "石巻の観光情報を国内外に発信し、来訪者を増やす。"
    purpose.fill("観光と移住の情報を発信する。")
    page.fill("textarea[name=comment]", "移住の情報を追加")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/pages/{active_page.pk}/")
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.CONTINUATION_ANSWERED

    # The ICT office returns it with a reason.
    sign_in(page, "ict")
    page.goto(f"/pages/{active_page.pk}/action/return_continuation/")
    page.fill("textarea[name=comment]", "対象者も見直してください")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/pages/{active_page.pk}/")

    # The admin sees the reason on top of the form, prefilled with the returned revision.
    sign_in(page, "tourism-admin")
    page.goto(form_url)
    reason = page.locator("#returned-reason")
    assert "対象者も見直してください" in reason.inner_text()
    assert (
        reason.bounding_box()["y"]
        < page.locator("textarea[name=policy-purpose]").bounding_box()["y"]
    )
    assert (
        page.locator("textarea[name=policy-purpose]").input_value()
        == "観光と移住の情報を発信する。"
    )
    page.fill("textarea[name=policy-target_audience]", "移住を考える県外の若い世代")
    past = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    page.fill("input[name=policy-review_date]", past)
    page.click("main form button[type=submit]")
    assert "見直し日には今日より後の日付を入力してください。" in page.inner_text("main")
    check_page(page, label="continuation form with errors")
    ahead = (timezone.localdate() + dt.timedelta(days=300)).isoformat()
    page.fill("input[name=policy-review_date]", ahead)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/pages/{active_page.pk}/")

    # The office sees what changed since the return, then approves.
    sign_in(page, "ict")
    page.goto(f"/pages/{active_page.pk}/action/approve_continuation/")
    changes = page.locator("#changes-since-return").inner_text()
    assert "移住を考える県外の若い世代" in changes and "県外の観光客、若い世代" in changes
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/pages/{active_page.pk}/")
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.ACTIVE
    in_force = active_page.activity_policies.get(status=ActivityPolicyStatus.IN_FORCE)
    assert in_force.version == 2 and in_force.review_date.isoformat() == ahead


def test_department_admin_requests_a_new_person_who_then_signs_in(
    page, live_server, settings, ict_user, tourism_admin, tourism, mailoutbox
):
    settings.PORTAL_BASE_URL = live_server.url
    sign_in(page, "tourism-admin")
    page.goto(reverse("operator_request_create", args=[tourism.pk]))
    page.check("input[name=kind][value=add]")
    page.fill("input[name=new_person_name]", "観光課 遠藤")
    page.fill("input[name=new_person_email]", "endo@example.jp")
    page.fill("textarea[name=reason]", "2027年4月1日付 人事異動")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**{reverse('operator_requests')}")
    assert "観光課 遠藤" in page.inner_text("main")
    change = OperatorChangeRequest.objects.get(new_person_email="endo@example.jp")
    assert change.person is None and not User.objects.filter(email="endo@example.jp").exists()

    sign_in(page, "ict")
    page.goto(reverse("operator_request_decide", args=[change.pk, "approve"]))
    assert "endo@example.jp" in page.inner_text("main")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**{reverse('operator_requests')}")
    person = User.objects.get(email="endo@example.jp")
    assert RoleAssignment.objects.filter(
        user=person, role=Role.DEPARTMENT_OPERATOR, department=tourism, revoked_at__isnull=True
    ).exists()
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["endo@example.jp"]
    link = re.search(r"https?://\S+/accounts/welcome/\S+", mailoutbox[0].body).group(0)

    page.context.clear_cookies()
    page.goto(link)
    page.fill("input[name=new_password1]", NEW_PASSWORD)
    page.fill("input[name=new_password2]", NEW_PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/accounts/login/")
    sign_in(page, person.username, NEW_PASSWORD)
    assert page.url == live_server.url + "/"
    assert "観光課" in page.inner_text("main")
