"""What incidents add to the home page: unresolved incidents, and the navigation item."""

from __future__ import annotations

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.home import TodoItem

from .models import IncidentStatus
from .selectors import incidents_visible_to


def todo_items(user) -> list[TodoItem]:
    if not user.is_authenticated:
        return []
    counts = dict(
        incidents_visible_to(user=user)
        .filter(status__in=[IncidentStatus.SUSPECTED, IncidentStatus.OPEN])
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    items = []
    url = reverse("incidents:list")
    if counts.get(IncidentStatus.SUSPECTED):
        items.append(
            TodoItem(
                _("Suspected incidents to confirm or dismiss"),
                f"{url}?status=suspected",
                counts[IncidentStatus.SUSPECTED],
                "urgent",
            )
        )
    if counts.get(IncidentStatus.OPEN):
        items.append(
            TodoItem(
                _("Open incidents"), f"{url}?status=open", counts[IncidentStatus.OPEN], "urgent"
            )
        )
    return items


def nav_items(request) -> list[dict]:
    user = request.user
    from .views import _may_see_incidents

    if not _may_see_incidents(user):
        return []
    return [{"label": _("Incidents"), "url": reverse("incidents:list")}]
