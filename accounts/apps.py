from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Departments (部 → 課), staff users and their roles."""

    name = "accounts"
    verbose_name = _("People and departments")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        # Role groups hold the permissions the apps' roles.py tables give them. Django creates
        # an app's permissions in that app's own post_migrate, so the sync runs after each app
        # that declares roles (and after accounts itself); it is idempotent.
        post_migrate.connect(_sync_roles, dispatch_uid="accounts.sync_roles")


def _sync_roles(sender, **kwargs) -> None:
    import importlib.util

    if sender.name != "accounts" and importlib.util.find_spec(f"{sender.name}.roles") is None:
        return
    from .services import roles_sync_permissions

    roles_sync_permissions(using=kwargs.get("using", "default"))
