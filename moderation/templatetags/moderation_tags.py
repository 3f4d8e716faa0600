"""Template filters for the review screens."""

from django import template

from ..masking import mask_card_numbers

register = template.Library()


@register.filter
def mask_cards(value):
    """Card-number-like digits masked (autoescape still applies to the result)."""
    return mask_card_numbers(str(value or ""))
