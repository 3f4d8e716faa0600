"""What public records add to the home page: exports waiting for a second person, flags
older than the time-to-hide target, and the navigation items."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .models import DisclosureRequest


def todo_items(user) -> list[TodoItem]:
    if not user.is_authenticated:
        return []
    items = []
    if user_can(user, "records.release_disclosure"):
        waiting = (
            DisclosureRequest.objects.filter(status=DisclosureRequest.Status.READY)
            .exclude(created_by=user)
            .count()
        )
        if waiting:
            items.append(TodoItem(_("Disclosure exports to review and release"),
                                  reverse("records:disclosure_list"), waiting, "attention"))  # fmt: skip
    if user_can(user, "moderation.review_flag"):
        from pages.selectors import pages_visible_to

        from .selectors import overdue_open_comments

        overdue = overdue_open_comments(pages=pages_visible_to(user=user))
        if overdue:
            items.append(TodoItem(_("Flags older than the time-to-hide target"),
                                  reverse("moderation:queue"), overdue, "urgent"))  # fmt: skip
    return items


def nav_items(request) -> list[dict]:
    user = request.user
    items = []
    if user_can(user, "records.view_service_figures"):
        items.append({"label": _("Monthly report"), "url": reverse("records:report"), "more": True})
    if user_can(user, "records.view_disclosurerequest"):
        items.append(
            {
                "label": _("Disclosure exports"),
                "url": reverse("records:disclosure_list"),
                "more": True,
            }
        )
    if user_can(user, "records.view_retention"):
        items.append({"label": _("Retention"), "url": reverse("records:retention"), "more": True})
    return items
