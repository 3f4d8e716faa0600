"""What page health adds to the home page: broken and dormant pages; navigation."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem
from pages.selectors import pages_visible_to


def todo_items(user) -> list[TodoItem]:
    if not user_can(user, "pages.review_page"):
        return []
    from .selectors.health import HealthState, pages_health

    rows = pages_health(pages=pages_visible_to(user=user))
    broken = [r for r in rows if r.state == HealthState.BROKEN]
    dormant = [r for r in rows if r.dormant and r.state != HealthState.BROKEN]
    url = reverse("insights:health")
    items = []
    if broken:
        items.append(
            TodoItem(
                _("Broken pages"),
                url,
                len(broken),
                "urgent",
                ", ".join(r.page.name for r in broken[:5]),
            )
        )
    if dormant:
        items.append(
            TodoItem(
                _("Dormant pages"),
                url,
                len(dormant),
                "attention",
                ", ".join(r.page.name for r in dormant[:5]),
            )
        )
    return items


def nav_items(request) -> list[dict]:
    user = request.user
    items = []
    if user_can(user, "insights.view_page_health"):
        items.append({"label": _("Page health"), "url": reverse("insights:health")})
    if user_can(user, "insights.view_city_insights"):
        items.append({"label": _("Insights"), "url": reverse("insights:city")})
    return items
