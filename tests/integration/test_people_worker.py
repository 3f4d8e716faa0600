"""The beat task, run by a real Celery worker process, ends a role whose end date passed."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import AccessAuditEntry, RoleAssignment
from accounts.roles import Role
from accounts.services import role_grant
from accounts.tasks import roles_end_expired_task
from ishinomaki_sns.common.permissions import user_can


@pytest.mark.django_db(transaction=True)
def test_worker_ends_expired_roles(celery_worker, ict_user, make_user, tourism):
    person = make_user()
    assignment = role_grant(
        actor=ict_user,
        user=person,
        role=Role.DEPARTMENT_OPERATOR,
        department=tourism,
        ends_at=timezone.now() + timedelta(seconds=1),
    )
    time.sleep(1.5)
    roles_end_expired_task.delay()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assignment.refresh_from_db()
        if assignment.revoked_at is not None:
            break
        time.sleep(0.2)
    assert assignment.revoked_at == assignment.ends_at
    assert not user_can(
        type(person).objects.get(pk=person.pk), "accounts.view_department_pages", tourism
    )
    assert AccessAuditEntry.objects.filter(person=person, event="role_expired").count() == 1
    assert not RoleAssignment.objects.filter(user=person, revoked_at__isnull=True).exists()
