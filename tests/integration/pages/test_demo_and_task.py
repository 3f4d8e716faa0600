"""seed_demo's pages (idempotent) and the daily review task."""

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from pages.models import OfficialPage, PageStatus
from pages.selectors import pages_for_sync, registry_pages
from pages.tasks import pages_open_due_reviews_task

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_pages_in_each_state_idempotently(settings):
    settings.DEBUG = True
    call_command("seed_demo", password="demo-password")
    statuses = sorted(OfficialPage.objects.values_list("status", flat=True))
    call_command("seed_demo", password="demo-password")
    assert sorted(OfficialPage.objects.values_list("status", flat=True)) == statuses
    assert statuses.count(PageStatus.ACTIVE) == 2
    assert {PageStatus.SUBMITTED, PageStatus.REVIEW_DUE, PageStatus.WITHDRAWN} <= set(statuses)
    assert registry_pages().count() == 3  # two active and the one under review
    assert pages_for_sync().count() == 3
    withdrawn = OfficialPage.objects.get(status=PageStatus.WITHDRAWN)
    assert withdrawn.events.count() == 7 and not withdrawn.has_token


def test_daily_task_is_scheduled_and_opens_nothing_when_nothing_is_due(active_page):
    entry = django_settings.CELERY_BEAT_SCHEDULE["pages-open-due-reviews"]
    assert entry["task"] == pages_open_due_reviews_task.name
    assert pages_open_due_reviews_task() == 0
