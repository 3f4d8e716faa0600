"""The one permission check: global permissions and django-guardian object permissions.

Guardian's object check ignores global permissions (and Django's global check ignores
object ones), so every caller goes through `user_can`, which asks both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guardian.shortcuts import get_objects_for_user

if TYPE_CHECKING:
    from django.db.models import Model, QuerySet


def user_can(user, perm: str, obj: Model | None = None) -> bool:
    """True when `user` holds `perm` ("app.codename") globally or on `obj`."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.has_perm(perm):
        return True
    return obj is not None and user.has_perm(perm, obj)


def objects_for(user, perm: str, queryset: QuerySet) -> QuerySet:
    """The rows of `queryset` on which `user` holds `perm`, globally or per object."""
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    return get_objects_for_user(
        user, perm, klass=queryset, accept_global_perms=True, with_superuser=True
    )
