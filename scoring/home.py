"""The scorer's place in the navigation (under "More") and the home page's to-do list."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .models import ScorerModel
from .selectors import MANAGE, VIEW


def todo_items(user) -> list[TodoItem]:
    """A candidate model waiting for the secretariat's decision."""
    if not user_can(user, MANAGE):
        return []
    waiting = ScorerModel.objects.filter(status=ScorerModel.Status.CANDIDATE).count()
    if not waiting:
        return []
    return [
        TodoItem(
            title=_("Learned models waiting for acceptance"),
            url=reverse("scoring:model_list"),
            count=waiting,
            urgency="normal",
        )
    ]


def nav_items(request) -> list[dict]:
    if not user_can(request.user, VIEW):
        return []
    return [{"label": _("Learned model"), "url": reverse("scoring:model_list"), "more": True}]
