"""Durations for people: a number of minutes as "45分", "20時間34分" or "2日4時間".

Reports compute times in minutes (time to flag, to decide, to hide); a figure such as
29524.8 means nothing to a reader, so every screen that shows such a duration passes it
through `minutes_readable` (the template filter of the same name in `durations`).
Machine-readable exports keep the plain number of minutes.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR


def minutes_readable(minutes: float | int | str | None) -> str:
    """``minutes`` in the largest two units that matter, rounded to the smaller one.

    Under an hour: whole minutes ("45分", "1分未満" below half a minute); under a day: hours
    and minutes ("20時間34分", "3時間"); a day or more: days and hours ("2日4時間", "1日"),
    since the minutes no longer matter at that scale. Empty for None, an empty string or
    something that is no number, so a template can fall back with ``default``.
    """
    if minutes is None or minutes == "":
        return ""
    try:
        value = float(minutes)
    except (TypeError, ValueError):
        return ""
    if value != value or value < 0:  # NaN, or a clock that went backwards
        return ""
    whole = round(value)
    if whole < 1:
        return _("under a minute")
    if whole < MINUTES_PER_HOUR:
        return _("%(minutes)d min") % {"minutes": whole}
    if whole < MINUTES_PER_DAY:
        hours, rest = divmod(whole, MINUTES_PER_HOUR)
        if not rest:
            return _("%(hours)d h") % {"hours": hours}
        return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}
    hours_total = round(value / MINUTES_PER_HOUR)
    days, hours = divmod(hours_total, 24)
    if not hours:
        return _("%(days)d d") % {"days": days}
    return _("%(days)d d %(hours)d h") % {"days": days, "hours": hours}
