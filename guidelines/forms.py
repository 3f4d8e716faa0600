"""Forms for activity policies, the operating policy and training records."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.roles import Role

from .clauses import Clause
from .models import ActivityPolicy, OperatingPolicy, TrainingSession
from .review_dates import review_date_problem

_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ActivityPolicyForm(forms.ModelForm):
    """The contents of an activity policy (活用方針); the deletion standard cites clauses."""

    deletion_clauses = forms.MultipleChoiceField(
        label=_("operating policy clauses applied"),
        choices=Clause.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Posts that fall under these clauses of the operating policy are deleted."),
    )

    class Meta:
        model = ActivityPolicy
        fields = [
            "purpose",
            "target_audience",
            "content_themes",
            "posting_frequency",
            "posting_hours",
            "posters",
            "post_approver",
            "comment_handling",
            "inquiries_to",
            "engagement_rules",
            "deletion_standard",
            "deletion_clauses",
            "review_date",
            "change_note",
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "target_audience": forms.Textarea(attrs={"rows": 2}),
            "content_themes": forms.Textarea(attrs={"rows": 3}),
            "posters": forms.Textarea(attrs={"rows": 2}),
            "comment_handling": forms.Textarea(attrs={"rows": 3}),
            "engagement_rules": forms.Textarea(attrs={"rows": 2}),
            "deletion_standard": forms.Textarea(attrs={"rows": 3}),
            "change_note": forms.Textarea(attrs={"rows": 2}),
            "review_date": _DATE,
        }
        help_texts = {
            "comment_handling": _("Reply or not, and how messages are answered."),
            "inquiries_to": _("Where residents should send questions instead (窓口・電話)."),
            "engagement_rules": _("Which accounts the page likes, shares and follows."),
            "review_date": _("When the department reviews this policy (at least yearly)."),
        }

    def __init__(self, *args, revision: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not revision:
            del self.fields["change_note"]
        else:
            self.fields["change_note"].required = True
        for name in ("posting_frequency", "posting_hours", "post_approver", "inquiries_to"):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def clean_review_date(self):
        """The next review must lie ahead, within the review interval (review_dates.py)."""
        value = self.cleaned_data["review_date"]
        problem = review_date_problem(value)
        if problem:
            raise forms.ValidationError(problem)
        return value

    def policy_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.fields}


class ActivityPolicyCompareForm(forms.Form):
    a = forms.TypedChoiceField(label=_("version"), coerce=int)
    b = forms.TypedChoiceField(label=_("compared with"), coerce=int)

    def __init__(self, *args, versions: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(v, f"v{v}") for v in versions]
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices


class TrainingSessionForm(forms.ModelForm):
    class Meta:
        model = TrainingSession
        fields = ["title", "held_on", "location", "notes"]
        widgets = {"held_on": _DATE, "notes": forms.Textarea(attrs={"rows": 3})}


class _PersonChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj} ({obj.username})"


class AttendanceForm(forms.Form):
    attendees = _PersonChoices(
        queryset=User.objects.none(),
        required=False,
        label=_("attendees"),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = (
            User.objects.filter(
                is_active=True,
                role_assignments__revoked_at__isnull=True,
                role_assignments__role__in=list(Role.values),
            )
            .distinct()
            .order_by("username")
        )


class OperatingPolicyForm(forms.ModelForm):
    class Meta:
        model = OperatingPolicy
        fields = [
            "title_ja",
            "title_en",
            "adopted_on",
            "preamble_ja",
            "preamble_en",
            "response_ja",
            "response_en",
            "ip_ja",
            "ip_en",
            "disclaimer_ja",
            "disclaimer_en",
        ]
        widgets = {"adopted_on": _DATE}


class ClauseForm(forms.Form):
    """The wording of one clause in a draft version (the code itself is fixed)."""

    text_ja = forms.CharField(
        label=_("clause (Japanese)"), widget=forms.Textarea(attrs={"rows": 2})
    )
    text_en = forms.CharField(label=_("clause (English)"), widget=forms.Textarea(attrs={"rows": 2}))
    response_ja = forms.CharField(
        label=_("default response (Japanese)"), widget=forms.Textarea(attrs={"rows": 2})
    )
    response_en = forms.CharField(
        label=_("default response (English)"), widget=forms.Textarea(attrs={"rows": 2})
    )
