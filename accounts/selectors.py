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
        cached = set(
            RoleAssignment.objects.filter(user=user, revoked_at__isnull=True).values_list(
                "role", flat=True
            )
        )
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
        role_assignments__user=user,
        role_assignments__revoked_at__isnull=True,
        role_assignments__role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR],
    ).distinct()


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
