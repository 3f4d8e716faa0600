"""Password change, two-step verification and the access review."""

from __future__ import annotations

import base64

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from . import selectors, services
from .forms import TokenForm
from .two_factor import two_factor_required


def _safe_next(request, default: str = "/") -> str:
    target = request.POST.get("next") or request.GET.get("next") or default
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


class PasswordChangeView(auth_views.PasswordChangeView):
    success_url = reverse_lazy("home")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, gettext_lazy("Your password has been changed."))
        return response


class TwoFactorSetupView(LoginRequiredMixin, FormView):
    """Register an authenticator app: show the QR code, confirm with a first code."""

    template_name = "accounts/two_factor_setup.html"
    form_class = TokenForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = services.two_factor_pending_device(user=self.request.user)
        image = qrcode.make(
            device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8
        )
        svg = image.to_string()
        context.update(
            qr_data_uri="data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii"),
            secret_base32=base64.b32encode(device.bin_key).decode("ascii"),
            required=two_factor_required(self.request.user),
            already_enabled=selectors.two_factor_enabled(user=self.request.user),
            next=_safe_next(self.request),
        )
        return context

    def form_valid(self, form):
        try:
            services.two_factor_confirm(request=self.request, token=form.cleaned_data["token"])
        except DomainError as exc:
            form.add_error("token", exc.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Two-step verification is now on for your account."))
        return redirect(_safe_next(self.request))


class TwoFactorVerifyView(LoginRequiredMixin, FormView):
    """The second step of signing in: the six-digit code from the authenticator app."""

    template_name = "accounts/two_factor_verify.html"
    form_class = TokenForm

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": _safe_next(self.request)}

    def form_valid(self, form):
        try:
            services.two_factor_verify(request=self.request, token=form.cleaned_data["token"])
        except DomainError as exc:
            form.add_error("token", exc.message)
            return self.form_invalid(form)
        return redirect(_safe_next(self.request))


class TwoFactorDisableView(LoginRequiredMixin, View):
    def post(self, request):
        try:
            services.two_factor_disable(user=request.user)
        except DomainError as exc:
            messages.error(request, exc.message)
            return redirect("two_factor_setup")
        messages.success(request, _("Two-step verification has been turned off."))
        return redirect("home")


class AccessReviewView(LoginRequiredMixin, TemplateView):
    """Everyone holding a role, with the signals that their access should end."""

    template_name = "accounts/access_review.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(
            request.user, "accounts.view_roleassignment"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = selectors.access_review_rows(user=self.request.user)
        only_flagged = self.request.GET.get("flagged") == "1"
        context.update(
            rows=[row for row in rows if row.flags] if only_flagged else rows,
            flagged_count=sum(1 for row in rows if row.flags),
            only_flagged=only_flagged,
            can_revoke=user_can(self.request.user, "accounts.manage_roles"),
        )
        return context


class RoleRevokeView(LoginRequiredMixin, View):
    def post(self, request, assignment_id: int):
        try:
            assignment = selectors.role_assignment_get_for_user_or_404(
                user=request.user, assignment_id=assignment_id
            )
            services.role_revoke(
                actor=request.user,
                assignment_id=assignment.pk,
                reason=request.POST.get("reason", "")[:2000] or _("Revoked in the access review"),
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request, _("The role of %(user)s has been revoked.") % {"user": assignment.user}
            )
        return redirect(
            reverse("access_review") + ("?flagged=1" if request.POST.get("flagged") == "1" else "")
        )
