"""Who sees page health and the city-wide charts (merged by roles_sync_permissions).

The ICT office supervises the pages (health dashboard); the secretariat and the auditor
read it too. Per-page charts follow the page: whoever may see the page sees its charts.
"""

from accounts.roles import Role

_VIEW = ["insights.view_page_health", "insights.view_city_insights"]

GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: _VIEW,
    Role.SECRETARIAT: _VIEW,
    Role.AUDITOR: _VIEW,
}
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {}
