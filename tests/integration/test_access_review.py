from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from accounts.models import RoleAssignment
from accounts.roles import Role
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401

pytestmark = pytest.mark.django_db


def test_access_review_permission_matrix(client, actors):  # noqa: F811
    assert_access(
        client, actors, Access("/accounts/access-review/", allowed=frozenset({"ict", "auditor"}))
    )


def test_people_inactive_for_90_days_are_flagged(client, ict_user, make_user, tourism):
    with time_machine.travel(timezone.now() - timedelta(days=200)):
        stale = make_user(Role.DEPARTMENT_OPERATOR, tourism, username="stale-operator")
        stale.last_login = timezone.now()
        stale.save(update_fields=["last_login"])
        never = make_user(Role.DEPARTMENT_ADMIN, tourism, username="never-signed-in")
    fresh = make_user(Role.DEPARTMENT_OPERATOR, tourism, username="fresh-operator")
    fresh.last_login = timezone.now()
    fresh.save(update_fields=["last_login"])
    client.force_login(ict_user)
    html = client.get(reverse("access_review") + "?flagged=1").content.decode()
    assert "stale-operator" in html and "90日以上ログインがありません" in html
    assert "never-signed-in" in html
    assert "fresh-operator" not in html
    assert never  # created for the listing above


def test_ict_office_revokes_in_one_step(client, ict_user, tourism_operator):
    assignment = RoleAssignment.objects.get(user=tourism_operator)
    client.force_login(ict_user)
    response = client.post(reverse("role_revoke", args=[assignment.pk]))
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.revoked_at is not None and assignment.revoked_by == ict_user
    assert not tourism_operator.groups.exists()


def test_auditor_cannot_revoke(client, auditor_user, tourism_operator):
    assignment = RoleAssignment.objects.get(user=tourism_operator)
    client.force_login(auditor_user)
    client.post(reverse("role_revoke", args=[assignment.pk]))
    assignment.refresh_from_db()
    assert assignment.revoked_at is None


def test_revoking_an_unknown_assignment_is_404(client, ict_user):
    client.force_login(ict_user)
    assert client.post(reverse("role_revoke", args=[999999])).status_code == 404


def test_department_admin_gets_403_not_the_list(client, tourism_admin):
    client.force_login(tourism_admin)
    assert client.get(reverse("access_review")).status_code == 403


def test_ict_office_cannot_revoke_its_own_role(client, ict_user):
    assignment = RoleAssignment.objects.get(user=ict_user)
    client.force_login(ict_user)
    response = client.post(reverse("role_revoke", args=[assignment.pk]), follow=True)
    assignment.refresh_from_db()
    assert assignment.revoked_at is None
    assert "ご自身のICT総合推進室の権限は取り消せません" in response.content.decode()


def test_access_review_shows_end_dates_and_offers_add_and_move(
    client, ict_user, make_user, tourism
):
    from accounts.services import role_grant

    person = make_user(username="temp-operator")
    role_grant(
        actor=ict_user,
        user=person,
        role=Role.DEPARTMENT_OPERATOR,
        department=tourism,
        ends_at=timezone.now() + timedelta(days=400),
    )
    client.force_login(ict_user)
    html = client.get(reverse("access_review")).content.decode()
    end_day = RoleAssignment.objects.get(user=person).end_date
    assert f"{end_day:%Y-%m-%d}まで" in html
    assert reverse("person_move", args=[person.pk]) in html
    assert reverse("person_grant", args=[person.pk]) in html
    assert reverse("person_create") in html
