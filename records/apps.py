from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """Public records: disclosure exports, retention and legal holds, the audit chain's
    daily anchors, time-to-hide figures and the monthly report for the HQ meeting."""

    name = "records"
    verbose_name = _("Public records")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # Role groups get this app's permissions once they exist (see pages/apps.py).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid=f"{self.name}.sync_roles")


def _sync_roles(sender, **kwargs) -> None:
    from accounts.services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
