"""The ICT office's 再試行 for a page's Facebook notifications (webhooks) that failed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View

from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from ..selectors import page_get_for_user_or_404
from ..services.webhooks import page_webhooks_retry
from ..transitions import REVIEW


class PageWebhooksRetryView(LoginRequiredMixin, View):
    """POST only. 404 for a page the user may not see; 403 for one they see without
    `pages.review_page`; otherwise the subscription is asked for again."""

    http_method_names = ["post"]

    def post(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        if not user_can(request.user, REVIEW):
            raise PermissionDenied
        try:
            page_webhooks_retry(page_id=page.pk, actor=request.user)
        except DomainError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Asked Facebook again to send this page's notifications."))
        return redirect("pages:detail", page_id=page.pk)
