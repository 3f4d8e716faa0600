"""People and roles in the portal: the ICT office's screens and the department admin's
operator requests. Thin views: fetch through a selector (404 for what the viewer may not see),
validate a form, call one service, turn a domain error into a message."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from . import selectors, services, services_people
from .forms import (
    OptionalReasonForm,
    PeopleFilterForm,
    PersonCreateForm,
    PersonMoveForm,
    ReasonForm,
    RoleGrantForm,
)
from .models import Department, RoleAssignment


def _all_departments():
    return Department.objects.select_related("division").order_by("division__sort_order", "code")


class PeopleAccessMixin(LoginRequiredMixin):
    """The people screens are for those who hold accounts.view_user (ICT office, auditor)."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, "accounts.view_user"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PersonListView(PeopleAccessMixin, TemplateView):
    template_name = "accounts/person_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PeopleFilterForm(self.request.GET or None, departments=_all_departments())
        filters = form.cleaned_data if form.is_valid() else {}
        department = filters.get("department")
        people = selectors.people_visible_to(
            user=self.request.user,
            query=(filters.get("q") or "").strip(),
            department_id=department.pk if department else None,
            role=filters.get("role") or "",
        )
        context.update(
            form=form,
            people=people[:300],
            can_manage=user_can(self.request.user, "accounts.manage_roles"),
        )
        return context


class _PersonView(LoginRequiredMixin, View):
    """Fetches the person (404 when the viewer may not see people); acting needs manage_roles."""

    needs_manage = True

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.person = selectors.person_get_for_user_or_404(
            user=request.user, person_id=kwargs["person_id"]
        )
        if self.needs_manage and not user_can(request.user, "accounts.manage_roles"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def back(self):
        return redirect("person_detail", person_id=self.person.pk)


class PersonDetailView(_PersonView):
    needs_manage = False

    def get(self, request, person_id: int):
        return render(
            request,
            "accounts/person_detail.html",
            {
                "person": self.person,
                "assignments": selectors.person_assignments(person=self.person),
                "history": selectors.person_history(person=self.person),
                "can_manage": user_can(request.user, "accounts.manage_roles"),
            },
        )


class _FormActionView(_PersonView):
    """A page with one form that calls one service: grant, move, deactivate, revoke, invite."""

    title = ""
    intro = ""
    submit = ""
    danger = False

    def make_form(self, data=None):
        raise NotImplementedError

    def perform(self, form) -> str:
        raise NotImplementedError

    def context(self, form, **extra):
        return {
            "person": self.person,
            "form": form,
            "title": self.title,
            "intro": self.intro,
            "submit": self.submit,
            "danger": self.danger,
            **extra,
        }

    def get(self, request, **kwargs):
        return render(request, "accounts/person_action.html", self.context(self.make_form()))

    def post(self, request, **kwargs):
        form = self.make_form(request.POST)
        if form.is_valid():
            try:
                message = self.perform(form)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, message)
                return self.back()
        return render(request, "accounts/person_action.html", self.context(form), status=200)


class RoleGrantView(_FormActionView):
    title = gettext_lazy("Grant a role")
    intro = gettext_lazy(
        "The person can use the role from the next page they open. Two-step verification is "
        "required for the ICT Promotion Office and the secretariat."
    )
    submit = gettext_lazy("Grant the role")

    def make_form(self, data=None):
        return RoleGrantForm(data, departments=_all_departments())

    def perform(self, form):
        if selectors.person_holds_role(
            person=self.person,
            role=form.cleaned_data["role"],
            department=form.cleaned_data["department"],
        ):
            raise DomainError(_("This person already holds this role."))
        services.role_grant(
            actor=self.request.user,
            user=self.person,
            role=form.cleaned_data["role"],
            department=form.cleaned_data["department"],
            ends_at=form.ends_at,
            reason=form.cleaned_data["reason"],
        )
        return _("The role has been granted to %(user)s.") % {"user": self.person}


class PersonMoveView(_FormActionView):
    title = gettext_lazy("Move to another department")
    intro = gettext_lazy(
        "Every department role outside the new department ends now, the roles you tick start in "
        "the new department, and the person's department changes: one step in the audit log. "
        "City-wide roles stay."
    )
    submit = gettext_lazy("Move the person")

    def make_form(self, data=None):
        return PersonMoveForm(data, departments=_all_departments())

    def perform(self, form):
        services_people.person_move(
            actor=self.request.user,
            user=self.person,
            to_department=form.cleaned_data["to_department"],
            roles=form.cleaned_data["roles"],
            ends_at=form.ends_at,
            reason=form.cleaned_data["reason"],
        )
        return _("%(user)s has been moved to %(department)s.") % {
            "user": self.person,
            "department": form.cleaned_data["to_department"],
        }


class PersonDeactivateView(_FormActionView):
    title = gettext_lazy("Deactivate the account")
    intro = gettext_lazy(
        "This cannot be undone here. Every role of the person ends, they are signed out "
        "everywhere at once and can no longer sign in. Their history is kept."
    )
    submit = gettext_lazy("Deactivate the account")
    danger = True

    def make_form(self, data=None):
        return ReasonForm(data)

    def perform(self, form):
        services_people.account_deactivate(
            actor=self.request.user, user=self.person, reason=form.cleaned_data["reason"]
        )
        return _("The account of %(user)s has been deactivated.") % {"user": self.person}


class PersonInviteView(_FormActionView):
    title = gettext_lazy("Send a new password link")
    intro = gettext_lazy(
        "A one-time link to set a password is e-mailed to the person. It expires, and it stops "
        "working once used."
    )
    submit = gettext_lazy("Send the link")

    def make_form(self, data=None):
        return OptionalReasonForm(data)

    def perform(self, form):
        services_people.account_invite(actor=self.request.user, user=self.person)
        return _("A password link has been sent to %(email)s.") % {"email": self.person.email}


class AssignmentEndView(_FormActionView):
    title = gettext_lazy("End a role")
    submit = gettext_lazy("End the role now")
    danger = True

    def _assignment(self) -> RoleAssignment:
        return get_object_or_404(
            selectors.person_assignments(person=self.person),
            pk=self.kwargs["assignment_id"],
            revoked_at__isnull=True,
        )

    def context(self, form, **extra):
        assignment = self._assignment()
        intro = _("%(role)s%(scope)s of %(user)s ends now and cannot be restored here.") % {
            "role": assignment.get_role_display(),
            "scope": f" ({assignment.department})" if assignment.department_id else "",
            "user": self.person,
        }
        return super().context(form, intro_text=intro, **extra)

    def make_form(self, data=None):
        return ReasonForm(data)

    def perform(self, form):
        assignment = self._assignment()
        services.role_revoke(
            actor=self.request.user, assignment_id=assignment.pk, reason=form.cleaned_data["reason"]
        )
        return _("The role of %(user)s has been revoked.") % {"user": self.person}


class PersonCreateView(PeopleAccessMixin, View):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, "accounts.manage_roles"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def _render(self, form):
        return render(self.request, "accounts/person_form.html", {"form": form})

    def get(self, request):
        return self._render(PersonCreateForm(departments=_all_departments()))

    def post(self, request):
        form = PersonCreateForm(request.POST, departments=_all_departments())
        if form.is_valid():
            try:
                person = services_people.account_create(
                    actor=request.user,
                    display_name=form.cleaned_data["display_name"],
                    email=form.cleaned_data["email"],
                    department=form.cleaned_data["department"],
                    role=form.cleaned_data["role"] or None,
                    ends_at=form.ends_at,
                    reason=form.cleaned_data["reason"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(
                    request,
                    _(
                        "The account %(username)s has been created; a link to set the password "
                        "has been sent to %(email)s."
                    )
                    % {"username": person.username, "email": person.email},
                )
                return redirect("person_detail", person_id=person.pk)
        return self._render(form)


class AccountWelcomeView(auth_views.PasswordResetConfirmView):
    """The one-time link: the person chooses a password. Django's view keeps the token out of
    the address bar after the first visit; the token stops working once the password is set."""

    template_name = "accounts/account_welcome.html"
    success_url = reverse_lazy("login")
    post_reset_login = False

    def get_user(self, uidb64):
        user = super().get_user(uidb64)
        return user if user is not None and user.is_active else None

    def form_valid(self, form):
        services_people.account_password_set(
            user=form.user, password=form.cleaned_data["new_password1"]
        )
        self.request.session.pop(auth_views.INTERNAL_RESET_SESSION_TOKEN, None)
        messages.success(
            self.request,
            _("Your password has been set. Sign in with the username %(username)s.")
            % {"username": form.user.username},
        )
        return redirect(self.success_url)
