"""Permissions the publishing app gives to roles (merged by accounts.services.roles_sync_permissions).

Department staff need no permission here: who writes a page's posts (its department's
operators) and who approves them (the approver the activity policy names) follow from the
page itself (`publishing.selectors.post_roles`). City-wide roles see every post; the ICT
office switches the city-wide disaster mode.
"""

from accounts.roles import Role

GLOBAL_ROLE_PERMISSIONS = {
    Role.ICT_OFFICE: ["publishing.view_all_posts", "publishing.set_disaster_mode"],
    Role.SECRETARIAT: ["publishing.view_all_posts"],
    Role.AUDITOR: ["publishing.view_all_posts"],
}
DEPARTMENT_ROLE_PERMISSIONS: dict = {}
