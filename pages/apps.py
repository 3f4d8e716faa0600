from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Official pages: applications, continuation, withdrawal and the public registry."""

    name = "pages"
    verbose_name = _("Official pages")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # This app's permissions exist only after its own post_migrate (auth creates them
        # app by app), so the role groups are synced again then (see accounts/apps.py).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid=f"{self.name}.sync_roles")


def _sync_roles(sender, **kwargs) -> None:
    from accounts.services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
