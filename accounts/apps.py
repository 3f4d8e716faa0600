from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Departments (部 → 課), staff users and their roles."""

    name = "accounts"
    verbose_name = _("People and departments")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .services import roles_sync_permissions

        # Global roles are groups whose permissions are data (roles.py of each app);
        # re-applying them after every migrate keeps the database equal to the code.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="accounts.sync_roles")
        self._sync = roles_sync_permissions


def _sync_roles(sender, **kwargs) -> None:
    from .services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
