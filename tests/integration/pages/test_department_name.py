"""A page's department is named in the language of the screen (Department.localized_name)."""

import re

import pytest

pytestmark = pytest.mark.django_db


def _lead(html: str) -> str:
    found = re.search(r'<p class="lead">(.*?)</p>', html, re.S)
    assert found, "the page detail has no lead line"
    return found.group(1).strip()


def test_page_detail_names_the_department_in_japanese_on_a_japanese_screen(
    client, tourism_admin, active_page
):
    client.force_login(tourism_admin)
    html = client.get(f"/pages/{active_page.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert _lead(html) == "観光課"
    assert "Tourism Division" not in html


def test_page_detail_names_the_department_in_english_on_an_english_screen(
    client, tourism_admin, active_page
):
    client.force_login(tourism_admin)
    html = client.get(f"/pages/{active_page.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert _lead(html) == "Tourism Division"
