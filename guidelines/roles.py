"""Permissions the guidelines app gives to roles."""

from accounts.roles import Role

GLOBAL_ROLE_PERMISSIONS = {
    # The ICT Promotion Office keeps the training records and drafts the operating policy.
    Role.ICT_OFFICE: ["guidelines.manage_training", "guidelines.manage_operating_policy"],
}
DEPARTMENT_ROLE_PERMISSIONS: dict = {}
