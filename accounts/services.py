"""Writers for people, departments and roles.

Group membership and guardian grants change only here, as consequences of a role being
granted or revoked, so the RoleAssignment history always explains who can do what.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm

from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from .models import AccessAuditEntry, Department, Division, RoleAssignment, User
from .roles import DEPARTMENT_ROLES, GLOBAL_ROLES, Role


def _collect_role_permissions() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Merge every installed app's roles.py into (global, department) permission maps."""
    global_perms: dict[str, set[str]] = {role: set() for role in GLOBAL_ROLES}
    department_perms: dict[str, set[str]] = {role: set() for role in DEPARTMENT_ROLES}
    for module in app_modules("roles"):
        for role, perms in getattr(module, "GLOBAL_ROLE_PERMISSIONS", {}).items():
            global_perms.setdefault(role, set()).update(perms)
        for role, perms in getattr(module, "DEPARTMENT_ROLE_PERMISSIONS", {}).items():
            department_perms.setdefault(role, set()).update(perms)
    return global_perms, department_perms


def _permissions(names: set[str], using: str = "default") -> list[Permission]:
    found = []
    for name in sorted(names):
        app_label, codename = name.split(".", 1)
        perm = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if (
            perm is not None
        ):  # a permission of an app not yet migrated is applied on its own migrate
            found.append(perm)
    return found


def global_role_group(role: str, using: str = "default") -> Group:
    group, _created = Group.objects.using(using).get_or_create(name=f"role:{role}")
    return group


def roles_sync_permissions(*, using: str = "default") -> None:
    """Make every role group hold exactly the permissions the roles.py tables give it.

    Runs after each migrate; also safe to call at any time (idempotent).
    """
    global_perms, department_perms = _collect_role_permissions()
    for role, names in global_perms.items():
        global_role_group(role, using).permissions.set(_permissions(names, using))
    for department in Department.objects.using(using).all():
        for role, names in department_perms.items():
            group = department.group_for(role)
            for perm in _permissions(names, using):
                if perm.content_type.model_class() is Department:
                    assign_perm(perm, group, department)


@transaction.atomic
def department_create(
    *, division: Division, code: str, name_ja: str, name_en: str, email: str = ""
) -> Department:
    """Create a department with its admin and operator groups and their object permissions."""
    admin_group, _c = Group.objects.get_or_create(name=f"dept:{code}:admin")
    operator_group, _c = Group.objects.get_or_create(name=f"dept:{code}:operator")
    department = Department(
        division=division,
        code=code,
        name_ja=name_ja,
        name_en=name_en,
        email=email,
        admin_group=admin_group,
        operator_group=operator_group,
    )
    department.full_clean()
    department.save()
    _global, department_perms = _collect_role_permissions()
    for role, names in department_perms.items():
        for perm in _permissions(names):
            if perm.content_type.model_class() is Department:
                assign_perm(perm, department.group_for(role), department)
    return department


def _group_for(role: str, department: Department | None) -> Group:
    if role in DEPARTMENT_ROLES:
        if department is None:
            raise DomainError(_("A department role needs a department."))
        return department.group_for(role)
    if department is not None:
        raise DomainError(_("A city-wide role cannot be limited to a department."))
    return global_role_group(role)


def access_audit(
    event: str,
    *,
    actor: User | None,
    person: User | None,
    department: Department | None = None,
    assignment: RoleAssignment | None = None,
    change_request=None,
    reason: str = "",
    detail: dict | None = None,
    now: datetime | None = None,
) -> AccessAuditEntry:
    """Append one row to the access audit log; call inside the transaction of the change."""
    return AccessAuditEntry.objects.create(
        event=event,
        created_at=now or timezone.now(),
        actor=actor,
        person=person,
        department=department,
        assignment=assignment,
        change_request=change_request,
        reason=reason.strip(),
        detail=detail or {},
    )


def _check_manage_roles(actor: User | None, message: str) -> None:
    if actor is not None and not user_can(actor, "accounts.manage_roles"):
        raise PermissionDeniedError(message)


@transaction.atomic
def role_grant(
    *,
    actor: User | None,
    user: User,
    role: str,
    department: Department | None = None,
    ends_at: datetime | None = None,
    reason: str = "",
    audit: bool = True,
) -> RoleAssignment:
    """Give `user` a role, optionally until `ends_at`. Only holders of accounts.manage_roles
    (the ICT office) may; `actor=None` is for system set-up (migrations, seed_demo). Granting
    a role already held changes nothing. Writes a `role_granted` audit entry with the reason."""
    if role not in Role.values:
        raise DomainError(_("Unknown role."))
    _check_manage_roles(actor, _("You may not grant roles."))
    group = _group_for(role, department)
    if not user.is_active:
        raise DomainError(_("This account is deactivated; roles cannot be granted to it."))
    now = timezone.now()
    if ends_at is not None and ends_at <= now:
        raise DomainError(_("The end date must be in the future."))
    existing = (
        RoleAssignment.objects.select_for_update()
        .filter(user=user, role=role, department=department, revoked_at__isnull=True)
        .first()
    )
    if existing is not None and (existing.ends_at is None or existing.ends_at > now):
        return existing
    if existing is not None:  # held, but its end date passed and the beat task has not run yet
        _end_assignment(existing, actor=None, now=now, event=AccessAuditEntry.Event.ROLE_EXPIRED)
    assignment = RoleAssignment(
        user=user,
        role=role,
        department=department,
        granted_at=now,
        granted_by=actor,
        ends_at=ends_at,
    )
    assignment.full_clean()
    assignment.save()
    user.groups.add(group)
    if audit:
        access_audit(
            AccessAuditEntry.Event.ROLE_GRANTED,
            actor=actor,
            person=user,
            department=department,
            assignment=assignment,
            reason=reason,
            detail={"role": role, "ends_at": ends_at.isoformat() if ends_at else None},
            now=now,
        )
    return assignment


def _end_assignment(
    assignment: RoleAssignment,
    *,
    actor: User | None,
    now: datetime,
    event: str | None,
    reason: str = "",
) -> None:
    """Record the end of a locked, active assignment and take the user out of its group."""
    ended_at = now
    if assignment.ends_at is not None and assignment.ends_at < now:
        ended_at = assignment.ends_at  # access stopped then (see RoleExpiryMiddleware)
    assignment.revoked_at = ended_at
    assignment.revoked_by = actor
    assignment.save(update_fields=["revoked_at", "revoked_by"])
    still_held = RoleAssignment.objects.filter(
        user_id=assignment.user_id,
        role=assignment.role,
        department=assignment.department,
        revoked_at__isnull=True,
    ).exists()
    if not still_held:
        assignment.user.groups.remove(_group_for(assignment.role, assignment.department))
    if event is not None:
        access_audit(
            event,
            actor=actor,
            person=assignment.user,
            department=assignment.department,
            assignment=assignment,
            reason=reason,
            detail={"role": assignment.role},
            now=now,
        )


@transaction.atomic
def role_revoke(
    *, actor: User | None, assignment_id: int, reason: str = "", audit: bool = True
) -> RoleAssignment:
    """End a role assignment and take the user out of its group; the row stays as history.
    Only the ICT office may; nobody may end their own ICT office role. Audited with the reason."""
    _check_manage_roles(actor, _("You may not revoke roles."))
    assignment = (
        RoleAssignment.objects.select_for_update(of=("self",))
        .select_related("department", "user")
        .get(pk=assignment_id)
    )
    if assignment.revoked_at is not None:
        return assignment
    if actor is not None and assignment.user_id == actor.pk and assignment.role == Role.ICT_OFFICE:
        # Otherwise the last ICT office member could lock the city out of its own portal.
        raise DomainError(
            _("You cannot revoke your own ICT Promotion Office role; ask a colleague.")
        )
    _end_assignment(
        assignment,
        actor=actor,
        now=timezone.now(),
        event=AccessAuditEntry.Event.ROLE_REVOKED if audit else None,
        reason=reason,
    )
    return assignment


def roles_end_expired(*, now: datetime | None = None, user_id: int | None = None) -> int:
    """End every active assignment whose end date has passed (all users, or one). Idempotent:
    rows are locked and skipped when another worker holds them. Called by the beat task
    every minute and by RoleExpiryMiddleware before a signed-in request. Returns how many."""
    now = now or timezone.now()
    ended = 0
    with transaction.atomic():
        due = RoleAssignment.objects.select_for_update(of=("self",), skip_locked=True).filter(
            revoked_at__isnull=True, ends_at__isnull=False, ends_at__lte=now
        )
        if user_id is not None:
            due = due.filter(user_id=user_id)
        for assignment in due.select_related("user", "department").order_by("pk"):
            _end_assignment(
                assignment, actor=None, now=now, event=AccessAuditEntry.Event.ROLE_EXPIRED
            )
            ended += 1
    return ended


def department_revoke_object_perm(*, department: Department, role: str, perm: str) -> None:
    """Used by data migrations of other apps that retire a department permission."""
    remove_perm(perm, department.group_for(role), department)


# --- Two-step verification (TOTP) -------------------------------------------------------


def two_factor_pending_device(*, user: User):
    """The unconfirmed TOTP device being set up for `user` (created on first call).

    Keeping one pending device means reloading the set-up page shows the same QR code."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-id").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    return device


@transaction.atomic
def two_factor_confirm(*, request, token: str) -> None:
    """Confirm the pending device with a first code; replaces any earlier device of the user."""
    from django_otp import login as otp_login
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = two_factor_pending_device(user=request.user)
    if not device.verify_token(token):
        raise DomainError(
            _("The code is not correct. Check the time on your phone and enter the current code.")
        )
    TOTPDevice.objects.filter(user=request.user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    otp_login(request, device)


def _two_factor_locked_out(device) -> bool:
    """Throttled like the password (django-axes): after AXES_FAILURE_LIMIT wrong codes in a
    row the code entry is locked for AXES_COOLOFF_TIME hours, on top of django-otp's own
    doubling delay after each wrong code."""
    failures = device.throttling_failure_count
    last = device.throttling_failure_timestamp
    if failures < settings.AXES_FAILURE_LIMIT or last is None:
        return False
    return timezone.now() - last < timedelta(hours=settings.AXES_COOLOFF_TIME)


def two_factor_verify(*, request, token: str) -> None:
    """Second sign-in step. django-otp throttles repeated wrong codes per device and refuses
    a code already used (the device's last_t); the entry locks like the password after
    AXES_FAILURE_LIMIT wrong codes."""
    from django_otp import devices_for_user
    from django_otp import login as otp_login

    for device in devices_for_user(request.user, confirmed=True):
        allowed, _details = device.verify_is_allowed()
        if not allowed or _two_factor_locked_out(device):
            raise DomainError(_("Too many wrong codes. Wait a little and try again."))
        if device.verify_token(token):
            otp_login(request, device)
            return
    raise DomainError(
        _("The code is not correct. Check the time on your phone and enter the current code.")
    )


def two_factor_disable(*, user: User) -> None:
    from django_otp import devices_for_user

    from .two_factor import two_factor_required

    if two_factor_required(user):
        raise DomainError(_("Your role requires two-step verification; it cannot be turned off."))
    for device in devices_for_user(user, confirmed=None):
        device.delete()
