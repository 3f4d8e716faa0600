"""Figures for the scorer's screens: percentages and scores."""

from django import template

register = template.Library()


@register.filter
def percent(value, digits: int = 1) -> str:
    """0.8512 -> "85.1 %"; None -> "—"."""
    if value is None or value == "":
        return "—"
    return f"{float(value) * 100:.{int(digits)}f} %"


@register.filter
def score(value) -> str:
    """A probability shown with two decimals (0.87); None -> "—"."""
    if value is None:
        return "—"
    return f"{float(value):.2f}"


@register.filter
def get(mapping, key):
    return (mapping or {}).get(key)
