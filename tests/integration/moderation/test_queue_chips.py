"""The queue's flag chips name the rule (a tooltip never shows on a phone), each rule once,
under its clause's label shown once (not repeated in every chip); the comment's excerpt opens
it as well as the author's name, without nesting links."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.urls import reverse

from moderation.models import Flag
from moderation.services import rule_create

pytestmark = pytest.mark.django_db

CHIP = re.compile(r'<span class="badge[^"]*" data-rule="([^"]+)">([^<]*)</span>')
GROUP = re.compile(
    r'<div class="flag-group" data-clause="([^"]+)"><span class="flag-group__clause">([^<]*)</span>'
)


def _row(html: str, comment_pk: int) -> str:
    item = reverse("moderation:item", args=[comment_pk])
    start = html.index(f'data-item-url="{item}"')
    return html[start : html.index("</tr>", start)]


def test_secretariat_sees_each_rule_once_by_name_in_the_queue(
    client, secretariat_user, connected_pages, resident_comment
):
    for slug, name, word in (
        ("walk8-a", "地域の悪口A", "ぼんくら"),
        ("walk8-b", "地域の悪口B", "とんま"),
    ):
        rule_create(actor=secretariat_user, slug=slug, name=name, clause="defamation",
                    kind="terms", config={"terms": [word]})  # fmt: skip
    comment = resident_comment(connected_pages[0], "ぼんくら、とんま、ぼんくら")
    assert Flag.objects.filter(comment=comment, rule__slug__in=["walk8-a", "walk8-b"]).count() == 2

    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:queue")).content.decode()
    chips = [(slug, unescape(text)) for slug, text in CHIP.findall(_row(html, comment.pk))]

    assert ("walk8-a", "地域の悪口A") in chips
    assert ("walk8-b", "地域の悪口B") in chips
    # The clause's label shows once for its rules, never inside each chip.
    groups = GROUP.findall(_row(html, comment.pk))
    assert groups.count(("defamation", "個人・団体への誹謗中傷")) == 1, groups
    assert not any("：" in text for _, text in chips), chips
    assert len(chips) == len(set(chips)), chips  # no chip twice
    assert len(chips) == len({slug for slug, _ in chips})  # one chip per rule
    # A mark's tooltip names its rules too, never their identifiers.
    titles = re.findall(r'<mark title="([^"]*)">', _row(html, comment.pk))
    assert any("地域の悪口A" in title for title in titles), titles
    assert not any("walk8-" in title for title in titles), titles


def test_the_excerpt_links_to_the_comment_without_nested_links(
    client, secretariat_user, connected_pages, resident_comment
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    row = _row(client.get(reverse("moderation:queue")).content.decode(), comment.pk)
    item = reverse("moderation:item", args=[comment.pk])

    excerpt = re.search(r'<a class="review-excerpt" href="([^"]+)"[^>]*>(.*?)</a>', row, re.S)
    assert excerpt is not None, row
    assert excerpt.group(1).startswith(item)
    assert "バカ" in re.sub(r"<[^>]+>", "", excerpt.group(2))
    assert "<a " not in excerpt.group(2)  # no link inside the link
    assert row.count(f'href="{item}') == 2  # the author's name and the excerpt
