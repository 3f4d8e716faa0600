"""Impersonation reports in the public registry, the incident lifecycle, and who may do what."""

import pytest
from django.core import mail

from incidents.models import ImpersonationReport, Incident, IncidentStatus
from incidents.services import impersonation_report_create, incident_open, incident_transition
from incidents.transitions import ACTIONS, TRANSITIONS, Action
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from tests.access import Access, actors, assert_access  # noqa: F401

pytestmark = pytest.mark.django_db

FAKE = "https://www.facebook.com/ishinomaki.city.fake?<script>alert(1)</script>"


def test_secretariat_can_record_a_fake_page_and_registry_warns(
    client, secretariat_user, ict_user, active_page
):
    client.force_login(secretariat_user)
    response = client.post(
        "/incidents/impersonation/new/",
        {"fake_url": FAKE, "reported_by_name": "市民からの電話", "description": ""},
    )
    assert response.status_code == 302
    report = ImpersonationReport.objects.get()
    assert report.fake_username == "ishinomaki.city.fake"
    assert report.incident.kind == "impersonation" and report.incident.status == "open"
    client.logout()
    html = client.get("/registry/").content.decode()
    assert "ishinomaki.city.fake" in html
    assert "<script>alert(1)</script>" not in html  # escaped
    assert "&lt;script&gt;" in html
    assert "市民からの電話" not in html  # who reported it stays internal
    # Every way of writing the address is recognised.
    for url in (
        "https://m.facebook.com/Ishinomaki.City.Fake/",
        "facebook.com/ishinomaki.city.fake",
    ):
        answer = client.get("/registry/verify", {"url": url}).json()
        assert answer["official"] is False
        assert "ishinomaki.city.fake" in answer["warning"]
    # The official page still verifies as official.
    official = client.get("/registry/verify", {"url": active_page.facebook_url}).json()
    assert official["official"] is True and "warning" not in official


def test_resolving_the_incident_ends_the_warning(client, ict_user):
    report = impersonation_report_create(actor=ict_user, fake_url=FAKE, reported_by_name="観光課")
    incident_transition(
        incident_id=report.incident_id,
        action=Action.RESOLVE,
        actor=ict_user,
        comment="Facebookに報告し削除された",
    )
    report.refresh_from_db()
    assert report.status == ImpersonationReport.Status.CLOSED and report.closed_at
    assert "ishinomaki.city.fake" not in client.get("/registry/").content.decode()
    assert client.get("/registry/verify", {"url": FAKE}).json() == {"official": False}


def test_an_official_page_cannot_be_reported_as_fake(ict_user, active_page):
    with pytest.raises(DomainError):
        impersonation_report_create(
            actor=ict_user, fake_url=active_page.facebook_url, reported_by_name="誤報"
        )


def test_bad_fake_address_gets_a_message_not_a_500(client, ict_user):
    client.force_login(ict_user)
    response = client.post(
        "/incidents/impersonation/new/",
        {"fake_url": "https://example.com/x", "reported_by_name": "市民"},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 400
    assert "Facebook" in response.content.decode()
    assert not ImpersonationReport.objects.exists()


def test_department_admin_can_report_incident_for_own_page(
    client, tourism_admin, active_page, ict_user
):
    client.force_login(tourism_admin)
    response = client.post(
        "/incidents/new/",
        {
            "kind": "wrong_post",
            "title": "誤った日付を投稿",
            "description": "",
            "page": active_page.pk,
        },
    )
    assert response.status_code == 302
    incident = Incident.objects.get()
    assert incident.page == active_page and incident.opened_by == tourism_admin
    assert [e.action for e in incident.events.all()] == ["open"]
    # The department cannot resolve it; the ICT office can, with a resolution.
    with pytest.raises(PermissionDeniedError):
        incident_transition(
            incident_id=incident.pk, action=Action.RESOLVE, actor=tourism_admin, comment="x"
        )
    with pytest.raises(DomainError):
        incident_transition(incident_id=incident.pk, action=Action.RESOLVE, actor=ict_user)
    client.force_login(ict_user)
    response = client.post(
        f"/incidents/{incident.pk}/action/resolve/", {"comment": "訂正を投稿した"}
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.RESOLVED and incident.resolution == "訂正を投稿した"
    assert [e.action for e in incident.events.all()] == ["open", "resolve"]
    with pytest.raises(InvalidTransitionError):
        incident_transition(
            incident_id=incident.pk, action=Action.CONFIRM, actor=ict_user, comment=""
        )


def test_fisheries_admin_cannot_report_for_tourism_page(fisheries_admin, active_page):
    with pytest.raises(PermissionDeniedError):
        incident_open(actor=fisheries_admin, kind="other", title="x", page=active_page)


def test_opening_an_incident_emails_ict_and_secretariat(
    django_capture_on_commit_callbacks, ict_user, secretariat_user, active_page
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        incident_open(actor=ict_user, kind="compromise", title="乗っ取りの疑い", page=active_page)
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {ict_user.email, secretariat_user.email}


def test_transition_table_every_pair():
    from incidents.models import IncidentStatus as S
    from incidents.transitions import next_status

    for status in S.values:
        for action in ACTIONS:
            expected = TRANSITIONS.get((status, action))
            assert next_status(status, action) == expected


def test_incident_views_permission_matrix(client, actors, matrix_page):  # noqa: F811
    tourism_incident = incident_open(
        actor=actors["ict"], kind="flaming", title="炎上", page=matrix_page
    )
    staff = frozenset(
        {"ict", "secretariat", "auditor", "tourism_admin", "tourism_operator", "fisheries_admin"}
    )
    tourism_viewers = frozenset(
        {"ict", "secretariat", "auditor", "tourism_admin", "tourism_operator"}
    )
    managers = frozenset({"ict", "secretariat"})
    assert_access(client, actors, Access("/incidents/", allowed=staff))
    assert_access(
        client,
        actors,
        Access(f"/incidents/{tourism_incident.pk}/", allowed=tourism_viewers, denied_status=404),
    )
    assert_access(client, actors, Access("/incidents/impersonation/new/", allowed=managers))
    assert_access(
        client,
        actors,
        Access(
            "/incidents/new/",
            allowed=frozenset({"ict", "secretariat", "tourism_admin", "tourism_operator"}),
        ),
    )


def test_viewer_without_power_cannot_take_actions(client, actors, matrix_page):  # noqa: F811
    incident = incident_open(actor=actors["ict"], kind="flaming", title="炎上", page=matrix_page)
    url = f"/incidents/{incident.pk}/action/resolve/"
    for name, status in [
        ("auditor", 403),
        ("tourism_admin", 403),
        ("fisheries_admin", 404),
        ("secretariat", 200),
    ]:
        client.force_login(actors[name])
        assert client.get(url).status_code == status, name
    client.force_login(actors["tourism_operator"])
    assert client.post(url, {"comment": "x"}).status_code == 403
    incident.refresh_from_db()
    assert incident.status == IncidentStatus.OPEN
