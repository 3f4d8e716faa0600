"""Roles and the permissions each one holds, as data.

Global roles (ICT office, secretariat, auditor) are Django groups with global permissions.
Department roles (admin, operator) are one group per department per role, holding object
permissions on that department (django-guardian), so a department admin's power stops at
their own department. Other apps add their permissions in their own `roles.py` with the
same two dictionaries; `accounts.services.roles_sync_permissions` merges them all.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ICT_OFFICE = "ict_office", _("ICT Promotion Office")
    SECRETARIAT = "secretariat", _("Secretariat & Public Relations Division")
    AUDITOR = "auditor", _("Auditor (read-only)")
    DEPARTMENT_ADMIN = "department_admin", _("Department admin")
    DEPARTMENT_OPERATOR = "department_operator", _("Department operator")


GLOBAL_ROLES = (Role.ICT_OFFICE, Role.SECRETARIAT, Role.AUDITOR)
DEPARTMENT_ROLES = (Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR)

# Global permissions per global role ("app_label.codename").
GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: [
        "accounts.view_department",
        "accounts.view_department_pages",
        "accounts.view_user",
        "accounts.view_roleassignment",
        "accounts.manage_roles",
        "accounts.view_accessauditentry",
        "accounts.view_operatorchangerequest",
    ],
    Role.SECRETARIAT: [
        "accounts.view_department",
        "accounts.view_department_pages",
    ],
    Role.AUDITOR: [
        "accounts.view_department",
        "accounts.view_department_pages",
        "accounts.view_user",
        "accounts.view_roleassignment",
        "accounts.view_accessauditentry",
        "accounts.view_operatorchangerequest",
    ],
}

# Object permissions on the Department, per department role.
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.DEPARTMENT_ADMIN: [
        "accounts.view_department",
        "accounts.view_department_pages",
        "accounts.manage_department_pages",
        "accounts.request_operator_change",
    ],
    Role.DEPARTMENT_OPERATOR: [
        "accounts.view_department",
        "accounts.view_department_pages",
    ],
}
