"""Views for activity policies, training and the operating policy (thin)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import View

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can
from pages import services as page_services
from pages.forms import CommentForm
from pages.models import OPERATING_STATUSES
from pages.selectors import page_get_for_user_or_404
from pages.services import user_can_on_department

from . import services
from .diff import compare_versions
from .forms import (
    ActivityPolicyCompareForm,
    ActivityPolicyForm,
    AttendanceForm,
    ClauseForm,
    OperatingPolicyForm,
    TrainingSessionForm,
)
from .models import ActivityPolicy, ActivityPolicyStatus, OperatingPolicy, TrainingSession
from .review_dates import review_date_default, review_date_is_allowed
from .selectors import (
    activity_policy_revision,
    operating_policies_published,
    operating_policy_current,
    operating_policy_versions_for_staff,
    training_missing_people,
    training_sessions_visible_to,
)
from .transitions import POLICY_ACTIONS, policy_next_status

MANAGE = "accounts.manage_department_pages"


def _policy_actions(policy: ActivityPolicy, user) -> list[tuple[str, str, bool]]:
    """(action, label, comment required) the user may take on a revision now."""
    page = policy.page
    if policy.version == 1 or page.status not in OPERATING_STATUSES:
        return []
    result = []
    for action, (permission, decides, comment_required, label) in POLICY_ACTIONS.items():
        if policy_next_status(policy.status, action) is None:
            continue
        if not user_can_on_department(user, permission, page.department):
            continue
        if decides and policy.submitted_by_id == user.pk:
            continue
        result.append((action, str(label), comment_required))
    return result


def _field_labels() -> dict[str, str]:
    return {
        f.name: str(f.verbose_name)
        for f in ActivityPolicy._meta.get_fields()
        if hasattr(f, "verbose_name")
    }


def _get_version(page, version: int) -> ActivityPolicy:
    try:
        return page.activity_policies.get(version=version)
    except ActivityPolicy.DoesNotExist as exc:
        raise Http404 from exc


class ActivityPolicyListView(LoginRequiredMixin, View):
    """Every version of a page's activity policy, and a form to compare two."""

    def get(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        versions = list(
            page.activity_policies.order_by("-version").select_related("submitted_by", "decided_by")
        )
        numbers = [v.version for v in versions]
        compare_form = ActivityPolicyCompareForm(
            versions=numbers,
            initial={
                "a": numbers[1] if len(numbers) > 1 else numbers[0] if numbers else None,
                "b": numbers[0] if numbers else None,
            },
        )
        can_revise = (
            user_can(request.user, MANAGE, page.department) and page.status in OPERATING_STATUSES
        )
        return render(
            request,
            "guidelines/activitypolicy_list.html",
            {
                "page": page,
                "versions": versions,
                "compare_form": compare_form,
                "can_revise": can_revise,
                "revision": activity_policy_revision(page=page),
            },
        )


class ActivityPolicyDetailView(LoginRequiredMixin, View):
    def get(self, request, page_id, version):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        policy = _get_version(page, version)
        fields = [
            (_field_labels()[name], getattr(policy, name))
            for name in ActivityPolicy.CONTENT_FIELDS
            if name != "deletion_clauses"
        ]
        return render(
            request,
            "guidelines/activitypolicy_detail.html",
            {
                "page": page,
                "policy": policy,
                "fields": fields,
                "actions": _policy_actions(policy, request.user),
                "comment_form": CommentForm(),
                "can_edit": policy.status == ActivityPolicyStatus.DRAFT
                and policy.version > 1
                and user_can(request.user, MANAGE, page.department),
            },
        )


class ActivityPolicyReviseView(LoginRequiredMixin, View):
    """Write a revision of an operating page's policy (department admins); the version in
    force stays in force until the ICT office approves it."""

    template_name = "guidelines/activitypolicy_form.html"

    def _page(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        if not user_can(request.user, MANAGE, page.department):
            raise Http404
        if page.status not in OPERATING_STATUSES:
            raise PermissionDenied
        return page

    def get(self, request, page_id):
        page = self._page(request, page_id)
        revision = activity_policy_revision(page=page)
        if revision is not None and revision.status != ActivityPolicyStatus.DRAFT:
            messages.info(request, _("A revision is already waiting for approval."))
            return redirect("guidelines:policy_detail", page.pk, revision.version)
        instance = (
            revision or page.activity_policies.filter(status=ActivityPolicyStatus.IN_FORCE).first()
        )
        form = ActivityPolicyForm(instance=instance, revision=True)
        if revision is None:
            form.initial["change_note"] = ""
        if instance is not None and not review_date_is_allowed(instance.review_date):
            form.initial["review_date"] = review_date_default()  # the date in force has come
        return render(
            request, self.template_name, {"page": page, "form": form, "revision": revision}
        )

    def post(self, request, page_id):
        page = self._page(request, page_id)
        revision = activity_policy_revision(page=page)
        form = ActivityPolicyForm(request.POST, revision=True)
        if form.is_valid():
            try:
                if revision is None:
                    revision = page_services.activity_policy_revision_start(
                        page_id=page.pk, actor=request.user
                    )
                page_services.activity_policy_update(
                    policy_id=revision.pk, actor=request.user, data=form.policy_data()
                )
                if request.POST.get("submit"):
                    page_services.activity_policy_transition(
                        policy_id=revision.pk, action="submit", actor=request.user
                    )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(
                    request,
                    _("The revision was sent to the ICT Promotion Office for approval.")
                    if request.POST.get("submit")
                    else _("The revision was saved."),
                )
                return redirect("guidelines:policy_detail", page.pk, revision.version)
        return render(
            request,
            self.template_name,
            {"page": page, "form": form, "revision": revision},
            status=400,
        )


class ActivityPolicyActionView(LoginRequiredMixin, View):
    """Submit, approve, return or reject a revision."""

    def post(self, request, page_id, version, action):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        policy = _get_version(page, version)
        allowed = {
            name: required for name, _label, required in _policy_actions(policy, request.user)
        }
        if action not in allowed:
            raise PermissionDenied
        form = CommentForm(request.POST, required=allowed[action])
        if not form.is_valid():
            messages.error(request, _("Please write a comment (the reason) for this action."))
            return redirect("guidelines:policy_detail", page.pk, policy.version)
        try:
            page_services.activity_policy_transition(
                policy_id=policy.pk,
                action=action,
                actor=request.user,
                comment=form.cleaned_data["comment"],
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Done."))
        return redirect("guidelines:policy_detail", page.pk, policy.version)


class ActivityPolicyCompareView(LoginRequiredMixin, View):
    """Two versions side by side (?a=1&b=2)."""

    def get(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        numbers = list(
            page.activity_policies.order_by("-version").values_list("version", flat=True)
        )
        form = ActivityPolicyCompareForm(request.GET, versions=numbers)
        if not form.is_valid():
            return render(
                request,
                "guidelines/activitypolicy_compare.html",
                {"page": page, "form": form, "diffs": None},
                status=400,
            )
        left = _get_version(page, form.cleaned_data["a"])
        right = _get_version(page, form.cleaned_data["b"])
        diffs = compare_versions(left, right, ActivityPolicy.CONTENT_FIELDS, _field_labels())
        return render(
            request,
            "guidelines/activitypolicy_compare.html",
            {"page": page, "form": form, "diffs": diffs, "left": left, "right": right},
        )


# --------------------------------------------------------------------------- training


class _TrainingViewer(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, "pages.view_officialpage"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TrainingListView(_TrainingViewer, View):
    """Sessions and who still has to attend (ICT office edits; secretariat, auditor read)."""

    def get(self, request):
        return render(
            request,
            "guidelines/training_list.html",
            {
                "sessions": training_sessions_visible_to(user=request.user),
                "missing": training_missing_people(),
                "can_manage": user_can(request.user, services.MANAGE_TRAINING),
            },
        )


class TrainingCreateView(LoginRequiredMixin, View):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, services.MANAGE_TRAINING):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return render(request, "guidelines/training_form.html", {"form": TrainingSessionForm()})

    def post(self, request):
        form = TrainingSessionForm(request.POST)
        if form.is_valid():
            try:
                session = services.training_session_save(actor=request.user, **form.cleaned_data)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("The training session was saved. Record who attended."))
                return redirect("guidelines:training_detail", session.pk)
        return render(request, "guidelines/training_form.html", {"form": form}, status=400)


class TrainingDetailView(_TrainingViewer, View):
    def _session(self, session_id):
        try:
            return TrainingSession.objects.get(pk=session_id)
        except TrainingSession.DoesNotExist as exc:
            raise Http404 from exc

    def _render(self, request, session, form, status=200):
        return render(
            request,
            "guidelines/training_detail.html",
            {
                "session": session,
                "attendees": session.attendees.order_by("username"),
                "form": form,
                "can_manage": user_can(request.user, services.MANAGE_TRAINING),
            },
            status=status,
        )

    def get(self, request, session_id):
        session = self._session(session_id)
        form = AttendanceForm(
            initial={"attendees": list(session.attendees.values_list("pk", flat=True))}
        )
        return self._render(request, session, form)

    def post(self, request, session_id):
        if not user_can(request.user, services.MANAGE_TRAINING):
            raise PermissionDenied
        session = self._session(session_id)
        form = AttendanceForm(request.POST)
        if form.is_valid():
            services.training_attendance_set(
                actor=request.user,
                session_id=session.pk,
                users=list(form.cleaned_data["attendees"]),
            )
            messages.success(request, _("The attendance was saved."))
            return redirect("guidelines:training_detail", session.pk)
        return self._render(request, session, form, status=400)


# --------------------------------------------------------------------------- operating policy


class OperatingPolicyPublicView(View):
    """The operating policy in force (/policy/) or an earlier published version. Public."""

    def get(self, request, version=None):
        if version is None:
            policy = operating_policy_current()
        else:
            policy = operating_policies_published().filter(version=version).first()
        if policy is None:
            raise Http404
        language = translation.get_language() or "ja"
        return render(
            request,
            "guidelines/operatingpolicy_public.html",
            {
                "policy": policy,
                "lang_en": language.startswith("en"),
                "clauses": policy.clauses.order_by("position"),
                "versions": operating_policies_published(),
                "current": operating_policy_current(),
            },
        )


class OperatingPolicyVersionsView(LoginRequiredMixin, View):
    """Staff list of versions; the ICT office starts a new draft here."""

    def get(self, request):
        return render(
            request,
            "guidelines/operatingpolicy_versions.html",
            {
                "versions": operating_policy_versions_for_staff(user=request.user),
                "can_manage": user_can(request.user, services.MANAGE_OPERATING_POLICY),
            },
        )

    def post(self, request):
        if not user_can(request.user, services.MANAGE_OPERATING_POLICY):
            raise PermissionDenied
        try:
            draft = services.operating_policy_draft_start(actor=request.user)
        except DomainError as exc:
            messages.error(request, exc.message)
            return redirect("guidelines:operating_policy_versions")
        return redirect("guidelines:operating_policy_edit", draft.version)


class OperatingPolicyEditView(LoginRequiredMixin, View):
    """Edit a draft version (sections and each clause's wording) and publish it."""

    template_name = "guidelines/operatingpolicy_form.html"

    def _draft(self, request, version):
        if not user_can(request.user, services.MANAGE_OPERATING_POLICY):
            raise PermissionDenied
        policy = OperatingPolicy.objects.filter(version=version).first()
        if policy is None:
            raise Http404
        if policy.is_published:
            raise PermissionDenied
        return policy

    def _forms(self, policy, data=None):
        form = OperatingPolicyForm(data, instance=policy, prefix="policy")
        clause_forms = [
            (
                clause,
                ClauseForm(
                    data,
                    prefix=f"clause-{clause.code}",
                    initial={
                        "text_ja": clause.text_ja,
                        "text_en": clause.text_en,
                        "response_ja": clause.response_ja,
                        "response_en": clause.response_en,
                    },
                ),
            )
            for clause in policy.clauses.order_by("position")
        ]
        return form, clause_forms

    def get(self, request, version):
        policy = self._draft(request, version)
        form, clause_forms = self._forms(policy)
        return render(
            request,
            self.template_name,
            {"policy": policy, "form": form, "clause_forms": clause_forms},
        )

    def post(self, request, version):
        policy = self._draft(request, version)
        form, clause_forms = self._forms(policy, request.POST)
        if form.is_valid() and all(f.is_valid() for _c, f in clause_forms):
            try:
                services.operating_policy_update(
                    actor=request.user,
                    policy_id=policy.pk,
                    data=form.cleaned_data,
                    clauses={c.code: f.cleaned_data for c, f in clause_forms},
                )
                if request.POST.get("publish"):
                    services.operating_policy_publish(actor=request.user, policy_id=policy.pk)
                    messages.success(
                        request, _("Version %(v)s is published.") % {"v": policy.version}
                    )
                    return redirect("guidelines:policy_public_version", policy.version)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("The draft was saved."))
                return redirect("guidelines:operating_policy_edit", policy.version)
        return render(
            request,
            self.template_name,
            {"policy": policy, "form": form, "clause_forms": clause_forms},
            status=400,
        )
