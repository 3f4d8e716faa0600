"""Writers for people: accounts, moves between departments, deactivation, operator requests.

Every function here re-checks the actor's permission, changes the data in one transaction and
writes its access audit entry (who, when, why) in that same transaction. Role changes go
through `accounts.services.role_grant` / `role_revoke` so group membership follows history.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from ishinomaki_sns.common.errors import DomainError

from . import transitions
from .models import AccessAuditEntry, Department, OperatorChangeRequest, RoleAssignment, User
from .roles import DEPARTMENT_ROLES
from .services import _check_manage_roles, _end_assignment, access_audit, role_grant

Event = AccessAuditEntry.Event


def _username_for(email: str) -> str:
    """The sign-in name: the e-mail's local part, with a number added when it is taken."""
    base = email.split("@", 1)[0].lower()[:140] or "user"
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def invitation_link(*, user: User) -> str:
    """The one-time link to set a password (Django's token generator: it expires after
    PASSWORD_RESET_TIMEOUT and stops working once the password or the last sign-in changes)."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("account_welcome", kwargs={"uidb64": uidb64, "token": token})
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def _send_invitation(*, actor: User, user: User) -> None:
    context = {
        "user": user,
        "link": invitation_link(user=user),
        "hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    body = render_to_string("accounts/email_invitation.txt", context)
    subject = _("[Ishinomaki SNS portal] Set your password")
    # After commit: a rolled-back account must not receive a link.
    transaction.on_commit(
        lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    )


@transaction.atomic
def account_create(
    *,
    actor: User,
    display_name: str,
    email: str,
    department: Department,
    role: str | None = None,
    ends_at: datetime | None = None,
    reason: str = "",
) -> User:
    """Create a staff account without a usable password and e-mail the person a one-time link
    to set one. Optionally grants a department role at once. ICT office only."""
    _check_manage_roles(actor, _("You may not create accounts."))
    email = email.strip()
    if User.objects.filter(email__iexact=email).exists():
        raise DomainError(_("An account with this e-mail address already exists."))
    if role is not None and role not in DEPARTMENT_ROLES:
        raise DomainError(_("Only a department role can be given when creating an account."))
    user = User(
        username=_username_for(email),
        display_name=display_name.strip(),
        email=email,
        department=department,
    )
    user.set_unusable_password()
    user.full_clean()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as exc:  # the same sign-in name taken by a concurrent creation
        raise DomainError(_("The account could not be created; please try again.")) from exc
    access_audit(
        Event.ACCOUNT_CREATED,
        actor=actor,
        person=user,
        department=department,
        reason=reason,
        detail={"username": user.username},
    )
    if role is not None:
        role_grant(
            actor=actor, user=user, role=role, department=department, ends_at=ends_at, reason=reason
        )
    _send_invitation(actor=actor, user=user)
    access_audit(Event.INVITATION_SENT, actor=actor, person=user, department=department)
    return user


@transaction.atomic
def account_invite(*, actor: User, user: User) -> None:
    """Send a fresh one-time link (the old one keeps working until it expires or is used)."""
    _check_manage_roles(actor, _("You may not send password links."))
    if not user.is_active:
        raise DomainError(_("This account is deactivated."))
    _send_invitation(actor=actor, user=user)
    access_audit(Event.INVITATION_SENT, actor=actor, person=user, department=user.department)


@transaction.atomic
def account_password_set(*, user: User, password: str) -> None:
    """The person sets their password through the one-time link (the view checked the token)."""
    if not user.is_active:
        raise DomainError(_("This account is deactivated."))
    user.set_password(password)
    user.save(update_fields=["password"])
    access_audit(Event.PASSWORD_SET, actor=user, person=user, department=user.department)


@transaction.atomic
def person_move(
    *,
    actor: User,
    user: User,
    to_department: Department,
    roles: list[str],
    ends_at: datetime | None = None,
    reason: str,
) -> list[RoleAssignment]:
    """Move a person to another department (人事異動) in one audited step: every department
    role outside the new department ends, the chosen roles start there, and the person's
    department changes. City-wide roles are untouched. ICT office only; a reason is required."""
    _check_manage_roles(actor, _("You may not move people between departments."))
    if not reason.strip():
        raise DomainError(_("Give the reason for the move."))
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise DomainError(_("This account is deactivated."))
    if any(role not in DEPARTMENT_ROLES for role in roles):
        raise DomainError(_("Only department roles start with a move."))
    from_department = user.department
    if from_department is not None and from_department.pk == to_department.pk:
        raise DomainError(_("The person already works in this department."))
    now = timezone.now()
    old = list(
        RoleAssignment.objects.select_for_update(of=("self",))
        .select_related("user", "department")
        .filter(user=user, revoked_at__isnull=True, role__in=DEPARTMENT_ROLES)
        .exclude(department=to_department)
    )
    for assignment in old:
        _end_assignment(assignment, actor=actor, now=now, event=None)
    started = [
        role_grant(
            actor=actor,
            user=user,
            role=role,
            department=to_department,
            ends_at=ends_at,
            audit=False,
        )
        for role in roles
    ]
    user.department = to_department
    user.save(update_fields=["department"])
    access_audit(
        Event.PERSON_MOVED,
        actor=actor,
        person=user,
        department=to_department,
        reason=reason,
        detail={
            "from": from_department.code if from_department else None,
            "to": to_department.code,
            "from_name": from_department.name_ja if from_department else None,
            "to_name": to_department.name_ja,
            "ended": [[a.role, a.department.code if a.department else None] for a in old],
            "started": [a.role for a in started],
        },
        now=now,
    )
    return started


def _end_sessions(user: User) -> int:
    """Delete the user's sessions so a deactivated account is signed out everywhere at once."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
            ended += 1
    return ended


@transaction.atomic
def account_deactivate(*, actor: User, user: User, reason: str) -> None:
    """Deactivate an account: every role ends, sign-in stops and open sessions end. The row
    stays (history, audit). ICT office only; nobody deactivates themselves; reason required."""
    _check_manage_roles(actor, _("You may not deactivate accounts."))
    if not reason.strip():
        raise DomainError(_("Give the reason for the deactivation."))
    if user.pk == actor.pk:
        raise DomainError(_("You cannot deactivate your own account; ask a colleague."))
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise DomainError(_("This account is already deactivated."))
    now = timezone.now()
    ended = list(
        RoleAssignment.objects.select_for_update(of=("self",))
        .select_related("user", "department")
        .filter(user=user, revoked_at__isnull=True)
    )
    for assignment in ended:
        _end_assignment(assignment, actor=actor, now=now, event=None)
    user.is_active = False
    user.save(update_fields=["is_active"])
    pending = OperatorChangeRequest.objects.filter(
        person=user, status=OperatorChangeRequest.Status.PENDING
    ).values_list("pk", flat=True)
    for request_id in list(pending):  # through the table, so each decision is audited
        operator_change_decide(
            actor=actor,
            request_id=request_id,
            action=transitions.DECLINE,
            reason=_("The account was deactivated."),
        )
    sessions = _end_sessions(user)
    access_audit(
        Event.ACCOUNT_DEACTIVATED,
        actor=actor,
        person=user,
        department=user.department,
        reason=reason,
        detail={"ended": [a.role for a in ended], "sessions_ended": sessions},
        now=now,
    )


# Operator change requests live in their own module; re-exported for existing callers.
from .services_requests import (  # noqa: E402, F401
    _operator_assignment,
    operator_change_decide,
    operator_change_request,
)
