"""The records screens as a first-time ICT office user meets them in Chromium (a walk
through them): the export being built reloads itself without <meta refresh>, every value of
a stacked table on a phone says what it is, the wide figures table can be scrolled from the
keyboard, and shortening a retention asks first. Each test here failed before its fix."""

from __future__ import annotations

import pytest
from django.utils import timezone

from records.models import DisclosureRequest, RetentionPolicy
from records.services import disclosure_build, retention_run
from tests.browser.conftest import PHONE, _axe_serious, check_page, login
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Cells of a stacked table (phone width) that show a value without its column's name.
UNLABELLED = """() => [...document.querySelectorAll("table.data td")]
  .filter(td => !td.classList.contains("empty") && td.offsetParent !== null)
  .filter(td => !(td.getAttribute("data-label") || "").trim())
  .map(td => td.closest("table").className + ": " + td.textContent.trim().slice(0, 30))"""


def test_export_in_progress_reloads_itself_and_passes_axe(
    page, settings, tmp_path, connected_pages, ict_user
):
    settings.RECORDS_EXPORT_DIR = str(tmp_path / "exports")
    login(page, ict_user.username, PASSWORD)
    page.goto("/records/disclosures/new/")
    page.fill("input[name=reference]", "石情第21号")
    page.check(f"input[name=pages][value='{connected_pages[0].pk}']")
    today = timezone.localdate()
    page.fill("input[name=date_from]", today.replace(day=1).isoformat())
    page.fill("input[name=date_to]", today.isoformat())
    page.click("main form button[type=submit]")
    page.wait_for_url("**/records/disclosures/*/")
    # No worker runs here: the export waits, and the page says it is being built.
    assert page.locator("progress").count() == 1
    assert page.locator("meta[http-equiv=refresh]").count() == 0
    check_page(page, label="export being built")
    disclosure_build(request_id=DisclosureRequest.objects.get(reference="石情第21号").pk)
    # The page loads itself again and shows the redaction review.
    page.wait_for_selector("text=マスキングの確認", timeout=10000)


def test_stacked_tables_on_a_phone_name_every_value(
    page, settings, tmp_path, connected_pages, ict_user
):
    settings.RECORDS_EXPORT_DIR = str(tmp_path / "exports")
    from records.services import disclosure_request_create, legal_hold_place

    today = timezone.localdate()
    request = disclosure_request_create(
        actor=ict_user, reference="石情第22号", page_ids=[connected_pages[0].pk],
        date_from=today.replace(day=1), date_to=today, contents=["posts", "comments"],
    )  # fmt: skip
    disclosure_build(request_id=request.pk)
    legal_hold_place(actor=ict_user, page_id=connected_pages[0].pk, starts_on=None,
                     ends_on=None, reason="訴訟に備えた保全")  # fmt: skip
    run = retention_run(actor=ict_user, dry_run=True)
    login(page, ict_user.username, PASSWORD)
    page.set_viewport_size(PHONE)
    problems = []
    for url in ("/records/disclosures/", "/records/retention/", f"/records/retention/runs/{run.pk}/",
                f"/records/report/?month={today:%Y-%m}"):  # fmt: skip
        page.goto(url)
        for summary in page.locator(".chart__data summary").all():
            summary.click()  # the charts' tables too
        problems += [f"{url} {cell}" for cell in page.evaluate(UNLABELLED)]
    assert not problems, "\n".join(problems)


def test_wide_figures_table_scrolls_from_the_keyboard(page, connected_pages, ict_user):
    login(page, ict_user.username, PASSWORD)
    page.goto("/records/report/")
    # A width where the nine-column table is a table, wider than its card.
    page.set_viewport_size({"width": 800, "height": 900})
    wrap = page.locator(".figures").locator("xpath=..")
    assert wrap.evaluate("el => el.scrollWidth > el.clientWidth")
    problems = [v for v in _axe_serious(page) if v.startswith("scrollable-region-focusable")]
    assert not problems, problems


def test_shortening_a_retention_asks_before_it_is_saved(page, connected_pages, ict_user):
    login(page, ict_user.username, PASSWORD)
    page.goto("/records/retention/")
    select = page.locator("select[name=retention]").first
    kind = select.evaluate("el => el.form.kind.value")
    before = select.input_value()
    choice = next(
        v for v in select.evaluate("el => [...el.options].map(o => o.value)") if v != before
    )
    select.select_option(choice)
    messages = []
    page.once("dialog", lambda d: (messages.append(d.message), d.dismiss()))
    select.evaluate("el => el.form.querySelector('button').click()")
    page.wait_for_timeout(300)
    assert messages and "元に戻せません" in messages[0]
    assert not RetentionPolicy.objects.filter(kind=kind).exists() or (
        RetentionPolicy.objects.get(kind=kind).retention == before
    )
    page.once("dialog", lambda d: d.accept())
    select.evaluate("el => el.form.querySelector('button').click()")
    page.wait_for_selector("text=保存期間を保存しました")
    assert RetentionPolicy.objects.get(kind=kind).retention == choice
