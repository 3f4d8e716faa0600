"""Role services: grant with an end date, expiry (and loss of access at once), move,
deactivation, operator change requests and their decisions, the access audit log."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import services_people, transitions
from accounts.models import AccessAuditEntry, OperatorChangeRequest, RoleAssignment, User
from accounts.roles import Role
from accounts.selectors import user_departments, user_roles
from accounts.services import role_grant, roles_end_expired
from accounts.tasks import roles_end_expired_task
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

pytestmark = pytest.mark.django_db

Event = AccessAuditEntry.Event


def fresh(user: User) -> User:
    """The user as a new request would load it (no permission caches)."""
    return User.objects.get(pk=user.pk)


def events(person: User) -> list[str]:
    return list(
        AccessAuditEntry.objects.filter(person=person)
        .order_by("id")
        .values_list("event", flat=True)
    )


def test_grant_is_audited_with_who_and_why(ict_user, make_user, tourism):
    person = make_user()
    assignment = role_grant(
        actor=ict_user,
        user=person,
        role=Role.DEPARTMENT_OPERATOR,
        department=tourism,
        reason="4月1日付 人事異動",
    )
    entry = AccessAuditEntry.objects.get(person=person, event=Event.ROLE_GRANTED)
    assert entry.actor == ict_user and entry.reason == "4月1日付 人事異動"
    assert entry.assignment == assignment and entry.department == tourism


def test_end_date_in_the_past_is_refused(ict_user, make_user, tourism):
    with pytest.raises(DomainError):
        role_grant(
            actor=ict_user,
            user=make_user(),
            role=Role.DEPARTMENT_OPERATOR,
            department=tourism,
            ends_at=timezone.now() - timedelta(minutes=1),
        )


def test_role_stops_at_its_end_even_before_the_task_runs(ict_user, make_user, tourism):
    person = make_user()
    ends = timezone.now() + timedelta(days=1)
    role_grant(
        actor=ict_user,
        user=person,
        role=Role.DEPARTMENT_OPERATOR,
        department=tourism,
        ends_at=ends,
    )
    assert Role.DEPARTMENT_OPERATOR in user_roles(user=fresh(person))
    with time_machine.travel(ends + timedelta(seconds=1)):
        # The beat task has not run: the selectors already ignore the ended role...
        assert user_roles(user=fresh(person)) == set()
        assert not user_departments(user=fresh(person)).exists()
        # ...and the next request of the person ends it before any permission check.
        from django.test import Client

        client = Client()
        client.force_login(person)
        client.get("/")
        assignment = RoleAssignment.objects.get(user=person)
        assert assignment.revoked_at == ends and assignment.revoked_by is None
        assert not user_can(fresh(person), "accounts.view_department_pages", tourism)
        assert events(person)[-1] == Event.ROLE_EXPIRED


def test_beat_task_ends_expired_roles_once(ict_user, make_user, tourism):
    person = make_user()
    keeper = make_user(Role.DEPARTMENT_OPERATOR, tourism)
    ends = timezone.now() + timedelta(hours=2)
    role_grant(
        actor=ict_user,
        user=person,
        role=Role.DEPARTMENT_ADMIN,
        department=tourism,
        ends_at=ends,
    )
    assert roles_end_expired_task() == 0
    with time_machine.travel(ends + timedelta(minutes=1)):
        assert roles_end_expired_task() == 1
        assert roles_end_expired() == 0  # idempotent
    assert not user_can(fresh(person), "accounts.manage_department_pages", tourism)
    assert user_can(fresh(keeper), "accounts.view_department_pages", tourism)
    assert events(person).count(Event.ROLE_EXPIRED) == 1


def test_expired_role_can_be_granted_again(ict_user, make_user, tourism):
    person = make_user()
    ends = timezone.now() + timedelta(hours=1)
    role_grant(
        actor=ict_user, user=person, role=Role.DEPARTMENT_OPERATOR, department=tourism, ends_at=ends
    )
    with time_machine.travel(ends + timedelta(minutes=1)):
        again = role_grant(
            actor=ict_user, user=person, role=Role.DEPARTMENT_OPERATOR, department=tourism
        )
        assert again.ends_at is None
        assert user_can(fresh(person), "accounts.view_department_pages", tourism)
    assert RoleAssignment.objects.filter(user=person, revoked_at__isnull=True).count() == 1


def test_account_create_sends_a_one_time_link(
    ict_user, tourism, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = services_people.account_create(
            actor=ict_user,
            display_name="観光課 新人",
            email="Shinjin@example.jp",
            department=tourism,
            role=Role.DEPARTMENT_OPERATOR,
            reason="新規採用",
        )
    assert not person.has_usable_password()
    assert person.username == "shinjin" and person.department == tourism
    assert user_can(fresh(person), "accounts.view_department_pages", tourism)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["Shinjin@example.jp"]
    assert "shinjin" in mail.outbox[0].body and "/accounts/welcome/" in mail.outbox[0].body
    assert events(person) == [Event.ACCOUNT_CREATED, Event.ROLE_GRANTED, Event.INVITATION_SENT]


def test_account_create_refuses_a_taken_email(ict_user, tourism, tourism_operator):
    with pytest.raises(DomainError):
        services_people.account_create(
            actor=ict_user,
            display_name="x",
            email=tourism_operator.email.upper(),
            department=tourism,
        )


def test_department_admin_cannot_create_accounts(tourism_admin, tourism):
    with pytest.raises(PermissionDeniedError):
        services_people.account_create(
            actor=tourism_admin, display_name="x", email="x@example.jp", department=tourism
        )


def test_move_ends_old_department_roles_and_starts_new_ones_in_one_step(
    ict_user, make_user, tourism, fisheries
):
    person = make_user(Role.DEPARTMENT_ADMIN, tourism)
    role_grant(actor=None, user=person, role=Role.AUDITOR)
    started = services_people.person_move(
        actor=ict_user,
        user=person,
        to_department=fisheries,
        roles=[Role.DEPARTMENT_OPERATOR],
        reason="人事異動",
    )
    person = fresh(person)
    assert person.department == fisheries
    assert [a.role for a in started] == [Role.DEPARTMENT_OPERATOR]
    assert not user_can(person, "accounts.manage_department_pages", tourism)
    assert list(user_departments(user=person)) == [fisheries]
    assert Role.AUDITOR in user_roles(user=person)  # city-wide roles stay
    moved = AccessAuditEntry.objects.get(person=person, event=Event.PERSON_MOVED)
    assert moved.actor == ict_user and moved.reason == "人事異動"
    assert moved.detail["ended"] == [[Role.DEPARTMENT_ADMIN, "kanko"]]
    assert moved.detail["started"] == [Role.DEPARTMENT_OPERATOR]


def test_move_needs_a_reason_and_a_different_department(ict_user, tourism_operator, tourism):
    tourism_operator.department = tourism
    tourism_operator.save(update_fields=["department"])
    with pytest.raises(DomainError):
        services_people.person_move(
            actor=ict_user, user=tourism_operator, to_department=tourism, roles=[], reason="x"
        )
    with pytest.raises(DomainError):
        services_people.person_move(
            actor=ict_user, user=tourism_operator, to_department=tourism, roles=[], reason=" "
        )


def test_deactivation_ends_roles_and_sessions(ict_user, tourism_operator, tourism, client):
    client.force_login(tourism_operator)
    assert client.get("/").status_code == 200
    services_people.account_deactivate(actor=ict_user, user=tourism_operator, reason="退職")
    person = fresh(tourism_operator)
    assert not person.is_active
    assert not RoleAssignment.objects.filter(user=person, revoked_at__isnull=True).exists()
    assert not person.groups.exists()
    response = client.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    entry = AccessAuditEntry.objects.get(person=person, event=Event.ACCOUNT_DEACTIVATED)
    assert entry.detail["sessions_ended"] == 1 and entry.reason == "退職"


def test_nobody_deactivates_themselves(ict_user):
    with pytest.raises(DomainError):
        services_people.account_deactivate(actor=ict_user, user=ict_user, reason="x")


def test_operator_add_request_and_approval(ict_user, tourism_admin, make_user, tourism):
    newcomer = make_user(username="newcomer")
    request = services_people.operator_change_request(
        actor=tourism_admin,
        department=tourism,
        person=newcomer,
        kind=OperatorChangeRequest.Kind.ADD,
        reason="4月から担当",
    )
    assert not user_can(fresh(newcomer), "accounts.view_department_pages", tourism)
    services_people.operator_change_decide(
        actor=ict_user, request_id=request.pk, action=transitions.APPROVE
    )
    request.refresh_from_db()
    assert request.status == OperatorChangeRequest.Status.APPROVED
    assert request.decided_by == ict_user
    assert user_can(fresh(newcomer), "accounts.view_department_pages", tourism)
    assert events(newcomer) == [Event.CHANGE_REQUESTED, Event.ROLE_GRANTED, Event.CHANGE_APPROVED]


def test_operator_remove_request_approved_ends_the_role(
    ict_user, tourism_admin, tourism_operator, tourism
):
    request = services_people.operator_change_request(
        actor=tourism_admin,
        department=tourism,
        person=tourism_operator,
        kind=OperatorChangeRequest.Kind.REMOVE,
        reason="異動",
    )
    services_people.operator_change_decide(
        actor=ict_user, request_id=request.pk, action=transitions.APPROVE
    )
    assert not user_can(fresh(tourism_operator), "accounts.view_department_pages", tourism)


def test_decline_needs_a_reason_and_changes_nothing(ict_user, tourism_admin, make_user, tourism):
    person = make_user()
    request = services_people.operator_change_request(
        actor=tourism_admin, department=tourism, person=person, kind="add", reason="r"
    )
    with pytest.raises(DomainError):
        services_people.operator_change_decide(
            actor=ict_user, request_id=request.pk, action=transitions.DECLINE
        )
    services_people.operator_change_decide(
        actor=ict_user, request_id=request.pk, action=transitions.DECLINE, reason="研修未受講"
    )
    request.refresh_from_db()
    assert request.status == "declined" and request.decision_reason == "研修未受講"
    assert not user_can(fresh(person), "accounts.view_department_pages", tourism)
    with pytest.raises(InvalidTransitionError):
        services_people.operator_change_decide(
            actor=ict_user, request_id=request.pk, action=transitions.APPROVE
        )


def test_admin_of_another_department_cannot_request(fisheries_admin, make_user, tourism):
    with pytest.raises(PermissionDeniedError):
        services_people.operator_change_request(
            actor=fisheries_admin, department=tourism, person=make_user(), kind="add", reason="r"
        )


def test_department_admin_cannot_approve_own_request(tourism_admin, make_user, tourism):
    request = services_people.operator_change_request(
        actor=tourism_admin, department=tourism, person=make_user(), kind="add", reason="r"
    )
    with pytest.raises(PermissionDeniedError):
        services_people.operator_change_decide(
            actor=tourism_admin, request_id=request.pk, action=transitions.APPROVE
        )
    services_people.operator_change_decide(
        actor=tourism_admin, request_id=request.pk, action=transitions.WITHDRAW
    )
    request.refresh_from_db()
    assert request.status == "withdrawn"


def test_one_pending_request_per_person_and_department(tourism_admin, make_user, tourism):
    person = make_user()
    services_people.operator_change_request(
        actor=tourism_admin, department=tourism, person=person, kind="add", reason="r"
    )
    with pytest.raises(DomainError):
        services_people.operator_change_request(
            actor=tourism_admin, department=tourism, person=person, kind="add", reason="again"
        )
    # The database itself refuses a second pending row, whatever the code path.
    with pytest.raises(IntegrityError), transaction.atomic():
        OperatorChangeRequest.objects.create(
            department=tourism,
            person=person,
            kind="add",
            reason="x",
            requested_by=tourism_admin,
            requested_at=timezone.now(),
        )


def test_audit_log_cannot_be_changed(ict_user, make_user, tourism):
    person = make_user()
    role_grant(actor=ict_user, user=person, role=Role.DEPARTMENT_OPERATOR, department=tourism)
    with pytest.raises(Exception, match="cannot be changed"), transaction.atomic():
        AccessAuditEntry.objects.filter(person=person).update(reason="forged")


def test_welcome_link_sets_the_password_once(
    client, ict_user, tourism, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = services_people.account_create(
            actor=ict_user, display_name="新人", email="new@example.jp", department=tourism
        )
    link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/welcome/" in line)
    path = link[link.index("/accounts/welcome/") :].strip()
    response = client.get(path, follow=True)
    assert "パスワード" in response.content.decode()
    set_url = response.redirect_chain[-1][0]
    response = client.post(
        set_url,
        {"new_password1": "a-long-Passphrase-2027", "new_password2": "a-long-Passphrase-2027"},
    )
    assert response.status_code == 302 and response["Location"] == reverse("login")
    assert fresh(person).check_password("a-long-Passphrase-2027")
    assert Event.PASSWORD_SET in events(person)
    # Used once: the same link no longer works.
    again = client.get(path, follow=True).content.decode()
    assert "new_password1" not in again and "有効期限が切れたか" in again


def test_welcome_link_expires(
    client, ict_user, tourism, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services_people.account_create(
            actor=ict_user, display_name="新人", email="late@example.jp", department=tourism
        )
    link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/welcome/" in line)
    path = link[link.index("/accounts/welcome/") :].strip()
    with time_machine.travel(
        # A day of margin: time_machine moves the naive local clock the token uses by UTC.
        timezone.now() + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT, days=1)
    ):
        html = client.get(path, follow=True).content.decode()
    assert "new_password1" not in html


def test_deactivation_declines_pending_requests_through_the_table(
    ict_user, tourism_admin, make_user, tourism
):
    person = make_user()
    request = services_people.operator_change_request(
        actor=tourism_admin, department=tourism, person=person, kind="add", reason="r"
    )
    services_people.account_deactivate(actor=ict_user, user=person, reason="退職")
    request.refresh_from_db()
    assert request.status == "declined" and request.decided_by == ict_user
    assert Event.CHANGE_DECLINED in events(person)


def test_ict_office_sees_pending_requests_on_the_home_page(
    client, ict_user, tourism_admin, make_user, tourism
):
    services_people.operator_change_request(
        actor=tourism_admin, department=tourism, person=make_user(), kind="add", reason="r"
    )
    client.force_login(ict_user)
    assert "判断待ちの運用者変更申請" in client.get("/").content.decode()
