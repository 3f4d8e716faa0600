from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Screening rules, flags and the secretariat's decisions."""

    name = "moderation"
    verbose_name = _("Moderation")
