"""Forms for incidents and impersonation reports (choices scoped to the user)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.roles import Role

from .models import IncidentKind


class IncidentForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=IncidentKind.choices)
    title = forms.CharField(label=_("title"), max_length=200)
    description = forms.CharField(
        label=_("description"), widget=forms.Textarea, required=False, max_length=10000
    )
    page = forms.ModelChoiceField(label=_("page"), queryset=None, required=False)

    def __init__(self, *args, pages, page_required: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = pages
        self.fields["page"].required = page_required


class ImpersonationReportForm(forms.Form):
    fake_url = forms.CharField(
        label=_("address of the fake page"),
        max_length=2000,
        help_text=_("For example https://www.facebook.com/ishinomaki.city.official.fake"),
    )
    reported_by_name = forms.CharField(
        label=_("reported by"),
        max_length=200,
        help_text=_("Who told the city about it (a resident, a department, ...)."),
    )
    description = forms.CharField(
        label=_("description"), widget=forms.Textarea, required=False, max_length=10000
    )


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("comment"), widget=forms.Textarea, required=False, max_length=10000
    )

    def __init__(self, *args, required: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].required = required


class AssignForm(forms.Form):
    # "（なし）" rather than Django's "---------": choosing it leaves the incident unassigned.
    owner = forms.ModelChoiceField(
        label=_("owner"), queryset=None, required=False, empty_label=_("(none)")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = (
            User.objects.filter(
                is_active=True,
                role_assignments__revoked_at__isnull=True,
                role_assignments__role__in=[Role.ICT_OFFICE, Role.SECRETARIAT],
            )
            .distinct()
            .order_by("username")
        )
