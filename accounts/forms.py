from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    """Django's login form with Japanese-first labels and a clear error for a wrong password."""

    error_messages = {
        "invalid_login": _("The username or password is not correct. Both are case-sensitive."),
        "inactive": _("This account is inactive. Ask the ICT Promotion Office."),
    }

    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("Six-digit code"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Enter the six digits shown in your authenticator app.")},
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "autofocus": True,
                "maxlength": 8,
            }
        ),
    )

    def clean_token(self) -> str:
        return self.cleaned_data["token"].strip()


# --- People and roles (ICT office) -----------------------------------------------------------

ROLE_CHOICES_OPTIONAL = [("", _("No role yet"))]


def _end_of_day_after(day):
    """A role chosen to last "until" a day ends at 0:00 (Tokyo) of the next day."""
    from datetime import datetime, time, timedelta

    from django.utils import timezone

    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


class _EndDateMixin(forms.Form):
    end_date = forms.DateField(
        label=_("Holds the role until (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The role ends by itself at the end of this day. Leave empty for no end."),
        error_messages={"invalid": _("Enter a date such as 2027-03-31.")},
    )

    def clean_end_date(self):
        from django.utils import timezone

        day = self.cleaned_data.get("end_date")
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("The end date must be today or later."))
        return day

    @property
    def ends_at(self):
        day = self.cleaned_data.get("end_date")
        return _end_of_day_after(day) if day else None


class _ReasonMixin(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the access audit log, e.g. 人事異動 (2027年4月1日付)."),
        error_messages={"required": _("Give the reason; it is kept in the audit log.")},
    )


def _department_field(queryset, label=None):
    return forms.ModelChoiceField(
        label=label or _("Department"),
        queryset=queryset,
        error_messages={
            "required": _("Choose a department."),
            "invalid_choice": _("Choose a department from the list."),
        },
    )


class PersonCreateForm(_EndDateMixin, _ReasonMixin, forms.Form):
    display_name = forms.CharField(
        label=_("Full name"), max_length=100, error_messages={"required": _("Enter the name.")}
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("The one-time link to set a password is sent here."),
        error_messages={
            "required": _("Enter the e-mail address."),
            "invalid": _("Enter a valid e-mail address."),
        },
    )
    department = forms.ModelChoiceField(queryset=None)
    role = forms.ChoiceField(label=_("Role in the department"), required=False, choices=())
    field_order = ["display_name", "email", "department", "role", "end_date", "reason"]

    def __init__(self, *args, departments, **kwargs):
        from .roles import DEPARTMENT_ROLES

        super().__init__(*args, **kwargs)
        self.fields["department"] = _department_field(departments)
        self.fields["role"].choices = ROLE_CHOICES_OPTIONAL + [
            (role.value, role.label) for role in DEPARTMENT_ROLES
        ]
        self.fields["reason"].required = False
        self.order_fields(self.field_order)


class RoleGrantForm(_EndDateMixin, _ReasonMixin, forms.Form):
    role = forms.ChoiceField(
        label=_("Role"), error_messages={"invalid_choice": _("Choose a role from the list.")}
    )
    department = forms.ModelChoiceField(queryset=None)
    field_order = ["role", "department", "end_date", "reason"]

    def __init__(self, *args, departments, **kwargs):
        from .roles import Role

        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [(role.value, role.label) for role in Role]
        self.fields["department"] = _department_field(
            departments, _("Department (department roles only)")
        )
        self.fields["department"].required = False
        self.order_fields(self.field_order)

    def clean(self):
        from .roles import DEPARTMENT_ROLES

        cleaned = super().clean()
        role, department = cleaned.get("role"), cleaned.get("department")
        if role in DEPARTMENT_ROLES and department is None:
            self.add_error("department", _("A department role needs a department."))
        if role and role not in DEPARTMENT_ROLES and department is not None:
            self.add_error("department", _("A city-wide role cannot be limited to a department."))
        return cleaned


class PersonMoveForm(_EndDateMixin, _ReasonMixin, forms.Form):
    to_department = forms.ModelChoiceField(queryset=None)
    roles = forms.MultipleChoiceField(
        label=_("Roles in the new department"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
    )
    field_order = ["to_department", "roles", "end_date", "reason"]

    def __init__(self, *args, departments, **kwargs):
        from .roles import DEPARTMENT_ROLES

        super().__init__(*args, **kwargs)
        self.fields["to_department"] = _department_field(departments, _("New department"))
        self.fields["roles"].choices = [(role.value, role.label) for role in DEPARTMENT_ROLES]
        self.order_fields(self.field_order)


class ReasonForm(_ReasonMixin, forms.Form):
    """For a confirmation step (deactivate, revoke) that records why."""


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


def _people_grouped(field, people, department) -> list:
    """The person choices with the request's own department first, then everyone else, as
    two labelled groups: an operator nearly always comes from the page's own department, and
    a list of the whole city is long. The field still accepts anyone in ``people``."""
    own, others = [], []
    for person in people:
        choice = (person.pk, field.label_from_instance(person))
        (own if person.department_id == department.pk else others).append(choice)
    groups: list = [("", field.empty_label)]
    if own:
        groups.append((_("People of %(department)s") % {"department": department}, own))
    if others:
        groups.append((_("People of other departments"), others))
    return groups


class OperatorChangeForm(_ReasonMixin, forms.Form):
    """Add or remove an operator: a person from the list, or (to add) a new person by name
    and e-mail, whose account the ICT office creates when it approves."""

    kind = forms.ChoiceField(
        label=_("Change"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether to add or remove.")},
    )
    person = forms.ModelChoiceField(
        label=_("Person"),
        queryset=None,
        required=False,
        empty_label=_("— a new person (no account yet) —"),
        help_text=_(
            "To add someone who has no account yet, leave this and give their name and e-mail below."
        ),
        error_messages={"invalid_choice": _("Choose a person from the list.")},
    )
    new_person_name = forms.CharField(
        label=_("New person's full name"), max_length=150, required=False
    )
    new_person_email = forms.EmailField(
        label=_("New person's e-mail address"),
        max_length=254,
        required=False,
        help_text=_(
            "The one-time link to set a password is sent here once the request is approved."
        ),
        error_messages={"invalid": _("Enter a valid e-mail address.")},
    )
    field_order = ["kind", "person", "new_person_name", "new_person_email", "reason"]

    def __init__(self, *args, people, department=None, **kwargs):
        from .models import OperatorChangeRequest

        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = OperatorChangeRequest.Kind.choices
        field = self.fields["person"]
        field.queryset = people
        field.label_from_instance = lambda u: f"{u} ({u.username})"
        if department is not None:
            field.choices = _people_grouped(field, people, department)
        self.fields["new_person_name"].widget.attrs["autocomplete"] = "off"
        self.fields["new_person_email"].widget.attrs["autocomplete"] = "off"
        self.order_fields(self.field_order)

    def clean(self):
        from .models import OperatorChangeRequest

        data = super().clean()
        person = data.get("person")
        name = (data.get("new_person_name") or "").strip()
        email = (data.get("new_person_email") or "").strip()
        if self.errors:
            return data
        if person is not None and (name or email):
            raise forms.ValidationError(
                _("Choose a person from the list or name a new person, not both.")
            )
        if person is None:
            if data.get("kind") == OperatorChangeRequest.Kind.REMOVE:
                self.add_error("person", _("Choose the person."))
            elif not name or not email:
                if not name:
                    self.add_error("new_person_name", _("Give the new person's full name."))
                if not email:
                    self.add_error("new_person_email", _("Give the new person's e-mail address."))
        data["new_person_name"], data["new_person_email"] = name, email
        return data


class PeopleFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=None, required=False, empty_label=_("All departments")
    )
    role = forms.ChoiceField(label=_("Role"), required=False, choices=())

    def __init__(self, *args, departments, **kwargs):
        from .roles import Role

        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = departments
        self.fields["role"].choices = [("", _("All roles")), *Role.choices]
