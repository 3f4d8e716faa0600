from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidelinesConfig(AppConfig):
    """The operating policy (運用方針), activity policies (活用方針) and SNS training."""

    name = "guidelines"
    verbose_name = _("Policies and guidelines")
