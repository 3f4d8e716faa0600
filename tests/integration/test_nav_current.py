"""The navigation marks the section a page belongs to, and only that one: a page's new post
(/pages/<id>/posts/new/) belongs to the city's posts, not to the official pages; the rules
(/moderation/rules/) are not the review queue (/moderation/)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def current_links(html: str) -> list[str]:
    """The addresses of the navigation links marked as the current page."""
    nav = html[html.index('class="site-nav"') :]
    nav = nav[: nav.index("</nav>")]
    return re.findall(r'<a href="([^"]+)" aria-current="page">', nav)


def test_new_post_page_marks_city_posts_as_the_current_section(client, publishing_world):
    client.force_login(publishing_world.operator)
    response = client.get(reverse("publishing:create", args=[publishing_world.page.pk]))
    assert response.status_code == 200
    assert current_links(response.content.decode()) == [reverse("publishing:list")]


def test_post_list_and_page_list_keep_their_own_sections(client, publishing_world):
    client.force_login(publishing_world.operator)
    html = client.get(reverse("publishing:list")).content.decode()
    assert current_links(html) == [reverse("publishing:list")]
    html = client.get(reverse("pages:detail", args=[publishing_world.page.pk])).content.decode()
    assert current_links(html) == [reverse("pages:list")]


def test_rules_are_their_own_section_not_the_review_queue(client, secretariat_user):
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_list")).content.decode()
    assert current_links(html) == [reverse("moderation:rule_list")]
    # The rules are in the "More" menu: its summary is marked so the bar shows where one is.
    assert '<summary class="nav-more__current">' in html
    html = client.get(reverse("moderation:queue")).content.decode()
    assert current_links(html) == [reverse("moderation:queue")]
    assert "nav-more__current" not in html
