"""People and departments.

A department (課) belongs to a division (部). Each department owns one group per department
role; object permissions on the department are granted to those groups, never to users.
A role assignment is the record of who holds which role since when (for access reviews);
the group membership follows from it and is written only by `accounts.services`.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from ishinomaki_sns.common.models import TimeStampedModel

from .roles import Role


class User(AbstractUser):
    """A staff member of the city. Signs in with a username; belongs to departments through roles."""

    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    # The department the person works in (人事). Roles, not this field, give access; moving a
    # person (accounts.services_people.person_move) changes both in one step.
    department = models.ForeignKey(
        "accounts.Department",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        verbose_name=_("department"),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name or self.get_full_name() or self.username


class Division(TimeStampedModel):
    """A division (部) of the city government, e.g. 総務部."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=150)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("division (部)")
        verbose_name_plural = _("divisions (部)")

    def __str__(self) -> str:
        return self.name_ja


class Department(TimeStampedModel):
    """A department (課) that may own an official page; its groups carry its roles."""

    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="departments", verbose_name=_("division")
    )
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=150)
    email = models.EmailField(_("contact e-mail"), blank=True)
    admin_group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="+", editable=False
    )
    operator_group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="+", editable=False
    )

    class Meta:
        ordering = ["division__sort_order", "code"]
        verbose_name = _("department (課)")
        verbose_name_plural = _("departments (課)")
        permissions = [
            ("view_department_pages", _("Can see the department's pages, drafts and flags")),
            ("manage_department_pages", _("Can apply for and run the department's pages")),
            (
                "request_operator_change",
                _("Can ask the ICT office to add or remove the department's operators"),
            ),
        ]

    def __str__(self) -> str:
        return self.name_ja

    def localized_name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_ja

    def group_for(self, role: str) -> Group:
        groups: dict[str, Group] = {
            Role.DEPARTMENT_ADMIN.value: self.admin_group,
            Role.DEPARTMENT_OPERATOR.value: self.operator_group,
        }
        return groups[str(role)]


class DepartmentUserObjectPermission(UserObjectPermissionBase):
    """Guardian's direct foreign key table for departments (fast joins, real FK)."""

    content_object = models.ForeignKey(Department, on_delete=models.CASCADE)


class DepartmentGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Department, on_delete=models.CASCADE)


class RoleAssignment(models.Model):
    """Who holds which role (in which department) since when; revoked rows stay as history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="role_assignments",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="role_assignments",
        verbose_name=_("department"),
    )
    granted_at = models.DateTimeField(_("granted at"), editable=False)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("granted by"),
        editable=False,
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revoked by"),
        editable=False,
    )
    # The moment the role stops by itself (the day after the chosen end date, 0:00 in Tokyo).
    # Selectors and the RoleExpiryMiddleware treat a passed end as ended at once; the beat
    # task `accounts.roles_end_expired` then records the end (revoked_at) and the group change.
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-granted_at"]
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        permissions = [("manage_roles", _("Can grant and revoke roles"))]
        indexes = [
            models.Index(
                fields=["ends_at"],
                condition=Q(revoked_at__isnull=True, ends_at__isnull=False),
                name="roleassignment_due_to_end",
            )
        ]
        constraints = [
            models.CheckConstraint(
                name="roleassignment_department_iff_department_role",
                condition=(
                    Q(
                        role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR],
                        department__isnull=False,
                    )
                    | (
                        ~Q(role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR])
                        & Q(department__isnull=True)
                    )
                ),
            ),
            models.CheckConstraint(
                name="roleassignment_role_valid", condition=Q(role__in=Role.values)
            ),
            models.UniqueConstraint(
                fields=["user", "role", "department"],
                condition=Q(revoked_at__isnull=True, department__isnull=False),
                name="roleassignment_one_active_per_department",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(revoked_at__isnull=True, department__isnull=True),
                name="roleassignment_one_active_global",
            ),
        ]

    def __str__(self) -> str:
        scope = f" / {self.department}" if self.department_id else ""
        return f"{self.user} — {self.get_role_display()}{scope}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def end_date(self):
        """The last day the role is held (the form's date), or None for no end."""
        if self.ends_at is None:
            return None
        from datetime import timedelta

        from django.utils import timezone

        return (timezone.localtime(self.ends_at) - timedelta(days=1)).date()


class OperatorChangeRequest(models.Model):
    """A department admin's request to add or remove one of their department's operators.

    The ICT office approves (the role is granted or ended in the same transaction) or declines
    it. `status` is written only by `accounts.services.operator_change_decide`, following the
    table in `accounts.transitions`; at most one request per person and department is pending.
    """

    class Kind(models.TextChoices):
        ADD = "add", _("Add as operator")
        REMOVE = "remove", _("Remove as operator")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the ICT Promotion Office")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn by the department")

    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="operator_change_requests",
        verbose_name=_("department"),
    )
    # Empty while the request names a new person (name + e-mail below): their account is
    # created when the ICT office approves, and then recorded here.
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="operator_change_requests",
        verbose_name=_("person"),
    )
    new_person_name = models.CharField(_("new person's name"), max_length=150, blank=True)
    new_person_email = models.EmailField(_("new person's e-mail address"), blank=True)
    kind = models.CharField(_("change"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, editable=False
    )
    reason = models.TextField(_("reason"), max_length=2000)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decided by"),
        editable=False,
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, editable=False)
    decision_reason = models.TextField(_("reason for the decision"), blank=True, max_length=2000)

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("operator change request")
        verbose_name_plural = _("operator change requests")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "department"],
                condition=Q(status="pending"),
                name="operatorchange_one_pending_per_person_department",
            ),
            models.CheckConstraint(
                name="operatorchange_status_valid",
                condition=Q(status__in=["pending", "approved", "declined", "withdrawn"]),
            ),
            models.CheckConstraint(
                name="operatorchange_kind_valid", condition=Q(kind__in=["add", "remove"])
            ),
            # Either an existing account, or (to add only) a new person's name and e-mail.
            models.CheckConstraint(
                name="operatorchange_names_a_person",
                condition=Q(person__isnull=False)
                | (Q(kind="add") & ~Q(new_person_name="") & ~Q(new_person_email="")),
            ),
            models.UniqueConstraint(
                Lower("new_person_email"),
                "department",
                condition=Q(status="pending", person__isnull=True),
                name="operatorchange_one_pending_per_new_email_department",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.person_label} / {self.department}"

    @property
    def person_label(self) -> str:
        """The person as shown: the account, or the new person's name and e-mail."""
        if self.person is not None:
            return str(self.person)
        return f"{self.new_person_name} <{self.new_person_email}>"

    @property
    def is_new_person(self) -> bool:
        """True while the request names a person who has no account yet."""
        return self.person_id is None


class AccessAuditEntry(models.Model):
    """The access audit log: every change to an account or a role, with who, when and why.

    Written only by `accounts.services`, in the same transaction as the change; append-only
    (no code path updates or deletes a row; on PostgreSQL a trigger refuses it, migration 0003).
    """

    class Event(models.TextChoices):
        ACCOUNT_CREATED = "account_created", _("Account created")
        INVITATION_SENT = "invitation_sent", _("Password link sent")
        PASSWORD_SET = "password_set", _("Password set through the link")
        ROLE_GRANTED = "role_granted", _("Role granted")
        ROLE_REVOKED = "role_revoked", _("Role revoked")
        ROLE_EXPIRED = "role_expired", _("Role ended on its end date")
        PERSON_MOVED = "person_moved", _("Moved to another department")
        ACCOUNT_DEACTIVATED = "account_deactivated", _("Account deactivated")
        CHANGE_REQUESTED = "change_requested", _("Operator change requested")
        CHANGE_APPROVED = "change_approved", _("Operator change approved")
        CHANGE_DECLINED = "change_declined", _("Operator change declined")
        CHANGE_WITHDRAWN = "change_withdrawn", _("Operator change withdrawn")

    event = models.CharField(_("event"), max_length=24, choices=Event.choices)
    created_at = models.DateTimeField(_("at"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
        help_text=_("Empty for the system (an end date reached)."),
    )
    # Empty only for a request that names a new person (no account yet); `detail` names them.
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="access_audit_entries",
        verbose_name=_("person"),
    )
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("department"),
    )
    assignment = models.ForeignKey(
        RoleAssignment,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("role assignment"),
    )
    change_request = models.ForeignKey(
        OperatorChangeRequest,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("operator change request"),
    )
    reason = models.TextField(_("reason"), blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("access audit entry")
        verbose_name_plural = _("access audit entries")
        constraints = [
            models.CheckConstraint(
                name="accessaudit_event_valid",
                condition=Q(
                    event__in=[
                        "account_created",
                        "invitation_sent",
                        "password_set",
                        "role_granted",
                        "role_revoked",
                        "role_expired",
                        "person_moved",
                        "account_deactivated",
                        "change_requested",
                        "change_approved",
                        "change_declined",
                        "change_withdrawn",
                    ]
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_event_display()} {self.person}"
