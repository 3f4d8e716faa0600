"""Operator change requests: a department admin asks the ICT office to add or remove an
operator of their own department (an existing account, or a new person by name and e-mail);
the ICT office approves (the change is applied in the same transaction) or declines.

Like every people writer (services_people.py), each function re-checks the actor's
permission and writes its access audit entry in the same transaction as the change.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from . import transitions
from .models import AccessAuditEntry, Department, OperatorChangeRequest, RoleAssignment, User
from .roles import Role
from .services import _end_assignment, access_audit, role_grant

Event = AccessAuditEntry.Event


def _operator_assignment(person: User, department: Department) -> RoleAssignment | None:
    return (
        RoleAssignment.objects.select_for_update(of=("self",))
        .select_related("user", "department")
        .filter(
            user=person,
            department=department,
            role=Role.DEPARTMENT_OPERATOR,
            revoked_at__isnull=True,
        )
        .first()
    )


def _check_new_person(name: str, email: str) -> None:
    if not name or not email:
        raise DomainError(_("Give the new person's name and e-mail address."))
    try:
        validate_email(email)
    except ValidationError as exc:
        raise DomainError(_("Enter a valid e-mail address.")) from exc
    if User.objects.filter(email__iexact=email).exists():
        raise DomainError(
            _(
                "An account with this e-mail address already exists: choose the person from "
                "the list instead."
            )
        )


@transaction.atomic
def operator_change_request(
    *,
    actor: User,
    department: Department,
    kind: str,
    reason: str,
    person: User | None = None,
    new_person_name: str = "",
    new_person_email: str = "",
) -> OperatorChangeRequest:
    """A department admin asks the ICT office to add or remove an operator of their own
    department. The person is an existing account, or (to add) a new person named by name
    and e-mail, whose account is created only when the ICT office approves. One pending
    request per person (or new e-mail) and department (database constraints)."""
    if not user_can(actor, "accounts.request_operator_change", department):
        raise PermissionDeniedError(_("You may not request changes for this department."))
    if not reason.strip():
        raise DomainError(_("Give the reason for the request."))
    if kind not in OperatorChangeRequest.Kind.values:
        raise DomainError(_("Unknown change."))
    new_person_name, new_person_email = new_person_name.strip(), new_person_email.strip()
    detail: dict = {"kind": kind}
    if person is None:
        if kind != OperatorChangeRequest.Kind.ADD:
            raise DomainError(_("Choose the person."))
        _check_new_person(new_person_name, new_person_email)
        detail["new_person"] = {"name": new_person_name, "email": new_person_email}
    else:
        if new_person_name or new_person_email:
            raise DomainError(_("Choose a person from the list or name a new person, not both."))
        if not person.is_active:
            raise DomainError(_("This account is deactivated."))
        holds = _operator_assignment(person, department) is not None
        if kind == OperatorChangeRequest.Kind.ADD and holds:
            raise DomainError(_("This person is already an operator of the department."))
        if kind == OperatorChangeRequest.Kind.REMOVE and not holds:
            raise DomainError(_("This person is not an operator of the department."))
    request = OperatorChangeRequest(
        department=department,
        person=person,
        new_person_name=new_person_name if person is None else "",
        new_person_email=new_person_email if person is None else "",
        kind=kind,
        reason=reason.strip(),
        requested_by=actor,
        requested_at=timezone.now(),
    )
    try:
        request.full_clean(validate_constraints=False)
    except ValidationError as exc:
        raise DomainError(" ".join(exc.messages)) from exc
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError as exc:
        raise DomainError(
            _("A request for this person and department is already waiting for a decision.")
        ) from exc
    access_audit(
        Event.CHANGE_REQUESTED,
        actor=actor,
        person=person,
        department=department,
        change_request=request,
        reason=reason,
        detail=detail,
    )
    return request


@transaction.atomic
def operator_change_decide(
    *, actor: User, request_id: int, action: str, reason: str = ""
) -> OperatorChangeRequest:
    """Move a request along the table in accounts.transitions. Approving applies the change
    (grants or ends the operator role) in the same transaction; declining needs a reason."""
    request = (
        OperatorChangeRequest.objects.select_for_update(of=("self",))
        .select_related("department", "person")
        .get(pk=request_id)
    )
    new_status = transitions.next_status(request.status, action)
    if new_status is None:
        raise InvalidTransitionError(_("This request has already been decided."))
    if not user_can(actor, transitions.ACTION_PERMISSIONS[action], request.department):
        raise PermissionDeniedError(_("You may not do this to the request."))
    if action == transitions.DECLINE and not reason.strip():
        raise DomainError(_("Give the reason for declining, so the department can act on it."))
    now = timezone.now()
    if action == transitions.APPROVE:
        if request.is_new_person:
            # The account is created now, in the department, with the operator role; the
            # person gets the one-time link to set a password (after commit).
            from .services_people import account_create

            request.person = account_create(
                actor=actor,
                display_name=request.new_person_name,
                email=request.new_person_email,
                department=request.department,
                role=Role.DEPARTMENT_OPERATOR,
                reason=reason or request.reason,
            )
        elif request.person is None:  # cannot happen (database constraint); be explicit
            raise DomainError(_("Choose the person."))
        elif request.kind == OperatorChangeRequest.Kind.ADD:
            role_grant(
                actor=actor,
                user=request.person,
                role=Role.DEPARTMENT_OPERATOR,
                department=request.department,
                reason=reason or request.reason,
            )
        else:
            assignment = _operator_assignment(request.person, request.department)
            if assignment is not None:
                _end_assignment(
                    assignment,
                    actor=actor,
                    now=now,
                    event=Event.ROLE_REVOKED,
                    reason=reason or request.reason,
                )
    request.status = new_status
    request.decided_by = actor
    request.decided_at = now
    request.decision_reason = reason.strip()
    request.save(update_fields=["status", "person", "decided_by", "decided_at", "decision_reason"])
    event = {
        transitions.APPROVE: Event.CHANGE_APPROVED,
        transitions.DECLINE: Event.CHANGE_DECLINED,
        transitions.WITHDRAW: Event.CHANGE_WITHDRAWN,
    }[action]
    access_audit(
        event,
        actor=actor,
        person=request.person,
        department=request.department,
        change_request=request,
        reason=reason,
        detail=_request_detail(request),
        now=now,
    )
    return request


def _request_detail(request: OperatorChangeRequest) -> dict:
    detail: dict = {"kind": request.kind}
    if request.new_person_email:
        detail["new_person"] = {"name": request.new_person_name, "email": request.new_person_email}
    return detail
