"""Forms for public records; page choices are scoped to the pages the user may see."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.models import OfficialPage

from .models import DisclosureRequest, RecordKind, RetentionClass


class DateInput(forms.DateInput):
    input_type = "date"


class DisclosureRequestForm(forms.Form):
    reference = forms.CharField(label=_("request reference"), max_length=100,
                                help_text=_("The disclosure request's number, e.g. 石情第123号."))  # fmt: skip
    pages = forms.ModelMultipleChoiceField(
        label=_("pages"), queryset=OfficialPage.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    date_from = forms.DateField(label=_("Start date"), widget=DateInput)
    date_to = forms.DateField(label=_("End date"), widget=DateInput)
    contents = forms.MultipleChoiceField(
        label=_("contents"),
        choices=DisclosureRequest.Content.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=list(DisclosureRequest.Content.values),
    )

    def __init__(self, *args, pages=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pages"].queryset = pages if pages is not None else OfficialPage.objects.none()

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("The start date must not be after the end date."))
        return data


class RetentionClassForm(forms.Form):
    kind = forms.ChoiceField(choices=RecordKind.choices, widget=forms.HiddenInput)
    retention = forms.ChoiceField(label=_("retention"), choices=RetentionClass.choices)


class LegalHoldForm(forms.Form):
    page = forms.ModelChoiceField(label=_("page"), queryset=OfficialPage.objects.none(),
                                  required=False, empty_label=_("Every page"))  # fmt: skip
    starts_on = forms.DateField(label=_("Start date"), required=False, widget=DateInput)
    ends_on = forms.DateField(label=_("End date"), required=False, widget=DateInput)
    reason = forms.CharField(
        label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )

    def __init__(self, *args, pages=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = pages if pages is not None else OfficialPage.objects.none()

    def clean(self):
        data = super().clean()
        if not data.get("page") and not data.get("starts_on") and not data.get("ends_on"):
            # The empty choice reads "every page": say what is missing in those words.
            raise forms.ValidationError(
                _(
                    "To hold every page, give a start date or an end date (everything cannot be "
                    "held for ever); or choose a page."
                )
            )
        if data.get("starts_on") and data.get("ends_on") and data["starts_on"] > data["ends_on"]:
            raise forms.ValidationError(_("The start date must not be after the end date."))
        return data


class TargetForm(forms.Form):
    minutes = forms.IntegerField(label=_("target (minutes)"), min_value=1, max_value=30 * 24 * 60)


class PeriodForm(forms.Form):
    month = forms.CharField(required=False)

    def month_start(self, today: dt.date) -> dt.date:
        """The first day of the chosen month (YYYY-MM), else of the previous month."""
        value = (self.cleaned_data.get("month") or "").strip() if self.is_valid() else ""
        try:
            year, month = (int(part) for part in value.split("-"))
            return dt.date(year, month, 1)
        except ValueError:
            previous = today.replace(day=1) - dt.timedelta(days=1)
            return previous.replace(day=1)
