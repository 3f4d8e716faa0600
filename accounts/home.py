"""The accounts app's part of the home page: access review items and the two-step offer."""

from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .selectors import (
    access_review_rows,
    departments_for_operator_requests,
    operator_change_requests_visible_to,
    two_factor_enabled,
)


def todo_items(user) -> list[TodoItem]:
    items = []
    if user_can(user, "accounts.manage_roles"):
        flagged = sum(1 for row in access_review_rows(user=user) if row.flags)
        if flagged:
            items.append(
                TodoItem(
                    title=_("Role assignments to review"),
                    url=reverse("access_review") + "?flagged=1",
                    count=flagged,
                    urgency="attention",
                )
            )
        pending = operator_change_requests_visible_to(user=user).filter(status="pending").count()
        if pending:
            items.append(
                TodoItem(
                    title=_("Operator change requests to decide"),
                    url=reverse("operator_requests"),
                    count=pending,
                    urgency="attention",
                )
            )
    if not two_factor_enabled(user=user):
        items.append(
            TodoItem(
                title=_("Turn on two-step verification"),
                url=reverse("two_factor_setup"),
                detail=_("Protects the city's pages if your password leaks."),
            )
        )
    return items


def nav_items(request) -> list[dict]:
    items = []
    if user_can(request.user, "accounts.view_user"):
        items.append({"label": _("People and roles"), "url": reverse("people"), "more": True})
    if user_can(request.user, "accounts.view_roleassignment"):
        items.append({"label": _("Access review"), "url": reverse("access_review"), "more": True})
    if user_can(request.user, "accounts.view_operatorchangerequest") or (
        departments_for_operator_requests(user=request.user).exists()
    ):
        items.append(
            {
                "label": _("Operator change requests"),
                "url": reverse("operator_requests"),
                "more": True,
            }
        )
    return items
