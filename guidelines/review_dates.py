"""The review date of an activity policy (活用方針): the one definition of what is allowed.

The guidelines ask each department to review its page's policy at least yearly, so the next
review must lie ahead and no further than `PAGES_REVIEW_INTERVAL_DAYS` away. The form shows
the message beside the field; the services refuse the same value (DomainError) so no other
caller can store a date the form would refuse.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _


def review_date_latest(today: date | None = None) -> date:
    """The furthest review date allowed today."""
    today = today or timezone.localdate()
    return today + timedelta(days=settings.PAGES_REVIEW_INTERVAL_DAYS)


def review_date_default(today: date | None = None) -> date:
    """What a new version is prefilled with: one full interval ahead."""
    return review_date_latest(today)


def review_date_problem(value: date | None, today: date | None = None) -> str | None:
    """Why `value` is not an allowed review date (a message in the current language), or
    None when it is allowed. An empty value is the required-field check's business."""
    if value is None:
        return None
    today = today or timezone.localdate()
    if value <= today:
        return _("The review date must be in the future.")
    latest = review_date_latest(today)
    if value > latest:
        return _("The review date must be within %(days)s days (by %(latest)s).") % {
            "days": settings.PAGES_REVIEW_INTERVAL_DAYS,
            "latest": latest.isoformat(),
        }
    return None


def review_date_is_allowed(value: date | None, today: date | None = None) -> bool:
    """True when `value` could be stored today (prefills keep an allowed date as it is)."""
    return value is not None and review_date_problem(value, today) is None
