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
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from ishinomaki_sns.common.models import TimeStampedModel

from .roles import Role


class User(AbstractUser):
    """A staff member of the city. Signs in with a username; belongs to departments through roles."""

    display_name = models.CharField(_("display name"), max_length=100, blank=True)

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

    class Meta:
        ordering = ["-granted_at"]
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        permissions = [("manage_roles", _("Can grant and revoke roles"))]
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
