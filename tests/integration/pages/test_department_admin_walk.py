"""What a first-time department admin (課の管理者) met on their own screens, one test per
defect found walking them: each step must say what happened and what to do next, in Japanese,
without knowledge the screen does not give."""

from __future__ import annotations

import pytest

from accounts.services import role_grant
from pages.models import PageStatus
from pages.services import (
    activity_policy_revision_start,
    activity_policy_transition,
    activity_policy_update,
    page_decide_application,
    page_decide_withdrawal,
    page_open_review,
    page_transition,
)
from pages.transitions import Action
from tests.fixtures_pages import policy_data, withdraw

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned_revision(active_page, tourism_admin, ict_user):
    revision = activity_policy_revision_start(page_id=active_page.pk, actor=tourism_admin)
    activity_policy_update(
        policy_id=revision.pk,
        actor=tourism_admin,
        data=policy_data(purpose="観光と防災の情報を発信する。", change_note="防災を追加"),
    )
    activity_policy_transition(policy_id=revision.pk, action="submit", actor=tourism_admin)
    return activity_policy_transition(
        policy_id=revision.pk, action="return", actor=ict_user, comment="発信内容にも防災を書く"
    )


def test_department_admin_sees_a_returned_policy_revision_on_home_and_page(
    client, active_page, returned_revision, tourism_admin
):
    client.force_login(tourism_admin)
    home = client.get("/").content.decode()
    assert "差し戻された活用方針の改定" in home
    assert f"/pages/{active_page.pk}/policies/v{returned_revision.version}/" in home

    detail = client.get(f"/pages/{active_page.pk}/").content.decode()
    assert 'id="revision-returned"' in detail
    assert "ICT総合推進室から差し戻されました" in detail
    assert "発信内容にも防災を書く" in detail


def test_department_admin_home_forgets_the_revision_once_it_is_sent_again(
    client, returned_revision, tourism_admin
):
    activity_policy_transition(policy_id=returned_revision.pk, action="submit", actor=tourism_admin)
    client.force_login(tourism_admin)
    assert "差し戻された活用方針の改定" not in client.get("/").content.decode()


def test_page_detail_offers_the_policy_revision_and_the_operator_request(
    client, active_page, tourism_admin, tourism_operator, tourism
):
    client.force_login(tourism_admin)
    detail = client.get(f"/pages/{active_page.pk}/").content.decode()
    assert f'href="/pages/{active_page.pk}/policies/revise/"' in detail
    assert f'href="/accounts/operator-requests/new/{tourism.pk}/"' in detail
    # The operator who holds the role is listed, though the application named nobody.
    assert "現在の運用者（権限あり）" in detail
    assert str(tourism_operator) in detail


def test_operator_sees_no_revision_or_operator_request_link(
    client, active_page, tourism_operator, tourism
):
    client.force_login(tourism_operator)
    detail = client.get(f"/pages/{active_page.pk}/").content.decode()
    assert "/policies/revise/" not in detail
    assert "/accounts/operator-requests/new/" not in detail


def test_withdrawal_request_asks_for_confirmation_and_says_it_cannot_be_taken_back(
    client, active_page, tourism_admin
):
    client.force_login(tourism_admin)
    url = f"/pages/{active_page.pk}/action/request_withdrawal/"
    form = client.get(url).content.decode()
    assert "担当課からは取り消せません" in form

    response = client.post(url, {"comment": "事業終了のため"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="confirm"' in body and "事業終了のため" in body
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.ACTIVE  # nothing sent before the confirmation

    response = client.post(url, {"comment": "事業終了のため", "confirmed": "1"})
    assert response.status_code == 302
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.WITHDRAWAL_REQUESTED


def test_saving_a_returned_application_says_it_was_not_sent(
    client, submitted_page, tourism_admin, ict_user
):
    page_decide_application(
        page_id=submitted_page.pk, action=Action.RETURN, actor=ict_user, comment="頻度を具体的に"
    )
    client.force_login(tourism_admin)
    form = client.get(f"/pages/{submitted_page.pk}/edit/")
    data = {
        key: value
        for key, value in form.context["form"].initial.items()
        if key not in ("operators",)
    }
    post = {f"page-{k}": (v.pk if hasattr(v, "pk") else v) for k, v in data.items()}
    post["page-department"] = submitted_page.department_id
    for name, value in policy_data(posting_frequency="毎週水曜日").items():
        if name == "change_note":
            continue
        post[f"policy-{name}"] = value.isoformat() if hasattr(value, "isoformat") else value
    response = client.post(f"/pages/{submitted_page.pk}/edit/", post, follow=True)
    body = response.content.decode()
    assert "まだ送信していません" in body
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.RETURNED


def test_training_warning_says_who_records_attendance(client, make_application, tourism_admin):
    page = make_application()
    client.force_login(tourism_admin)
    detail = client.get(f"/pages/{page.pk}/").content.decode()
    assert "受講の記録は勉強会の後にICT総合推進室が登録します" in detail


def test_page_detail_names_the_department_in_japanese_only(client, active_page, tourism_admin):
    client.force_login(tourism_admin)
    detail = client.get(f"/pages/{active_page.pk}/").content.decode()
    assert "Tourism Division" not in detail
    english = client.get(f"/pages/{active_page.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 200


def test_a_connected_page_offers_reconnection_not_a_first_connection(
    client, active_page, tourism_admin
):
    client.force_login(tourism_admin)
    detail = client.get(f"/pages/{active_page.pk}/").content.decode()
    connect = f'href="/pages/{active_page.pk}/connect/">'
    assert connect + "Facebookページを接続し直す<" in detail
    assert connect + "Facebookページを接続する<" not in detail


def test_continuation_form_points_to_the_withdrawal_by_its_button_name(
    client, active_page, ict_user, tourism_admin
):
    page_open_review(page_id=active_page.pk, actor=ict_user, comment="年次確認")
    client.force_login(tourism_admin)
    form = client.get(f"/pages/{active_page.pk}/continue/").content.decode()
    assert "撤退を申請してください" in form and "廃止" not in form


def test_registry_check_calls_a_closed_page_withdrawn_like_the_registry(
    client, active_page, tourism_admin, ict_user
):
    withdraw(active_page, admin=tourism_admin, ict=ict_user)
    answer = client.get(
        "/registry/check/", {"url": active_page.facebook_url}, HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert "撤退したページです。" in answer and "廃止" not in answer


def test_role_grant_is_what_the_operator_row_reads(client, active_page, tourism_admin):
    """An operator added through the ICT office (a role grant) appears on the page at once."""
    from accounts.models import User
    from accounts.roles import Role

    person = User.objects.create_user(username="new-op", display_name="観光課 新人")
    role_grant(
        actor=None, user=person, role=Role.DEPARTMENT_OPERATOR, department=active_page.department
    )
    client.force_login(tourism_admin)
    assert "観光課 新人" in client.get(f"/pages/{active_page.pk}/").content.decode()


def test_pages_list_labels_every_value_for_the_phone_layout(client, active_page, tourism_admin):
    """On a phone each row is a card: a value without its label (a bare date, a dash) says
    nothing."""
    client.force_login(tourism_admin)
    body = client.get("/pages/").content.decode()
    for label in ("担当課", "ページ名", "状態", "運用管理責任者", "次回の継続確認日"):
        assert f'data-label="{label}"' in body


def test_new_department_admin_home_starts_with_the_application(client, tourism_admin):
    client.force_login(tourism_admin)
    home = client.get("/").content.decode()
    assert "公式ページの開設を申請する" in home and 'href="/pages/apply/"' in home


def test_home_offers_no_application_once_the_department_has_a_page(
    client, submitted_page, tourism_admin
):
    client.force_login(tourism_admin)
    assert 'href="/pages/apply/"' not in client.get("/").content.decode()


def test_a_page_under_review_says_on_top_what_the_department_must_answer(
    client, active_page, ict_user, tourism_admin
):
    page_open_review(page_id=active_page.pk, actor=ict_user, comment="年次確認")
    client.force_login(tourism_admin)
    detail = client.get(f"/pages/{active_page.pk}/").content.decode()
    assert 'id="review-due"' in detail
    notice = detail[detail.index('id="review-due"') :]
    assert notice.index("継続すると回答する") < notice.index("</div>")
    assert detail.index('id="review-due"') < detail.index('id="actions-heading"')


def test_sending_a_revision_says_it_was_sent_not_only_saved(client, active_page, tourism_admin):
    import datetime as dt

    from django.utils import timezone

    client.force_login(tourism_admin)
    data = {k: v for k, v in policy_data().items() if k != "deletion_clauses"}
    data.update(
        deletion_clauses=["privacy"],
        review_date=(timezone.localdate() + dt.timedelta(days=200)).isoformat(),
        change_note="頻度変更",
    )
    saved = client.post(f"/pages/{active_page.pk}/policies/revise/", data, follow=True)
    assert "改定を保存しました。" in saved.content.decode()
    sent = client.post(
        f"/pages/{active_page.pk}/policies/revise/", {**data, "submit": "1"}, follow=True
    )
    assert "改定案をICT総合推進室に申請しました。" in sent.content.decode()


def test_withdrawal_checklist_offers_the_records_to_keep(
    client, active_page, tourism_admin, ict_user
):
    page_transition(
        page_id=active_page.pk,
        action=Action.REQUEST_WITHDRAWAL,
        actor=tourism_admin,
        comment="終了",
    )
    page_decide_withdrawal(page_id=active_page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict_user)
    client.force_login(tourism_admin)
    body = client.get(f"/pages/{active_page.pk}/withdrawal/").content.decode()
    assert 'id="records-downloads"' in body
    assert f"/pages/{active_page.pk}/comments/export.csv" in body


def test_policy_versions_say_which_draft_was_returned_and_label_each_value(
    client, active_page, returned_revision, tourism_admin
):
    client.force_login(tourism_admin)
    body = client.get(f"/pages/{active_page.pk}/policies/").content.decode()
    assert 'data-label="決裁者"' in body and 'data-label="申請者"' in body
    assert '<span class="status status--attention">差し戻し</span>' in body


def test_application_form_selects_ask_to_choose_instead_of_dashes(client, tourism_admin):
    client.force_login(tourism_admin)
    body = client.get("/pages/apply/").content.decode()
    assert "---------" not in body
    assert body.count('<option value="">選んでください</option>') == 2


def test_public_operating_policy_labels_each_clause_for_the_phone(client):
    """On a phone the clause table becomes cards: which text is the prohibited post and
    which the city's response must be said."""
    body = client.get("/policy/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert body.count('data-label="禁止する投稿"') == 18
    assert body.count('data-label="市の対応"') == 18


def test_public_registry_marks_the_machine_check_as_for_programs(client):
    body = client.get("/registry/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "プログラム向け：/registry/verify?url=…" in body


def test_submitting_says_where_the_application_went_and_the_page_says_it_waits(
    client, make_application, trained, tourism_admin, ict_user
):
    page = make_application()
    trained(tourism_admin)
    client.force_login(tourism_admin)
    response = client.post(f"/pages/{page.pk}/action/submit/", {}, follow=True)
    body = response.content.decode()
    assert "申請をICT総合推進室に送りました。判断が出るとメールでお知らせします。" in body
    assert 'id="waiting-for-office"' in body
    client.force_login(ict_user)  # the office decides: no "waiting" line for it
    assert 'id="waiting-for-office"' not in client.get(f"/pages/{page.pk}/").content.decode()
