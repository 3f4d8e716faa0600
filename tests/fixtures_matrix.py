"""The people and the objects of the permission matrix and the fuzz test: every role, a
department admin and operator of another department, and one object of each kind, all
belonging to the tourism department."""

from __future__ import annotations

import pytest

from accounts.models import RoleAssignment
from accounts.roles import Role

# Signed-in actors first (the order the matrix table lists them in).
MATRIX_ACTORS = (
    "anonymous",
    "no_role",
    "ict",
    "secretariat",
    "auditor",
    "tourism_admin",
    "tourism_operator",
    "fisheries_admin",
    "fisheries_operator",
)


@pytest.fixture
def matrix_actors(make_user, tourism, fisheries) -> dict:
    return {
        "anonymous": None,
        "no_role": make_user(username="no-role"),
        "ict": make_user(Role.ICT_OFFICE, username="ict"),
        "secretariat": make_user(Role.SECRETARIAT, username="secretariat"),
        "auditor": make_user(Role.AUDITOR, username="auditor"),
        "tourism_admin": make_user(Role.DEPARTMENT_ADMIN, tourism, username="tourism-admin"),
        "tourism_operator": make_user(
            Role.DEPARTMENT_OPERATOR, tourism, username="tourism-operator"
        ),
        "fisheries_admin": make_user(Role.DEPARTMENT_ADMIN, fisheries, username="fisheries-admin"),
        "fisheries_operator": make_user(
            Role.DEPARTMENT_OPERATOR, fisheries, username="fisheries-operator"
        ),
    }


@pytest.fixture
def matrix_objects(matrix_actors, graph_simulator, connect_sim_page, resident_comment) -> dict:
    """URL arguments by name: one object of each kind, of the tourism department."""
    from guidelines.models import ActivityPolicy, OperatingPolicy
    from guidelines.services import training_session_save
    from incidents.services import incident_open
    from moderation.models import ModerationAction, Rule
    from moderation.services import decision_record

    page = connect_sim_page(graph_simulator, 0)  # the tourism department's page
    assert page.department.code == "kanko"
    flagged = resident_comment(page, "お前はバカだ")
    decided = resident_comment(page, "バカばかり", author="9002")
    decision_record(comment_id=decided.pk, actor=matrix_actors["secretariat"], action="hide",
                    clause="defamation", reason="侮辱")  # fmt: skip
    action = ModerationAction.objects.get(comment=decided)
    incident = incident_open(
        actor=matrix_actors["tourism_admin"], kind="flaming", title="炎上", page=page
    )
    session = training_session_save(actor=matrix_actors["ict"], title="講座", held_on="2016-11-01")
    policy = ActivityPolicy.objects.filter(page=page).order_by("version").first()
    operating = OperatingPolicy.objects.order_by("-version").first()
    assignment = RoleAssignment.objects.get(user=matrix_actors["tourism_operator"])
    rule = Rule.objects.order_by("slug").first()
    return {
        "page": page,
        "kwargs": {
            "page_id": page.pk,
            "comment_id": flagged.pk,
            "action_id": action.pk,
            "incident_id": incident.pk,
            "session_id": session.pk,
            "version": policy.version,
            "assignment_id": assignment.pk,
            "slug": rule.slug,
            "kind": "terms",
            "fmt": "csv",
            "action": "submit",
            # The Django admin's own arguments: any object will do (nobody here is staff).
            "object_id": "1",
            "content_type_id": "1",
            "id": "1",
            "pk": 1,
            "app_label": "pages",
            "url": "nothing",
        },
        # Where one argument name means different things on different URLs.
        "kwargs_by_url": {
            "guidelines:operating_policy_edit": {"version": operating.version if operating else 1},
            "guidelines:policy_public_version": {"version": operating.version if operating else 1},
            "insights:city_csv": {"slug": "review-backlog"},
            "insights:page_csv": {"slug": "flag-rate"},
            "incidents:action": {"action": "confirm"},
            "guidelines:policy_action": {"action": "submit"},
        },
    }


def url_kwargs(objects: dict, route) -> dict:
    merged = {**objects["kwargs"], **objects["kwargs_by_url"].get(route.key, {})}
    return {name: merged[name] for name in route.params}
