"""Who may see and manage the learned scorer (merged by accounts.services.roles_sync_permissions).

The secretariat (whose decisions it learns from) and the ICT office train, accept, roll
back and tune models; the auditor reads every model and its history. Department staff have
nothing here: scores reach them only as part of the review screens they may already see.
"""

from accounts.roles import Role

_VIEW = [
    "scoring.view_scorermodel",
    "scoring.view_scorerevent",
    "scoring.view_trainingexample",
    "scoring.view_commentscore",
]
_MANAGE = [*_VIEW, "scoring.manage_scorermodel"]

GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: _MANAGE,
    Role.SECRETARIAT: _MANAGE,
    Role.AUDITOR: _VIEW,
}
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {}
