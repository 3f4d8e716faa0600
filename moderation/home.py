"""The moderation app's contribution to the home page and the navigation."""

from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .selectors import crisis_mode_state, review_access, review_todo_counts


def todo_items(user) -> list[TodoItem]:
    """For those who decide (the secretariat, the ICT office): urgent threats, open flags,
    Facebook actions that failed."""
    if not user_can(user, "moderation.decide_flag"):
        return []
    counts = review_todo_counts()
    queue = reverse("moderation:queue")
    items = []
    # Crisis mode first: on the dashboard whoever may switch it sees it and can start it.
    for state in crisis_mode_state():
        items.append(
            TodoItem(
                title=_("Crisis mode is on: %(page)s") % {"page": state["page_name"]},
                url=reverse("moderation:crisis_mode", args=[state["page_id"]]),
                count=None,
                urgency="urgent",
                detail=state["reason"],
            )
        )
    if user_can(user, "moderation.set_crisis_mode"):
        items.append(
            TodoItem(
                title=_("Crisis mode (flaming)"),
                url=reverse("moderation:crisis_index"),
                count=None,
                urgency="normal",
                detail=_("Start or stop crisis mode for a page under fire."),
            )
        )
    if counts["urgent"]:
        items.append(
            TodoItem(
                title=_("Threats waiting for review"),
                url=f"{queue}?clause=threat",
                count=counts["urgent"],
                urgency="urgent",
                detail=_("Threats of violence go to the police: review them first."),
            )
        )
    if counts["failed"]:
        items.append(
            TodoItem(
                title=_("Facebook actions that failed"),
                url=reverse("moderation:outbox") + "?status=failed",
                count=counts["failed"],
                urgency="urgent",
                detail=_("Decisions that Facebook has not carried out; retry or check the page."),
            )
        )
    if counts["open"]:
        items.append(
            TodoItem(
                title=_("Flagged comments to review"),
                url=queue,
                count=counts["open"],
                urgency="attention",
            )
        )
    return items


def nav_items(request) -> list[dict]:
    items = []
    if review_access(user=request.user):
        items.append({"label": _("Review queue"), "url": reverse("moderation:queue")})
    if user_can(request.user, "moderation.view_rule"):
        items.append(
            {"label": _("Screening rules"), "url": reverse("moderation:rule_list"), "more": True}
        )
    return items
