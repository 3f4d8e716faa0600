"""Applications to open a page: create, edit, submit, decide (with activity policy v1)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from accounts.models import Department, RoleAssignment, User
from accounts.roles import Role
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from ..models import (
    OfficialPage,
    PageRequest,
    PageStatus,
)
from ..transitions import (
    MANAGE,
    Action,
)
from .activity_policy import (
    activity_policy_create,
    activity_policy_transition,
    activity_policy_update,
)
from .transition import page_event_record, page_transition

logger = logging.getLogger(__name__)


@dataclass
class ApplicationData:
    """What a department fills in to apply: the page and its activity policy (v1)."""

    name: str
    purpose: str
    responsible_person: User
    operators: list[User] = field(default_factory=list)
    policy: dict = field(default_factory=dict)


def _department_members(department: Department) -> set[int]:
    return set(
        RoleAssignment.objects.filter(
            department=department,
            revoked_at__isnull=True,
            role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR],
        ).values_list("user_id", flat=True)
    )


def _check_people(department: Department, data: ApplicationData) -> None:
    members = _department_members(department)
    if data.responsible_person.pk not in members:
        raise DomainError(_("The responsible person must be a member of the department."))
    outsiders = [user for user in data.operators if user.pk not in members]
    if outsiders:
        raise DomainError(_("Every operator must be a member of the department."))


@transaction.atomic
def page_application_create(
    *, actor: User, department: Department, data: ApplicationData
) -> OfficialPage:
    """Start an application (draft) to open a department's page, with its activity policy v1.

    Who may call: an admin of `department`. Refused when the department already has a live
    page (one per department, see models.py) or a person is not of the department.
    """
    if not user_can(actor, MANAGE, department):
        raise PermissionDeniedError(_("You may not apply for this department."))
    if (
        OfficialPage.objects.filter(department=department)
        .exclude(status__in=[PageStatus.WITHDRAWN, PageStatus.REJECTED, PageStatus.CANCELLED])
        .exists()
    ):
        raise DomainError(
            _("This department already has an official page or an application in progress.")
        )
    _check_people(department, data)
    page = OfficialPage(
        department=department,
        name=data.name.strip(),
        purpose=data.purpose.strip(),
        responsible_person=data.responsible_person,
        created_by=actor,
    )
    page.full_clean(exclude=["operators"])
    try:
        with transaction.atomic():
            page.save()
    except IntegrityError as exc:  # a concurrent application won the race
        raise DomainError(
            _("This department already has an official page or an application in progress.")
        ) from exc
    page.operators.set(data.operators)

    activity_policy_create(page=page, actor=actor, data=data.policy, version=1)
    page_event_record(page=page, action="create", actor=actor)
    return page


@transaction.atomic
def page_application_update(*, page_id: int, actor: User, data: ApplicationData) -> OfficialPage:
    """Edit an application while it is a draft or returned for changes (department admins)."""
    page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=page_id)
    if not user_can(actor, MANAGE, page.department):
        raise PermissionDeniedError(_("You may not edit this application."))
    if page.status not in (PageStatus.DRAFT, PageStatus.RETURNED):
        raise InvalidTransitionError(
            _("The application can only be edited as a draft or after it was returned.")
        )
    _check_people(page.department, data)
    page.name = data.name.strip()
    page.purpose = data.purpose.strip()
    page.responsible_person = data.responsible_person
    page.full_clean(exclude=["operators"], validate_constraints=False)
    page.save(update_fields=["name", "purpose", "responsible_person", "updated_at"])
    page.operators.set(data.operators)

    draft = page.activity_policies.get(version=1)
    activity_policy_update(policy_id=draft.pk, actor=actor, data=data.policy, via_page=True)
    return page


def page_submit(*, page_id: int, actor: User, comment: str = "") -> OfficialPage:
    """Submit (or resubmit) the application to the ICT office.

    Refused unless the responsible person attended an SNS course (庁内勉強会). The activity
    policy v1 goes to "waiting for approval" with the page.
    """
    from guidelines.selectors import user_attended_training

    def check(page: OfficialPage) -> None:
        if not user_attended_training(user=page.responsible_person):
            raise DomainError(
                _(
                    "The responsible person (%(name)s) has not attended the SNS course yet. "
                    "The application can be submitted after they attend."
                )
                % {"name": page.responsible_person}
            )

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        policy = page.activity_policies.get(version=1)
        activity_policy_transition(policy_id=policy.pk, action="submit", actor=actor, via_page=True)
        return []

    from ..application_diff import application_snapshot

    with transaction.atomic():
        page = page_transition(
            page_id=page_id,
            action=Action.SUBMIT,
            actor=actor,
            comment=comment,
            check=check,
            apply=apply,
        )
        # What was submitted, to show what changes after a return (both sides see it).
        PageRequest.objects.filter(page=page, status=PageRequest.Status.PENDING).update(
            snapshot=application_snapshot(page)
        )
    return page


def page_decide_application(
    *, page_id: int, action: str, actor: User, comment: str = ""
) -> OfficialPage:
    """The ICT office approves, returns or rejects an application; the activity policy v1
    follows (in force / back to draft / rejected)."""

    policy_action = {Action.APPROVE: "approve", Action.RETURN: "return", Action.REJECT: "reject"}
    if action not in policy_action:
        raise InvalidTransitionError(_("Unknown action."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        policy = page.activity_policies.get(version=1)
        activity_policy_transition(
            policy_id=policy.pk,
            action=policy_action[action],
            actor=actor,
            comment=comment,
            via_page=True,
        )
        return []

    return page_transition(
        page_id=page_id, action=action, actor=actor, comment=comment, apply=apply
    )
