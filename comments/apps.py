from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """Posts and comments pulled from Facebook, kept as public records."""

    name = "comments"
    verbose_name = _("Posts and comments")
