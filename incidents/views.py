"""Views for incidents and impersonation reports: thin (select, validate, one service)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from accounts.selectors import departments_visible_to, user_departments
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can
from pages.selectors import pages_visible_to

from . import services
from .filters import IncidentListFilter
from .forms import AssignForm, CommentForm, ImpersonationReportForm, IncidentForm
from .selectors import (
    impersonation_reports_open,
    incident_available_actions,
    incident_events,
    incident_get_for_user_or_404,
    incidents_visible_to,
)
from .transitions import ACTIONS, MANAGE


def _may_see_incidents(user) -> bool:
    """The ICT office, secretariat and auditor; department staff (their pages' incidents)."""
    return user_can(user, "incidents.view_all_incidents") or (
        departments_visible_to(user=user).exists()
    )


class IncidentListView(LoginRequiredMixin, View):
    """Incidents the user may see: unresolved first, then the rest, newest first."""

    def get(self, request):
        if not _may_see_incidents(request.user):
            raise PermissionDenied
        incidents = incidents_visible_to(user=request.user)
        filterset = IncidentListFilter(request.GET or None, queryset=incidents, user=request.user)
        # A choice the user may not make (say a page of another department) lists nothing
        # rather than everything, and reads the same whether the page exists or not.
        if filterset.is_bound and not filterset.is_valid():
            incidents = incidents.none()
        else:
            incidents = filterset.qs
        return render(
            request,
            "incidents/incident_list.html",
            {
                "incidents": incidents[:500],
                "filter": filterset,
                "can_manage": user_can(request.user, MANAGE),
                "reports": impersonation_reports_open(),
            },
        )


def _report_pages(user, manager: bool):
    """Pages the user may report an incident for: any for the ICT office and secretariat,
    their own department's for department staff (not the read-only auditor)."""
    pages = pages_visible_to(user=user).exclude(status__in=["draft", "rejected", "cancelled"])
    if not manager:
        pages = pages.filter(department__in=user_departments(user=user))
    return pages


class IncidentCreateView(LoginRequiredMixin, View):
    """Report an incident: staff of a department for their page, the ICT office and
    secretariat for any page or none."""

    template_name = "incidents/incident_form.html"

    def _form(self, request, data=None):
        if not _may_see_incidents(request.user):
            raise PermissionDenied
        manager = user_can(request.user, MANAGE)
        pages = _report_pages(request.user, manager)
        if not manager and not pages.exists():
            raise PermissionDenied
        initial = {}
        if request.GET.get("page", "").isdigit():
            initial["page"] = int(request.GET["page"])
        return IncidentForm(data, pages=pages, page_required=not manager, initial=initial)

    def get(self, request):
        return render(request, self.template_name, {"form": self._form(request)})

    def post(self, request):
        form = self._form(request, request.POST)
        if form.is_valid():
            try:
                incident = services.incident_open(
                    actor=request.user,
                    kind=form.cleaned_data["kind"],
                    title=form.cleaned_data["title"],
                    description=form.cleaned_data["description"],
                    page=form.cleaned_data["page"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("The incident was recorded."))
                return redirect("incidents:detail", incident.pk)
        return render(request, self.template_name, {"form": form}, status=400)


def _crisis_context(user, incident) -> dict:
    """Crisis mode at the top of the incident: the page's state and, for those who may
    switch it, the way to start it from here (the switch links back to the incident)."""
    from moderation.selectors import crisis_mode_latest

    if incident.page is None or not user_can(user, "moderation.review_flag"):
        return {}
    latest = crisis_mode_latest(page_id=incident.page.pk)
    return {
        "crisis_latest": latest if latest and latest.enabled else None,
        "can_crisis": user_can(user, "moderation.set_crisis_mode"),
    }


class IncidentDetailView(LoginRequiredMixin, View):
    """An incident, its timeline, its comments and the actions the viewer may take."""

    def get(self, request, incident_id):
        incident = incident_get_for_user_or_404(user=request.user, incident_id=incident_id)
        manager = user_can(request.user, MANAGE)
        return render(
            request,
            "incidents/incident_detail.html",
            {
                "incident": incident,
                "events": incident_events(incident=incident),
                "actions": incident_available_actions(incident=incident, user=request.user),
                "comments": incident.comments.select_related("post").order_by("-created_time")[
                    :200
                ],
                "reports": incident.impersonation_reports.all(),
                "can_manage": manager,
                "can_note": manager
                or (
                    incident.page is not None
                    and user_departments(user=request.user)
                    .filter(pk=incident.page.department_id)
                    .exists()
                ),
                "assign_form": AssignForm(initial={"owner": incident.owner_id})
                if manager
                else None,
                "note_form": CommentForm(required=True),
                **_crisis_context(request.user, incident),
            },
        )


class IncidentActionView(LoginRequiredMixin, View):
    """Take a transition (confirm, dismiss, resolve, reopen) with a comment."""

    def _setup(self, request, incident_id, action):
        incident = incident_get_for_user_or_404(user=request.user, incident_id=incident_id)
        if action not in ACTIONS:
            raise Http404
        available = dict(incident_available_actions(incident=incident, user=request.user))
        if action not in available:
            raise PermissionDenied
        return incident, available[action]

    def get(self, request, incident_id, action):
        incident, spec = self._setup(request, incident_id, action)
        form = CommentForm(required=spec.comment_required)
        return render(
            request,
            "incidents/incident_action.html",
            {"incident": incident, "spec": spec, "action": action, "form": form},
        )

    def post(self, request, incident_id, action):
        incident, spec = self._setup(request, incident_id, action)
        form = CommentForm(request.POST, required=spec.comment_required)
        if form.is_valid():
            try:
                services.incident_transition(
                    incident_id=incident.pk,
                    action=action,
                    actor=request.user,
                    comment=form.cleaned_data["comment"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Done: %(action)s.") % {"action": spec.label})
                return redirect("incidents:detail", incident.pk)
        return render(
            request,
            "incidents/incident_action.html",
            {"incident": incident, "spec": spec, "action": action, "form": form},
            status=400,
        )


class IncidentAssignView(LoginRequiredMixin, View):
    def post(self, request, incident_id):
        incident = incident_get_for_user_or_404(user=request.user, incident_id=incident_id)
        if not user_can(request.user, MANAGE):
            raise PermissionDenied
        form = AssignForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose an owner from the list."))
            return redirect("incidents:detail", incident.pk)
        try:
            services.incident_assign(
                incident_id=incident.pk, actor=request.user, owner=form.cleaned_data["owner"]
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The owner was saved."))
        return redirect("incidents:detail", incident.pk)


class IncidentNoteView(LoginRequiredMixin, View):
    def post(self, request, incident_id):
        incident = incident_get_for_user_or_404(user=request.user, incident_id=incident_id)
        form = CommentForm(request.POST, required=True)
        if not form.is_valid():
            messages.error(request, _("Please write what was done."))
            return redirect("incidents:detail", incident.pk)
        try:
            services.incident_note(
                incident_id=incident.pk, actor=request.user, comment=form.cleaned_data["comment"]
            )
        except DomainError as exc:
            raise PermissionDenied(exc.message) from exc
        messages.success(request, _("The note was added to the timeline."))
        return redirect("incidents:detail", incident.pk)


class ImpersonationReportCreateView(LoginRequiredMixin, View):
    """Record a fake page (ICT office, secretariat); the registry warns about it at once."""

    template_name = "incidents/impersonationreport_form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, MANAGE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return render(request, self.template_name, {"form": ImpersonationReportForm()})

    def post(self, request):
        form = ImpersonationReportForm(request.POST)
        if form.is_valid():
            try:
                report = services.impersonation_report_create(
                    actor=request.user,
                    fake_url=form.cleaned_data["fake_url"],
                    reported_by_name=form.cleaned_data["reported_by_name"],
                    description=form.cleaned_data["description"],
                )
            except DomainError as exc:
                form.add_error("fake_url", exc.message)
            else:
                messages.success(
                    request,
                    _("The fake page was recorded; the public registry now warns about it."),
                )
                return redirect("incidents:detail", report.incident_id)
        return render(request, self.template_name, {"form": form}, status=400)
