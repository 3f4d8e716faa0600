"""Who may do what with public records (merged by accounts.services.roles_sync_permissions).

The ICT office and the secretariat answer disclosure requests (one prepares, another
releases); the ICT office sets retention and legal holds; the secretariat sets the
time-to-hide target; the auditor reads everything. Department staff have no part here:
these are city-wide records.
"""

from accounts.roles import Role

GLOBAL_ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.ICT_OFFICE: [
        "records.request_disclosure",
        "records.release_disclosure",
        "records.view_disclosurerequest",
        "records.manage_retention",
        "records.view_retention",
        "records.view_service_figures",
    ],
    Role.SECRETARIAT: [
        "records.request_disclosure",
        "records.release_disclosure",
        "records.view_disclosurerequest",
        "records.view_retention",
        "records.view_service_figures",
        "records.set_service_target",
    ],
    Role.AUDITOR: [
        "records.view_disclosurerequest",
        "records.view_retention",
        "records.view_service_figures",
    ],
}
DEPARTMENT_ROLE_PERMISSIONS: dict[str, list[str]] = {}
