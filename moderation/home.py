"""The moderation app's contribution to the portal navigation."""

from django.urls import reverse
from django.utils.translation import gettext as _

from ishinomaki_sns.common.permissions import user_can


def nav_items(request) -> list[dict]:
    if user_can(request.user, "moderation.view_rule"):
        return [{"label": _("Screening rules"), "url": reverse("moderation:rule_list")}]
    return []
