"""Disclosure export in Chromium: the secretariat requests it, the worker builds it (progress
on the page), the requester cannot release it, the ICT office reviews the redactions and
releases it, the ZIP downloads with the recorded SHA-256. Also the records pages at desktop
and phone widths (screenshots in /tmp/shots-records/)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from django.utils import timezone

from records.models import DisclosureRequest
from records.services import legal_hold_place, retention_run
from tests.browser.conftest import DESKTOP, Shot, shoot
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]
SHOTS = Path("/tmp/shots-records")
RECORDS_SHOTS = (
    Shot("-1280", DESKTOP),
    Shot("-390", {"width": 390, "height": 900}),
    Shot("-390-top", {"width": 390, "height": 900}, full_page=False),  # a phone's first screen
)


def sign_in(page, username: str) -> None:
    page.context.clear_cookies()
    page.set_extra_http_headers({"Accept-Language": "ja"})
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_export_request_second_person_release_and_download(
    page, settings, tmp_path, celery_worker_factory, graph_simulator, connected_pages,
    resident_comment, secretariat_user, ict_user,
):  # fmt: skip
    settings.RECORDS_EXPORT_DIR = str(tmp_path / "exports")
    celery_worker_factory(
        {**graph_simulator.env(), "RECORDS_EXPORT_DIR": settings.RECORDS_EXPORT_DIR}
    )
    target = connected_pages[0]
    resident_comment(target, "連絡は090-1234-5678、メールは taro@example.jp まで", author="9001",
                     name="山田 太郎")  # fmt: skip

    sign_in(page, secretariat_user.username)
    page.goto("/records/disclosures/")
    page.click("text=開示用エクスポートの作成")
    page.fill("input[name=reference]", "石情第7号")
    page.check(f"input[name=pages][value='{target.pk}']")
    today = timezone.localdate()
    page.fill("input[name=date_from]", today.replace(year=today.year - 1).isoformat())
    page.fill("input[name=date_to]", today.isoformat())
    shoot(page, SHOTS, "disclosure-form", RECORDS_SHOTS, fits=True)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/records/disclosures/*/")
    assert "エクスポートを作成しています" in page.inner_text("main")
    # The worker builds it; the page refreshes itself until it is ready.
    page.wait_for_selector("text=マスキングの確認", timeout=60000)
    assert page.locator("form[action$='/release/']").count() == 0  # not for the requester
    assert "別の担当者が確認して公開します" in page.inner_text("main")
    main = page.inner_text("main")
    assert "090-1234-5678" not in main and "taro@example.jp" not in main and "山田" not in main
    shoot(page, SHOTS, "disclosure-ready", RECORDS_SHOTS, fits=True)

    sign_in(page, ict_user.username)
    request = DisclosureRequest.objects.get(reference="石情第7号")
    page.goto(f"/records/disclosures/{request.pk}/")
    page.click("form[action$='/release/'] button")  # unchecked: the browser insists on it
    assert DisclosureRequest.objects.get(pk=request.pk).status == "ready"
    page.check("input[name=confirm]")
    page.click("form[action$='/release/'] button")
    page.wait_for_selector("text=エクスポートを公開しました")
    request.refresh_from_db()
    assert request.status == "released" and request.released_by == ict_user
    assert request.sha256 in page.inner_text("main")
    with page.expect_download() as info:
        page.click("text=ZIPをダウンロード")
    path = info.value.path()
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == request.sha256
    names = zipfile.ZipFile(path).namelist()
    assert "comments.csv" in names and "audit.json" in names
    shoot(page, SHOTS, "disclosure-released", RECORDS_SHOTS, fits=True)
    page.goto("/records/disclosures/")
    shoot(page, SHOTS, "disclosure-list", RECORDS_SHOTS, fits=True)


def test_records_pages_at_desktop_and_phone_width(
    page, connected_pages, ict_user, secretariat_user
):
    legal_hold_place(actor=ict_user, page_id=connected_pages[0].pk, starts_on=None, ends_on=None,
                     reason="訴訟に備えた保全（令和8年第12号）")  # fmt: skip
    run = retention_run(actor=ict_user, dry_run=True)
    sign_in(page, ict_user.username)
    page.goto("/records/retention/")
    assert "保全中" in page.inner_text("main")
    shoot(page, SHOTS, "retention", RECORDS_SHOTS, fits=True)
    page.goto(f"/records/retention/runs/{run.pk}/")
    shoot(page, SHOTS, "retention-run", RECORDS_SHOTS, fits=True)
    sign_in(page, secretariat_user.username)
    page.goto("/records/report/")
    assert "月次報告" in page.inner_text("h1")
    shoot(page, SHOTS, "monthly-report", RECORDS_SHOTS, fits=True)
    page.emulate_media(media="print")
    page.pdf(path=str(SHOTS / "monthly-report.pdf"), format="A4")
    page.screenshot(path=str(SHOTS / "monthly-report-print.png"), full_page=True)
