from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Screening rules, flags and the secretariat's decisions."""

    name = "moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # accounts syncs role permissions after its own migrate, before this app's
        # permissions exist on a fresh database; sync again once they do.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="moderation.sync_roles")


def _sync_roles(sender, **kwargs) -> None:
    from accounts.services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
