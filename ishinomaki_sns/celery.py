"""The Celery app. Tasks are thin adapters over services (see STYLE.md)."""

import os

from celery import Celery
from celery.signals import setup_logging

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishinomaki_sns.settings.base")

app = Celery("ishinomaki_sns")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Celery would replace the root logger's handlers with its own, without the redaction
# filter; the worker and beat use Django's LOGGING instead (setup_logging below).
app.conf.worker_hijack_root_logger = False
app.autodiscover_tasks()


@setup_logging.connect
def configure_logging(loglevel=None, **kwargs) -> None:
    """The worker's and beat's logging is the web's: Django's LOGGING with the redaction
    filter on every handler. `-l LEVEL` on the command line still sets the root level."""
    import logging

    from django.conf import settings

    from ishinomaki_sns.common.logging import configure

    configure(settings.LOGGING)
    if loglevel:
        logging.getLogger().setLevel(loglevel)
