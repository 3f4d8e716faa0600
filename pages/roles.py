"""Permissions the pages app gives to roles (merged by accounts.services.roles_sync_permissions)."""

from accounts.roles import Role

GLOBAL_ROLE_PERMISSIONS = {
    # The ICT Promotion Office decides applications, continuation and withdrawal.
    Role.ICT_OFFICE: ["pages.review_page", "pages.view_officialpage"],
    Role.SECRETARIAT: ["pages.view_officialpage"],
    Role.AUDITOR: ["pages.view_officialpage"],
}
DEPARTMENT_ROLE_PERMISSIONS: dict = {}
