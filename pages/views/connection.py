"""Connecting an approved page to Facebook: a pasted Page token, or Facebook Login.

The Login step is a plain link (GET) to a portal URL that redirects to the dialog: a link's
navigation is not subject to the CSP's `form-action 'self'`, which would make Chromium
refuse a form's redirect to Facebook. Every failure on the way back renders one page that
explains it in the user's language and offers to log in again.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ishinomaki_sns.common.errors import DomainError

from .. import connection, services
from ..forms import ChoosePageForm, ConnectForm
from ..selectors import facebook_pages_taken, page_get_for_user_or_404
from ..transitions import Action
from .lifecycle import PageActionMixin, _require_action


class PageConnectView(PageActionMixin, LoginRequiredMixin, View):
    """Connect (or reconnect) the page: paste a Page access token, or use Facebook Login."""

    template_name = "pages/officialpage_connect.html"
    action = Action.CONNECT

    def get(self, request, page_id):
        page = self._page(request, page_id)
        form = ConnectForm(
            initial={"facebook_page_id": page.facebook_page_id, "facebook_url": page.facebook_url}
        )
        return render(request, self.template_name, {"page": page, "form": form})

    def post(self, request, page_id):
        page = self._page(request, page_id)
        form = ConnectForm(request.POST)
        if form.is_valid():
            try:
                # Facebook first, outside any transaction; then store.
                verified = connection.page_connection_verify(
                    facebook_page_id=form.cleaned_data["facebook_page_id"],
                    facebook_url=form.cleaned_data["facebook_url"],
                    access_token=form.cleaned_data["access_token"],
                )
                services.page_connection_store(
                    page_id=page.pk, actor=request.user, verified=verified
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("The Facebook page is connected."))
                return redirect("pages:detail", page.pk)
        return render(request, self.template_name, {"page": page, "form": form}, status=400)


def _oauth_redirect_uri(request) -> str:
    return request.build_absolute_uri(reverse("pages:connect_callback"))


def _connect_error(request, exc: connection.ConnectError):
    """The error page of the Login flow: what happened, and a way to try again (only for a
    page the person may still connect; another department's page stays a 404)."""
    page = None
    if exc.page_id is not None:
        try:
            page = page_get_for_user_or_404(user=request.user, page_id=exc.page_id)
            _require_action(request, page, Action.CONNECT)
        except Exception:  # noqa: BLE001 - no page to offer: the generic way back only
            page = None
    return render(
        request,
        "pages/officialpage_connect_error.html",
        {"page": page, "error": exc, "rerequest": exc.kind == "scope"},
        status=400,
    )


class PageConnectOAuthStartView(PageActionMixin, LoginRequiredMixin, View):
    """Send the department admin to Facebook's login dialog (state tied to the session).

    A GET (a link), so that no form's redirect to another origin meets the CSP."""

    action = Action.CONNECT

    def get(self, request, page_id):
        page = self._page(request, page_id)
        try:
            url = connection.oauth_start(
                session=request.session,
                page_id=page.pk,
                redirect_uri=_oauth_redirect_uri(request),
                rerequest=request.GET.get("rerequest") == "1",
            )
        except DomainError as exc:
            messages.error(request, exc.message)
            return redirect("pages:connect", page.pk)
        return HttpResponseRedirect(url)


class PageConnectOAuthCallbackView(LoginRequiredMixin, View):
    """Facebook sends the person back here with `code` and our `state` (or an error)."""

    def get(self, request):
        try:
            page_id = connection.oauth_page_for_state(
                session=request.session, state=request.GET.get("state", "")
            )
        except connection.ConnectError as exc:
            return _connect_error(request, exc)
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        _require_action(request, page, Action.CONNECT)
        try:
            if request.GET.get("error"):
                connection.oauth_forget(session=request.session)
                raise connection.oauth_denied(
                    page_id=page.pk, reason=request.GET.get("error_reason", "")
                )
            connection.oauth_finish(
                session=request.session,
                page_id=page.pk,
                code=request.GET.get("code", ""),
                redirect_uri=_oauth_redirect_uri(request),
            )
        except connection.ConnectError as exc:
            return _connect_error(request, exc)
        return redirect("pages:connect_choose", page.pk)


class PageConnectChooseView(PageActionMixin, LoginRequiredMixin, View):
    """The admin picks which of the Facebook pages they shared is this official page."""

    template_name = "pages/officialpage_choose.html"
    action = Action.CONNECT

    def _accounts(self, request, page):
        return connection.oauth_session_accounts(session=request.session, page_id=page.pk)

    def _render(self, request, page, accounts, warnings, form, status=200):
        return render(
            request,
            self.template_name,
            {"page": page, "form": form, "accounts": accounts, "warnings": warnings},
            status=status,
        )

    @staticmethod
    def _form(accounts, page, data=None):
        # A page another official page holds is refused: say so in the choice itself.
        taken = facebook_pages_taken(facebook_page_ids=[a["id"] for a in accounts], page=page)

        def label(account) -> str:
            text = f"{account['name']} ({account['id']})"
            if account["id"] in taken:
                text += " " + _("— already connected to %(page)s") % {"page": taken[account["id"]]}
            return text

        return ChoosePageForm(data, choices=[(a["id"], label(a)) for a in accounts])

    def get(self, request, page_id):
        page = self._page(request, page_id)
        try:
            accounts, warnings = self._accounts(request, page)
        except connection.ConnectError as exc:
            return _connect_error(request, exc)
        return self._render(request, page, accounts, warnings, self._form(accounts, page))

    def post(self, request, page_id):
        page = self._page(request, page_id)
        try:
            accounts, warnings = self._accounts(request, page)
        except connection.ConnectError as exc:
            return _connect_error(request, exc)
        form = self._form(accounts, page, request.POST)
        if form.is_valid():
            try:
                verified = connection.oauth_choose(
                    session=request.session,
                    page_id=page.pk,
                    facebook_page_id=form.cleaned_data["facebook_page_id"],
                )
                services.page_connection_store(
                    page_id=page.pk, actor=request.user, verified=verified
                )
            except DomainError as exc:
                # A wrong page (another department's, or not this page's): choose again.
                form.add_error(None, exc.message)
            else:
                connection.oauth_forget(session=request.session)
                messages.success(request, _("The Facebook page is connected."))
                if warnings:
                    messages.warning(
                        request,
                        _(
                            "Facebook did not grant %(scopes)s: changes to comments arrive by "
                            "the periodic read only, not at once. Log in again to grant it."
                        )
                        % {"scopes": ", ".join(warnings)},
                    )
                return redirect("pages:detail", page.pk)
        return self._render(request, page, accounts, warnings, form, status=400)
