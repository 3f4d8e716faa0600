from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The project package as an app: shared templates tags, commands and helpers."""

    name = "ishinomaki_sns"
    verbose_name = "Ishinomaki SNS portal"
