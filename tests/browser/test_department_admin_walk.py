"""A department admin's journey in headless Chromium, through the steps a first walk found
hard (every page swept by axe-core at 1280 and 390 px by the `page` fixture):

* the ICT office returns a revision of the activity policy: the admin finds it from the
  home page, reads the reason on the page, fixes the revision and sends it again;
* from the page, the admin reaches the operator request (the button is not glued to the
  heading below it on a phone);
* a withdrawal request is confirmed before it is sent.
"""

import pytest

from guidelines.models import ActivityPolicyStatus
from pages.models import PageStatus
from pages.services import (
    activity_policy_revision_start,
    activity_policy_transition,
    activity_policy_update,
)
from tests.browser.conftest import PHONE, check_page
from tests.conftest import PASSWORD
from tests.fixtures_pages import policy_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, username):
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_returned_revision_is_found_fixed_and_sent_again(
    page, active_page, tourism_admin, ict_user
):
    revision = activity_policy_revision_start(page_id=active_page.pk, actor=tourism_admin)
    activity_policy_update(
        policy_id=revision.pk,
        actor=tourism_admin,
        data=policy_data(purpose="観光と防災の情報を発信する。", change_note="防災を追加"),
    )
    activity_policy_transition(policy_id=revision.pk, action="submit", actor=tourism_admin)
    activity_policy_transition(
        policy_id=revision.pk, action="return", actor=ict_user, comment="発信内容にも防災を書く"
    )

    sign_in(page, "tourism-admin")
    page.get_by_role("link", name="差し戻された活用方針の改定").click()
    page.wait_for_url(f"**/pages/{active_page.pk}/policies/v2/")
    assert "発信内容にも防災を書く" in page.inner_text("main")

    page.goto(f"/pages/{active_page.pk}/")
    notice = page.locator("#revision-returned")
    assert "発信内容にも防災を書く" in notice.inner_text()
    notice.get_by_role("link", name="改定案を修正して再度申請する").click()
    page.wait_for_url(f"**/pages/{active_page.pk}/policies/v2/")
    page.get_by_role("link", name="改定案を編集する").click()
    page.fill("textarea[name=content_themes]", "観光イベント、防災の備え")
    page.get_by_role("button", name="保存して承認を申請する").click()
    page.wait_for_url(f"**/pages/{active_page.pk}/policies/v2/")
    assert "改定案をICT総合推進室に申請しました。" in page.inner_text("main")
    revision.refresh_from_db()
    assert revision.status == ActivityPolicyStatus.PENDING

    page.goto("/")
    assert "差し戻された活用方針の改定" not in page.inner_text("main")


def test_operator_request_is_reached_from_the_page_and_withdrawal_is_confirmed(
    page, active_page, tourism_admin, tourism
):
    sign_in(page, "tourism-admin")
    page.goto(f"/pages/{active_page.pk}/")
    page.locator("#operators-change").click()
    page.wait_for_url(f"**/accounts/operator-requests/new/{tourism.pk}/")
    page.goto("/accounts/operator-requests/")
    page.set_viewport_size(PHONE)
    button = page.get_by_role("link", name="観光課の変更を申請").bounding_box()
    heading = page.get_by_role("heading", name="判断待ち").bounding_box()
    assert heading["y"] - (button["y"] + button["height"]) >= 12  # not glued together

    page.goto(f"/pages/{active_page.pk}/")
    page.get_by_role("link", name="撤退を申請する").click()
    assert "担当課からは取り消せません" in page.inner_text("main")
    page.fill("textarea[name=comment]", "事業終了のため")
    page.locator("main form button[type=submit]").first.click()
    assert "取り消せません" in page.locator("#confirm").inner_text()
    check_page(page, label="withdrawal request confirmation")
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.ACTIVE
    page.get_by_role("button", name="はい、撤退を申請する").click()
    page.wait_for_url(f"**/pages/{active_page.pk}/")
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.WITHDRAWAL_REQUESTED


def test_public_registry_keeps_each_opening_date_on_one_line(page, active_page):
    page.goto("/registry/")
    dates = page.locator("table.registry .registry__date")
    assert dates.count() == 1
    for width in (1280, 800, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert dates.first.evaluate("el => el.getClientRects().length") == 1
