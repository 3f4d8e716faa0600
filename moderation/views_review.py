"""The secretariat's review: queue, item, decisions (one and bulk), crisis mode, the outbox,
the audit log and its export.

Thin views: check access, read through selectors, validate a form, call one service, turn
a domain error into a message. Comment text is hostile: templates print it through
autoescape only, and the CSV export neutralises formulas.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View

from comments.search import search_spans
from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from . import scorer_hook
from .filters import ReviewQueueCountFilter, ReviewQueueFilter
from .forms import BulkDecisionForm, DecisionForm
from .highlight import SearchHit, highlight_segments
from .masking import mask_card_numbers
from .models import Decision, ModerationAction
from .selectors import (
    author_history,
    clause_text,
    comment_decisions,
    comment_flags,
    comment_pending_kind,
    comment_thread,
    crisis_mode_pages,
    crisis_mode_state,
    moderation_action_counts,
    reason_templates,
    review_access,
    review_comments_visible_to,
    review_item_get_for_user_or_404,
    review_open_counts_by_clause,
)
from .selectors.queue import (
    flagged_comments_visible_to,
    review_open_counts_by_clause_cached,
    review_queue_page,
)
from .services import (
    PoliceContact,
    decision_record,
)
from .transitions import ALLOWED, comment_state

PER_PAGE = 25


def _reason_template_data() -> dict:
    """For the page's script: the text and clause of each reason template, by id."""
    return {str(t.pk): {"text": t.text, "clause": t.clause} for t in reason_templates()}


MAX_BULK = 5000


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


def _active_filters(filterset) -> list[tuple[str, str]]:
    """(label, value as shown) of each filter the reviewer set, for the folded filter form's
    summary; the default status (open) and order are not news."""
    if not filterset.is_valid():
        return []
    active = []
    for name, value in filterset.form.cleaned_data.items():
        if value in (None, "", []) or (name == "status" and value == "open"):
            continue
        field = filterset.form.fields[name]
        if name == "sort":
            value = value[0] if isinstance(value, list | tuple) else value
            shown = str(dict(field.choices).get(value, value))
        elif hasattr(value, "pk") and hasattr(field, "label_from_instance"):
            shown = str(field.label_from_instance(value))
        elif hasattr(field, "choices") and not hasattr(value, "pk"):
            shown = str(dict(field.choices).get(value, value))
        else:
            shown = str(value)
        active.append((str(field.label), shown))
    return active


class ReviewQueueView(ReviewAccessMixin, View):
    """Flagged comments with filters, search, sort, pagination and counts per clause."""

    def get(self, request):
        user = request.user
        filterset = ReviewQueueFilter(
            request.GET, queryset=review_comments_visible_to(user=user), user=user
        )
        page_obj = review_queue_page(
            ordered=filterset.qs,
            count_queryset=ReviewQueueCountFilter(
                request.GET, queryset=flagged_comments_visible_to(user=user), user=user
            ).qs,
            rows=filterset.queryset,  # the base, with the learned score when sorted by it
            number=request.GET.get("p"),
            per_page=PER_PAGE,
        )
        items = page_obj.object_list
        open_flags = comment_flags_for(items)
        scores = scorer_hook.scores_for([comment.pk for comment in items])
        query = request.GET.copy()
        query.pop("p", None)
        search = (filterset.form.cleaned_data.get("q") or "").strip() if filterset.is_bound else ""
        offset = page_obj.start_index() - 1 if items else 0
        rows = []
        for index, comment in enumerate(items):
            hits = [
                f for f in open_flags.get(comment.pk, []) if f.message_screened == comment.message
            ]
            if search:
                hits.append(SearchHit(search_spans(comment.message, search)))
            rows.append(
                {
                    "comment": comment,
                    "chip_groups": _chips_by_clause(open_flags.get(comment.pk, [])),
                    "score": scores.get(comment.pk),
                    # The queue does not decide: card-like digits are masked (same length, so
                    # the highlight spans still fit).
                    "segments": highlight_segments(
                        mask_card_numbers(comment.message), hits, _rule_names(hits)
                    ),
                    "item_query": _item_query(query.urlencode(), offset + index),
                }
            )
        can_decide = user_can(user, "moderation.decide_flag")
        crisis = crisis_mode_pages()
        return render(
            request,
            "moderation/comment_queue.html",
            {
                "filter": filterset,
                "active_filters": _active_filters(filterset),
                "rows": rows,
                # A bare 「スコア 0.92」 means nothing on a first day: say what it measures.
                "has_scores": any(row["score"] is not None for row in rows),
                "page_obj": page_obj,
                "query": query.urlencode(),
                "search": search,
                "clause_counts": review_open_counts_by_clause_cached(
                    user=user, compute=lambda: review_open_counts_by_clause(user=user)
                ),
                "can_decide": can_decide,
                # Its own ids: the filter form above has a "clause" field too.
                "bulk_form": BulkDecisionForm(
                    initial={
                        "filter_query": query.urlencode(),
                        "expected": page_obj.count if page_obj.count_exact else None,
                    },
                    auto_id="bulk_%s",
                )
                if can_decide
                else None,
                "crisis_state": crisis_mode_state(),
                "reason_template_data": _reason_template_data() if can_decide else {},
                "can_crisis": user_can(user, "moderation.set_crisis_mode"),
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
        self.rule_id = flag.rule_id
        # A chip shows it: a tooltip (title) never shows on a phone.
        self.rule_name = flag.rule.name
        self.spans = [tuple(span) for span in flag.spans]
        self.message_screened = flag.message_screened
        self.clause = flag.clause
        self.severity = flag.severity
        # The learned scorer's flags say so and carry the model's score (issue 11).
        self.is_learned = flag.rule.kind == "learned"
        self.score = flag.score

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


def _rule_names(hits) -> dict[str, str]:
    """slug -> name for the flags among ``hits``, so a mark's tooltip names the rule."""
    return {hit.rule: hit.rule_name for hit in hits if isinstance(hit, _FlagView)}


def _chips_by_clause(flags: list[_FlagView]) -> list[dict]:
    """A comment's chips: each rule once (newest first), however often it fired, grouped by
    clause so the clause's long label shows once and each chip holds only the rule's name
    (a rule's name mostly repeats its clause's word: one label per chip wrapped on a phone)."""
    groups: dict[str, dict] = {}
    seen: set[int] = set()
    for flag in flags:
        if flag.rule_id in seen:
            continue
        seen.add(flag.rule_id)
        group = groups.setdefault(
            flag.clause,
            {"clause": flag.clause, "label": flag.get_clause_display(), "flags": []},
        )
        group["flags"].append(flag)
    return list(groups.values())


def _item_query(filter_query: str, position: int) -> str:
    """The query string an item link carries: the queue's filter and the item's position in
    it, so "next" follows the reviewer's own filter and sort."""
    if not filter_query and not position:
        return ""  # the default queue from its top: a plain item address
    return urlencode({"from": filter_query, "pos": position})


def _next_in_filter(user, comment_pk: int, filter_query: str, position: int):
    """(next comment id, its position) in the queue filtered and sorted as the reviewer had
    it. A decided item drops out of an "open" filter, so the item now at ``position`` is next;
    when it is still there, the one after it is."""
    filterset = ReviewQueueFilter(
        QueryDict(filter_query), queryset=review_comments_visible_to(user=user), user=user
    )
    if not filterset.is_valid():
        filterset = ReviewQueueFilter(
            QueryDict(""), queryset=review_comments_visible_to(user=user), user=user
        )
    position = max(0, position)
    ids = list(filterset.qs.values_list("pk", flat=True)[position : position + 2])
    if ids and ids[0] == comment_pk:
        return (ids[1], position + 1) if len(ids) > 1 else (None, position)
    if ids:
        return ids[0], position
    return None, position


def _item_context(request, comment, form=None) -> dict:
    user = request.user
    source = request.POST if request.method == "POST" else request.GET
    filter_query = (source.get("from") or "")[:2000]
    try:
        position = max(0, min(int(source.get("pos") or 0), 1_000_000))
    except ValueError:
        position = 0
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
    next_id, next_pos = _next_in_filter(user, comment.pk, filter_query, position)
    return {
        "comment": comment,
        "segments": highlight_segments(comment.message, current, _rule_names(current)),
        "flags": flags,
        # One 「緊急」 by the title, however many urgent rules fired (it showed once per flag).
        "urgent": any(f.is_urgent and not f.decision_id for f in flags),
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
        "reason_template_data": _reason_template_data() if can_decide else {},
        "next_item": next_id,
        "next_query": _item_query(filter_query, next_pos),
        "filter_query": filter_query,
        "position": position,
        "queue_url": reverse("moderation:queue") + ("?" + filter_query if filter_query else ""),
        "learned": scorer_hook.comment_explanation(comment),
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
                target = comment.pk
                query = _item_query(context["filter_query"], context["position"])
                if request.POST.get("then") == "next":
                    next_id, next_pos = _next_in_filter(
                        request.user, comment.pk, context["filter_query"], context["position"]
                    )
                    if next_id is not None:
                        target, query = next_id, _item_query(context["filter_query"], next_pos)
                url = reverse("moderation:item", args=[target])
                return redirect(url + ("?" + query if query else ""))
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


def _choice_label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)
