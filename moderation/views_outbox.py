"""The outbox screens: actions waiting for Facebook, failed ones and their retry."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from .models import ModerationAction
from .selectors import (
    moderation_action_counts,
    moderation_actions_visible_to,
)
from .services import (
    moderation_action_retry,
)
from .views_review import ReviewAccessMixin, _safe_next


class OutboxView(ReviewAccessMixin, View):
    """Facebook actions: pending, done, failed; failed ones can be retried."""

    permission = "moderation.review_flag"

    def get(self, request):
        status = request.GET.get("status") or ""
        if status not in ModerationAction.Status.values:
            status = ""
        actions = moderation_actions_visible_to(user=request.user, status=status or None)
        page_obj = Paginator(actions, 50).get_page(request.GET.get("p"))
        counts = moderation_action_counts()
        return render(
            request,
            "moderation/moderationaction_list.html",
            {
                "page_obj": page_obj,
                "status": status,
                "statuses": [
                    (value, label, counts.get(value, 0))
                    for value, label in ModerationAction.Status.choices
                ],
                "can_retry": user_can(request.user, "moderation.decide_flag"),
            },
        )


class OutboxRetryView(ReviewAccessMixin, View):
    permission = "moderation.decide_flag"

    def post(self, request, action_id):
        if not moderation_actions_visible_to(user=request.user).filter(pk=action_id).exists():
            raise Http404
        try:
            moderation_action_retry(action_id=action_id, actor=request.user)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The action has been queued again."))
        return redirect(_safe_next(request, reverse("moderation:outbox")))
