"""Permission matrix of every pages view (tests/access.py)."""

import pytest

from pages.services import (
    ApplicationData,
    page_application_create,
    page_connection_store,
    page_decide_application,
    page_submit,
)
from pages.transitions import Action
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401
from tests.fixtures_pages import policy_data, verified

pytestmark = pytest.mark.django_db

STAFF = frozenset(set(ACTORS) - {"anonymous"})
TOURISM_VIEWERS = frozenset({"ict", "secretariat", "auditor", "tourism_admin", "tourism_operator"})
EVERYONE = frozenset(ACTORS)


@pytest.fixture
def pages(actors, tourism):  # noqa: F811
    """A draft and an active page of the tourism division (built through services)."""
    from guidelines.services import training_attendance_set, training_session_save

    admin, ict = actors["tourism_admin"], actors["ict"]
    session = training_session_save(actor=ict, title="講座", held_on="2016-10-28")
    training_attendance_set(actor=ict, session_id=session.pk, users=[admin])
    active = page_application_create(
        actor=admin,
        department=tourism,
        data=ApplicationData(
            name="観光", purpose="p", responsible_person=admin, policy=policy_data()
        ),
    )
    page_submit(page_id=active.pk, actor=admin)
    page_decide_application(page_id=active.pk, action=Action.APPROVE, actor=ict)
    page_connection_store(page_id=active.pk, actor=admin, verified=verified())
    return {"active": active}


@pytest.mark.parametrize(
    "access",
    [
        Access("/pages/", allowed=STAFF),
        Access("/pages/apply/", allowed=frozenset({"tourism_admin", "fisheries_admin"})),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/",
            allowed=TOURISM_VIEWERS,
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/edit/",
            allowed=frozenset({"tourism_admin"}),
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/connect/",
            allowed=frozenset({"tourism_admin"}),
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/action/request_withdrawal/",
            allowed=frozenset({"tourism_admin", "ict"}),
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/policies/",
            allowed=TOURISM_VIEWERS,
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/policies/v1/",
            allowed=TOURISM_VIEWERS,
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/policies/compare/?a=1&b=1",
            allowed=TOURISM_VIEWERS,
            denied_status=404,
        ),
        Access(
            lambda c: f"/pages/{c['pages']['active'].pk}/policies/revise/",
            allowed=frozenset({"tourism_admin"}),
            denied_status=404,
        ),
        Access("/registry/", allowed=EVERYONE, public=True),
        Access("/registry.json", allowed=EVERYONE, public=True),
        Access("/policy/", allowed=EVERYONE, public=True),
        Access("/policy/1/", allowed=EVERYONE, public=True),
        Access("/training/", allowed=frozenset({"ict", "secretariat", "auditor"})),
        Access("/training/new/", allowed=frozenset({"ict"})),
        Access("/guidelines/operating-policy/", allowed=STAFF),
    ],
    ids=lambda a: a.url if isinstance(a.url, str) else "page-view",
)
def test_pages_views_permission_matrix(client, actors, pages, access):  # noqa: F811
    assert_access(client, actors, access, {"pages": pages})
