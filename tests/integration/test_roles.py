import pytest

from accounts.models import RoleAssignment
from accounts.roles import Role
from accounts.selectors import departments_managed_by, departments_visible_to
from accounts.services import role_grant, role_revoke
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

pytestmark = pytest.mark.django_db


def test_department_admin_holds_object_permission_only_on_own_department(
    tourism_admin, tourism, fisheries
):
    assert user_can(tourism_admin, "accounts.manage_department_pages", tourism)
    assert not user_can(tourism_admin, "accounts.manage_department_pages", fisheries)
    assert list(departments_managed_by(user=tourism_admin)) == [tourism]


def test_operator_sees_but_cannot_manage(tourism_operator, tourism):
    assert user_can(tourism_operator, "accounts.view_department_pages", tourism)
    assert not user_can(tourism_operator, "accounts.manage_department_pages", tourism)


def test_ict_office_sees_every_department_globally(ict_user, tourism, fisheries):
    assert set(departments_visible_to(user=ict_user)) == {tourism, fisheries}


def test_user_without_role_sees_nothing(make_user, tourism):
    assert not departments_visible_to(user=make_user()).exists()


def test_ict_office_can_grant_and_revoke_roles(ict_user, make_user, tourism):
    user = make_user()
    assignment = role_grant(
        actor=ict_user, user=user, role=Role.DEPARTMENT_OPERATOR, department=tourism
    )
    assert user_can(user, "accounts.view_department_pages", tourism)
    role_revoke(actor=ict_user, assignment_id=assignment.pk)
    user = type(user).objects.get(pk=user.pk)  # fresh permission cache
    assert not user_can(user, "accounts.view_department_pages", tourism)
    assignment.refresh_from_db()
    assert assignment.revoked_at is not None and assignment.revoked_by == ict_user


def test_department_admin_cannot_grant_roles(tourism_admin, make_user, tourism):
    with pytest.raises(PermissionDeniedError):
        role_grant(
            actor=tourism_admin, user=make_user(), role=Role.DEPARTMENT_ADMIN, department=tourism
        )


def test_department_role_needs_a_department(make_user):
    with pytest.raises(DomainError):
        role_grant(actor=None, user=make_user(), role=Role.DEPARTMENT_ADMIN)


def test_city_wide_role_cannot_be_limited_to_a_department(make_user, tourism):
    with pytest.raises(DomainError):
        role_grant(actor=None, user=make_user(), role=Role.ICT_OFFICE, department=tourism)


def test_granting_twice_keeps_one_active_assignment(make_user, tourism):
    user = make_user()
    role_grant(actor=None, user=user, role=Role.DEPARTMENT_ADMIN, department=tourism)
    role_grant(actor=None, user=user, role=Role.DEPARTMENT_ADMIN, department=tourism)
    assert RoleAssignment.objects.filter(user=user, revoked_at__isnull=True).count() == 1


def test_auditor_is_read_only(auditor_user, tourism):
    assert user_can(auditor_user, "accounts.view_department_pages", tourism)
    assert not user_can(auditor_user, "accounts.manage_department_pages", tourism)
    assert not user_can(auditor_user, "accounts.manage_roles")
