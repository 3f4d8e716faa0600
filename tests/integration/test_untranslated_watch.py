"""The untranslated-msgid watch (tests/untranslated.py) sees what a Japanese page renders."""

from django.template import engines
from django.utils import translation

from tests import untranslated


def test_the_watch_catches_an_untranslated_msgid_on_a_japanese_page():
    template = engines["django"].from_string(
        '{% load i18n %}{% translate "Zz not in the catalogue" %} {% translate "Save" %}'
    )
    with translation.override("ja"):
        html = template.render({})
    try:
        assert "保存" in html  # a translated msgid passes
        assert "Zz not in the catalogue" in untranslated.MISSING
        assert "Save" not in untranslated.MISSING
    finally:
        untranslated.MISSING.pop("Zz not in the catalogue", None)


def test_english_pages_and_lookups_outside_templates_are_not_counted():
    template = engines["django"].from_string('{% load i18n %}{% translate "Zz english page" %}')
    with translation.override("en"):
        template.render({})
    with translation.override("ja"):
        translation.gettext("Zz outside a template")
    assert "Zz english page" not in untranslated.MISSING
    assert "Zz outside a template" not in untranslated.MISSING
