"""The secretariat's review: queue, item, decisions (one and bulk), crisis mode, the outbox,
the audit log and its export.

Thin views: check access, read through selectors, validate a form, call one service, turn
a domain error into a message. Comment text is hostile: templates print it through
autoescape only, and the CSV export neutralises formulas.
"""

from __future__ import annotations

import csv
import json

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View

from comments.exports import neutralise_cell
from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can
from pages.selectors import page_get_for_user_or_404

from .filters import ReviewQueueFilter
from .forms import BulkDecisionForm, CrisisModeForm, DecisionForm
from .highlight import highlight_segments
from .models import Decision, ModerationAction
from .outbox_errors import explain
from .selectors import (
    audit_entries_visible_to,
    author_history,
    clause_text,
    comment_decisions,
    comment_flags,
    comment_pending_kind,
    comment_thread,
    crisis_mode_pages,
    moderation_action_counts,
    moderation_actions_visible_to,
    review_access,
    review_comments_visible_to,
    review_item_get_for_user_or_404,
    review_open_counts_by_clause,
)
from .services import (
    PoliceContact,
    crisis_mode_set,
    decision_record,
    decisions_record_bulk,
    moderation_action_retry,
)
from .transitions import ALLOWED, comment_state

PER_PAGE = 25


class ReviewAccessMixin(LoginRequiredMixin):
    """Signed-in users who may see the queue (``review_access``); ``permission`` narrows it
    to holders of a global permission (deciding, the audit log). Others get 403."""

    permission: str | None = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if self.permission is not None:
            if not user_can(request.user, self.permission):
                raise PermissionDenied
        elif not review_access(user=request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return fallback


class ReviewQueueView(ReviewAccessMixin, View):
    """Flagged comments with filters, search, sort, pagination and counts per clause."""

    def get(self, request):
        user = request.user
        filterset = ReviewQueueFilter(
            request.GET, queryset=review_comments_visible_to(user=user), user=user
        )
        paginator = Paginator(filterset.qs, PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("p"))
        items = list(page_obj.object_list)
        open_flags = comment_flags_for(items)
        rows = [
            {
                "comment": comment,
                "flags": open_flags.get(comment.pk, []),
                "segments": highlight_segments(
                    comment.message,
                    [
                        f
                        for f in open_flags.get(comment.pk, [])
                        if f.message_screened == comment.message
                    ],
                ),
            }
            for comment in items
        ]
        query = request.GET.copy()
        query.pop("p", None)
        can_decide = user_can(user, "moderation.decide_flag")
        crisis = crisis_mode_pages()
        return render(
            request,
            "moderation/comment_queue.html",
            {
                "filter": filterset,
                "rows": rows,
                "page_obj": page_obj,
                "query": query.urlencode(),
                "clause_counts": review_open_counts_by_clause(user=user),
                "can_decide": can_decide,
                "bulk_form": BulkDecisionForm() if can_decide else None,
                "crisis_pages": [p for p in filterset.filters["page"].queryset if p.pk in crisis],
                "crisis_form_pages": filterset.filters["page"].queryset
                if user_can(user, "moderation.set_crisis_mode")
                else [],
                "crisis_ids": crisis,
                "outbox_counts": moderation_action_counts()
                if user_can(user, "moderation.review_flag")
                else None,
            },
        )


class _FlagView:
    """A flag with its spans, shaped for ``highlight_segments`` (rule slug, spans)."""

    def __init__(self, flag) -> None:
        self.flag = flag
        self.rule = flag.rule.slug
        self.spans = [tuple(span) for span in flag.spans]
        self.message_screened = flag.message_screened
        self.clause = flag.clause
        self.severity = flag.severity

    def get_clause_display(self):
        return self.flag.get_clause_display()

    def get_severity_display(self):
        return self.flag.get_severity_display()


def comment_flags_for(comments) -> dict[int, list[_FlagView]]:
    """Open flags (or, for a decided comment, all of them) per comment, for the list."""
    from .models import Flag

    by_comment: dict[int, list[_FlagView]] = {}
    flags = Flag.objects.filter(comment__in=[c.pk for c in comments]).select_related("rule")
    for flag in flags.order_by("comment_id", "-created_at"):
        by_comment.setdefault(flag.comment_id, []).append(_FlagView(flag))
    return by_comment


def _item_context(request, comment, form=None) -> dict:
    user = request.user
    flags = list(comment_flags(comment=comment))
    current = [_FlagView(f) for f in flags if f.message_screened == comment.message]
    pending = comment_pending_kind(comment=comment)
    state = comment_state(
        is_hidden=comment.is_hidden, is_deleted=comment.is_deleted, pending=pending
    )
    allowed = ALLOWED[state]
    can_decide = user_can(user, "moderation.decide_flag")
    clauses = []
    for code in dict.fromkeys(f.clause for f in flags):
        clauses.append({"code": code, "label": Clause(code).label, "text": clause_text(code=code)})
    top = flags[0].clause if flags else ""
    if can_decide and form is None:
        form = DecisionForm(allowed=allowed, initial={"clause": top})
    open_ids = list(
        review_comments_visible_to(user=user)
        .filter(open_flags__gt=0)
        .exclude(pk=comment.pk)
        .order_by("-urgent", "-severity_rank", "-last_flagged", "-pk")
        .values_list("pk", flat=True)[:1]
    )
    return {
        "comment": comment,
        "segments": highlight_segments(comment.message, current),
        "flags": flags,
        "decisions": comment_decisions(comment=comment),
        "thread": comment_thread(comment=comment),
        "history": author_history(user=user, comment=comment),
        "clauses": clauses,
        "pending": pending,
        "pending_label": _choice_label(ModerationAction.Kind, pending) if pending else "",
        "state": state,
        "form": form,
        "can_decide": can_decide,
        "allowed": allowed,
        "crisis": comment.page_id in crisis_mode_pages(page_ids={comment.page_id}),
        "next_item": open_ids[0] if open_ids else None,
        "now": timezone.localtime(),
    }


class ReviewItemView(ReviewAccessMixin, View):
    """One flagged comment: highlighted matches, the post and thread, the author's history,
    the clause text, decisions so far and their Facebook actions; the decision form."""

    def get(self, request, comment_id):
        comment = review_item_get_for_user_or_404(user=request.user, comment_id=comment_id)
        return render(request, "moderation/comment_review.html", _item_context(request, comment))


class ReviewDecideView(ReviewAccessMixin, View):
    """POST a decision on one comment (the secretariat and the ICT office)."""

    permission = "moderation.decide_flag"

    def post(self, request, comment_id):
        comment = review_item_get_for_user_or_404(user=request.user, comment_id=comment_id)
        context = _item_context(request, comment)
        form = DecisionForm(request.POST, allowed=context["allowed"])
        if form.is_valid():
            data = form.cleaned_data
            if data["action"] in IRREVERSIBLE and request.POST.get("confirmed") != "1":
                # Deleting and blocking cannot be undone on Facebook: say what and to whom.
                return render(
                    request,
                    "moderation/decision_confirm.html",
                    {
                        "comment": comment,
                        "action": data["action"],
                        "action_label": _choice_label(Decision.Action, data["action"]),
                        "post_url": reverse("moderation:decide", args=[comment.pk]),
                        "fields": _resend(request, exclude=("confirmed",)),
                        "count": 1,
                    },
                )
            police = None
            if data["action"] == Decision.Action.ESCALATE:
                police = PoliceContact(
                    station=data["police_station"].strip(),
                    officer=data["police_officer"].strip(),
                    reference=data["police_reference"].strip(),
                    contacted_at=data["police_contacted_at"],
                )
            try:
                decision = decision_record(
                    comment_id=comment.pk,
                    actor=request.user,
                    action=data["action"],
                    clause=data["clause"],
                    reason=data["reason"],
                    police=police,
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _decided_message(decision))
                if request.POST.get("then") == "next" and context["next_item"]:
                    return redirect("moderation:item", comment_id=context["next_item"])
                return redirect("moderation:item", comment_id=comment.pk)
        context["form"] = form
        return render(request, "moderation/comment_review.html", context, status=400)


# Decisions whose Facebook action cannot be undone: a confirmation step first.
IRREVERSIBLE = (Decision.Action.DELETE, Decision.Action.BLOCK)


def _resend(request, *, exclude=()) -> list[tuple[str, str]]:
    """The posted fields, to post again from the confirmation (csrf token excluded)."""
    return [
        (name, value)
        for name in request.POST
        if name not in ("csrfmiddlewaretoken", *exclude)
        for value in request.POST.getlist(name)
    ]


def _decided_message(decision) -> str:
    if decision.action in (Decision.Action.KEEP, Decision.Action.ESCALATE):
        return _("The decision has been recorded.")
    return _(
        "The decision has been recorded. Facebook is being asked to carry it out; the comment's "
        "state changes when Facebook confirms."
    )


class ReviewBulkDecideView(ReviewAccessMixin, View):
    """POST the same decision on the comments selected in the queue."""

    permission = "moderation.decide_flag"

    def post(self, request):
        visible = review_comments_visible_to(user=request.user)
        ids = []
        for value in request.POST.getlist("selected"):
            if value.isdigit():
                ids.append(int(value))
        visible_ids = set(visible.filter(pk__in=ids).values_list("pk", flat=True))
        form = BulkDecisionForm(request.POST, comment_ids=sorted(visible_ids))
        back = _safe_next(request, reverse("moderation:queue"))
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(back)
        data = form.cleaned_data
        if data["action"] in IRREVERSIBLE and request.POST.get("confirmed") != "1":
            return render(
                request,
                "moderation/decision_confirm.html",
                {
                    "action": data["action"],
                    "action_label": _choice_label(Decision.Action, data["action"]),
                    "post_url": reverse("moderation:bulk_decide"),
                    "fields": _resend(request, exclude=("confirmed",)),
                    "count": len(data["selected"]),
                    "back": back,
                },
            )
        try:
            result = decisions_record_bulk(
                comment_ids=data["selected"],
                actor=request.user,
                action=data["action"],
                clause=data["clause"],
                reason=data["reason"],
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
        for comment_id, message in result.skipped:
            messages.warning(
                request,
                _("Comment %(id)s was skipped: %(reason)s") % {"id": comment_id, "reason": message},
            )
        return redirect(back)


class CrisisModeView(ReviewAccessMixin, View):
    """POST: switch a page's crisis mode on or off."""

    permission = "moderation.set_crisis_mode"

    def post(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        form = CrisisModeForm(request.POST)
        back = _safe_next(request, reverse("moderation:queue"))
        if not form.is_valid():
            messages.error(request, _("Choose whether to switch crisis mode on or off."))
            return redirect(back)
        try:
            crisis_mode_set(
                page_id=page.pk,
                actor=request.user,
                enabled=form.cleaned_data["enabled"],
                reason=form.cleaned_data["reason"],
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            if form.cleaned_data["enabled"]:
                messages.warning(
                    request,
                    _(
                        "Crisis mode is on for %(page)s: every newly flagged comment is hidden at once, pending review."
                    )
                    % {"page": page.name},
                )
            else:
                messages.success(
                    request, _("Crisis mode is off for %(page)s.") % {"page": page.name}
                )
        return redirect(back)


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


def _choice_label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def audit_detail_items(detail: dict) -> list[tuple[str, str]]:
    """An audit entry's detail as (label, value) pairs people can read: codes become their
    labels, flags that are off are left out. The stored detail itself stays as written (the
    exports carry it raw)."""
    items: list[tuple[str, str]] = []
    for key, value in (detail or {}).items():
        if key == "action":
            items.append((_("Decision"), _choice_label(Decision.Action, value)))
        elif key == "kind":
            items.append((_("Action"), _choice_label(ModerationAction.Kind, value)))
        elif key == "clause":
            items.append((_("Clause"), _choice_label(Clause, value)))
        elif key == "reason":
            if value:
                items.append((_("Reason"), str(value)))
        elif key == "automatic":
            if value:
                items.append((_("By"), _("automatic (rule)")))
        elif key == "already_gone":
            if value:
                items.append((_("Note"), _("already gone on Facebook")))
        elif key == "attempts":
            items.append((_("Attempts"), str(value)))
        elif key in ("error", "previous_error"):
            if value:
                items.append((_("Error"), str(value)))
        elif key == "police" and isinstance(value, dict):
            parts = [value.get(k) or "" for k in ("station", "officer", "reference")]
            contacted = value.get("contacted_at") or ""
            items.append((_("Police"), " ".join(p for p in [*parts, contacted[:16]] if p)))
        elif key == "error_code":
            if value:
                items.append((_("What to do"), explain(value) or str(value)))
        elif key == "flags":
            items.append((_("Open flags closed"), str(value)))
        elif key == "comments":
            items.append((_("Comments"), str(value)))
        elif key == "actions_cancelled":
            items.append((_("Facebook actions cancelled"), str(value)))
        elif key == "retention_days":
            items.append((_("Retention period"), _("%(days)s days") % {"days": value}))
        else:
            items.append((str(key), str(value)))
    return items


class AuditLogView(ReviewAccessMixin, View):
    """The moderation audit log (read-only), newest first."""

    permission = "moderation.view_auditentry"

    def get(self, request):
        entries = audit_entries_visible_to(user=request.user)
        page_obj = Paginator(entries, 50).get_page(request.GET.get("p"))
        rows = [(entry, audit_detail_items(entry.detail)) for entry in page_obj]
        return render(
            request, "moderation/auditentry_list.html", {"page_obj": page_obj, "rows": rows}
        )


AUDIT_COLUMNS = [
    "id",
    "at",
    "event",
    "actor",
    "page",
    "comment_facebook_id",
    "decision_id",
    "action_id",
    "detail",
]


def audit_rows(entries):
    for entry in entries.iterator(chunk_size=2000):
        yield {
            "id": entry.pk,
            "at": entry.created_at.isoformat(),
            "event": entry.event,
            "actor": entry.actor.get_username() if entry.actor else None,
            "page": entry.page.name if entry.page else None,
            "comment_facebook_id": entry.comment.facebook_id if entry.comment else None,
            "decision_id": entry.decision_id,
            "action_id": entry.action_id,
            "detail": entry.detail,
        }


class _Echo:
    def write(self, value):
        return value


def _audit_csv(rows):
    writer = csv.writer(_Echo())
    yield "\ufeff"
    yield writer.writerow(AUDIT_COLUMNS)
    for row in rows:
        cells = []
        for column in AUDIT_COLUMNS:
            value = row[column]
            if isinstance(value, dict):
                value = json.dumps(value, ensure_ascii=False)
            cells.append(neutralise_cell("" if value is None else str(value)))
        yield writer.writerow(cells)


def _audit_jsonl(rows):
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


class AuditExportView(ReviewAccessMixin, View):
    permission = "moderation.view_auditentry"

    def get(self, request, fmt):
        rows = audit_rows(audit_entries_visible_to(user=request.user).order_by("created_at", "id"))
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        if fmt == "csv":
            response = StreamingHttpResponse(
                _audit_csv(rows), content_type="text/csv; charset=utf-8"
            )
        else:
            response = StreamingHttpResponse(
                _audit_jsonl(rows), content_type="application/x-ndjson; charset=utf-8"
            )
        response["Content-Disposition"] = f'attachment; filename="moderation-audit-{stamp}.{fmt}"'
        response["X-Content-Type-Options"] = "nosniff"
        return response
