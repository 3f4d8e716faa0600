"""The ingestion's part of the home page: pages the worker cannot read."""

from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .models import PageSyncState


def todo_items(user) -> list[TodoItem]:
    if not user_can(user, "pages.review_page"):
        return []
    failing = PageSyncState.objects.exclude(
        status__in=[
            PageSyncState.Status.OK,
            PageSyncState.Status.NEVER,
            PageSyncState.Status.THROTTLED,
        ]
    ).count()
    if not failing:
        return []
    return [
        TodoItem(
            title=_("Pages whose comments cannot be read"),
            url="/pages/?connection=problem",
            count=failing,
            urgency="urgent",
            detail=_("New comments on these pages are not screened until the connection is fixed."),
        )
    ]
