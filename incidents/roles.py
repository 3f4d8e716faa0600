"""Who may do what with incidents (merged by accounts.services.roles_sync_permissions).

The ICT office and the secretariat run incidents; the auditor reads them all. Department
staff see (and report, and add notes to) the incidents of their own department's pages
through `accounts.view_department_pages`.
"""

from accounts.roles import Role

GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: ["incidents.manage_incident", "incidents.view_all_incidents"],
    Role.SECRETARIAT: ["incidents.manage_incident", "incidents.view_all_incidents"],
    Role.AUDITOR: ["incidents.view_all_incidents"],
}
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {}
