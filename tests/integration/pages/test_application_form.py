"""The application form: blockers before the form, each question once, prefilled, dates
checked; after a return the reason on top and what changed, for both sides; the approval
screen shows the whole policy; rejecting asks for confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from pages.models import OfficialPage, PageStatus
from pages.services import page_decide_application
from pages.transitions import Action

pytestmark = pytest.mark.django_db


def _form_data(admin, **policy):
    data = {
        "page-department": str(admin.role_assignments.first().department_id),
        "page-name": "石巻市観光課",
        "page-responsible_person": str(admin.pk),
        "policy-purpose": "観光情報を発信する。",
        "policy-target_audience": "県外の観光客",
        "policy-content_themes": "イベント",
        "policy-posting_frequency": "週2回",
        "policy-posting_hours": "平日",
        "policy-posters": "運用者",
        "policy-post_approver": "課長",
        "policy-comment_handling": "返信しない",
        "policy-inquiries_to": "観光課",
        "policy-engagement_rules": "公的機関のみ",
        "policy-deletion_standard": "禁止事項",
        "policy-review_date": (timezone.localdate() + dt.timedelta(days=180)).isoformat(),
    }
    data.update({f"policy-{k}": v for k, v in policy.items()})
    return data


def test_the_form_is_prefilled_and_asks_the_purpose_once(client, tourism_admin, tourism):
    client.force_login(tourism_admin)
    body = client.get("/pages/apply/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert body.count('name="page-purpose"') == 0
    assert body.count('name="policy-purpose"') == 1
    assert "石巻市観光課" in body  # the page name from the department
    assert "観光課の運用者" in body and "観光課長" in body
    expected = (timezone.localdate() + dt.timedelta(days=365)).isoformat()
    assert f'value="{expected}"' in body


def test_a_department_with_a_page_is_told_before_the_form(client, tourism_admin, submitted_page):
    client.force_login(tourism_admin)
    response = client.get("/pages/apply/", HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="apply-blocked"' in body and 'name="policy-purpose"' not in body
    assert f"/pages/{submitted_page.pk}/" in body
    # A post straight to the URL is refused the same way and creates nothing.
    client.post("/pages/apply/", _form_data(tourism_admin))
    assert OfficialPage.objects.count() == 1


@pytest.mark.parametrize(
    ("days", "message"),
    [(0, "今日より後の日付"), (-30, "今日より後の日付"), (400, "365日以内")],
)
def test_the_review_date_must_be_ahead_and_within_the_interval(
    client, tourism_admin, tourism, days, message
):
    client.force_login(tourism_admin)
    review = (timezone.localdate() + dt.timedelta(days=days)).isoformat()
    response = client.post(
        "/pages/apply/", _form_data(tourism_admin, review_date=review), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not OfficialPage.objects.exists()


def test_the_purpose_is_stored_once_for_page_and_policy(client, tourism_admin, tourism):
    client.force_login(tourism_admin)
    response = client.post("/pages/apply/", _form_data(tourism_admin))
    assert response.status_code == 302
    page = OfficialPage.objects.get()
    assert page.purpose == "観光情報を発信する。"
    assert page.activity_policies.get().purpose == "観光情報を発信する。"


def test_after_a_return_both_sides_see_the_reason_on_top_and_what_changed(
    client, submitted_page, tourism_admin, ict_user
):
    page_decide_application(
        page_id=submitted_page.pk, action=Action.RETURN, actor=ict_user, comment="対象者を具体的に"
    )
    client.force_login(tourism_admin)
    edit = client.get(f"/pages/{submitted_page.pk}/edit/", HTTP_ACCEPT_LANGUAGE="ja")
    body = edit.content.decode()
    assert body.index('id="returned-reason"') < body.index('<form method="post" novalidate>')
    assert "対象者を具体的に" in body and 'id="no-changes-since-return"' in body
    data = _form_data(tourism_admin, target_audience="首都圏の<b>20代</b>")
    data.pop("page-department")
    data["policy-deletion_clauses"] = ["defamation", "privacy", "commercial"]
    assert client.post(f"/pages/{submitted_page.pk}/edit/", data).status_code == 302
    body = client.get(f"/pages/{submitted_page.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert body.index('id="returned-reason"') < body.index('id="actions-heading"')
    assert 'id="changes-since-return"' in body
    assert "首都圏の&lt;b&gt;20代&lt;/b&gt;" in body and "<b>20代</b>" not in body
    assert "県外の観光客、若い世代" in body  # the returned text, on the left
    client.post(f"/pages/{submitted_page.pk}/action/submit/", {})
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.SUBMITTED
    # The ICT office sees the same difference on the approval screen, with the full policy.
    client.force_login(ict_user)
    approve = client.get(
        f"/pages/{submitted_page.pk}/action/approve/", HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert 'id="changes-since-return"' in approve and "首都圏の&lt;b&gt;20代" in approve
    assert 'id="policy-full"' in approve and "観光課長" in approve
    assert 'id="in-force-diff"' in approve and "施行中の版はありません" in approve


def test_the_detail_page_links_to_the_approval_screen_instead_of_approving_at_once(
    client, submitted_page, ict_user
):
    client.force_login(ict_user)
    body = client.get(f"/pages/{submitted_page.pk}/").content.decode()
    assert f'href="/pages/{submitted_page.pk}/action/approve/"' in body
    assert f'action="/pages/{submitted_page.pk}/action/approve/"' not in body


def test_rejecting_asks_for_confirmation_first(client, submitted_page, ict_user):
    client.force_login(ict_user)
    url = f"/pages/{submitted_page.pk}/action/reject/"
    response = client.post(url, {"comment": "目的が不明確"}, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 200 and 'id="confirm"' in body
    assert "取り消せません" in body and submitted_page.name in body
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.SUBMITTED
    response = client.post(url, {"comment": "目的が不明確", "confirmed": "1"})
    assert response.status_code == 302
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.REJECTED
    follow = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "完了しました" in follow
