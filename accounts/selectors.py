"""Reads about people and departments, scoped to the user who asks."""

from __future__ import annotations

from django.db.models import QuerySet

from ishinomaki_sns.common.permissions import objects_for, user_can

from .models import Department, RoleAssignment, User
from .roles import Role


def user_roles(*, user: User) -> set[str]:
    """The roles `user` holds now (city-wide and in any department)."""
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_active_roles_cache", None)
    if cached is None:
        cached = set(
            RoleAssignment.objects.filter(user=user, revoked_at__isnull=True).values_list(
                "role", flat=True
            )
        )
        user._active_roles_cache = cached
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
