"""The bulk decision: the selection, or every comment matching the queue's filter (after a
confirmation with the count), decided in one step."""

from __future__ import annotations

from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError

from .filters import ReviewQueueFilter
from .forms import BulkDecisionForm
from .models import BulkDecision, Decision
from .selectors import (
    review_comments_visible_to,
)
from .services import (
    decisions_record_bulk,
)
from .views_review import (
    IRREVERSIBLE,
    MAX_BULK,
    ReviewAccessMixin,
    _choice_label,
    _resend,
    _safe_next,
)


class ReviewBulkDecideView(ReviewAccessMixin, View):
    """POST the same decision on the comments selected in the queue, or on every comment
    matching the queue's filter: that one first shows the count and asks to confirm."""

    permission = "moderation.decide_flag"

    def post(self, request):
        visible = review_comments_visible_to(user=request.user)
        ids = [int(v) for v in request.POST.getlist("selected") if v.isdigit()]
        visible_ids = set(visible.filter(pk__in=ids).values_list("pk", flat=True))
        form = BulkDecisionForm(request.POST, comment_ids=sorted(visible_ids))
        back = _safe_next(request, reverse("moderation:queue"))
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(back)
        data = form.cleaned_data
        filter_query = data.get("filter_query") or ""
        source = BulkDecision.Source.QUEUE
        comment_ids = data["selected"]
        if data["scope"] == "filter":
            source = BulkDecision.Source.FILTER
            filterset = ReviewQueueFilter(
                QueryDict(filter_query), queryset=visible, user=request.user
            )
            if not filterset.is_valid():
                # An invalid filter would silently drop a condition and widen the decision.
                messages.error(request, _("The filter is no longer valid; filter the queue again."))
                return redirect(back)
            comment_ids = list(filterset.qs.values_list("pk", flat=True)[: MAX_BULK + 1])
            if request.POST.get("confirm") != "1" or data.get("expected") != len(comment_ids):
                changed = request.POST.get("confirm") == "1"
                return render(
                    request,
                    "moderation/bulk_confirm.html",
                    {
                        "form": form,
                        "count": len(comment_ids),
                        "too_many": len(comment_ids) > MAX_BULK,
                        "changed": changed,
                        "action_label": _choice_label(Decision.Action, data["action"]),
                        "clause_label": _choice_label(Clause, data["clause"])
                        if data.get("clause")
                        else "",
                        "reason": data["reason"],
                        "back": back,
                        "queue_url": reverse("moderation:queue") + "?" + filter_query,
                    },
                )
        if data["action"] in IRREVERSIBLE and request.POST.get("confirmed") != "1":
            return render(
                request,
                "moderation/decision_confirm.html",
                {
                    "action": data["action"],
                    "action_label": _choice_label(Decision.Action, data["action"]),
                    "post_url": reverse("moderation:bulk_decide"),
                    "fields": _resend(request, exclude=("confirmed",)),
                    "count": len(comment_ids),
                    "back": back,
                },
            )
        try:
            result = decisions_record_bulk(
                comment_ids=comment_ids,
                actor=request.user,
                action=data["action"],
                clause=data["clause"],
                reason=data["reason"],
                source=source,
                filter_query=filter_query,
            )
        except DomainError as error:
            messages.error(request, error.message)
            return redirect(back)
        if result.decided:
            messages.success(
                request,
                _("The decision has been recorded for %(count)d comments.")
                % {"count": len(result.decided)},
            )
        if result.skipped:
            messages.warning(
                request,
                _("%(count)d comments were skipped: %(reason)s")
                % {"count": len(result.skipped), "reason": result.skipped[0][1]},
            )
        return redirect(back)
