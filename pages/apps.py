from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Official pages: applications, continuation, withdrawal and the public registry."""

    name = "pages"
    verbose_name = _("Official pages")
