"""Forms for the review: one decision, a bulk decision, crisis mode and reason templates
(clause and reason checked alike by ``_ReasonMixin``)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from guidelines.clauses import Clause

from ..models import Decision
from ..transitions import BULK_ACTIONS

REASON_REQUIRED = _("Write the reason for the decision.")
CLAUSE_REQUIRED = _("Choose the clause of the operating policy that the decision cites.")


def _template_choices():
    from ..selectors import reason_templates

    separator = pgettext("label separator", ": ")  # 「：」 in Japanese
    return [("", _("(none)"))] + [
        (str(t.pk), f"{Clause(t.clause).label}{separator}{t.title}") for t in reason_templates()
    ]


class _ReasonMixin:
    """Clause and reason shared by the decision forms: keeping a comment cites no clause; a
    chosen reason template fills an empty reason (the page's script copies it in at once).

    The reason is a required field (so the form says 必須 beside it); a chosen template
    fills it before validation, for the browser without script."""

    def _fill_reason_from_template(self) -> None:
        if not self.is_bound:
            return
        reason = (self.data.get(self.add_prefix("reason")) or "").strip()
        template_id = (self.data.get(self.add_prefix("template")) or "").strip()
        if reason or not template_id.isdigit():
            return
        from ..models import ReasonTemplate

        template = ReasonTemplate.objects.filter(pk=int(template_id)).first()
        if template is None:
            return
        data = self.data.copy()
        data[self.add_prefix("reason")] = template.text
        if not data.get(self.add_prefix("clause")):
            data[self.add_prefix("clause")] = template.clause
        self.data = data

    def _clean_reason(self, data):
        from ..models import ReasonTemplate

        template_id = data.get("template")
        reason = (data.get("reason") or "").strip()
        if not reason and template_id:
            template = ReasonTemplate.objects.filter(pk=template_id).first()
            if template is not None:
                reason = template.text
                if not data.get("clause"):
                    data["clause"] = template.clause
        data["reason"] = reason
        if "reason" not in self.errors and not reason:
            self.add_error("reason", REASON_REQUIRED)
        action = data.get("action")
        needs_clause = action and action != Decision.Action.KEEP and not data.get("clause")
        if needs_clause and "clause" not in self.errors:
            self.add_error("clause", CLAUSE_REQUIRED)
        return data


def _template_field():
    return forms.TypedChoiceField(
        label=_("Reason template"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=(),
        help_text=_("Picks a reason the secretariat prepared; you can still edit it."),
    )


def _clause_field():
    return forms.ChoiceField(
        label=_("Clause cited"),
        choices=[("", _("(none)")), *Clause.choices],
        required=False,
        help_text=_("Not needed to keep a comment."),
    )


class DecisionForm(_ReasonMixin, forms.Form):
    """One decision on one comment: what, which clause (none for keep), why (and the police
    contact for an escalation, the acknowledgement for a block)."""

    action = forms.ChoiceField(
        label=_("Decision"),
        choices=Decision.Action.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a decision.")},
    )
    clause = _clause_field()
    template = _template_field()
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": REASON_REQUIRED},
    )
    confirm_block = forms.BooleanField(
        label=_("I understand that Facebook may not allow undoing a block."),
        required=False,
    )
    police_station = forms.CharField(label=_("Police station"), max_length=200, required=False)
    police_officer = forms.CharField(label=_("Officer"), max_length=200, required=False)
    police_reference = forms.CharField(label=_("Police reference"), max_length=200, required=False)
    police_contacted_at = forms.DateTimeField(
        label=_("Contacted at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, allowed=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = _template_choices()
        self._fill_reason_from_template()
        if allowed is not None:
            self.fields["action"].choices = [
                (value, label) for value, label in Decision.Action.choices if value in allowed
            ]

    def clean(self):
        data = self._clean_reason(super().clean())
        action = data.get("action")
        if action == Decision.Action.BLOCK and not data.get("confirm_block"):
            self.add_error(
                "confirm_block",
                _("Confirm that you understand a block may not be undone on Facebook."),
            )
        if action == Decision.Action.ESCALATE:
            if not (data.get("police_station") or "").strip():
                self.add_error(
                    "police_station",
                    _("An escalation records the police contact: enter the police station."),
                )
            if not data.get("police_contacted_at"):
                self.add_error("police_contacted_at", _("Enter when the police were contacted."))
        return data


class BulkDecisionForm(_ReasonMixin, forms.Form):
    """The same decision on the comments selected in the queue, or on every comment matching
    the queue's filter (``scope=filter``, confirmed with the count)."""

    scope = forms.ChoiceField(
        label=_("Apply to"),
        choices=[
            ("selected", _("The selected comments")),
            ("filter", _("Every comment matching this filter")),
        ],
        initial="selected",
        required=False,
        widget=forms.RadioSelect,
    )
    selected = forms.TypedMultipleChoiceField(
        label=_("Selected comments"), coerce=int, choices=(), required=False
    )
    action = forms.ChoiceField(
        label=_("Decision"),
        choices=[("", _("Choose…"))]
        + [(v, label) for v, label in Decision.Action.choices if v in BULK_ACTIONS],
        error_messages={"required": _("Choose a decision.")},
    )
    clause = _clause_field()
    template = _template_field()
    reason = forms.CharField(
        label=_("Reason"), max_length=2000, error_messages={"required": REASON_REQUIRED}
    )
    filter_query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    expected = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, comment_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = _template_choices()
        self._fill_reason_from_template()
        self.fields["selected"].choices = [(pk, pk) for pk in comment_ids]
        self.fields["selected"].error_messages["invalid_choice"] = _(
            "One of the selected comments is no longer in the queue; reload the page."
        )

    def clean(self):
        data = self._clean_reason(super().clean())
        data["scope"] = data.get("scope") or "selected"
        if data["scope"] != "filter" and not data.get("selected"):
            self.add_error("selected", _("Select at least one comment."))
        return data


class CrisisModeForm(forms.Form):
    """Switch crisis mode: on needs a reason and may hide what is already flagged; off may
    unhide what crisis mode hid."""

    enabled = forms.TypedChoiceField(choices=[("1", "on"), ("0", "off")], coerce=lambda v: v == "1")
    reason = forms.CharField(label=_("Reason"), max_length=2000, required=False)
    hide_existing = forms.BooleanField(
        label=_("Also hide the flagged comments already on the page"), required=False
    )
    unhide = forms.BooleanField(
        label=_("Unhide the comments crisis mode hid (those nobody has decided on since)"),
        required=False,
    )
    incident = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("enabled") and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Write why crisis mode is switched on."))
        return data


class ReasonTemplateForm(forms.Form):
    """A reason template: clause, a short title, the reason text."""

    clause = forms.ChoiceField(
        label=_("Clause"),
        choices=[("", _("Choose…")), *Clause.choices],
        error_messages={"required": CLAUSE_REQUIRED},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=100,
        error_messages={"required": _("Write a short title.")},
    )
    text = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": REASON_REQUIRED},
    )
