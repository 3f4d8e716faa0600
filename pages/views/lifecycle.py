"""Views that act on an official page's lifecycle: decide (approve, return, reject, ...),
answer a continuation review, complete a withdrawal. Thin: authenticate, select, validate,
call one service. The list and detail screens are in `overview`.

Actions are reached only through `page_available_actions`, the same list that draws the
buttons on the detail screen.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views import View

from guidelines.selectors import (
    activity_policy_in_force,
    activity_policy_revision,
)
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from .. import services
from ..forms import (
    AnswerContinueForm,
    CommentForm,
    WithdrawalChecklistForm,
)
from ..models import PageStatus
from ..selectors import (
    application_changes,
    continuation_blockers,
    continuation_policy,
    page_available_actions,
    page_get_for_user_or_404,
    page_webhook_status,
    page_withdrawal_preview,
)
from ..transitions import ACTIONS, MANAGE, Action


def _require_action(request, page, action: str):
    """404 for someone who holds no permission for this action on this page (like a page
    they may not see); 403 for a permitted person when the action is not possible now
    (wrong status, their own request)."""
    available = {a.name: a for a in page_available_actions(page=page, user=request.user)}
    if action not in available:
        spec = ACTIONS.get(action)
        if spec is None or not services._may(request.user, spec.permissions, page):
            raise Http404
        raise PermissionDenied
    return available[action]


class PageActionMixin:
    """For views that carry out one lifecycle action on a page: the page, fetched through the
    user's scope and checked against the action's table entry (see `_require_action`)."""

    action: str

    def _page(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        _require_action(request, page, self.action)
        return page


# Which service carries out a plain (comment-only) action.
def _run_action(*, page_id: int, action: str, actor, comment: str):
    if action == Action.SUBMIT:
        return services.page_submit(page_id=page_id, actor=actor, comment=comment)
    if action in (Action.APPROVE, Action.RETURN, Action.REJECT):
        return services.page_decide_application(
            page_id=page_id, action=action, actor=actor, comment=comment
        )
    if action in (Action.APPROVE_CONTINUATION, Action.RETURN_CONTINUATION):
        return services.page_decide_continuation(
            page_id=page_id, action=action, actor=actor, comment=comment
        )
    if action in (Action.APPROVE_WITHDRAWAL, Action.DECLINE_WITHDRAWAL):
        return services.page_decide_withdrawal(
            page_id=page_id, action=action, actor=actor, comment=comment
        )
    if action == Action.OPEN_REVIEW:
        return services.page_open_review(page_id=page_id, actor=actor, comment=comment)
    return services.page_transition(page_id=page_id, action=action, actor=actor, comment=comment)


# Actions that cannot be undone: a confirmation step first (server-side, works without JS).
IRREVERSIBLE = {
    Action.REJECT: _lazy(
        "The application is rejected for good: the department must file a new application "
        "to open a page."
    ),
    Action.CANCEL: _lazy(
        "The application is cancelled for good: the department must file a new application "
        "to open a page."
    ),
    # The department cannot take a withdrawal request back: only the ICT office decides it.
    Action.REQUEST_WITHDRAWAL: _lazy(
        "Once sent, the request cannot be taken back: the ICT Promotion Office approves or "
        "declines it. After approval you complete the withdrawal checklist, and the page leaves "
        "the list of official pages."
    ),
}


# A department's request: say where it went and what happens next, not only "done".
SENT_TO_THE_OFFICE = {
    Action.SUBMIT: _lazy(
        "The application was sent to the ICT Promotion Office. You will get an e-mail when it "
        "decides."
    ),
    Action.REQUEST_WITHDRAWAL: _lazy(
        "The withdrawal request was sent to the ICT Promotion Office. You will get an e-mail "
        "when it decides."
    ),
}


def _decision_context(page, action: str) -> dict:
    """What the ICT office decides on, in full: the activity policy being approved and its
    difference from the version in force (and, after a return, what changed since)."""
    from guidelines.diff import compare_versions
    from guidelines.models import ActivityPolicy, ActivityPolicyStatus

    labels = {
        f.name: str(f.verbose_name)
        for f in ActivityPolicy._meta.get_fields()
        if hasattr(f, "verbose_name")
    }
    policy = None
    in_force_diffs = None
    if action in (Action.APPROVE, Action.RETURN, Action.REJECT):
        policy = page.activity_policies.filter(version=1).first()
        in_force_diffs = []  # a new page: nothing is in force yet
    elif action in (Action.APPROVE_CONTINUATION, Action.RETURN_CONTINUATION):
        in_force = activity_policy_in_force(page=page)
        revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).first()
        policy = revision or in_force
        if revision is not None and in_force is not None:
            diffs = compare_versions(in_force, revision, ActivityPolicy.CONTENT_FIELDS, labels)
            in_force_diffs = [diff for diff in diffs if diff.changed]
    if policy is None:
        return {}
    fields = [
        (labels[name], getattr(policy, name))
        for name in ActivityPolicy.CONTENT_FIELDS
        if name not in ("deletion_clauses", "change_note")
    ]
    return {
        "policy": policy,
        "policy_fields": fields,
        "in_force_diffs": in_force_diffs,
        "changes": application_changes(page=page),
    }


class PageActionView(LoginRequiredMixin, View):
    """Take a comment-only action (submit, approve, return, reject, request withdrawal...).

    A decision shows the full activity policy being decided; an irreversible action
    (reject, cancel) asks for confirmation before it is carried out."""

    template_name = "pages/officialpage_action.html"

    def _setup(self, request, page_id, action):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        if action not in ACTIONS or ACTIONS[action].has_own_form:
            raise Http404
        available = _require_action(request, page, action)
        return page, available

    def _render(self, request, page, available, form, *, confirming=False, status=200):
        context = {
            "page": page,
            "action": available,
            "form": form,
            "confirming": confirming,
            "consequence": IRREVERSIBLE.get(available.name, ""),
            **_decision_context(page, available.name),
        }
        return render(request, self.template_name, context, status=status)

    def get(self, request, page_id, action):
        page, available = self._setup(request, page_id, action)
        form = CommentForm(required=available.spec.comment_required)
        return self._render(request, page, available, form)

    def post(self, request, page_id, action):
        page, available = self._setup(request, page_id, action)
        form = CommentForm(request.POST, required=available.spec.comment_required)
        if form.is_valid():
            if action in IRREVERSIBLE and request.POST.get("confirmed") != "1":
                return self._render(request, page, available, form, confirming=True)
            try:
                _run_action(
                    page_id=page.pk,
                    action=action,
                    actor=request.user,
                    comment=form.cleaned_data["comment"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(
                    request,
                    str(SENT_TO_THE_OFFICE[action])
                    if action in SENT_TO_THE_OFFICE
                    else _("Done: %(action)s (%(page)s).")
                    % {"action": available.label, "page": page.name},
                )
                return redirect("pages:detail", page.pk)
        return self._render(request, page, available, form, status=400 if form.errors else 200)


def _continuation_policy_form(page, data=None):
    """The activity policy of a continuation answer, prefilled from the revision in progress
    or the version in force (the application's form, so the same fields and checks). A
    review date that has come is replaced by the next allowed one."""
    from guidelines.forms import ActivityPolicyForm
    from guidelines.review_dates import review_date_default, review_date_is_allowed

    policy = continuation_policy(page=page)
    form = ActivityPolicyForm(data, instance=policy, prefix="policy")
    if data is None and policy is not None and not review_date_is_allowed(policy.review_date):
        form.initial["review_date"] = review_date_default()
    return form


class PageAnswerContinueView(PageActionMixin, LoginRequiredMixin, View):
    """The department answers a continuation review, like the application form: what
    blocks the answer is shown instead of the form; the activity policy is asked once,
    prefilled from the version in force (changing it makes the revision); after a return,
    the reviewer's reason and what changed since are on top."""

    template_name = "pages/officialpage_continue.html"
    action = Action.ANSWER_CONTINUE

    def _render(self, request, page, form, policy_form, status=200):
        blockers = continuation_blockers(page=page)
        context = {
            "page": page,
            "form": form,
            "policy_form": policy_form,
            "blockers": blockers,
            "revision": activity_policy_revision(page=page),
            "changes": application_changes(page=page),
            "webhooks": page_webhook_status(page=page, user=request.user),
        }
        return render(request, self.template_name, context, status=status)

    def get(self, request, page_id):
        page = self._page(request, page_id)
        return self._render(request, page, AnswerContinueForm(), _continuation_policy_form(page))

    def post(self, request, page_id):
        page = self._page(request, page_id)
        form = AnswerContinueForm(request.POST)
        policy_form = _continuation_policy_form(page, request.POST)
        if form.is_valid() and policy_form.is_valid():
            try:
                services.page_answer_continue(
                    page_id=page.pk,
                    actor=request.user,
                    policy=policy_form.policy_data(),
                    comment=form.cleaned_data["comment"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Your answer was sent to the ICT Promotion Office."))
                return redirect("pages:detail", page.pk)
        return self._render(request, page, form, policy_form, status=400)


class PageCompleteWithdrawalView(PageActionMixin, LoginRequiredMixin, View):
    """The withdrawal checklist (closure announced, token revoked, records kept), then a
    confirmation that says what will happen and to how many flags and actions, then the
    withdrawal. Works without JavaScript: the confirmation is its own server-side step."""

    template_name = "pages/officialpage_withdrawal.html"
    confirm_template_name = "pages/officialpage_withdrawal_confirm.html"
    action = Action.COMPLETE_WITHDRAWAL

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            page = page_get_for_user_or_404(user=request.user, page_id=kwargs["page_id"])
            if page.status == PageStatus.WITHDRAWN and user_can(
                request.user, MANAGE, page.department
            ):
                # A second withdrawal (a resent form, a second tab): nothing to do.
                messages.info(request, _("This page is already withdrawn. Nothing was changed."))
                return redirect("pages:detail", page.pk)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, page_id):
        page = self._page(request, page_id)
        return render(
            request, self.template_name, {"page": page, "form": WithdrawalChecklistForm()}
        )

    def post(self, request, page_id):
        page = self._page(request, page_id)
        form = WithdrawalChecklistForm(request.POST)
        if form.is_valid():
            if request.POST.get("confirmed") != "1":
                return render(
                    request,
                    self.confirm_template_name,
                    {"page": page, "form": form, "preview": page_withdrawal_preview(page=page)},
                )
            try:
                services.page_complete_withdrawal(
                    page_id=page.pk,
                    actor=request.user,
                    comment=form.cleaned_data["comment"],
                    closure_announced=form.cleaned_data["closure_announced"],
                    token_revoked=form.cleaned_data["token_revoked"],
                    records_kept=form.cleaned_data["records_kept"],
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(
                    request,
                    _(
                        "“%(name)s” is withdrawn. It is listed in the public registry as "
                        "withdrawn; its undecided flags left the comment review and its Facebook "
                        "actions were cancelled."
                    )
                    % {"name": page.name},
                )
                return redirect("pages:detail", page.pk)
        return render(request, self.template_name, {"page": page, "form": form}, status=400)
