"""Every records view against every kind of actor (anonymous, each role, another
department), and the screens' behaviour: bad input answers in Japanese, never 500."""

from __future__ import annotations

import datetime as dt
import zipfile
from io import BytesIO

import pytest
from django.utils import timezone

from records.models import DisclosureRequest, LegalHold, RetentionRun
from records.services import disclosure_build, disclosure_request_create, legal_hold_place
from tests.access import Access, assert_access

pytestmark = pytest.mark.django_db

CITY = frozenset({"ict", "secretariat", "auditor"})
PREPARERS = frozenset({"ict", "secretariat"})
ICT = frozenset({"ict"})
SECRETARIAT = frozenset({"secretariat"})


@pytest.fixture
def active_page(actors, tourism):
    """A page of the tourism department (a draft application is enough for records)."""
    from pages.services import ApplicationData, page_application_create
    from tests.fixtures_pages import policy_data

    admin = actors["tourism_admin"]
    return page_application_create(actor=admin, department=tourism, data=ApplicationData(
        name="石巻市観光課", purpose="観光", responsible_person=admin, policy=policy_data()))  # fmt: skip


@pytest.fixture
def built(settings, tmp_path, actors, active_page, django_capture_on_commit_callbacks):
    settings.RECORDS_EXPORT_DIR = str(tmp_path)
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=False):
        request = disclosure_request_create(
            actor=actors["secretariat"], reference="石情第1号", page_ids=[active_page.pk],
            date_from=today - dt.timedelta(days=30), date_to=today, contents=["comments", "policies"],
        )  # fmt: skip
    return disclosure_build(request_id=request.pk)


def test_read_views_are_for_city_wide_roles(client, actors, built):
    run = RetentionRun.objects.create(started_at=timezone.now(), dry_run=True, report=[])
    for url in ("/records/disclosures/", f"/records/disclosures/{built.pk}/", "/records/retention/",
                f"/records/retention/runs/{run.pk}/", "/records/report/", "/records/report.csv?month=2026-11"):  # fmt: skip
        assert_access(client, actors, Access(url, allowed=CITY))


def test_preparing_views_are_for_the_ict_office_and_secretariat(client, actors, built):
    assert_access(client, actors, Access("/records/disclosures/new/", allowed=PREPARERS))
    assert_access(
        client, actors,
        Access(f"/records/disclosures/{built.pk}/release/", method="post", data={"confirm": "yes"},
               allowed=PREPARERS, ok_status=(302,)),
    )  # fmt: skip
    built.refresh_from_db()
    # The secretariat requested it, so the ICT office (the other allowed actor) released it.
    assert built.status == "released" and built.released_by == actors["ict"]
    assert_access(
        client, actors, Access(f"/records/disclosures/{built.pk}/download/", allowed=PREPARERS)
    )


def test_management_views_are_for_the_ict_office(client, actors, active_page):
    assert_access(client, actors, Access("/records/retention/class/", method="post",
                                         data={"kind": "sync_runs", "retention": "3"}, allowed=ICT,
                                         ok_status=(302,)))  # fmt: skip
    assert_access(client, actors, Access("/records/retention/holds/", method="post",
                                         data={"reason": "保全", "starts_on": "2026-01-01"}, allowed=ICT,
                                         ok_status=(302,)))  # fmt: skip
    hold = LegalHold.objects.first()
    assert_access(client, actors, Access(f"/records/retention/holds/{hold.pk}/lift/", method="post",
                                         data={"confirm": "yes"}, allowed=ICT, ok_status=(302,)))  # fmt: skip
    assert_access(client, actors, Access("/records/retention/report/", method="post", allowed=ICT,
                                         ok_status=(302,)))  # fmt: skip
    assert_access(client, actors, Access("/records/target/", method="post", data={"minutes": "90"},
                                         allowed=SECRETARIAT, ok_status=(302,)))  # fmt: skip


def test_requester_cannot_release_through_the_screen(client, actors, built):
    client.force_login(actors["secretariat"])
    page = client.get(f"/records/disclosures/{built.pk}/").content.decode()
    assert "公開する" not in page or 'name="confirm"' not in page
    response = client.post(
        f"/records/disclosures/{built.pk}/release/", {"confirm": "yes"}, follow=True
    )
    assert "2人目" in response.content.decode()
    built.refresh_from_db()
    assert built.status == "ready"
    client.force_login(actors["ict"])
    response = client.post(f"/records/disclosures/{built.pk}/release/", {}, follow=True)
    assert (
        "確認" in response.content.decode()
        and DisclosureRequest.objects.get(pk=built.pk).status == "ready"
    )
    client.post(f"/records/disclosures/{built.pk}/release/", {"confirm": "yes"})
    response = client.get(f"/records/disclosures/{built.pk}/download/")
    assert response.status_code == 200 and response["X-Content-SHA256"] == built.sha256
    body = b"".join(response.streaming_content)
    assert set(zipfile.ZipFile(BytesIO(body)).namelist()) == {"comments.csv", "comments.json",
                                                             "policies.csv", "policies.json"}  # fmt: skip


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"reference": "x", "date_from": "2026-13-01", "date_to": "2026-01-01"},
        {
            "reference": "x",
            "date_from": "2026-02-01",
            "date_to": "2026-01-01",
            "contents": ["posts"],
        },
        {
            "reference": "x",
            "date_from": "2026-01-01",
            "date_to": "2026-02-01",
            "contents": ["bogus"],
        },
        {
            "reference": "x" * 500,
            "pages": ["999999"],
            "date_from": "2026-01-01",
            "date_to": "2026-02-01",
        },
    ],
)
def test_bad_disclosure_input_answers_in_japanese(client, actors, active_page, data):
    client.force_login(actors["ict"])
    response = client.post("/records/disclosures/new/", data)
    assert response.status_code == 400
    assert "修正してください" in response.content.decode()
    assert not DisclosureRequest.objects.exists()


def test_bad_hold_target_and_month_input_never_500(client, actors):
    client.force_login(actors["ict"])
    assert client.post("/records/retention/holds/", {"reason": ""}).status_code == 400
    assert client.post("/records/retention/holds/", {"reason": "x", "starts_on": "2026-02-01",
                                                      "ends_on": "2026-01-01"}).status_code == 400  # fmt: skip
    assert not LegalHold.objects.exists()
    assert (
        client.post(
            "/records/retention/class/", {"kind": "decisions", "retention": "1"}
        ).status_code
        == 302
    )
    assert (
        client.post("/records/retention/class/", {"kind": "nope", "retention": "1"}).status_code
        == 302
    )
    assert client.post("/records/retention/holds/999/lift/", {"confirm": "yes"}).status_code == 302
    for month in ("", "2026-13", "abc", "99999-01", "2026-02"):
        assert client.get("/records/report/", {"month": month}).status_code == 200
    client.force_login(actors["secretariat"])
    for minutes in ("0", "-5", "abc", "99999999"):
        response = client.post("/records/target/", {"minutes": minutes}, follow=True)
        assert response.status_code == 200 and "30日" in response.content.decode()


def test_unknown_objects_are_404(client, actors):
    client.force_login(actors["ict"])
    for url in ("/records/disclosures/999999/", "/records/disclosures/999999/download/",
                "/records/retention/runs/999999/"):  # fmt: skip
        assert client.get(url).status_code == 404
    assert (
        client.post("/records/disclosures/999999/release/", {"confirm": "yes"}).status_code == 404
    )


def test_hold_placed_through_the_screen(client, actors, active_page):
    client.force_login(actors["ict"])
    response = client.post("/records/retention/holds/", {"page": active_page.pk, "reason": "訴訟"})
    assert response.status_code == 302
    hold = LegalHold.objects.get()
    assert hold.page == active_page and hold.created_by == actors["ict"]
    legal_hold_place(actor=actors["ict"], page_id=None, starts_on=dt.date(2026, 1, 1), ends_on=None,
                     reason="x")  # fmt: skip
    assert "訴訟" in client.get("/records/retention/").content.decode()
