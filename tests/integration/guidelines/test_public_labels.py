"""Public pages show people Japanese labels, never the clause codes staff use in exports
and the API (issue 12)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from guidelines.clauses import Clause

pytestmark = pytest.mark.django_db

_CODE = re.compile(
    r"(?<![A-Za-z_])(" + "|".join(re.escape(code) for code in Clause.values) + r")(?![A-Za-z_])"
)


class _VisibleText(HTMLParser):
    """The text a person reads: element text outside <script>, <style> and <title>
    (attributes such as `id="clause-privacy"` are anchors for links, not read)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._hidden += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def clause_codes_in(html: str) -> set[str]:
    return set(_CODE.findall(visible_text(html)))


def test_the_checker_finds_a_code_in_text_but_not_in_attributes():
    assert clause_codes_in('<p id="clause-privacy">個人情報 <span>[political]</span></p>') == {
        "political"
    }
    assert clause_codes_in('<tr id="clause-obscene"><td>わいせつ</td></tr>') == set()


@pytest.mark.parametrize("path", ["/policy/", "/policy/1/"])
def test_public_operating_policy_shows_no_clause_code(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    html = response.content.decode()
    assert "発言者に断りなく" in html  # the clauses are there, in Japanese
    assert clause_codes_in(html) == set()


def test_public_registry_and_check_show_no_clause_code(client, active_page):
    # An open page whose activity policy cites clauses is listed in the registry.
    for path in (
        "/registry/",
        f"/registry/check/?url=https://www.facebook.com/{active_page.facebook_page_id}",
        "/registry/check/?url=https://www.facebook.com/not.the.city",
    ):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ja")
        assert response.status_code == 200, path
        assert clause_codes_in(response.content.decode()) == set(), path
