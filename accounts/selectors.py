"""Reads about people and departments, scoped to the user who asks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet

from ishinomaki_sns.common.permissions import objects_for, user_can

from .models import Department, RoleAssignment, User
from .roles import Role


def user_roles(*, user: User) -> set[str]:
    """The roles `user` holds now (city-wide and in any department)."""
    if not user.is_authenticated:
        return set()
    cached: set[str] | None = getattr(user, "_active_roles_cache", None)
    if cached is None:
        cached = set(_live_assignments().filter(user=user).values_list("role", flat=True))
        setattr(user, "_active_roles_cache", cached)  # noqa: B010 - a per-request cache on the user
    return cached


def user_has_role(*, user: User, role: str) -> bool:
    return role in user_roles(user=user)


def departments_visible_to(*, user: User) -> QuerySet[Department]:
    """Departments whose pages the user may see: all for city-wide roles, else their own."""
    return objects_for(
        user, "accounts.view_department_pages", Department.objects.select_related("division")
    )


def departments_managed_by(*, user: User) -> QuerySet[Department]:
    """Departments whose pages the user may apply for and run (department admins)."""
    return objects_for(
        user, "accounts.manage_department_pages", Department.objects.select_related("division")
    )


def user_departments(*, user: User) -> QuerySet[Department]:
    """Departments in which the user holds a department role (not the city-wide view)."""
    if not user.is_authenticated:
        return Department.objects.none()
    return Department.objects.filter(
        pk__in=_live_assignments()
        .filter(user=user, role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR])
        .values("department_id")
    )


def role_assignments_visible_to(*, user: User) -> QuerySet[RoleAssignment]:
    if not user_can(user, "accounts.view_roleassignment"):
        return RoleAssignment.objects.none()
    return RoleAssignment.objects.select_related("user", "department", "granted_by")


def role_assignment_get_for_user_or_404(*, user: User, assignment_id: int) -> RoleAssignment:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        role_assignments_visible_to(user=user), pk=assignment_id, revoked_at__isnull=True
    )


def two_factor_enabled(*, user: User) -> bool:
    from django_otp import user_has_device

    return user_has_device(user, confirmed=True)


@dataclass(frozen=True)
class AccessReviewRow:
    assignment: RoleAssignment
    last_login: datetime | None
    two_factor: bool
    flags: tuple[str, ...]


def access_review_rows(*, user: User, now: datetime | None = None) -> list[AccessReviewRow]:
    """Every active role assignment with the reasons to reconsider it.

    Flags: inactive for ACCESS_REVIEW_INACTIVE_DAYS (or never signed in since the grant was
    that old), and whatever other apps report through an `access_review.py` module with
    `access_flags(assignments) -> {assignment_id: [reason, ...]}` (e.g. operators of withdrawn
    pages). Visible to holders of accounts.view_roleassignment (ICT office, auditor).
    """
    from django.conf import settings
    from django.utils import timezone
    from django.utils.translation import gettext as _
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from ishinomaki_sns.common.discovery import app_modules

    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ACCESS_REVIEW_INACTIVE_DAYS)
    assignments = list(
        role_assignments_visible_to(user=user)
        .filter(revoked_at__isnull=True)
        .select_related("user", "department", "granted_by")
        .order_by("user__username", "role")
    )
    with_device = set(
        TOTPDevice.objects.filter(
            confirmed=True, user__in=[a.user_id for a in assignments]
        ).values_list("user_id", flat=True)
    )
    extra: dict[int, list[str]] = {}
    for module in app_modules("access_review"):
        for assignment_id, reasons in module.access_flags(assignments).items():
            extra.setdefault(assignment_id, []).extend(reasons)
    rows = []
    for assignment in assignments:
        flags = []
        last_login = assignment.user.last_login
        if last_login is None and assignment.granted_at < cutoff:
            flags.append(
                _("Never signed in since the role was granted %(days)d+ days ago")
                % {"days": settings.ACCESS_REVIEW_INACTIVE_DAYS}
            )
        elif last_login is not None and last_login < cutoff:
            flags.append(
                _("No sign-in for %(days)d+ days") % {"days": settings.ACCESS_REVIEW_INACTIVE_DAYS}
            )
        flags.extend(extra.get(assignment.pk, []))
        rows.append(
            AccessReviewRow(
                assignment=assignment,
                last_login=last_login,
                two_factor=assignment.user_id in with_device,
                flags=tuple(flags),
            )
        )
    rows.sort(key=lambda row: (not row.flags, row.assignment.user.username))
    return rows


def _live_assignments() -> QuerySet[RoleAssignment]:
    """Active assignments whose end date, if any, has not passed."""
    from django.db.models import Q
    from django.utils import timezone

    return RoleAssignment.objects.filter(revoked_at__isnull=True).filter(
        Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now())
    )


def people_visible_to(
    *, user: User, query: str = "", department_id: int | None = None, role: str = ""
) -> QuerySet[User]:
    """Staff accounts the user may see (ICT office and auditor: everyone), filtered by a search
    over name, username and e-mail, by department (home department or a role there) and role."""
    from django.db.models import Prefetch, Q

    if not user_can(user, "accounts.view_user"):
        return User.objects.none()
    people = User.objects.select_related("department").order_by("-is_active", "username")
    if query:
        people = people.filter(
            Q(username__icontains=query)
            | Q(display_name__icontains=query)
            | Q(email__icontains=query)
        )
    live = _live_assignments()
    if department_id is not None:
        people = people.filter(
            Q(department_id=department_id)
            | Q(pk__in=live.filter(department_id=department_id).values("user_id"))
        )
    if role:
        people = people.filter(pk__in=live.filter(role=role).values("user_id"))
    return people.prefetch_related(
        Prefetch(
            "role_assignments",
            queryset=live.select_related("department").order_by("role"),
            to_attr="live_assignments",
        )
    )


def person_get_for_user_or_404(*, user: User, person_id: int) -> User:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(people_visible_to(user=user), pk=person_id)


def person_assignments(*, person: User) -> QuerySet[RoleAssignment]:
    """Every role the person holds or held, current first (the caller checked visibility)."""
    return person.role_assignments.select_related(
        "department", "granted_by", "revoked_by"
    ).order_by("revoked_at", "-granted_at")


def person_history(*, person: User, limit: int = 200):
    """The person's access audit entries, newest first (the caller checked visibility)."""
    from .models import AccessAuditEntry

    return AccessAuditEntry.objects.filter(person=person).select_related(
        "actor", "department", "assignment"
    )[:limit]


def departments_for_operator_requests(*, user: User) -> QuerySet[Department]:
    """Departments for which the user may ask for operator changes (their own, as admin)."""
    return objects_for(
        user, "accounts.request_operator_change", Department.objects.select_related("division")
    )


def department_operators(*, department: Department) -> QuerySet[User]:
    return User.objects.filter(
        pk__in=_live_assignments()
        .filter(department=department, role=Role.DEPARTMENT_OPERATOR)
        .values("user_id")
    ).order_by("username")


def operator_change_requests_visible_to(*, user: User):
    """All requests for the ICT office and the auditor; a department admin's own department's."""
    from django.db.models import Q

    from .models import OperatorChangeRequest

    requests = OperatorChangeRequest.objects.select_related(
        "department", "person", "requested_by", "decided_by"
    )
    if user_can(user, "accounts.view_operatorchangerequest"):
        return requests
    return requests.filter(Q(department__in=departments_for_operator_requests(user=user)))


def operator_change_request_get_for_user_or_404(*, user: User, request_id: int):
    from django.shortcuts import get_object_or_404

    return get_object_or_404(operator_change_requests_visible_to(user=user), pk=request_id)


def operator_change_available_actions(*, user: User, change_request) -> list[str]:
    """The actions the table allows now and the user's permissions allow: drives the view's
    check and the buttons."""
    from . import transitions

    return [
        action
        for action in transitions.ACTIONS
        if transitions.next_status(change_request.status, action) is not None
        and user_can(user, transitions.ACTION_PERMISSIONS[action], change_request.department)
    ]


def person_holds_role(*, person: User, role: str, department: Department | None) -> bool:
    """True when the person holds the role (in that department) now."""
    return _live_assignments().filter(user=person, role=role, department=department).exists()
