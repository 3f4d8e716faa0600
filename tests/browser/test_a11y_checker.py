"""The accessibility and width checks themselves catch what they should (a checker that cannot
fail would let every page pass)."""

import pytest

from tests.browser.conftest import check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_check_page_passes_the_public_registry(page):
    page.goto("/registry/")
    check_page(page)


def test_check_page_fails_on_a_serious_violation(page):
    page.goto("/registry/")
    # An unlabelled form field: axe-core's "label" rule, impact critical.
    page.evaluate("() => document.querySelector('main').append(document.createElement('input'))")
    with pytest.raises(AssertionError, match="label"):
        check_page(page)
    page.evaluate("() => document.querySelector('main input:last-of-type').remove()")


def test_check_page_fails_when_wider_than_a_phone(page):
    page.goto("/registry/")
    page.evaluate(
        "() => { const d = document.createElement('div'); d.style.width = '900px';"
        " d.textContent = 'x'; document.querySelector('main').append(d); }"
    )
    with pytest.raises(AssertionError, match="wider than the screen"):
        check_page(page)
    page.evaluate("() => document.querySelector('main div:last-of-type').remove()")
