from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    """Incidents (炎上, なりすまし, account compromise, wrong posts), spike detection and
    impersonation reports."""

    name = "incidents"
    verbose_name = _("Incidents")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # Role groups get this app's permissions once they exist (see pages/apps.py).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid=f"{self.name}.sync_roles")


def _sync_roles(sender, **kwargs) -> None:
    from accounts.services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
