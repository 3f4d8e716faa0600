"""Views that show official pages: the list of pages a person may see and one page's
detail (its timeline, activity policy and the actions the viewer may take). The actions
themselves are in `lifecycle`.

Staff views reach a page only through `page_get_for_user_or_404`; the buttons come from
`page_available_actions`, the same list the action views check.
"""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import render
from django.urls import reverse
from django.views import View

from accounts.selectors import department_operators, departments_managed_by
from guidelines.selectors import (
    activity_policy_in_force,
    activity_policy_revision,
    user_attended_training,
)
from ishinomaki_sns.common.permissions import user_can

from ..forms import CommentForm
from ..models import OPERATING_STATUSES, PageStatus
from ..selectors import (
    application_changes,
    page_available_actions,
    page_events,
    page_get_for_user_or_404,
    page_pending_request,
    page_webhook_status,
    pages_visible_to,
    review_is_overdue,
)
from ..transitions import MANAGE, Action


class PageListView(LoginRequiredMixin, View):
    """Every page the user may see, newest first within each department."""

    def get(self, request):
        pages = pages_visible_to(user=request.user)
        status = request.GET.get("status", "")
        if status in PageStatus.values:
            pages = pages.filter(status=status)
        can_apply = departments_managed_by(user=request.user).exists()
        return render(
            request,
            "pages/officialpage_list.html",
            {
                "pages": pages,
                "statuses": PageStatus.choices,
                "current_status": status,
                "can_apply": can_apply,
            },
        )


class PageDetailView(LoginRequiredMixin, View):
    """A page, its timeline, its activity policy and the actions the viewer may take."""

    def get(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        actions = page_available_actions(page=page, user=request.user)
        can_manage = user_can(request.user, MANAGE, page.department)
        context = {
            "page": page,
            "actions": actions,
            "events": page_events(page=page),
            "pending": page_pending_request(page=page),
            "policy": activity_policy_in_force(page=page)
            or page.activity_policies.order_by("-version").first(),
            "revision": activity_policy_revision(page=page),
            "responsible_trained": user_attended_training(user=page.responsible_person),
            "operators": page.operators.all(),
            # The people who hold the operator role now (operator requests change them), beside
            # the operators the application named.
            "department_operators": department_operators(department=page.department),
            "can_manage": can_manage,
            "can_revise_policy": can_manage and page.status in OPERATING_STATUSES,
            "can_request_operators": user_can(
                request.user, "accounts.request_operator_change", page.department
            ),
            "overdue": review_is_overdue(page),
            "comment_form": CommentForm(),
            "changes": application_changes(page=page),
            "webhooks": page_webhook_status(page=page, user=request.user),
            "action_urls": {
                Action.CONNECT: reverse("pages:connect", args=[page.pk]),
                Action.ANSWER_CONTINUE: reverse("pages:answer_continue", args=[page.pk]),
                Action.COMPLETE_WITHDRAWAL: reverse("pages:complete_withdrawal", args=[page.pk]),
            },
        }
        return render(request, "pages/officialpage_detail.html", context)
