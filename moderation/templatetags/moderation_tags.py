"""Template filters for the review screens."""

from django import template
from django.utils.translation import gettext as _

from ..highlight import highlight_runs as _highlight_runs
from ..masking import mask_card_numbers

register = template.Library()


@register.filter
def mask_cards(value):
    """Card-number-like digits masked (autoescape still applies to the result)."""
    return mask_card_numbers(str(value or ""))


@register.filter
def highlight_runs(segments):
    """Highlighted segments that touch, grouped so that one ``<mark>`` covers them."""
    return _highlight_runs(segments or [])


@register.filter
def rule_titles(rules):
    """A mark's tooltip: the names of the rules (and the search) that cover it."""
    return ", ".join(str(_("Search")) if rule == "search" else rule for rule in rules)
