"""Who may see and edit screening rules and review flagged comments (merged by
accounts.services.roles_sync_permissions).

The secretariat (who reviews flags) and the ICT office (who supervises the pages) edit
rules, decide on flagged comments, switch crisis mode and retry Facebook actions; the
auditor sees everything read-only. Department staff have no global power here: they see,
read-only, the flags and decisions on their own department's pages through
``accounts.view_department_pages`` (``moderation.selectors.review_access``).
"""

from accounts.roles import Role

_VIEW = [
    "moderation.view_rule",
    "moderation.view_rulerevision",
    "moderation.review_flag",
    "moderation.view_flag",
    "moderation.view_decision",
    "moderation.view_moderationaction",
    "moderation.view_auditentry",
    "moderation.view_crisismodechange",
]
_EDIT = [
    *_VIEW,
    "moderation.add_rule",
    "moderation.change_rule",
    "moderation.decide_flag",
    "moderation.set_crisis_mode",
]

GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: _EDIT,
    Role.SECRETARIAT: _EDIT,
    Role.AUDITOR: _VIEW,
}
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {}
