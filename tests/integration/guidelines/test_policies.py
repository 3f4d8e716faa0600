"""Activity-policy revisions, the operating policy and training records."""

import datetime as dt

import pytest
from django.utils import timezone

from guidelines.models import ActivityPolicyStatus, OperatingPolicy
from guidelines.services import operating_policy_draft_start, operating_policy_publish
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from pages.services import (
    activity_policy_revision_start,
    activity_policy_transition,
    activity_policy_update,
)
from tests.fixtures_pages import policy_data

pytestmark = pytest.mark.django_db


def test_revision_is_approved_while_the_current_version_stays_in_force(
    active_page, tourism_admin, ict_user, client
):
    revision = activity_policy_revision_start(page_id=active_page.pk, actor=tourism_admin)
    activity_policy_update(
        policy_id=revision.pk,
        actor=tourism_admin,
        data=policy_data(
            purpose="観光と移住の情報を発信する。<script>x</script>", change_note="移住を追加"
        ),
    )
    activity_policy_transition(policy_id=revision.pk, action="submit", actor=tourism_admin)
    statuses = dict(active_page.activity_policies.values_list("version", "status"))
    assert statuses == {1: "in_force", 2: "pending"}
    with pytest.raises(PermissionDeniedError):
        activity_policy_transition(policy_id=revision.pk, action="approve", actor=tourism_admin)
    with pytest.raises(DomainError):
        activity_policy_transition(policy_id=revision.pk, action="return", actor=ict_user)
    activity_policy_transition(policy_id=revision.pk, action="approve", actor=ict_user)
    statuses = dict(active_page.activity_policies.values_list("version", "status"))
    assert statuses == {1: "superseded", 2: "in_force"}
    assert active_page.events.filter(action="policy_approve").exists()

    client.force_login(tourism_admin)
    response = client.get(f"/pages/{active_page.pk}/policies/compare/", {"a": 1, "b": 2})
    body = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;x&lt;/script&gt;" in body and "<script>x</script>" not in body
    assert "diff__new" in body
    bad = client.get(f"/pages/{active_page.pk}/policies/compare/", {"a": "x", "b": 99})
    assert bad.status_code == 400


def test_application_policy_moves_only_with_the_page(submitted_page, ict_user):
    policy = submitted_page.activity_policies.get()
    with pytest.raises(InvalidTransitionError):
        activity_policy_transition(policy_id=policy.pk, action="approve", actor=ict_user)


def test_revision_through_the_views(client, active_page, tourism_admin, ict_user):
    client.force_login(tourism_admin)
    data = {k: v for k, v in policy_data().items() if k != "deletion_clauses"}
    data.update(
        deletion_clauses=["privacy"],
        review_date=(timezone.localdate() + dt.timedelta(days=200)).isoformat(),
        change_note="頻度変更",
        submit="1",
    )
    response = client.post(f"/pages/{active_page.pk}/policies/revise/", data)
    assert response.status_code == 302
    assert active_page.activity_policies.get(version=2).status == ActivityPolicyStatus.PENDING
    client.force_login(ict_user)
    response = client.post(f"/pages/{active_page.pk}/policies/v2/approve/", {"comment": ""})
    assert response.status_code == 302
    assert active_page.activity_policies.get(version=2).status == ActivityPolicyStatus.IN_FORCE


def test_revision_form_answers_bad_input_in_japanese(client, active_page, tourism_admin):
    client.force_login(tourism_admin)
    response = client.post(
        f"/pages/{active_page.pk}/policies/revise/",
        {"purpose": "", "review_date": "not a date"},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "このフィールドは必須です。" in body and "日付を正しく入力してください。" in body


def test_operating_policy_v1_is_seeded_and_public(client):
    policy = OperatingPolicy.objects.get(version=1)
    assert policy.is_published and policy.adopted_on == dt.date(2016, 10, 17)
    assert policy.clauses.count() == 18
    body = client.get("/policy/").content.decode()
    assert "発言者に断りなく" in body and 'id="clause-defamation"' in body
    assert client.get("/policy/2/").status_code == 404


def test_ict_office_drafts_and_publishes_a_new_version(client, ict_user, tourism_admin):
    with pytest.raises(PermissionDeniedError):
        operating_policy_draft_start(actor=tourism_admin)
    client.force_login(ict_user)
    response = client.post("/guidelines/operating-policy/")
    assert response.status_code == 302 and response["Location"].endswith(
        "/guidelines/operating-policy/2/edit/"
    )
    draft = OperatingPolicy.objects.get(version=2)
    assert client.get("/policy/2/").status_code == 404  # drafts are not public
    assert draft.clauses.count() == 18
    with pytest.raises(DomainError, match="決定した日"):
        operating_policy_publish(actor=ict_user, policy_id=draft.pk)
    form = client.get("/guidelines/operating-policy/2/edit/").context
    data = {f"policy-{k}": v for k, v in form["form"].initial.items() if v is not None}
    data["policy-adopted_on"] = "2026-04-01"
    data["policy-preamble_ja"] = "改定版の前文"
    for clause, cform in form["clause_forms"]:
        for k, v in cform.initial.items():
            data[f"clause-{clause.code}-{k}"] = v
    data["publish"] = "1"
    response = client.post("/guidelines/operating-policy/2/edit/", data)
    assert response.status_code == 302
    assert "改定版の前文" in client.get("/policy/").content.decode()
    assert "改定版の前文" not in client.get("/policy/1/").content.decode()


def test_training_attendance_and_who_is_missing(client, ict_user, make_application, tourism_admin):
    page = make_application()
    client.force_login(ict_user)
    body = client.get("/training/").content.decode()
    assert str(tourism_admin) in body and page.name in body
    response = client.post("/training/new/", {"title": "SNS活用講座", "held_on": "2016-10-28"})
    assert response.status_code == 302
    session_url = response["Location"]
    response = client.post(session_url, {"attendees": [tourism_admin.pk]})
    assert response.status_code == 302
    body = client.get("/training/").content.decode()
    assert "Everyone concerned has attended." in body or "全員受講済み" in body
    bad = client.post(
        "/training/new/", {"title": "", "held_on": "2016-13-45"}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert bad.status_code == 400 and "日付を正しく入力してください。" in bad.content.decode()
