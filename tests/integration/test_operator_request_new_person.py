"""A department admin's operator-change request may name a new person (name + e-mail): the
ICT office's approval creates the account in the department with the operator role and
sends the one-time link; a decline creates nothing. Every step is in the access audit log."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts import services_people
from accounts.models import AccessAuditEntry, OperatorChangeRequest, RoleAssignment, User
from accounts.roles import Role
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

pytestmark = pytest.mark.django_db

Event = AccessAuditEntry.Event


def _request(actor, department, **kwargs):
    data = {
        "kind": "add",
        "reason": "4月から広報担当",
        "new_person_name": "石巻 花子",
        "new_person_email": "Hanako@example.jp",
        **kwargs,
    }
    return services_people.operator_change_request(actor=actor, department=department, **data)


def test_request_then_approval_creates_the_operator_and_sends_the_link(
    ict_user, tourism_admin, tourism, django_capture_on_commit_callbacks
):
    request = _request(tourism_admin, tourism)
    assert request.person is None and request.is_new_person
    assert not User.objects.filter(email__iexact="hanako@example.jp").exists()
    requested = AccessAuditEntry.objects.get(change_request=request, event=Event.CHANGE_REQUESTED)
    assert requested.person is None and requested.actor == tourism_admin
    assert requested.detail["new_person"] == {"name": "石巻 花子", "email": "Hanako@example.jp"}

    with django_capture_on_commit_callbacks(execute=True):
        services_people.operator_change_decide(
            actor=ict_user, request_id=request.pk, action="approve"
        )
    request.refresh_from_db()
    person = request.person
    assert request.status == "approved" and person is not None
    assert person.email == "Hanako@example.jp" and person.display_name == "石巻 花子"
    assert person.department == tourism and not person.has_usable_password()
    assert RoleAssignment.objects.filter(
        user=person, role=Role.DEPARTMENT_OPERATOR, department=tourism, revoked_at__isnull=True
    ).exists()
    assert user_can(User.objects.get(pk=person.pk), "accounts.view_department_pages", tourism)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["Hanako@example.jp"]
    assert "/accounts/welcome/" in mail.outbox[0].body
    events = list(
        AccessAuditEntry.objects.filter(person=person)
        .order_by("id")
        .values_list("event", flat=True)
    )
    assert events == [
        Event.ACCOUNT_CREATED,
        Event.ROLE_GRANTED,
        Event.INVITATION_SENT,
        Event.CHANGE_APPROVED,
    ]
    approved = AccessAuditEntry.objects.get(change_request=request, event=Event.CHANGE_APPROVED)
    assert approved.actor == ict_user and approved.reason == ""
    created = AccessAuditEntry.objects.get(person=person, event=Event.ACCOUNT_CREATED)
    assert created.actor == ict_user and created.reason == "4月から広報担当"


def test_decline_creates_nothing(
    ict_user, tourism_admin, tourism, django_capture_on_commit_callbacks
):
    request = _request(tourism_admin, tourism)
    with django_capture_on_commit_callbacks(execute=True):
        services_people.operator_change_decide(
            actor=ict_user, request_id=request.pk, action="decline", reason="人事課の発令待ち"
        )
    request.refresh_from_db()
    assert request.status == "declined" and request.person is None
    assert not User.objects.filter(email__iexact="hanako@example.jp").exists()
    assert mail.outbox == []
    declined = AccessAuditEntry.objects.get(change_request=request, event=Event.CHANGE_DECLINED)
    assert declined.person is None and declined.reason == "人事課の発令待ち"
    # Declined: the same person may be requested again.
    assert _request(tourism_admin, tourism).status == "pending"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"new_person_name": ""}, "氏名とメールアドレス"),
        ({"new_person_email": "not-an-address"}, "メールアドレス"),
        ({"kind": "remove"}, "職員を選んでください"),
    ],
)
def test_bad_new_person_requests_are_refused_in_japanese(tourism_admin, tourism, kwargs, message):
    with translation.override("ja"), pytest.raises(DomainError) as caught:
        _request(tourism_admin, tourism, **kwargs)
    assert message in caught.value.message
    assert not OperatorChangeRequest.objects.exists()


def test_an_existing_address_must_be_chosen_from_the_list(tourism_admin, tourism, tourism_operator):
    with translation.override("ja"), pytest.raises(DomainError) as caught:
        _request(tourism_admin, tourism, new_person_email=tourism_operator.email.upper())
    assert "一覧から選んでください" in caught.value.message


def test_one_pending_request_per_new_address_and_department(tourism_admin, tourism):
    _request(tourism_admin, tourism)
    with translation.override("ja"), pytest.raises(DomainError) as caught:
        _request(tourism_admin, tourism, new_person_email="hanako@EXAMPLE.jp")
    assert "判断待ち" in caught.value.message
    assert OperatorChangeRequest.objects.count() == 1


def test_address_taken_before_the_approval_is_refused_and_nothing_changes(
    ict_user, tourism_admin, tourism
):
    request = _request(tourism_admin, tourism)
    services_people.account_create(
        actor=ict_user, display_name="石巻 花子", email="hanako@example.jp", department=tourism
    )
    with pytest.raises(DomainError):
        services_people.operator_change_decide(
            actor=ict_user, request_id=request.pk, action="approve"
        )
    request.refresh_from_db()
    assert request.status == "pending" and request.person is None


def test_admin_of_another_department_cannot_request_a_new_person(fisheries_admin, tourism):
    with pytest.raises(PermissionDeniedError):
        _request(fisheries_admin, tourism)


def test_new_person_through_the_screens(
    client, ict_user, tourism_admin, tourism, django_capture_on_commit_callbacks
):
    client.force_login(tourism_admin)
    url = reverse("operator_request_create", args=[tourism.pk])
    form = client.get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "新しい方の氏名" in form and "新しい方のメールアドレス" in form
    # Missing e-mail: a Japanese message on the form, nothing stored.
    response = client.post(url, {"kind": "add", "new_person_name": "石巻 花子", "reason": "異動"})
    assert response.status_code == 200
    assert "新しい方のメールアドレスを入力してください。" in response.content.decode()
    assert not OperatorChangeRequest.objects.exists()
    response = client.post(
        url,
        {
            "kind": "add",
            "new_person_name": "石巻 花子<script>",
            "new_person_email": "hanako@example.jp",
            "reason": "異動",
        },
    )
    assert response.status_code == 302
    change = OperatorChangeRequest.objects.get()
    client.force_login(ict_user)
    listing = client.get(reverse("operator_requests")).content.decode()
    assert "石巻 花子&lt;script&gt;" in listing and "hanako@example.jp" in listing
    assert "新規" in listing
    confirm = client.get(reverse("operator_request_decide", args=[change.pk, "approve"]))
    assert "パスワード設定用の1回限りのリンク" in confirm.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("operator_request_decide", args=[change.pk, "approve"]))
    assert response.status_code == 302
    person = User.objects.get(email="hanako@example.jp")
    assert RoleAssignment.objects.filter(user=person, role=Role.DEPARTMENT_OPERATOR).exists()
    assert mail.outbox[0].to == ["hanako@example.jp"]
