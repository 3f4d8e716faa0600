"""From the page health dashboard to a page's incidents, and the incident list's page filter."""

import pytest

from incidents.services import incident_open
from tests.browser.conftest import PHONE, login
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ict_office_filters_incidents_by_page(
    page, screenshot, live_server, graph_simulator, connect_sim_page, make_user
):
    from accounts.roles import Role

    tourism_page, fisheries_page = (connect_sim_page(graph_simulator, i) for i in range(2))
    ict = make_user(Role.ICT_OFFICE, username="ict-browser")
    incident_open(actor=ict, kind="flaming", title="観光の炎上", page=tourism_page)
    incident_open(actor=ict, kind="compromise", title="水産の乗っ取り", page=fisheries_page)
    login(page, "ict-browser", PASSWORD)
    page.wait_for_url(live_server.url + "/")

    # The dashboard's count for a page opens the list of that page's unresolved incidents.
    page.goto("/health/")
    row = page.locator("tr.health-row", has_text=tourism_page.name)
    row.get_by_role("link", name="インシデント 1 件").click()
    page.wait_for_url("**/incidents/?page=*")
    rows = page.locator("table.data tbody tr")
    assert rows.count() == 1 and "観光の炎上" in rows.first.inner_text()
    assert page.get_by_label("ページ").input_value() == str(tourism_page.pk)
    assert page.get_by_label("状態").input_value() == "unresolved"

    # Choosing the other page in the filter lists its incident instead.
    page.get_by_label("ページ").select_option(label=fisheries_page.name)
    page.get_by_role("button", name="絞り込む").click()
    page.wait_for_url(f"**/incidents/?status=unresolved&page={fisheries_page.pk}")
    assert rows.count() == 1 and "水産の乗っ取り" in rows.first.inner_text()
    screenshot("incident-list-filtered")
    page.set_viewport_size(PHONE)
    screenshot("incident-list-filtered-390")

    # すべて: both.
    page.get_by_label("ページ").select_option(label="すべて")
    page.get_by_role("button", name="絞り込む").click()
    page.wait_for_url("**/incidents/?status=unresolved&page=")
    assert rows.count() == 2
