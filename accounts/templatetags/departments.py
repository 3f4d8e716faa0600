"""Template filters for divisions and departments: their name in the language of the page."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def localized_name(unit) -> str:
    """The department's name in the active language (Department.localized_name, the one
    definition the public registry also uses): 観光課 on a Japanese page, Tourism Division on
    an English one. Empty for nothing."""
    if unit is None or unit == "":
        return ""
    return unit.localized_name(get_language() or "ja")
