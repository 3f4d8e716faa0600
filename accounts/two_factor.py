"""Two-step verification (TOTP, django-otp): who must use it, and the gate that enforces it.

The usage guidelines ask for two-step verification on the accounts that can change what the
city publishes or hides. The ICT office and the secretariat must use it; everyone else is
offered it. A user who has a confirmed device must enter a code after the password, whatever
their role.
"""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from .selectors import user_roles

# Paths a signed-in but not yet verified user may still reach.
_OPEN_PREFIXES = (
    "/accounts/login/",
    "/accounts/logout/",
    "/accounts/2fa/",
    "/static/",
    "/i18n/",
    "/jsi18n/",
    "/healthz",
    "/registry",
    "/policy",
    "/webhooks/",
)


def two_factor_required(user) -> bool:
    """True when one of the user's roles is in TWO_FACTOR_REQUIRED_ROLES (ICT office, secretariat)."""
    return bool(user_roles(user=user) & set(settings.TWO_FACTOR_REQUIRED_ROLES))


class TwoFactorMiddleware:
    """Sends a signed-in user who is not yet verified to the code prompt or to set-up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(_OPEN_PREFIXES)
        ) and not user.is_verified():
            if user_has_device(user, confirmed=True):
                return redirect(f"{reverse('two_factor_verify')}?next={request.get_full_path()}")
            if two_factor_required(user):
                return redirect(f"{reverse('two_factor_setup')}?next={request.get_full_path()}")
        return self.get_response(request)
