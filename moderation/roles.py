"""Who may see and edit screening rules (merged by accounts.services.roles_sync_permissions).

The secretariat (who reviews flags) and the ICT office (who supervises the pages) view and
edit rules; the auditor only views them; department staff have no access to rules.
"""

from accounts.roles import Role

_EDIT = [
    "moderation.view_rule",
    "moderation.add_rule",
    "moderation.change_rule",
    "moderation.view_rulerevision",
]

GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: _EDIT,
    Role.SECRETARIAT: _EDIT,
    Role.AUDITOR: ["moderation.view_rule", "moderation.view_rulerevision"],
}
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {}
