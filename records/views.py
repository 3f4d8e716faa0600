"""Views for public records: thin (authenticate, select, validate, one service, redirect)."""

from __future__ import annotations

from pathlib import Path

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can
from pages.selectors import pages_visible_to

from . import services
from .figures import STAGES
from .forms import DisclosureRequestForm, LegalHoldForm, PeriodForm, RetentionClassForm, TargetForm
from .models import DisclosureRequest, RetentionRun
from .report import monthly_report
from .selectors import (
    disclosure_available_actions,
    disclosure_get_for_user_or_404,
    disclosure_requests_visible_to,
    legal_holds,
    retention_classes,
    retention_runs,
    service_target_minutes,
)

MASK_LABELS = (
    ("name", gettext_lazy("Names")),
    ("phone", gettext_lazy("Phone numbers")),
    ("email", gettext_lazy("E-mail addresses")),
    ("address", gettext_lazy("Street addresses")),
    ("my_number", gettext_lazy("My Numbers")),
    ("card", gettext_lazy("Card numbers")),
)


class Permitted(LoginRequiredMixin, View):
    """Signed-in users holding ``permission`` (globally); everyone else gets 403."""

    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _fail(request, error: DomainError, to: str, *args):
    messages.error(request, error.message)
    return redirect(to, *args)


# --------------------------------------------------------------------------- disclosure


class DisclosureListView(Permitted):
    permission = "records.view_disclosurerequest"

    def get(self, request):
        return render(request, "records/disclosure_list.html", {
            "requests": disclosure_requests_visible_to(user=request.user)[:100],
            "can_request": user_can(request.user, "records.request_disclosure"),
        })  # fmt: skip


class DisclosureCreateView(Permitted):
    permission = "records.request_disclosure"

    def _form(self, request, data=None):
        return DisclosureRequestForm(
            data, pages=pages_visible_to(user=request.user).order_by("name")
        )

    def get(self, request):
        return render(request, "records/disclosure_form.html", {"form": self._form(request)})

    def post(self, request):
        form = self._form(request, request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                created = services.disclosure_request_create(
                    actor=request.user,
                    reference=data["reference"],
                    page_ids=[p.pk for p in data["pages"]],
                    date_from=data["date_from"],
                    date_to=data["date_to"],
                    contents=data["contents"],
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request, _("The export is being built. This page shows its progress.")
                )
                return redirect("records:disclosure_detail", created.pk)
        return render(request, "records/disclosure_form.html", {"form": form}, status=400)


class DisclosureDetailView(Permitted):
    permission = "records.view_disclosurerequest"

    def get(self, request, request_id):
        item = disclosure_get_for_user_or_404(user=request.user, request_id=request_id)
        preview = item.preview or {}
        contents = dict(DisclosureRequest.Content.choices)
        masks = dict(MASK_LABELS)
        samples = [
            {**row, "created_time": (row.get("created_time") or "")[:16].replace("T", " ")}
            for row in (preview.get("samples") or {}).get("comments", [])[:40]
        ]
        return render(request, "records/disclosure_detail.html", {
            "item": item,
            "contents": [contents.get(c, c) for c in item.contents],
            "actions": disclosure_available_actions(request=item, user=request.user),
            "building": item.status in (DisclosureRequest.Status.QUEUED, DisclosureRequest.Status.BUILDING),
            "samples": samples,
            "row_counts": [(contents.get(k, k), n) for k, n in preview.get("rows", {}).items()],
            "masks": [(masks.get(k, k), n) for k, n in preview.get("masks", {}).items()],
            "pseudonyms": preview.get("pseudonyms"),
        })  # fmt: skip


class DisclosureReleaseView(Permitted):
    permission = "records.release_disclosure"

    def post(self, request, request_id):
        item = disclosure_get_for_user_or_404(user=request.user, request_id=request_id)
        if request.POST.get("confirm") != "yes":
            messages.error(request, _("Confirm that you reviewed the redactions."))
            return redirect("records:disclosure_detail", item.pk)
        try:
            services.disclosure_release(request_id=item.pk, actor=request.user)
        except DomainError as error:
            return _fail(request, error, "records:disclosure_detail", item.pk)
        messages.success(request, _("The export was released."))
        return redirect("records:disclosure_detail", item.pk)


class DisclosureDownloadView(Permitted):
    permission = "records.release_disclosure"

    def get(self, request, request_id):
        item = disclosure_get_for_user_or_404(user=request.user, request_id=request_id)
        if item.status != DisclosureRequest.Status.RELEASED or not item.file_path:
            raise Http404
        path = Path(item.file_path)
        if not path.exists():
            raise Http404
        response = FileResponse(path.open("rb"), as_attachment=True,
                                filename=f"disclosure-{item.pk}.zip", content_type="application/zip")  # fmt: skip
        response["X-Content-SHA256"] = item.sha256
        return response


# --------------------------------------------------------------------------- retention


class RetentionView(Permitted):
    permission = "records.view_retention"

    def get(self, request, hold_form=None):
        pages = pages_visible_to(user=request.user).order_by("name")
        return render(request, "records/retention.html", {
            "classes": retention_classes(),
            "class_form": RetentionClassForm(),
            "hold_form": hold_form or LegalHoldForm(pages=pages),
            "holds": legal_holds()[:100],
            "runs": retention_runs(),
            "can_manage": user_can(request.user, "records.manage_retention"),
        })  # fmt: skip


class RetentionClassSetView(Permitted):
    permission = "records.manage_retention"

    def post(self, request):
        form = RetentionClassForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Unknown kind of record or retention class."))
            return redirect("records:retention")
        try:
            services.retention_class_set(actor=request.user, kind=form.cleaned_data["kind"],
                                         retention_value=form.cleaned_data["retention"])  # fmt: skip
        except DomainError as error:
            return _fail(request, error, "records:retention")
        messages.success(request, _("The retention class was saved."))
        return redirect("records:retention")


class LegalHoldCreateView(Permitted):
    permission = "records.manage_retention"

    def post(self, request):
        form = LegalHoldForm(request.POST, pages=pages_visible_to(user=request.user))
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.legal_hold_place(actor=request.user, page_id=data["page"].pk if data["page"] else None,
                                          starts_on=data["starts_on"], ends_on=data["ends_on"],
                                          reason=data["reason"])  # fmt: skip
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The legal hold is in force."))
                return redirect("records:retention")
        response = RetentionView().get(request, hold_form=form)
        response.status_code = 400
        return response


class LegalHoldLiftView(Permitted):
    permission = "records.manage_retention"

    def post(self, request, hold_id):
        if request.POST.get("confirm") != "yes":
            messages.error(request, _("Confirm that the hold may be lifted."))
            return redirect("records:retention")
        try:
            services.legal_hold_lift(actor=request.user, hold_id=hold_id)
        except DomainError as error:
            return _fail(request, error, "records:retention")
        messages.success(request, _("The legal hold was lifted."))
        return redirect("records:retention")


class RetentionReportView(Permitted):
    """POST: compute the dry-run report now (nothing is changed)."""

    permission = "records.manage_retention"

    def post(self, request):
        run = services.retention_run(actor=request.user, dry_run=True)
        return redirect("records:retention_run", run.pk)


class RetentionRunView(Permitted):
    permission = "records.view_retention"

    def get(self, request, run_id):
        run = RetentionRun.objects.select_related("actor").filter(pk=run_id).first()
        if run is None:
            raise Http404
        labels = {row["kind"]: row["label"] for row in retention_classes()}
        rows = [{**row, "label": labels.get(row["kind"], row["kind"])} for row in run.report]
        return render(request, "records/retention_run.html", {"run": run, "rows": rows})


# --------------------------------------------------------------------------- figures and report


def _month(request):
    form = PeriodForm(request.GET)
    return form.month_start(timezone.localdate())


class MonthlyReportView(Permitted):
    permission = "records.view_service_figures"

    def get(self, request):
        month = _month(request)
        report = monthly_report(user=request.user, month=month)
        return render(request, "records/monthly_report.html", {
            "report": report,
            "month_value": month.strftime("%Y-%m"),
            "stages": STAGES,
            "target": service_target_minutes(),
            "target_form": TargetForm(initial={"minutes": service_target_minutes()}),
            "can_set_target": user_can(request.user, "records.set_service_target"),
        })  # fmt: skip


class MonthlyReportCsvView(Permitted):
    permission = "records.view_service_figures"

    def get(self, request):
        month = _month(request)
        report = monthly_report(user=request.user, month=month)
        response = StreamingHttpResponse(report.csv_lines(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="monthly-report-{month:%Y-%m}.csv"'
        return response


class TargetSetView(Permitted):
    permission = "records.set_service_target"

    def post(self, request):
        form = TargetForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The target must be between 1 minute and 30 days."))
            return redirect("records:report")
        try:
            services.service_target_set(actor=request.user, minutes=form.cleaned_data["minutes"])
        except DomainError as error:
            return _fail(request, error, "records:report")
        messages.success(request, _("The time-to-hide target was saved."))
        return redirect("records:report")
