"""The moderation audit log: search (person, department, page, event, date range, one object's
history), bulk decisions as one row that expands to its items, and the exports (CSV in Japan
time with Japanese headers and the codes in extra columns, formula-safe; JSON lines).

Thin views: the filters are read by ``selectors.audit_entries_filtered``.
"""

from __future__ import annotations

import csv
import json
from zoneinfo import ZoneInfo

from django import forms
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from accounts.selectors import departments_visible_to
from comments.exports import neutralise_cell
from guidelines.clauses import Clause
from pages.selectors import pages_visible_to

from .models import AuditEntry, BulkDecision, Decision, ModerationAction
from .outbox_errors import explain
from .selectors import (
    audit_batch_items,
    audit_entries_filtered,
    audit_listed_decisions,
    rule_names_by_slug,
)
from .views_review import ReviewAccessMixin, _choice_label

AUDIT_PER_PAGE = 50
JAPAN = ZoneInfo("Asia/Tokyo")


class AuditFilterForm(forms.Form):
    """The audit log's search; every field optional, bad values are form errors (never 500)."""

    # An empty choice reads "すべて", not Django's "---------".
    actor = forms.ModelChoiceField(
        label=gettext_lazy("Person"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=gettext_lazy("All"),
    )
    department = forms.ModelChoiceField(
        label=gettext_lazy("Department"),
        queryset=None,
        required=False,
        empty_label=gettext_lazy("All"),
    )
    page = forms.ModelChoiceField(
        label=gettext_lazy("Page"), queryset=None, required=False, empty_label=gettext_lazy("All")
    )
    event = forms.ChoiceField(
        label=gettext_lazy("Event"),
        required=False,
        choices=[("", gettext_lazy("All")), *AuditEntry.Event.choices],
    )
    date_from = forms.DateField(
        label=gettext_lazy("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("Enter a date such as 2026-04-01.")},
    )
    date_to = forms.DateField(
        label=gettext_lazy("Until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": gettext_lazy("Enter a date such as 2026-04-01.")},
    )
    comment = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    rule = forms.SlugField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        actors = AuditEntry.objects.exclude(actor__isnull=True).values("actor_id").distinct()
        self.fields["actor"].queryset = (
            get_user_model().objects.filter(pk__in=actors).order_by("username")
        )
        self.fields["department"].queryset = departments_visible_to(user=user).order_by("code")
        self.fields["page"].queryset = pages_visible_to(user=user).order_by("name")

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The end date is before the start date."))
        return data


def _filtered(request):
    form = AuditFilterForm(request.GET or None, user=request.user)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    entries = audit_entries_filtered(
        user=request.user,
        actor_id=data["actor"].pk if data.get("actor") else None,
        department_id=data["department"].pk if data.get("department") else None,
        page_id=data["page"].pk if data.get("page") else None,
        event=data.get("event") or None,
        comment_id=data.get("comment"),
        rule_slug=data.get("rule") or None,
        date_from=data.get("date_from"),
        date_to=data.get("date_to"),
    )
    return form, entries


def audit_detail_items(
    detail: dict, *, rule_names: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """An audit entry's detail as (label, value) pairs people can read: codes become their
    labels (a rule's identifier its name, from ``rule_names``), flags that are off are left
    out. The stored detail itself stays as written (the exports carry it raw)."""
    items: list[tuple[str, str]] = []
    rule_names = rule_names or {}
    for key, value in (detail or {}).items():
        if key == "action":
            items.append((_("Decision"), _choice_label(Decision.Action, value)))
        elif key == "kind":
            items.append((_("Action"), _choice_label(ModerationAction.Kind, value)))
        elif key == "clause":
            if value:
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
            if not isinstance(value, list):  # a list of ids is summed up by "count"
                items.append((_("Comments"), str(value)))
        elif key == "decisions":
            continue  # the ids of the decisions a batch wrote: shown as its items
        elif key == "actions_cancelled":
            items.append((_("Facebook actions cancelled"), str(value)))
        elif key == "rule":
            items.append((_("Rule"), rule_names.get(str(value), str(value))))
        elif key == "rule_version":
            items.append((_("Version"), str(value)))
        elif key == "retention_days":
            items.append((_("Retention period"), _("%(days)s days") % {"days": value}))
        elif key == "count":
            items.append((_("Comments"), str(value)))
        elif key == "skipped":
            if value:
                items.append((_("Skipped"), str(value)))
        elif key == "source":
            items.append((_("Source"), _choice_label(BulkDecision.Source, value)))
        elif key in ("pages", "hide_existing", "unhide", "incident"):
            if key == "hide_existing" and value:
                items.append((_("Note"), _("flagged comments already on the page were hidden")))
            elif key == "unhide" and value:
                items.append((_("Note"), _("what crisis mode hid was unhidden")))
            elif key == "incident" and value:
                items.append((_("Incident"), f"#{value}"))
        else:
            items.append((str(key), str(value)))
    return items


class AuditLogView(ReviewAccessMixin, View):
    """The moderation audit log (read-only), newest first, with its search."""

    permission = "moderation.view_auditentry"

    def get(self, request):
        form, entries = _filtered(request)
        page_obj = Paginator(entries, AUDIT_PER_PAGE).get_page(request.GET.get("p"))
        batch_items = audit_batch_items(
            batch_ids=[entry.batch_id for entry in page_obj if entry.batch_id]
        )
        # Closing stale flags lists its decisions by id (no batch): they expand the same way.
        listed = audit_listed_decisions(entries=page_obj)
        # 「defamation-insults-ja」 means nothing to a reader: name the rule instead.
        rule_names = rule_names_by_slug(
            user=request.user,
            slugs={str(entry.detail.get("rule")) for entry in page_obj if entry.detail.get("rule")},
        )
        rows = [
            (
                entry,
                audit_detail_items(entry.detail, rule_names=rule_names),
                batch_items.get(entry.batch_id, []) or listed.get(entry.pk, []),
            )
            for entry in page_obj
        ]
        query = request.GET.copy()
        query.pop("p", None)
        return render(
            request,
            "moderation/auditentry_list.html",
            {"page_obj": page_obj, "rows": rows, "form": form, "query": query.urlencode()},
        )


# (code column, Japanese header) pairs; the codes stay for machines, the labels for people.
AUDIT_COLUMNS = [
    ("id", "番号"),
    ("at", "日時（日本時間）"),
    ("event_label", "出来事"),
    ("event", "出来事コード"),
    ("actor", "担当者"),
    ("department", "担当課"),
    ("page", "ページ"),
    ("comment_facebook_id", "コメントID"),
    ("decision_id", "判断番号"),
    ("action_id", "Facebook操作番号"),
    ("batch_id", "一括判断番号"),
    ("items", "件数"),
    ("decision_label", "判断"),
    ("decision", "判断コード"),
    ("clause_label", "運用方針の条項"),
    ("clause", "条項コード"),
    ("reason", "理由"),
    ("detail", "詳細（JSON）"),
]


def _item_count(entry) -> int:
    if entry.batch_id:
        return int((entry.detail or {}).get("count") or 0)
    return 1 if entry.comment_id else 0


def audit_rows(entries):
    """The export rows: time in Japan time (ISO 8601 with +09:00), codes and their labels."""
    for entry in entries.iterator(chunk_size=2000):
        detail = entry.detail or {}
        action = detail.get("action") or ""
        clause = detail.get("clause") or ""
        yield {
            "id": entry.pk,
            "at": entry.created_at.astimezone(JAPAN).isoformat(timespec="seconds"),
            "event_label": _choice_label(AuditEntry.Event, entry.event),
            "event": entry.event,
            "actor": entry.actor.get_username() if entry.actor else None,
            "department": entry.page.department.code if entry.page else None,
            "page": entry.page.name if entry.page else None,
            "comment_facebook_id": entry.comment.facebook_id if entry.comment else None,
            "decision_id": entry.decision_id,
            "action_id": entry.action_id,
            "batch_id": entry.batch_id,
            "items": _item_count(entry),
            "decision_label": _choice_label(Decision.Action, action) if action else "",
            "decision": action,
            "clause_label": _choice_label(Clause, clause) if clause else "",
            "clause": clause,
            "reason": detail.get("reason") or "",
            "detail": detail,
        }


class _Echo:
    def write(self, value):
        return value


def _audit_csv(rows):
    writer = csv.writer(_Echo())
    yield "\ufeff"  # Excel reads UTF-8 with the mark
    yield writer.writerow([header for _code, header in AUDIT_COLUMNS])
    for row in rows:
        cells = []
        for column, _header in AUDIT_COLUMNS:
            value = row[column]
            if isinstance(value, dict):
                value = json.dumps(value, ensure_ascii=False)
            cells.append(neutralise_cell("" if value is None else str(value)))
        yield writer.writerow(cells)


def _audit_jsonl(rows):
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


class AuditExportView(ReviewAccessMixin, View):
    """The audit log (with the same search as the page) as CSV or JSON lines, oldest first."""

    permission = "moderation.view_auditentry"

    def get(self, request, fmt):
        _form, entries = _filtered(request)
        rows = audit_rows(entries.order_by("created_at", "id"))
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
