"""The page journey in headless Chromium: apply, return, revise, resubmit, approve, connect
(a token verified by the Graph API simulator), listed in /registry/, withdrawn, unlisted."""

import re

import pytest

from accounts.roles import Role
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def switch_user(page, username):
    page.context.clear_cookies()
    page.set_extra_http_headers({"Accept-Language": "ja"})
    # (the header's language switch is a submit button too: aim at the sign-in form)
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def click_action(page, label, comment=None):
    """Press an action button on the detail page (with a comment page when it needs one)."""
    page.get_by_role("button", name=label).or_(page.get_by_role("link", name=label)).first.click()
    if comment is not None:
        page.fill("textarea[name=comment]", comment)
        page.locator("main form button[type=submit]").first.click()


def test_tourism_page_journey(
    page, screenshot, live_server, graph_simulator, make_user, tourism, trained
):
    admin = make_user(Role.DEPARTMENT_ADMIN, tourism, username="tourism-admin")
    make_user(Role.ICT_OFFICE, username="ict-office")
    trained(admin)
    sim_page = graph_simulator.page(0)

    # The tourism admin applies.
    switch_user(page, "tourism-admin")
    page.goto("/pages/apply/")
    page.fill("[name=page-name]", "石巻市観光課")
    page.fill("[name=page-purpose]", "石巻の観光情報を発信する。")
    page.select_option("[name=page-responsible_person]", str(admin.pk))
    for name, value in {
        "purpose": "観光客を増やす。",
        "target_audience": "県外の観光客",
        "content_themes": "イベント、観光地",
        "posting_frequency": "週2回",
        "posters": "観光課の運用者",
        "post_approver": "観光課長",
        "comment_handling": "原則返信しない",
        "inquiries_to": "観光課 0225-95-1111",
        "engagement_rules": "公的機関のみ",
        "deletion_standard": "運用方針の禁止事項に該当するもの",
        "review_date": "2030-04-01",
    }.items():
        page.fill(f"[name=policy-{name}]", value)
    page.check("input[name=policy-deletion_clauses][value=privacy]")
    screenshot("pages-01-apply-form")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url(re.compile(r"/pages/\d+/$"))
    page_url = page.url
    click_action(page, "申請する")
    page.wait_for_url(page_url)
    assert "申請中" in page.inner_text("h1")

    # The ICT office returns it.
    switch_user(page, "ict-office")
    page.goto(page_url)
    screenshot("pages-02-ict-decides")
    click_action(page, "差し戻す", comment="対象者をもう少し具体的に書いてください。")
    page.wait_for_url(page_url)
    assert "差し戻し" in page.inner_text("h1")

    # The admin revises and resubmits.
    switch_user(page, "tourism-admin")
    page.goto(page_url)
    assert "対象者をもう少し具体的に" in page.inner_text(".timeline")
    page.get_by_role("link", name="申請を編集する").click()
    page.fill("[name=policy-target_audience]", "首都圏の20〜30代の観光客")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url(page_url)
    click_action(page, "申請する")
    page.wait_for_url(page_url)

    # The ICT office approves.
    switch_user(page, "ict-office")
    page.goto(page_url)
    click_action(page, "承認する")
    page.wait_for_url(page_url)
    assert "承認済み" in page.inner_text("h1")

    # The department connects the page with a token the simulator verifies.
    switch_user(page, "tourism-admin")
    page.goto(page_url)
    page.get_by_role("link", name="Facebookページを接続する").click()
    page.fill("[name=facebook_page_id]", sim_page.id)
    page.fill("[name=access_token]", sim_page.token)
    screenshot("pages-03-connect")
    page.get_by_role("button", name="確認して接続する").click()
    page.wait_for_url(page_url)
    assert "運用中" in page.inner_text("h1")
    assert sim_page.token not in page.content()
    screenshot("pages-04-detail-active")

    page.goto("/registry/")
    assert "石巻市観光課" in page.inner_text("main")
    screenshot("pages-05-registry")

    # Withdrawal: requested, approved, checklist completed; it leaves the registry.
    page.goto(page_url)
    click_action(page, "撤退を申請する", comment="事業終了のため撤退します。")
    page.wait_for_url(page_url)
    switch_user(page, "ict-office")
    page.goto(page_url)
    click_action(page, "撤退を承認する")
    page.wait_for_url(page_url)
    switch_user(page, "tourism-admin")
    page.goto(page_url)
    page.get_by_role("link", name="撤退チェックリストを完了する").click()
    for name in ("closure_announced", "token_revoked", "records_kept"):
        page.check(f"[name={name}]")
    screenshot("pages-06-withdrawal-checklist")
    page.get_by_role("button", name="撤退を完了する").click()
    page.wait_for_url(page_url)
    assert "撤退済み" in page.inner_text("h1")
    screenshot("pages-07-withdrawn-timeline")
    page.goto("/registry/")
    assert "石巻市観光課" not in page.inner_text("main")
    page.goto("/policy/")
    screenshot("pages-08-operating-policy")
