from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    """Insights pulled from Facebook, charts, and the ICT office's page health dashboard."""

    name = "insights"
    verbose_name = _("Insights and page health")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        post_migrate.connect(_sync_roles, sender=self, dispatch_uid=f"{self.name}.sync_roles")


def _sync_roles(sender, **kwargs) -> None:
    from accounts.services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
