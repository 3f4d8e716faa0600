from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """The city's own posts: drafts, screening, approval, scheduled publishing, corrections."""

    name = "publishing"
    verbose_name = _("Publishing")
