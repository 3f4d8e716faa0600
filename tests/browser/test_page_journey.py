"""The page journey in headless Chromium, as each role does it: a department admin applies
(prefilled form), the ICT office returns it with a reason, the admin sees the reason on top
and changes the form, the office sees the difference and approves, the admin connects the
page through the simulator's Facebook Login (a real cross-origin redirect through the CSP),
the page appears in the public registry; then it is withdrawn (with a confirmation) and its
flags leave the queue, the outbox offers no retry, and the registry shows it withdrawn.

Screenshots of the changed screens at 1280 and 390 px go to /tmp/shots-pagesflow/, and
every one of them is checked for horizontal overflow."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.utils import timezone

from accounts.roles import Role
from comments.models import Comment
from comments.services import page_sync
from moderation.models import Flag, ModerationAction
from moderation.services import comments_screen, decision_record
from pages.models import OfficialPage
from tests.browser.conftest import DESKTOP, Shot, check_page, shoot
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots-pagesflow")
PAGE_SHOTS = (Shot("-1280", DESKTOP), Shot("-390", {"width": 390, "height": 900}))


def switch_user(page, username):
    page.context.clear_cookies()
    page.set_extra_http_headers({"Accept-Language": "ja"})
    # (the header's language switch is a submit button too: aim at the sign-in form)
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_tourism_page_journey(
    page, live_server, graph_simulator, make_user, tourism, trained, default_rules
):
    admin = make_user(Role.DEPARTMENT_ADMIN, tourism, username="tourism-admin")
    make_user(Role.ICT_OFFICE, username="ict-office")
    make_user(Role.SECRETARIAT, username="secretariat")
    trained(admin)
    sim_page = graph_simulator.page(1)
    review_date = (timezone.localdate() + dt.timedelta(days=300)).isoformat()

    # The tourism admin applies: the form is prefilled from the department.
    switch_user(page, "tourism-admin")
    page.goto("/pages/apply/")
    assert page.input_value("[name=page-name]") == "石巻市観光課"
    assert page.locator("[name=page-purpose]").count() == 0  # the purpose is asked once
    assert page.input_value("[name=policy-post_approver]") == "観光課長"
    for name, value in {
        "purpose": "石巻の観光情報を発信する。",
        "target_audience": "県外の観光客",
        "content_themes": "イベント、観光地",
        "posting_frequency": "週2回",
        "review_date": review_date,
    }.items():
        page.fill(f"[name=policy-{name}]", value)
    shoot(page, SHOTS, "01-apply-form", PAGE_SHOTS, fits=True)
    page.get_by_role("button", name="保存").click()
    page.wait_for_url(re.compile(r"/pages/\d+/$"))
    page_url = page.url
    page.get_by_role("button", name="申請する").click()
    page.wait_for_url(page_url)
    assert "申請中" in page.inner_text("h1")

    # The ICT office returns it with a reason.
    switch_user(page, "ict-office")
    page.goto(page_url)
    page.get_by_role("link", name="差し戻す").click()
    page.fill("textarea[name=comment]", "対象者をもう少し具体的に書いてください。")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(page_url)
    assert "差し戻し" in page.inner_text("h1")

    # The admin sees the reason on top, changes the form, sees what changed, resubmits.
    switch_user(page, "tourism-admin")
    page.goto(page_url)
    reason = page.locator("#returned-reason")
    assert "対象者をもう少し具体的に" in reason.inner_text()
    assert reason.bounding_box()["y"] < page.locator("#actions-heading").bounding_box()["y"]
    page.get_by_role("link", name="申請を編集する").click()
    assert "対象者をもう少し具体的に" in page.inner_text("#returned-reason")
    page.fill("[name=policy-target_audience]", "首都圏の20〜30代の観光客")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url(page_url)
    assert "首都圏の20〜30代の観光客" in page.inner_text("#changes-since-return")
    shoot(page, SHOTS, "02-returned-with-changes", PAGE_SHOTS, fits=True)
    page.get_by_role("button", name="申請する").click()
    page.wait_for_url(page_url)

    # The ICT office sees the difference and the whole policy, and approves.
    switch_user(page, "ict-office")
    page.goto(page_url)
    page.get_by_role("link", name="承認する").click()
    changes = page.inner_text("#changes-since-return")
    assert "県外の観光客" in changes and "首都圏の20〜30代の観光客" in changes
    assert "週2回" in page.inner_text("#policy-full")
    shoot(page, SHOTS, "03-approval-screen", PAGE_SHOTS, fits=True)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(page_url)
    assert "承認済み" in page.inner_text("h1")

    # The admin connects the page through Facebook Login: a link, a redirect to the
    # simulator's dialog (another origin), the dialog's choice, the way back.
    switch_user(page, "tourism-admin")
    page.goto(page_url)
    page.get_by_role("link", name="Facebookページを接続する").click()
    shoot(page, SHOTS, "04-connect", PAGE_SHOTS, fits=True)
    page.get_by_role("link", name="Facebookでログイン").click()
    page.wait_for_url(lambda url: url.startswith(graph_simulator.url))
    assert "Facebookでログイン" in page.inner_text("h1")
    for other in graph_simulator.pages:
        if other.id != sim_page.id:
            page.uncheck(f"input[name=grant_page][value='{other.id}']")
    page.get_by_role("button", name="続行").click()
    page.wait_for_url(re.compile(r"/connect/choose/(#.*)?$"))  # Facebook appends #_=_
    shoot(page, SHOTS, "05-choose-page", PAGE_SHOTS, fits=True)
    page.check(f"input[name=facebook_page_id][value='{sim_page.id}']")
    page.get_by_role("button", name="このページを接続する").click()
    page.wait_for_url(lambda url: url.split("#")[0] == page_url)
    assert "運用中" in page.inner_text("h1")
    assert sim_page.token not in page.content()

    page.goto("/registry/")
    assert "石巻市観光課" in page.inner_text("main")

    # Comments arrive and are flagged; the secretariat decides one (its action stays queued).
    official = OfficialPage.objects.get(name="石巻市観光課")
    post = graph_simulator.posts(sim_page.id)[0]
    graph_simulator.add_comment(post.id, "お前はバカだ", from_id="801", from_name="匿名")
    graph_simulator.add_comment(post.id, "090-1234-5678 に電話して", from_id="802")
    page_sync(page_id=official.pk)
    comments_screen(
        comment_ids=list(Comment.objects.filter(page=official).values_list("pk", flat=True))
    )
    flagged = Flag.objects.filter(comment__page=official, decision__isnull=True)
    assert flagged.count() >= 2
    decided = flagged.first().comment
    decision_record(comment_id=decided.pk, actor=admin.__class__.objects.get(username="secretariat"),
                    action="delete", clause="defamation", reason="誹謗中傷")  # fmt: skip
    assert ModerationAction.objects.filter(comment__page=official, status="pending").exists()

    # Withdrawal: requested, approved, checklist, confirmation with counts, done.
    page.goto(page_url)
    page.get_by_role("link", name="撤退を申請する").click()
    page.fill("textarea[name=comment]", "事業終了のため撤退します。")
    page.locator("main form button[type=submit]").first.click()
    # The department cannot take the request back: it is confirmed first.
    assert "取り消せません" in page.locator("#confirm").inner_text()
    check_page(page, label="withdrawal request confirmation")
    page.get_by_role("button", name="はい、撤退を申請する").click()
    page.wait_for_url(page_url)
    switch_user(page, "ict-office")
    page.goto(page_url)
    page.get_by_role("link", name="撤退を承認する").click()
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(page_url)
    switch_user(page, "tourism-admin")
    page.goto(page_url)
    page.get_by_role("link", name="撤退チェックリストを完了する").click()
    for name in ("closure_announced", "token_revoked", "records_kept"):
        page.check(f"[name={name}]")
    page.get_by_role("button", name="撤退を完了する").click()
    confirm = page.locator("#confirm")
    open_flags = Flag.objects.filter(comment__page=official, decision__isnull=True).count()
    assert f"{open_flags} 件" in confirm.inner_text() and "取り消せません" in confirm.inner_text()
    # The queue is named as the navigation names it (コメント確認), never 審査キュー.
    assert "コメント確認から外れる未判断の検知" in confirm.inner_text()
    shoot(page, SHOTS, "06-withdrawal-confirm", PAGE_SHOTS, fits=True)
    page.get_by_role("button", name="ページを撤退させる").click()
    page.wait_for_url(page_url)
    assert "撤退済み" in page.inner_text("h1")
    assert "を撤退させました" in page.inner_text("main")
    assert "未判断の検知はコメント確認から外れ" in page.inner_text("main")
    assert "審査キュー" not in page.inner_text("main")
    shoot(page, SHOTS, "07-withdrawn", PAGE_SHOTS, fits=True)

    # The secretariat's queue no longer holds its flags; the outbox offers no retry.
    switch_user(page, "secretariat")
    page.goto("/moderation/")
    assert "お前はバカだ" not in page.inner_text("main")
    page.goto("/moderation/outbox/")
    row = page.locator(
        f"tr[data-action='{ModerationAction.objects.get(comment=decided, kind='delete').pk}']"
    )
    assert "ページが撤退したため" in row.inner_text()
    assert row.get_by_role("button", name="再試行").count() == 0
    shoot(page, SHOTS, "08-outbox-cancelled", PAGE_SHOTS, fits=True)

    # The public registry lists it as withdrawn, with the date.
    page.goto("/registry/")
    withdrawn = page.inner_text("#withdrawn-pages")
    assert "石巻市観光課" in withdrawn and timezone.localdate().isoformat() in withdrawn
    shoot(page, SHOTS, "09-registry-withdrawn", PAGE_SHOTS, fits=True)


def test_a_cancelled_facebook_login_is_explained_with_a_retry(
    page, live_server, graph_simulator, approved_page
):
    switch_user(page, "tourism-admin")
    page.goto(f"/pages/{approved_page.pk}/connect/")
    page.get_by_role("link", name="Facebookでログイン").click()
    page.wait_for_url(lambda url: url.startswith(graph_simulator.url))
    page.get_by_role("button", name="キャンセル").click()
    page.wait_for_url(re.compile(r"/pages/connect/callback/"))
    assert "キャンセル" in page.inner_text("#connect-error")
    shoot(page, SHOTS, "10-connect-cancelled", PAGE_SHOTS, fits=True)
    # Trying again leads straight back to the dialog.
    page.get_by_role("link", name="Facebookでもう一度ログインする").click()
    page.wait_for_url(lambda url: url.startswith(graph_simulator.url))
    page.uncheck("input[name=grant_scope][value=pages_manage_engagement]")
    page.get_by_role("button", name="続行").click()
    page.wait_for_url(re.compile(r"/pages/connect/callback/"))
    assert "pages_manage_engagement" in page.inner_text("#connect-error")
    approved_page.refresh_from_db()
    assert not approved_page.has_token
