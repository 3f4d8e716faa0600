"""The Facebook webhook endpoint and the comment export download."""

from __future__ import annotations

import hmac
import logging

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, HttpResponseForbidden, StreamingHttpResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from ishinomaki_sns.common.queue import enqueue_on_commit
from pages.selectors import page_get_for_user_or_404

from . import exports, services
from .models import Comment
from .tasks import webhook_process_task

logger = logging.getLogger(__name__)


@method_decorator(csrf_exempt, name="dispatch")
class FacebookWebhookView(View):
    """GET: Facebook's verification handshake. POST: a signed delivery, stored and queued;
    the answer is immediate (Facebook retries slow or failed deliveries for 36 hours)."""

    def get(self, request):
        mode = request.GET.get("hub.mode")
        token = request.GET.get("hub.verify_token", "")
        challenge = request.GET.get("hub.challenge", "")
        expected = settings.FACEBOOK_WEBHOOK_VERIFY_TOKEN
        if (
            mode == "subscribe"
            and expected
            and hmac.compare_digest(token.encode(), expected.encode())
            and challenge.isdigit()
        ):
            return HttpResponse(challenge, content_type="text/plain")
        return HttpResponseForbidden("verification failed", content_type="text/plain")

    def post(self, request):
        # The body is capped before it is read or parsed: a declared length over the cap is
        # refused at once, and an undeclared (chunked) body is read only up to the cap.
        cap = settings.WEBHOOK_MAX_BODY_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > cap:
            return HttpResponse("payload too large", status=413, content_type="text/plain")
        raw_body = request.read(cap + 1)
        if len(raw_body) > cap:
            return HttpResponse("payload too large", status=413, content_type="text/plain")
        try:
            delivery = services.webhook_receive(
                raw_body=raw_body, signature=request.headers.get("X-Hub-Signature-256")
            )
        except services.WebhookRejected as exc:
            return HttpResponse(str(exc), status=exc.status, content_type="text/plain")
        if delivery is not None:
            # Redis down: the delivery is stored; the periodic sync reads the comment anyway.
            enqueue_on_commit(webhook_process_task, delivery.pk)
        return HttpResponse("EVENT_RECEIVED", content_type="text/plain")


class CommentExportView(LoginRequiredMixin, View):
    """The page's comments as CSV or JSON lines, for staff who may see the page."""

    def get(self, request, page_id: int, fmt: str):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        queryset = (
            Comment.objects.filter(page=page)
            .select_related("page", "post")
            .order_by("created_time", "pk")
        )
        rows = exports.export_rows(queryset)
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        if fmt == "csv":
            response = StreamingHttpResponse(
                exports.csv_lines(rows), content_type="text/csv; charset=utf-8"
            )
            filename = f"comments-{page.pk}-{stamp}.csv"
        else:
            response = StreamingHttpResponse(
                exports.jsonl_lines(rows), content_type="application/x-ndjson; charset=utf-8"
            )
            filename = f"comments-{page.pk}-{stamp}.jsonl"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["X-Content-Type-Options"] = "nosniff"
        return response
