"""The continuation-review answer form, reworked like the application form: blockers
before the form, each question once, prefilled from the version in force, dates checked,
after a return the reason on top and what changed since, for both sides."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from guidelines.models import ActivityPolicyStatus
from ishinomaki_sns.common.errors import DomainError
from pages.models import PageRequest, PageStatus
from pages.services import (
    activity_policy_revision_start,
    activity_policy_transition,
    page_answer_continue,
    page_connection_mark_broken,
    page_decide_continuation,
    page_open_review,
)
from pages.transitions import Action
from tests.fixtures_pages import policy_data

pytestmark = pytest.mark.django_db


def _url(page) -> str:
    return f"/pages/{page.pk}/continue/"


def _post_data(policy, *, comment: str = "", **changes) -> dict:
    """The form as the department sends it: every field prefilled from `policy`, with
    `changes` applied."""
    data = {}
    for name in policy_data():
        if name == "change_note":
            continue
        value = changes.get(name, getattr(policy, name))
        if name == "deletion_clauses":
            data[f"policy-{name}"] = list(value)
        elif isinstance(value, dt.date):
            data[f"policy-{name}"] = value.isoformat()
        else:
            data[f"policy-{name}"] = value
    data["comment"] = comment
    return data


@pytest.fixture
def review_due(active_page, ict_user):
    return page_open_review(page_id=active_page.pk, actor=ict_user, comment="年次確認")


def _in_force(page):
    return page.activity_policies.get(status=ActivityPolicyStatus.IN_FORCE)


def test_the_form_is_prefilled_from_the_policy_in_force_and_asks_each_question_once(
    client, review_due, tourism_admin
):
    client.force_login(tourism_admin)
    body = client.get(_url(review_due), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    policy = _in_force(review_due)
    assert body.count('name="policy-purpose"') == 1
    assert "policy_confirmed" not in body and 'name="policy-change_note"' not in body
    assert body.count('name="comment"') == 1
    assert policy.purpose in body and policy.inquiries_to in body
    assert f'value="{policy.review_date.isoformat()}"' in body


def test_a_review_date_that_has_come_is_prefilled_with_the_next_one(
    client, review_due, tourism_admin
):
    review_due.activity_policies.update(review_date=timezone.localdate() - dt.timedelta(days=3))
    client.force_login(tourism_admin)
    body = client.get(_url(review_due)).content.decode()
    expected = (timezone.localdate() + dt.timedelta(days=365)).isoformat()
    assert f'value="{expected}"' in body


def test_an_unchanged_answer_confirms_the_policy_in_force(client, review_due, tourism_admin):
    client.force_login(tourism_admin)
    response = client.post(_url(review_due), _post_data(_in_force(review_due)))
    assert response.status_code == 302
    review_due.refresh_from_db()
    assert review_due.status == PageStatus.CONTINUATION_ANSWERED
    assert review_due.activity_policies.count() == 1  # no revision
    request = review_due.requests.get(status=PageRequest.Status.PENDING)
    assert request.kind == PageRequest.Kind.CONTINUATION
    assert request.snapshot["purpose"] == _in_force(review_due).purpose


def test_a_changed_answer_submits_a_revision_approved_with_the_continuation(
    client, review_due, tourism_admin, ict_user
):
    client.force_login(tourism_admin)
    data = _post_data(
        _in_force(review_due), purpose="観光と移住の情報を発信する。", comment="移住を追加"
    )
    assert client.post(_url(review_due), data).status_code == 302
    revision = review_due.activity_policies.get(version=2)
    assert revision.status == ActivityPolicyStatus.PENDING
    assert (
        revision.purpose == "観光と移住の情報を発信する。" and revision.change_note == "移住を追加"
    )
    page_decide_continuation(
        page_id=review_due.pk, action=Action.APPROVE_CONTINUATION, actor=ict_user
    )
    statuses = dict(review_due.activity_policies.values_list("version", "status"))
    assert statuses == {1: "superseded", 2: "in_force"}


@pytest.mark.parametrize(
    ("days", "message"),
    [(0, "今日より後の日付"), (-10, "今日より後の日付"), (366, "365日以内")],
)
def test_review_dates_are_checked_on_the_form(client, review_due, tourism_admin, days, message):
    client.force_login(tourism_admin)
    data = _post_data(
        _in_force(review_due), review_date=timezone.localdate() + dt.timedelta(days=days)
    )
    response = client.post(_url(review_due), data, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400 and message in response.content.decode()
    review_due.refresh_from_db()
    assert review_due.status == PageStatus.REVIEW_DUE
    assert review_due.activity_policies.count() == 1


def test_bad_input_is_a_japanese_message_not_a_500(client, review_due, tourism_admin):
    client.force_login(tourism_admin)
    data = _post_data(_in_force(review_due), review_date="2030-02-31", purpose="")
    data["policy-deletion_clauses"] = ["not-a-clause"]
    response = client.post(_url(review_due), data, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400
    body = response.content.decode()
    assert "このフィールドは必須です。" in body and "日付を正しく入力してください。" in body


def test_after_a_return_the_reason_is_on_top_and_both_sides_see_what_changed(
    client, review_due, tourism_admin, ict_user
):
    client.force_login(tourism_admin)
    first = _post_data(
        _in_force(review_due), purpose="観光と移住の情報を発信する。", comment="移住"
    )
    client.post(_url(review_due), first)
    page_decide_continuation(
        page_id=review_due.pk,
        action=Action.RETURN_CONTINUATION,
        actor=ict_user,
        comment="対象者を<b>明確に</b>してください",
    )
    review_due.refresh_from_db()
    revision = review_due.activity_policies.get(version=2)
    assert review_due.status == PageStatus.REVIEW_DUE
    assert revision.status == ActivityPolicyStatus.DRAFT  # back to the department

    body = client.get(_url(review_due), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="returned-reason"' in body
    assert body.index('id="returned-reason"') < body.index('name="policy-purpose"')
    assert "対象者を&lt;b&gt;明確に&lt;/b&gt;してください" in body
    assert "観光と移住の情報を発信する。" in body  # prefilled from the returned revision
    assert 'id="no-changes-since-return"' in body

    second = _post_data(revision, target_audience="移住を考える県外の若い世代", comment="対象者")
    assert client.post(_url(review_due), second).status_code == 302
    revision.refresh_from_db()
    assert revision.status == ActivityPolicyStatus.PENDING
    assert revision.target_audience == "移住を考える県外の若い世代"
    assert review_due.activity_policies.count() == 2  # the same revision, changed

    client.force_login(ict_user)
    url = f"/pages/{review_due.pk}/action/{Action.APPROVE_CONTINUATION}/"
    decision = client.get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="changes-since-return"' in decision
    assert "移住を考える県外の若い世代" in decision and "県外の観光客、若い世代" in decision


def test_a_broken_connection_is_shown_before_the_form_and_refused_by_the_service(
    client, review_due, tourism_admin
):
    page_connection_mark_broken(page_id=review_due.pk, reason="190")
    client.force_login(tourism_admin)
    body = client.get(_url(review_due), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="continue-blocked"' in body and 'name="policy-purpose"' not in body
    assert "接続し直して" in body and f"/pages/{review_due.pk}/connect/" in body
    with pytest.raises(DomainError, match="接続し直して"):
        page_answer_continue(page_id=review_due.pk, actor=tourism_admin, policy_confirmed=True)
    response = client.post(_url(review_due), _post_data(_in_force(review_due)))
    assert response.status_code == 400
    review_due.refresh_from_db()
    assert review_due.status == PageStatus.REVIEW_DUE


def test_a_revision_waiting_for_approval_cannot_be_changed_by_the_answer(
    client, review_due, tourism_admin
):
    revision = activity_policy_revision_start(page_id=review_due.pk, actor=tourism_admin)
    activity_policy_transition(policy_id=revision.pk, action="submit", actor=tourism_admin)
    revision.refresh_from_db()
    client.force_login(tourism_admin)
    response = client.post(
        _url(review_due), _post_data(revision, purpose="別の目的"), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 400 and "承認待ちのため" in response.content.decode()
    # Unchanged, the answer goes with the waiting revision.
    assert client.post(_url(review_due), _post_data(revision)).status_code == 302
    review_due.refresh_from_db()
    assert review_due.status == PageStatus.CONTINUATION_ANSWERED
