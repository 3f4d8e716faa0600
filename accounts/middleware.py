"""Roles with an end date stop at that moment, even before the beat task records the end.

Why here and not only in the beat task: a task that runs every minute still leaves up to a
minute (or, if beat is down, indefinitely) in which group membership, and so every
`user_can` and guardian check, would still grant access. Before the request reaches any
permission check, this middleware asks one indexed question (has this user an active
assignment whose end has passed?) and, when yes, ends it through the same service the task
uses, so the request runs with the user's reduced groups. `user_roles` and the other
selectors ignore passed ends as well, so nothing shown to the user lags either.
"""

from __future__ import annotations

from django.utils import timezone

from .models import RoleAssignment
from .services import roles_end_expired


def _has_passed_roles(user) -> bool:
    return RoleAssignment.objects.filter(
        user_id=user.pk, revoked_at__isnull=True, ends_at__isnull=False, ends_at__lte=timezone.now()
    ).exists()


class RoleExpiryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and _has_passed_roles(user):
            roles_end_expired(user_id=user.pk)
            # Django caches permissions on the user object; this request must see the change.
            for cache in (
                "_perm_cache",
                "_user_perm_cache",
                "_group_perm_cache",
                "_active_roles_cache",
            ):
                if hasattr(user, cache):
                    delattr(user, cache)
        return self.get_response(request)
