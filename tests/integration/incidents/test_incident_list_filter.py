"""The incident list's page filter: choices scoped to the user, nothing revealed about other
departments' pages, and the page health dashboard's link opening the list for that page."""

import re

import pytest

from incidents.services import incident_open, incident_transition
from incidents.transitions import Action

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_pages(graph_simulator, connect_sim_page, tourism, fisheries):
    """A tourism page and a fisheries page, each with incidents; one tourism incident resolved."""
    tourism_page = connect_sim_page(graph_simulator, 0)
    fisheries_page = connect_sim_page(graph_simulator, 1)
    assert tourism_page.department == tourism and fisheries_page.department == fisheries
    return tourism_page, fisheries_page


@pytest.fixture
def incidents(two_pages, ict_user):
    tourism_page, fisheries_page = two_pages
    open_one = incident_open(actor=ict_user, kind="flaming", title="観光の炎上", page=tourism_page)
    resolved = incident_open(
        actor=ict_user, kind="wrong_post", title="観光の誤投稿", page=tourism_page
    )
    incident_transition(
        incident_id=resolved.pk, action=Action.RESOLVE, actor=ict_user, comment="訂正した"
    )
    other = incident_open(
        actor=ict_user, kind="compromise", title="水産の乗っ取り", page=fisheries_page
    )
    citywide = incident_open(actor=ict_user, kind="other", title="全庁の件", page=None)
    return {"open": open_one, "resolved": resolved, "other": other, "citywide": citywide}


def _titles(html: str) -> set[str]:
    return set(re.findall(r'<a href="/incidents/\d+/">([^<]+)</a>', html))


def _options(html: str) -> list[str]:
    select = re.search(r'<select name="page"[^>]*>(.*?)</select>', html, re.S)
    assert select, "the page filter is missing"
    return re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1))


def _main(html: str) -> str:
    """The page's main content (the header carries a CSRF token and the address)."""
    return html[html.index("<main") : html.index("</main>")]


def test_ict_office_can_filter_incidents_by_page(client, ict_user, two_pages, incidents):
    tourism_page, fisheries_page = two_pages
    client.force_login(ict_user)
    html = client.get("/incidents/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert _titles(html) == {"観光の炎上", "観光の誤投稿", "水産の乗っ取り", "全庁の件"}
    assert _options(html) == ["すべて", *sorted([tourism_page.name, fisheries_page.name])]
    assert '<label for="id_page">ページ</label>' in html

    html = client.get(f"/incidents/?page={tourism_page.pk}").content.decode()
    assert _titles(html) == {"観光の炎上", "観光の誤投稿"}
    assert f'<option value="{tourism_page.pk}" selected>' in html

    html = client.get(f"/incidents/?page={tourism_page.pk}&status=unresolved").content.decode()
    assert _titles(html) == {"観光の炎上"}
    html = client.get(f"/incidents/?page={fisheries_page.pk}&status=resolved").content.decode()
    assert _titles(html) == set()


def test_department_admin_sees_only_own_pages_in_the_filter(
    client, tourism_admin, two_pages, incidents
):
    tourism_page, fisheries_page = two_pages
    client.force_login(tourism_admin)
    html = client.get("/incidents/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert _options(html) == ["すべて", tourism_page.name]
    assert _titles(html) == {"観光の炎上", "観光の誤投稿"}


def test_department_admin_cannot_filter_on_another_departments_page(
    client, tourism_admin, two_pages, incidents
):
    tourism_page, fisheries_page = two_pages
    client.force_login(tourism_admin)
    other = client.get(f"/incidents/?page={fisheries_page.pk}", HTTP_ACCEPT_LANGUAGE="ja")
    missing = client.get("/incidents/?page=999999", HTTP_ACCEPT_LANGUAGE="ja")
    assert other.status_code == missing.status_code == 200
    html = other.content.decode()
    # Nothing listed (not even the user's own incidents, which would read as the answer),
    # nothing of the other page shown, and the same answer as for a page that does not exist.
    assert _titles(html) == set()
    assert fisheries_page.name not in html and "水産の乗っ取り" not in html
    assert "正しく選択してください" in html
    assert _main(html) == _main(missing.content.decode())
    # Nonsense is a message, never a 500.
    bad = client.get("/incidents/?page=abc&status=<script>", HTTP_ACCEPT_LANGUAGE="ja")
    assert bad.status_code == 200 and "<script>" not in bad.content.decode()


def test_health_dashboard_links_a_pages_incidents_to_the_filtered_list(
    client, ict_user, two_pages, incidents
):
    tourism_page, fisheries_page = two_pages
    client.force_login(ict_user)
    html = client.get("/health/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    link = re.search(
        rf'href="(/incidents/\?page={tourism_page.pk}&amp;status=unresolved)">インシデント 1 件',
        html,
    )
    assert link, "the tourism page's incident link is not filtered to that page"
    listed = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    # The list shows exactly the incidents the dashboard counted.
    assert _titles(listed) == {"観光の炎上"}


def test_filtered_list_queries_do_not_grow_with_incidents(
    client, ict_user, two_pages, incidents, django_assert_max_num_queries
):
    tourism_page, _fisheries_page = two_pages
    client.force_login(ict_user)
    url = f"/incidents/?page={tourism_page.pk}&status=unresolved"
    client.get(url)  # warm the session and caches
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    for number in range(5):
        incident_open(actor=ict_user, kind="other", title=f"追加{number}", page=tourism_page)
    with django_assert_max_num_queries(len(few)):
        assert len(_titles(client.get(url).content.decode())) == 6
