"""Operator change requests: a department admin asks, the ICT office approves or declines."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from . import selectors, services_people, transitions
from .forms import OperatorChangeForm, OptionalReasonForm
from .models import OperatorChangeRequest, User


class OperatorChangeListView(LoginRequiredMixin, TemplateView):
    """The ICT office decides; the auditor reads; a department admin sees their department's."""

    template_name = "accounts/operatorchange_list.html"

    def dispatch(self, request, *args, **kwargs):
        if (
            request.user.is_authenticated
            and not user_can(request.user, "accounts.view_operatorchangerequest")
            and not selectors.departments_for_operator_requests(user=request.user).exists()
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        requests = selectors.operator_change_requests_visible_to(user=self.request.user)
        context.update(
            pending=list(requests.filter(status=OperatorChangeRequest.Status.PENDING)),
            decided=list(requests.exclude(status=OperatorChangeRequest.Status.PENDING)[:50]),
            my_departments=list(
                selectors.departments_for_operator_requests(user=self.request.user)
            ),
            can_decide=user_can(self.request.user, "accounts.manage_roles"),
        )
        return context


class OperatorChangeCreateView(LoginRequiredMixin, View):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.department = get_object_or_404(
            selectors.departments_for_operator_requests(user=request.user),
            pk=kwargs["department_id"],
        )
        return super().dispatch(request, *args, **kwargs)

    def _people(self):
        return User.objects.filter(is_active=True).order_by("department__code", "username")

    def _render(self, form):
        return render(
            self.request,
            "accounts/operatorchange_form.html",
            {
                "form": form,
                "department": self.department,
                "operators": selectors.department_operators(department=self.department),
            },
        )

    def get(self, request, department_id: int):
        return self._render(OperatorChangeForm(people=self._people(), department=self.department))

    def post(self, request, department_id: int):
        form = OperatorChangeForm(request.POST, people=self._people(), department=self.department)
        if form.is_valid():
            try:
                services_people.operator_change_request(
                    actor=request.user,
                    department=self.department,
                    person=form.cleaned_data["person"],
                    new_person_name=form.cleaned_data["new_person_name"],
                    new_person_email=form.cleaned_data["new_person_email"],
                    kind=form.cleaned_data["kind"],
                    reason=form.cleaned_data["reason"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(
                    request, _("Your request has been sent to the ICT Promotion Office.")
                )
                return redirect("operator_requests")
        return self._render(form)


class OperatorChangeDecideView(LoginRequiredMixin, View):
    """Approve, decline or withdraw one request; the action must be available to the user."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.change = selectors.operator_change_request_get_for_user_or_404(
            user=request.user, request_id=kwargs["request_id"]
        )
        self.action = kwargs["action"]
        if self.action not in transitions.ACTIONS:
            raise Http404
        available = selectors.operator_change_available_actions(
            user=request.user, change_request=self.change
        )
        if self.action not in available:
            if self.change.status != OperatorChangeRequest.Status.PENDING:
                messages.error(request, _("This request has already been decided."))
                return redirect("operator_requests")
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def _render(self, form):
        return render(
            self.request,
            "accounts/operatorchange_decide.html",
            {
                "form": form,
                "change": self.change,
                "action": self.action,
                "action_label": transitions.ACTION_LABELS[self.action],
                "danger": self.action != transitions.APPROVE,
            },
        )

    def get(self, request, request_id: int, action: str):
        return self._render(OptionalReasonForm())

    def post(self, request, request_id: int, action: str):
        form = OptionalReasonForm(request.POST)
        if form.is_valid():
            try:
                services_people.operator_change_decide(
                    actor=request.user,
                    request_id=self.change.pk,
                    action=self.action,
                    reason=form.cleaned_data["reason"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("The request has been updated."))
                return redirect(reverse("operator_requests"))
        return self._render(form)
