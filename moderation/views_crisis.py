"""Crisis mode (a form that says what will happen, then a confirmation) and the reason
templates the secretariat edits. Thin views over ``services.crisis_mode_set`` and
``services.reason_template_save``."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError
from pages.selectors import page_get_for_user_or_404, pages_visible_to

from .forms import CrisisModeForm, ReasonTemplateForm
from .selectors import (
    crisis_mode_latest,
    crisis_mode_preview,
    crisis_mode_state,
    reason_templates,
)
from .services import crisis_mode_set, reason_template_delete, reason_template_save
from .views_review import ReviewAccessMixin


def _incident(request, incident_id):
    """The incident the switch answers, if the user may see it (else none: never a leak)."""
    if not incident_id:
        return None
    from incidents.selectors import incident_get_for_user_or_404

    try:
        return incident_get_for_user_or_404(user=request.user, incident_id=incident_id)
    except Http404:
        return None


class CrisisModeView(ReviewAccessMixin, View):
    """GET: the page's crisis state and the form to switch it. POST: first the confirmation
    (what will happen, with the counts), then, confirmed, the switch."""

    permission = "moderation.set_crisis_mode"
    template_name = "moderation/crisis_mode.html"

    def _context(self, request, page, form, *, confirm=False, incident=None):
        latest = crisis_mode_latest(page_id=page.pk)
        return {
            "page": page,
            "form": form,
            "on": bool(latest and latest.enabled),
            "latest": latest,
            "preview": crisis_mode_preview(page_id=page.pk),
            "confirm": confirm,
            "incident": incident,
        }

    def get(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        incident = _incident(request, request.GET.get("incident"))
        latest = crisis_mode_latest(page_id=page.pk)
        on = bool(latest and latest.enabled)
        form = CrisisModeForm(
            initial={
                "enabled": "0" if on else "1",
                "incident": incident.pk if incident else None,
                "hide_existing": True,
            }
        )
        return render(
            request, self.template_name, self._context(request, page, form, incident=incident)
        )

    def post(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        form = CrisisModeForm(request.POST)
        incident = _incident(request, request.POST.get("incident"))
        if not form.is_valid():
            return render(
                request,
                self.template_name,
                self._context(request, page, form, incident=incident),
                status=400,
            )
        data = form.cleaned_data
        if not data.get("confirm"):
            return render(
                request,
                self.template_name,
                self._context(request, page, form, confirm=True, incident=incident),
            )
        try:
            crisis_mode_set(
                page_id=page.pk,
                actor=request.user,
                enabled=data["enabled"],
                reason=data["reason"],
                hide_existing=data["enabled"] and data["hide_existing"],
                unhide=not data["enabled"] and data["unhide"],
                incident_id=incident.pk if incident else None,
            )
        except DomainError as error:
            form.add_error(None, error.message)
            return render(
                request,
                self.template_name,
                self._context(request, page, form, incident=incident),
                status=400,
            )
        if data["enabled"]:
            messages.warning(
                request,
                _(
                    "Crisis mode is on for %(page)s: every newly flagged comment is hidden at "
                    "once, pending review."
                )
                % {"page": page.name},
            )
        else:
            messages.success(request, _("Crisis mode is off for %(page)s.") % {"page": page.name})
        if incident is not None:
            return redirect("incidents:detail", incident.pk)
        return redirect(reverse("moderation:crisis_mode", args=[page.pk]))


class CrisisIndexView(ReviewAccessMixin, View):
    """Every page the user may see with its crisis state, to start or stop it."""

    permission = "moderation.set_crisis_mode"

    def get(self, request):
        on = {item["page_id"]: item for item in crisis_mode_state()}
        pages = [(page, on.get(page.pk)) for page in pages_visible_to(user=request.user)]
        pages.sort(key=lambda pair: (pair[1] is None, pair[0].name))
        return render(request, "moderation/crisis_index.html", {"pages": pages})


class ReasonTemplateListView(ReviewAccessMixin, View):
    """The reason templates per clause, and a form to add one."""

    permission = "moderation.decide_flag"

    def _render(self, request, form, status=200):
        grouped: dict[str, list] = {}
        for template in reason_templates():
            grouped.setdefault(template.clause, []).append(template)
        groups = [(Clause(code).label, items) for code, items in grouped.items()]
        return render(
            request,
            "moderation/reasontemplate_list.html",
            {"groups": groups, "form": form},
            status=status,
        )

    def get(self, request):
        return self._render(request, ReasonTemplateForm())

    def post(self, request):
        form = ReasonTemplateForm(request.POST)
        if form.is_valid():
            try:
                reason_template_save(actor=request.user, **form.cleaned_data)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The reason template has been saved."))
                return redirect("moderation:reason_templates")
        return self._render(request, form, status=400)


class ReasonTemplateEditView(ReviewAccessMixin, View):
    """Change or remove one reason template."""

    permission = "moderation.decide_flag"

    def _get(self, template_id):
        template = reason_templates().filter(pk=template_id).first()
        if template is None:
            raise Http404
        return template

    def get(self, request, template_id):
        template = self._get(template_id)
        form = ReasonTemplateForm(
            initial={"clause": template.clause, "title": template.title, "text": template.text}
        )
        return render(
            request, "moderation/reasontemplate_form.html", {"form": form, "template": template}
        )

    def post(self, request, template_id):
        template = self._get(template_id)
        if request.POST.get("delete") == "1":
            reason_template_delete(actor=request.user, template_id=template.pk)
            messages.success(request, _("The reason template has been removed."))
            return redirect("moderation:reason_templates")
        form = ReasonTemplateForm(request.POST)
        if form.is_valid():
            try:
                reason_template_save(
                    actor=request.user, template_id=template.pk, **form.cleaned_data
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The reason template has been saved."))
                return redirect("moderation:reason_templates")
        return render(
            request,
            "moderation/reasontemplate_form.html",
            {"form": form, "template": template},
            status=400,
        )
