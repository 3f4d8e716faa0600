"""Template filters for the review screens."""

from django import template
from django.utils.translation import gettext as _

from ..highlight import highlight_runs as _highlight_runs
from ..masking import mask_card_numbers
from ..rule_notation import NOTATION_FIELDS, notation_readings

register = template.Library()


@register.filter
def mask_cards(value):
    """Card-number-like digits masked (autoescape still applies to the result)."""
    return mask_card_numbers(str(value or ""))


@register.simple_tag
def notation_fields() -> str:
    """The names of the boxes written in the notation (rule_form.js reads them out as typed)."""
    return " ".join(NOTATION_FIELDS)


@register.simple_tag
def notation_for(field):
    """The readings of a rule form box written in the term notation (its value as typed or
    as stored), or None for any other field or a box with no such line."""
    if field.name not in NOTATION_FIELDS:
        return None
    readings, total = notation_readings(field.value() or "")
    if not total:
        return None
    return {
        "readings": readings,
        "total": total,
        "problems": any(reading.problem for reading in readings),
    }


@register.filter
def highlight_runs(segments):
    """Highlighted segments that touch, grouped so that one ``<mark>`` covers them."""
    return _highlight_runs(segments or [])


@register.filter
def rule_titles(rules):
    """A mark's tooltip: the names of the rules (and the search) that cover it."""
    return ", ".join(str(_("Search")) if rule == "search" else rule for rule in rules)
