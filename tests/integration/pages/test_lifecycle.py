"""Every transition of the page lifecycle and every refusal, through the services and the
views; the timeline rows and the e-mails are checked too."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.roles import Role
from guidelines.models import ActivityPolicyStatus
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from pages.models import ConnectionState, PageEvent, PageRequest, PageStatus
from pages.selectors import pages_for_sync, pages_with_overdue_review, registry_pages
from pages.services import (
    activity_policy_revision_start,
    activity_policy_transition,
    page_answer_continue,
    page_complete_withdrawal,
    page_connection_mark_broken,
    page_connection_mark_ok,
    page_connection_store,
    page_decide_application,
    page_decide_continuation,
    page_decide_withdrawal,
    page_open_review,
    page_record_activity,
    page_submit,
    page_transition,
    pages_open_due_reviews,
)
from pages.transitions import Action
from tests.fixtures_pages import verified

pytestmark = pytest.mark.django_db


def timeline(page):
    return [(e.action, e.from_status, e.to_status) for e in PageEvent.objects.filter(page=page)]


# --------------------------------------------------------------------------- application


def test_department_admin_cannot_submit_before_the_responsible_person_attended_training(
    make_application, tourism_admin, trained
):
    page = make_application()
    with pytest.raises(DomainError, match="受講していません"):
        page_submit(page_id=page.pk, actor=tourism_admin)
    page.refresh_from_db()
    assert page.status == PageStatus.DRAFT
    assert not PageRequest.objects.filter(page=page).exists()
    trained(tourism_admin)
    page = page_submit(page_id=page.pk, actor=tourism_admin)
    assert page.status == PageStatus.SUBMITTED


def test_department_admin_can_submit_and_the_ict_office_is_emailed(
    make_application, tourism_admin, trained, ict_user, django_capture_on_commit_callbacks
):
    page = make_application()
    trained(tourism_admin)
    with django_capture_on_commit_callbacks(execute=True):
        page_submit(page_id=page.pk, actor=tourism_admin, comment="よろしくお願いします")
    assert timeline(page) == [("create", "draft", "draft"), ("submit", "draft", "submitted")]
    event = PageEvent.objects.get(page=page, action="submit")
    assert event.actor == tourism_admin and event.comment == "よろしくお願いします"
    request = PageRequest.objects.get(page=page)
    assert (request.kind, request.status, request.submitted_by) == (
        "open",
        "pending",
        tourism_admin,
    )
    assert page.activity_policies.get().status == ActivityPolicyStatus.PENDING
    assert [m.to for m in mail.outbox] == [[ict_user.email]]
    assert page.name in mail.outbox[0].subject


def test_ict_office_can_return_and_the_department_is_emailed(
    submitted_page, ict_user, tourism_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = page_decide_application(
            page_id=submitted_page.pk,
            action=Action.RETURN,
            actor=ict_user,
            comment="目的を具体的に",
        )
    assert page.status == PageStatus.RETURNED
    assert PageRequest.objects.get(page=page).status == "returned"
    assert page.activity_policies.get().status == ActivityPolicyStatus.DRAFT
    assert [m.to for m in mail.outbox] == [[tourism_admin.email]]
    assert "目的を具体的に" in mail.outbox[0].body
    # revised and resubmitted: a new pending request
    page = page_submit(page_id=page.pk, actor=tourism_admin)
    assert page.status == PageStatus.SUBMITTED
    assert PageRequest.objects.filter(page=page, status="pending").count() == 1
    assert timeline(page)[-2:] == [
        ("return", "submitted", "returned"),
        ("submit", "returned", "submitted"),
    ]


def test_ict_office_cannot_return_or_reject_without_a_reason(submitted_page, ict_user):
    for action in (Action.RETURN, Action.REJECT):
        with pytest.raises(DomainError, match="コメント"):
            page_decide_application(page_id=submitted_page.pk, action=action, actor=ict_user)
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.SUBMITTED


def test_ict_office_can_reject_and_the_department_may_apply_again(
    submitted_page, ict_user, make_application
):
    page = page_decide_application(
        page_id=submitted_page.pk, action=Action.REJECT, actor=ict_user, comment="重複"
    )
    assert page.status == PageStatus.REJECTED
    assert page.activity_policies.get().status == ActivityPolicyStatus.REJECTED
    again = make_application(name="石巻市観光課（再申請）")
    assert again.status == PageStatus.DRAFT


def test_department_admin_can_cancel_a_draft(make_application, tourism_admin):
    page = make_application()
    page = page_transition(page_id=page.pk, action=Action.CANCEL, actor=tourism_admin)
    assert page.status == PageStatus.CANCELLED


def test_department_cannot_have_two_live_pages(submitted_page, make_application):
    with pytest.raises(DomainError, match="すでに公式ページ"):
        make_application(name="二つ目")


def test_department_admin_cannot_approve_own_application(submitted_page, tourism_admin):
    with pytest.raises(PermissionDeniedError):
        page_decide_application(
            page_id=submitted_page.pk, action=Action.APPROVE, actor=tourism_admin
        )


def test_ict_office_member_cannot_approve_own_application_for_the_ict_page(
    make_department, make_user, trained, make_application, ict_actor
):
    """The ICT office's own page: its applicant holds the ICT role but may not approve it."""
    ict_department = make_department("ict", "ICT総合推進室", "ICT Promotion Office")
    applicant = make_user(Role.ICT_OFFICE, username="ict-applicant")
    from accounts.services import role_grant

    role_grant(actor=None, user=applicant, role=Role.DEPARTMENT_ADMIN, department=ict_department)
    page = make_application(actor=applicant, department=ict_department, name="石巻市ICT")
    trained(applicant)
    page_submit(page_id=page.pk, actor=applicant)
    with pytest.raises(PermissionDeniedError, match="自分が行った申請"):
        page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=applicant)
    page = page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict_actor)
    assert page.status == PageStatus.APPROVED


def test_wrong_role_and_wrong_department_are_refused(
    submitted_page, tourism_operator, fisheries_admin, secretariat_user, auditor_user
):
    for actor in (tourism_operator, fisheries_admin, secretariat_user, auditor_user):
        with pytest.raises(PermissionDeniedError):
            page_decide_application(page_id=submitted_page.pk, action=Action.APPROVE, actor=actor)
    with pytest.raises(PermissionDeniedError):
        page_transition(page_id=submitted_page.pk, action=Action.CANCEL, actor=fisheries_admin)


def test_illegal_state_is_refused(submitted_page, tourism_admin, ict_user):
    with pytest.raises(InvalidTransitionError):
        page_submit(page_id=submitted_page.pk, actor=tourism_admin)
    with pytest.raises(InvalidTransitionError):
        page_connection_store(page_id=submitted_page.pk, actor=tourism_admin, verified=verified())
    with pytest.raises(InvalidTransitionError):
        page_open_review(page_id=submitted_page.pk, actor=ict_user, comment="x")
    assert timeline(submitted_page)[-1] == ("submit", "draft", "submitted")


def test_database_allows_one_pending_request_per_page(submitted_page, tourism_admin):
    with pytest.raises(IntegrityError), transaction.atomic():
        PageRequest.objects.create(
            page=submitted_page,
            kind="open",
            submitted_by=tourism_admin,
            submitted_at=timezone.now(),
        )


# --------------------------------------------------------------------------- connection


def test_approved_page_becomes_active_when_connected(
    approved_page, tourism_admin, ict_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = page_connection_store(
            page_id=approved_page.pk, actor=tourism_admin, verified=verified("123456789012")
        )
    assert page.status == PageStatus.ACTIVE
    assert page.connection_state == ConnectionState.OK
    assert page.opened_on == timezone.localdate()
    assert page.next_review_on == timezone.localdate() + dt.timedelta(days=365)
    assert {tuple(m.to) for m in mail.outbox} == {(ict_user.email,)}
    assert list(registry_pages()) == [page]
    [synced] = pages_for_sync()
    assert synced.page_access_token() == "EAAB-test-page-token"
    assert "EAAB" not in repr(synced.access_token) and "EAAB" not in str(synced.access_token)


def test_the_token_is_stored_encrypted(active_page):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT access_token FROM pages_officialpage WHERE id = %s", [active_page.pk]
        )
        raw = cursor.fetchone()[0]
    assert raw and "EAAB" not in raw


def test_one_facebook_page_cannot_back_two_official_pages(
    active_page, make_department, make_user, make_application, trained, ict_user
):
    other = make_department("suisan", "水産課", "Fisheries")
    admin = make_user(Role.DEPARTMENT_ADMIN, other, username="suisan-admin")
    page = make_application(actor=admin, department=other, name="水産")
    trained(admin)
    page_submit(page_id=page.pk, actor=admin)
    page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict_user)
    with pytest.raises(DomainError, match="すでに別の公式ページ"):
        page_connection_store(
            page_id=page.pk, actor=admin, verified=verified(active_page.facebook_page_id)
        )


# --------------------------------------------------------------------------- continuation


def test_continuation_review_answered_and_approved(
    active_page, tourism_admin, ict_user, django_capture_on_commit_callbacks
):
    page = page_open_review(page_id=active_page.pk, actor=ict_user, comment="年次確認")
    assert page.status == PageStatus.REVIEW_DUE and page.review_reason == "manual"
    with pytest.raises(DomainError, match="現在の活用方針を確認"):
        page_answer_continue(page_id=page.pk, actor=tourism_admin, policy_confirmed=False)
    with django_capture_on_commit_callbacks(execute=True):
        page = page_answer_continue(page_id=page.pk, actor=tourism_admin, policy_confirmed=True)
    assert page.status == PageStatus.CONTINUATION_ANSWERED
    assert [m.to for m in mail.outbox] == [[ict_user.email]]
    page = page_decide_continuation(
        page_id=page.pk, action=Action.RETURN_CONTINUATION, actor=ict_user, comment="方針を見直して"
    )
    assert page.status == PageStatus.REVIEW_DUE
    page = page_answer_continue(page_id=page.pk, actor=tourism_admin, policy_confirmed=True)
    page = page_decide_continuation(
        page_id=page.pk, action=Action.APPROVE_CONTINUATION, actor=ict_user
    )
    assert page.status == PageStatus.ACTIVE
    assert page.review_reason == "" and page.review_answer_due_on is None
    assert [a for a, *_ in timeline(page)][-5:] == [
        "open_review",
        "answer_continue",
        "return_continuation",
        "answer_continue",
        "approve_continuation",
    ]


def test_continuation_with_a_revised_policy_approves_the_revision(
    active_page, tourism_admin, ict_user
):
    page_open_review(page_id=active_page.pk, actor=None, reason="yearly")
    revision = activity_policy_revision_start(page_id=active_page.pk, actor=tourism_admin)
    assert revision.version == 2 and revision.status == ActivityPolicyStatus.DRAFT
    activity_policy_transition(policy_id=revision.pk, action="submit", actor=tourism_admin)
    page_answer_continue(page_id=active_page.pk, actor=tourism_admin, policy_confirmed=False)
    page_decide_continuation(
        page_id=active_page.pk, action=Action.APPROVE_CONTINUATION, actor=ict_user
    )
    statuses = dict(active_page.activity_policies.values_list("version", "status"))
    assert statuses == {1: "superseded", 2: "in_force"}


def test_department_admin_cannot_approve_own_continuation(active_page, tourism_admin):
    page_open_review(page_id=active_page.pk, actor=None, reason="yearly")
    page_answer_continue(page_id=active_page.pk, actor=tourism_admin, policy_confirmed=True)
    with pytest.raises(PermissionDeniedError):
        page_decide_continuation(
            page_id=active_page.pk, action=Action.APPROVE_CONTINUATION, actor=tourism_admin
        )


def test_nobody_but_the_system_or_the_ict_office_opens_a_review(active_page, tourism_admin):
    with pytest.raises(PermissionDeniedError):
        page_open_review(page_id=active_page.pk, actor=tourism_admin, comment="x")


def test_periodic_job_opens_yearly_and_dormancy_reviews_and_is_idempotent(active_page, settings):
    today = timezone.localdate()
    assert pages_open_due_reviews() == []
    page_record_activity(page_id=active_page.pk, last_post_at=timezone.now())
    # 91 days later, quiet: dormant
    with time_machine.travel(timezone.now() + dt.timedelta(days=91), tick=False):
        assert pages_open_due_reviews() == [(active_page.pk, "dormant")]
        assert pages_open_due_reviews() == []
    active_page.refresh_from_db()
    assert active_page.status == PageStatus.REVIEW_DUE
    assert active_page.review_answer_due_on == today + dt.timedelta(days=91 + 30)
    assert timeline(active_page)[-1] == ("open_review", "active", "review_due")
    assert PageEvent.objects.filter(page=active_page, action="open_review").get().actor is None


def test_periodic_job_opens_the_yearly_review_of_an_active_page(active_page, tourism_admin):
    later = timezone.now() + dt.timedelta(days=366)
    page_record_activity(page_id=active_page.pk, last_post_at=later - dt.timedelta(days=1))
    assert pages_open_due_reviews(now=later) == [(active_page.pk, "yearly")]


def test_recent_posts_keep_a_page_out_of_dormancy(active_page, settings):
    settings.PAGES_DORMANCY_DAYS = 30
    later = timezone.now() + dt.timedelta(days=40)
    page_record_activity(page_id=active_page.pk, last_post_at=later - dt.timedelta(days=2))
    # an older post recorded afterwards does not move the clock back
    page_record_activity(page_id=active_page.pk, last_post_at=later - dt.timedelta(days=39))
    assert pages_open_due_reviews(now=later) == []


def test_overdue_reviews_escalate_on_the_ict_office_home(active_page, ict_user, client):
    page_open_review(page_id=active_page.pk, actor=None, reason="dormant")
    assert list(pages_with_overdue_review()) == []
    with time_machine.travel(timezone.now() + dt.timedelta(days=31), tick=False):
        assert list(pages_with_overdue_review()) == [active_page]
        client.force_login(ict_user)
        body = client.get("/").content.decode()
    assert "todo--urgent" in body and active_page.name in body


def test_worker_marks_a_connection_broken_once_and_opens_a_review(
    active_page, tourism_admin, ict_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert page_connection_mark_broken(page_id=active_page.pk, reason="token expired (190)")
        assert not page_connection_mark_broken(page_id=active_page.pk, reason="again")
    active_page.refresh_from_db()
    assert active_page.connection_state == ConnectionState.BROKEN
    assert active_page.status == PageStatus.REVIEW_DUE
    assert active_page.review_reason == "connection_broken"
    assert list(pages_for_sync()) == []
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {tourism_admin.email, ict_user.email}
    assert [a for a, *_ in timeline(active_page)][-2:] == ["connection_broken", "open_review"]
    assert page_connection_mark_ok(page_id=active_page.pk)
    assert not page_connection_mark_ok(page_id=active_page.pk)
    active_page.refresh_from_db()
    assert active_page.connection_state == ConnectionState.OK
    assert active_page.status == PageStatus.REVIEW_DUE  # the department still answers


def test_department_can_reconnect_a_page_under_review(active_page, tourism_admin):
    page_connection_mark_broken(page_id=active_page.pk, reason="190")
    page = page_connection_store(
        page_id=active_page.pk,
        actor=tourism_admin,
        verified=verified(active_page.facebook_page_id, token="EAAB-new-token"),
    )
    assert page.status == PageStatus.REVIEW_DUE
    assert page.connection_state == ConnectionState.OK
    assert page.page_access_token() == "EAAB-new-token"


# --------------------------------------------------------------------------- withdrawal


def test_withdrawal_requested_approved_and_completed(
    active_page, tourism_admin, ict_user, django_capture_on_commit_callbacks
):
    with pytest.raises(DomainError, match="コメント"):
        page_transition(
            page_id=active_page.pk, action=Action.REQUEST_WITHDRAWAL, actor=tourism_admin
        )
    page = page_transition(
        page_id=active_page.pk,
        action=Action.REQUEST_WITHDRAWAL,
        actor=tourism_admin,
        comment="事業終了のため",
    )
    assert page.status == PageStatus.WITHDRAWAL_REQUESTED
    assert list(registry_pages()) == [page]  # still official until it is closed
    with pytest.raises(PermissionDeniedError):
        page_decide_withdrawal(
            page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=tourism_admin
        )
    with django_capture_on_commit_callbacks(execute=True):
        page = page_decide_withdrawal(
            page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict_user
        )
    assert page.status == PageStatus.WITHDRAWAL_APPROVED
    assert [m.to for m in mail.outbox] == [[tourism_admin.email]]
    assert list(registry_pages()) == []
    with pytest.raises(DomainError, match="チェックリスト"):
        page_complete_withdrawal(
            page_id=page.pk,
            actor=tourism_admin,
            closure_announced=True,
            token_revoked=False,
            records_kept=True,
        )
    page = page_complete_withdrawal(
        page_id=page.pk,
        actor=tourism_admin,
        closure_announced=True,
        token_revoked=True,
        records_kept=True,
    )
    page.refresh_from_db()
    assert page.status == PageStatus.WITHDRAWN
    assert page.access_token == "" and page.withdrawn_on == timezone.localdate()
    assert page.events.count() == 7  # the history stays
    assert list(pages_for_sync()) == []


def test_ict_office_may_request_withdrawal_and_another_member_approves(
    active_page, ict_user, ict_actor
):
    page_transition(
        page_id=active_page.pk, action=Action.REQUEST_WITHDRAWAL, actor=ict_user, comment="休眠"
    )
    with pytest.raises(PermissionDeniedError):
        page_decide_withdrawal(
            page_id=active_page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict_user
        )
    page = page_decide_withdrawal(
        page_id=active_page.pk, action=Action.DECLINE_WITHDRAWAL, actor=ict_actor, comment="継続"
    )
    assert page.status == PageStatus.ACTIVE


# --------------------------------------------------------------------------- through the views


def test_detail_page_shows_only_the_actions_the_viewer_may_take(
    client, submitted_page, ict_user, tourism_admin
):
    client.force_login(tourism_admin)
    body = client.get(f"/pages/{submitted_page.pk}/").content.decode()
    assert f"/pages/{submitted_page.pk}/action/approve/" not in body
    client.force_login(ict_user)
    body = client.get(f"/pages/{submitted_page.pk}/").content.decode()
    assert f"/pages/{submitted_page.pk}/action/approve/" in body
    assert f"/pages/{submitted_page.pk}/action/return/" in body


def test_views_refuse_an_action_not_available_with_403_and_change_nothing(
    client, submitted_page, tourism_admin, fisheries_admin
):
    client.force_login(tourism_admin)
    response = client.post(f"/pages/{submitted_page.pk}/action/approve/", {})
    assert response.status_code == 404  # no review permission at all
    response = client.post(f"/pages/{submitted_page.pk}/action/submit/", {})
    assert response.status_code == 403  # permitted, but not from "submitted"
    client.force_login(fisheries_admin)
    assert client.post(f"/pages/{submitted_page.pk}/action/cancel/", {}).status_code == 404
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.SUBMITTED


def test_return_without_a_comment_answers_a_clear_japanese_message(
    client, submitted_page, ict_user
):
    client.force_login(ict_user)
    response = client.post(
        f"/pages/{submitted_page.pk}/action/return/", {"comment": "  "}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 400
    assert "理由" in response.content.decode()
    submitted_page.refresh_from_db()
    assert submitted_page.status == PageStatus.SUBMITTED


def test_submit_without_training_shows_the_message_on_the_page(
    client, make_application, tourism_admin
):
    page = make_application()
    client.force_login(tourism_admin)
    body = client.get(f"/pages/{page.pk}/").content.decode()
    assert 'id="training-missing"' in body
    response = client.post(f"/pages/{page.pk}/action/submit/", {})
    assert response.status_code == 400
    page.refresh_from_db()
    assert page.status == PageStatus.DRAFT


def test_apply_form_answers_bad_input_in_japanese_and_creates_nothing(client, tourism_admin):
    client.force_login(tourism_admin)
    response = client.post(
        "/pages/apply/",
        {"page-name": " ", "page-responsible_person": "999999", "policy-review_date": "2030-02-31"},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "このフィールドは必須です。" in body
    assert "正しく選択してください。" in body
    assert "日付を正しく入力してください。" in body
    from pages.models import OfficialPage

    assert not OfficialPage.objects.exists()


def test_department_admin_home_lists_what_to_do(client, approved_page, tourism_admin):
    client.force_login(tourism_admin)
    body = client.get("/").content.decode()
    assert "Facebookとの接続待ちのページ" in body
    assert f"/pages/{approved_page.pk}/" in body
