"""Permission matrix of the views this work changed: Facebook Login (start, callback,
choice), the decision screens (approve with the full policy, reject with confirmation) and
the withdrawal (checklist and confirmation). A department admin of another department gets
404, like anyone else who may not see the page."""

import pytest

from pages.services import (
    ApplicationData,
    page_application_create,
    page_connection_store,
    page_decide_application,
    page_decide_withdrawal,
    page_submit,
    page_transition,
)
from pages.transitions import Action
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401
from tests.fixtures_pages import policy_data, verified

pytestmark = pytest.mark.django_db

STAFF = frozenset(set(ACTORS) - {"anonymous"})


def _application(admin, department, ict, name):
    from guidelines.services import training_attendance_set, training_session_save

    session = training_session_save(actor=ict, title="講座", held_on="2016-10-28")
    training_attendance_set(actor=ict, session_id=session.pk, users=[admin])
    page = page_application_create(
        actor=admin,
        department=department,
        data=ApplicationData(
            name=name, purpose="p", responsible_person=admin, policy=policy_data()
        ),
    )
    page_submit(page_id=page.pk, actor=admin)
    return page


@pytest.fixture
def flow_pages(actors, tourism, fisheries, make_department, make_user):  # noqa: F811
    """Fisheries: submitted. Tourism: approved (to connect). General affairs: withdrawal
    approved (its admin is none of the actors)."""
    from accounts.roles import Role

    ict = actors["ict"]
    submitted = _application(actors["fisheries_admin"], fisheries, ict, "水産")
    approved = _application(actors["tourism_admin"], tourism, ict, "観光")
    page_decide_application(page_id=approved.pk, action=Action.APPROVE, actor=ict)
    somu = make_department("somu", "総務課", "General Affairs")
    somu_admin = make_user(Role.DEPARTMENT_ADMIN, somu, username="somu-admin")
    leaving = _application(somu_admin, somu, ict, "総務")
    page_decide_application(page_id=leaving.pk, action=Action.APPROVE, actor=ict)
    page_connection_store(page_id=leaving.pk, actor=somu_admin, verified=verified())
    page_transition(
        page_id=leaving.pk, action=Action.REQUEST_WITHDRAWAL, actor=somu_admin, comment="終了"
    )
    page_decide_withdrawal(page_id=leaving.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict)
    return {"submitted": submitted, "approved": approved, "leaving": leaving}


def _url(kind, suffix):
    return lambda c: f"/pages/{c['flow'][kind].pk}/{suffix}"


@pytest.mark.parametrize(
    "access",
    [
        # Facebook Login starts with a link (GET) that redirects to the dialog.
        Access(
            _url("approved", "connect/facebook/"),
            allowed=frozenset({"tourism_admin"}),
            ok_status=(302,),
            denied_status=404,
        ),
        # Without a login in progress the choice explains it (400) to the page's admin only.
        Access(
            _url("approved", "connect/choose/"),
            allowed=frozenset({"tourism_admin"}),
            ok_status=(400,),
            denied_status=404,
        ),
        Access(
            _url("approved", "connect/choose/"),
            method="post",
            data={"facebook_page_id": "1234567"},
            allowed=frozenset({"tourism_admin"}),
            ok_status=(400,),
            denied_status=404,
        ),
        # The callback without our state: an explanation for anyone signed in, nothing done.
        Access("/pages/connect/callback/?state=x&code=y", allowed=STAFF, ok_status=(400,)),
        # The ICT office decides on the full policy; reject asks for confirmation (200).
        Access(_url("submitted", "action/approve/"), allowed=frozenset({"ict"}), denied_status=404),
        Access(
            _url("submitted", "action/reject/"),
            method="post",
            data={"comment": "理由"},
            allowed=frozenset({"ict"}),
            denied_status=404,
        ),
        Access(_url("submitted", "action/reject/"), allowed=frozenset({"ict"}), denied_status=404),
        # The withdrawal checklist and its confirmation (the ICT office or the department).
        Access(
            _url("leaving", "withdrawal/"),
            allowed=frozenset({"ict"}),
            denied_status=404,
        ),
        Access(
            _url("leaving", "withdrawal/"),
            method="post",
            data={"closure_announced": "on", "token_revoked": "on", "records_kept": "on"},
            allowed=frozenset({"ict"}),
            denied_status=404,
        ),
        # Applying: a department that already has a page is told so (200), no form.
        Access("/pages/apply/", allowed=frozenset({"tourism_admin", "fisheries_admin"})),
    ],
    ids=lambda a: a.url if isinstance(a.url, str) else "page-view",
)
def test_changed_views_permission_matrix(client, actors, flow_pages, access):  # noqa: F811
    assert_access(client, actors, access, {"flow": flow_pages})


def test_reject_and_withdrawal_posts_changed_nothing(client, actors, flow_pages):  # noqa: F811
    """The matrix above posted to reject and to the checklist without confirming."""
    from pages.models import PageStatus

    client.force_login(actors["ict"])
    client.post(f"/pages/{flow_pages['submitted'].pk}/action/reject/", {"comment": "x"})
    client.post(
        f"/pages/{flow_pages['leaving'].pk}/withdrawal/",
        {"closure_announced": "on", "token_revoked": "on", "records_kept": "on"},
    )
    flow_pages["submitted"].refresh_from_db()
    flow_pages["leaving"].refresh_from_db()
    assert flow_pages["submitted"].status == PageStatus.SUBMITTED
    assert flow_pages["leaving"].status == PageStatus.WITHDRAWAL_APPROVED
