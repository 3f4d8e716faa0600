"""Forms for applications and lifecycle actions. Choices are scoped to the user; bad input
gets a clear message (Japanese through the catalogue), never an exception."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Department, User
from accounts.roles import Role
from accounts.selectors import departments_managed_by

from .facebook_urls import BadUrl, NotAFacebookUrl, parse_facebook_url


class _PersonChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj} ({obj.username})"


class _PeopleChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj} ({obj.username})"


def department_members(departments) -> forms.models.QuerySet:
    return (
        User.objects.filter(
            is_active=True,
            role_assignments__department__in=departments,
            role_assignments__revoked_at__isnull=True,
            role_assignments__role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR],
        )
        .distinct()
        .order_by("username")
    )


class PageApplicationForm(forms.Form):
    """The page part of an application (the activity policy is its own form)."""

    department = forms.ModelChoiceField(
        queryset=Department.objects.none(), label=_("department"), empty_label=_("Choose…")
    )
    name = forms.CharField(
        label=_("page name"),
        max_length=150,
        help_text=_("As it will appear on Facebook, e.g. 石巻市観光課."),
    )
    responsible_person = _PersonChoice(
        queryset=User.objects.none(),
        empty_label=_("Choose…"),
        label=_("responsible person (運用管理責任者)"),
        help_text=_("Must have attended the SNS course before the application is submitted."),
    )
    operators = _PeopleChoice(
        queryset=User.objects.none(),
        required=False,
        label=_("operators"),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, user: User, department: Department | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only departments that may still apply (one live page per department).
        from .selectors import departments_open_for_application

        managed = (
            departments_open_for_application(user=user)
            if department is None
            else (departments_managed_by(user=user))
        )
        self.fields["department"].queryset = managed
        if department is not None:
            self.fields["department"].initial = department.pk
            self.fields["department"].disabled = True
            members = department_members([department])
        else:
            if managed.count() == 1:
                self.fields["department"].initial = managed.first().pk
            members = department_members(managed)
        self.fields["responsible_person"].queryset = members
        self.fields["operators"].queryset = members
        self.fields["name"].widget.attrs["autocomplete"] = "off"

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Enter the page name."))
        return name


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, required: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if required:
            self.fields["comment"].required = True
            self.fields["comment"].label = _("comment (reason)")
            self.fields["comment"].error_messages["required"] = _(
                "Please write a comment (the reason) for this action."
            )


class ConnectForm(forms.Form):
    """Paste the Page access token issued on Facebook (it is verified, then never shown)."""

    facebook_page_id = forms.RegexField(
        regex=r"^\d{5,25}$",
        label=_("Facebook page ID"),
        error_messages={"invalid": _("The Facebook page ID is a number (5 to 25 digits).")},
        help_text=_("Shown in the page's settings under “Page transparency”."),
    )
    facebook_url = forms.CharField(
        label=_("Facebook URL"),
        required=False,
        max_length=500,
        help_text=_("e.g. https://www.facebook.com/ishinomaki.kanko (optional)"),
    )
    access_token = forms.CharField(
        label=_("Page access token"),
        max_length=2000,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_("Verified with Facebook and stored encrypted; it is never shown again."),
    )

    def clean_facebook_url(self):
        url = self.cleaned_data["facebook_url"].strip()
        if url:
            try:
                parse_facebook_url(url)
            except (BadUrl, NotAFacebookUrl) as exc:
                raise forms.ValidationError(str(exc)) from None
        return url


class ChoosePageForm(forms.Form):
    facebook_page_id = forms.ChoiceField(label=_("Facebook page"), widget=forms.RadioSelect)

    def __init__(self, *args, choices: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["facebook_page_id"].choices = choices


class AnswerContinueForm(forms.Form):
    """The answer's own question (the activity policy is its own form, prefilled): a word
    to the ICT office, which is also the revision's "what changed and why" if it changed."""

    comment = forms.CharField(
        label=_("comment to the ICT Promotion Office"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("If you changed the activity policy, say what changed and why."),
    )


class WithdrawalChecklistForm(forms.Form):
    closure_announced = forms.BooleanField(
        label=_("The closure has been announced on the page."),
        error_messages={"required": _("Announce the closure on the page first.")},
    )
    token_revoked = forms.BooleanField(
        label=_("The app's access has been removed on Facebook (token revoked)."),
        error_messages={"required": _("Revoke the token on Facebook first.")},
    )
    records_kept = forms.BooleanField(
        label=_("The page's records (posts, comments, decisions) have been kept."),
        error_messages={"required": _("Keep the page's records first.")},
    )
    comment = forms.CharField(
        label=_("comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
