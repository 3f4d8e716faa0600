"""The Celery app. Tasks are thin adapters over services (see STYLE.md)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishinomaki_sns.settings.base")

app = Celery("ishinomaki_sns")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
