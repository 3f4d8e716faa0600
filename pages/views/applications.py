"""Applying to open a page: the form (prefilled, checked before it is shown) and its
edits after a return (the reviewer's reason and what changed on top)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from accounts.selectors import departments_managed_by
from guidelines.clauses import Clause
from guidelines.forms import ActivityPolicyForm
from guidelines.review_dates import review_date_default
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from .. import services
from ..forms import PageApplicationForm
from ..models import PageStatus
from ..selectors import (
    application_blockers,
    application_changes,
    departments_open_for_application,
    page_get_for_user_or_404,
)
from ..transitions import MANAGE


def _policy_initial(department, user) -> dict:
    """A new application's activity policy, prefilled from the department (everything can
    be changed; most departments keep these)."""
    name = department.name_ja
    return {
        "posting_hours": _("Weekdays 8:30-17:15 (posts may be scheduled outside these hours)"),
        "posters": _("The operators of %(department)s") % {"department": name},
        "post_approver": _("The head of %(department)s") % {"department": name},
        "comment_handling": _(
            "In principle the city does not reply to comments or messages; questions go to "
            "the contact below."
        ),
        "inquiries_to": name + (f" ({department.email})" if department.email else ""),
        "engagement_rules": _("The page likes, shares and follows public bodies only."),
        "deletion_standard": _(
            "Posts that fall under the prohibited items of the operating policy are hidden or "
            "deleted without notice."
        ),
        "deletion_clauses": [c for c in Clause.values if c != "other"],
        "review_date": review_date_default(),
    }


def _application_forms(request, *, page=None, data=None):
    policy = page.activity_policies.get(version=1) if page is not None else None
    initial: dict = {}
    policy_initial: dict = {}
    if page is not None:
        initial = {
            "name": page.name,
            "responsible_person": page.responsible_person_id,
            "operators": list(page.operators.values_list("pk", flat=True)),
        }
    else:
        departments = list(departments_open_for_application(user=request.user)[:2])
        if len(departments) == 1:  # prefill from the department
            department = departments[0]
            initial = {
                "department": department.pk,
                "name": _("Ishinomaki City %(department)s") % {"department": department.name_ja},
                "responsible_person": request.user.pk,
            }
            policy_initial = _policy_initial(department, request.user)
    page_form = PageApplicationForm(
        data,
        user=request.user,
        department=page.department if page is not None else None,
        initial=initial,
        prefix="page",
    )
    policy_form = ActivityPolicyForm(data, instance=policy, initial=policy_initial, prefix="policy")
    return page_form, policy_form


def _application_data(page_form, policy_form) -> services.ApplicationData:
    # The purpose is asked once, in the activity policy; the page keeps a copy for lists.
    return services.ApplicationData(
        name=page_form.cleaned_data["name"],
        purpose=policy_form.cleaned_data["purpose"],
        responsible_person=page_form.cleaned_data["responsible_person"],
        operators=list(page_form.cleaned_data["operators"]),
        policy=policy_form.policy_data(),
    )


class PageApplyView(LoginRequiredMixin, View):
    """A department admin starts an application (draft) with its activity policy. What
    would refuse it (the department already has a page) is checked before the form."""

    template_name = "pages/officialpage_form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not departments_managed_by(user=request.user).exists():
            raise PermissionDenied
        if (
            request.user.is_authenticated
            and not departments_open_for_application(user=request.user).exists()
        ):
            return render(
                request,
                "pages/officialpage_apply_blocked.html",
                {"blockers": application_blockers(user=request.user)},
            )
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        page_form, policy_form = _application_forms(request)
        return render(request, self.template_name, {"form": page_form, "policy_form": policy_form})

    def post(self, request):
        page_form, policy_form = _application_forms(request, data=request.POST)
        if page_form.is_valid() and policy_form.is_valid():
            try:
                page = services.page_application_create(
                    actor=request.user,
                    department=page_form.cleaned_data["department"],
                    data=_application_data(page_form, policy_form),
                )
            except DomainError as exc:
                page_form.add_error(None, exc.message)
            else:
                messages.success(
                    request, _("The application was saved as a draft. Submit it when it is ready.")
                )
                return redirect("pages:detail", page.pk)
        return render(
            request, self.template_name, {"form": page_form, "policy_form": policy_form}, status=400
        )


class PageEditView(LoginRequiredMixin, View):
    """Edit a draft or returned application (department admins); after a return, the
    reviewer's reason and what changed since are on top."""

    template_name = "pages/officialpage_form.html"

    def _page(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        if not user_can(request.user, MANAGE, page.department):
            raise Http404
        return page

    def _context(self, page, page_form, policy_form, editable):
        return {
            "form": page_form,
            "policy_form": policy_form,
            "page": page,
            "editable": editable,
            "changes": application_changes(page=page),
        }

    def get(self, request, page_id):
        page = self._page(request, page_id)
        page_form, policy_form = _application_forms(request, page=page)
        editable = page.status in (PageStatus.DRAFT, PageStatus.RETURNED)
        return render(
            request, self.template_name, self._context(page, page_form, policy_form, editable)
        )

    def post(self, request, page_id):
        page = self._page(request, page_id)
        page_form, policy_form = _application_forms(request, page=page, data=request.POST)
        if page_form.is_valid() and policy_form.is_valid():
            try:
                services.page_application_update(
                    page_id=page.pk,
                    actor=request.user,
                    data=_application_data(page_form, policy_form),
                )
            except DomainError as exc:
                page_form.add_error(None, exc.message)
            else:
                # Saving is not sending: say so, or a returned application waits unnoticed.
                messages.success(
                    request,
                    _(
                        "The application was saved but not sent yet. Press “Submit application” "
                        "to send it to the ICT Promotion Office."
                    ),
                )
                return redirect("pages:detail", page.pk)
        return render(
            request,
            self.template_name,
            self._context(page, page_form, policy_form, True),
            status=400,
        )
