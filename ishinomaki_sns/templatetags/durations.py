"""``{% load durations %}``: ``{{ row.flag_median|minutes_readable|default:"—" }}``."""

from django import template

from ishinomaki_sns.common.durations import minutes_readable as _minutes_readable

register = template.Library()


@register.filter
def minutes_readable(value) -> str:
    """A number of minutes as people read it ("20時間34分", "2日4時間"); empty for none."""
    return _minutes_readable(value)
