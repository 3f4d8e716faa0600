"""Demo insights for `seed_demo` (idempotent upserts): 90 days of followers and reach for
every connected demo page, so the charts have something to show before the first pull."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from pages.models import REGISTRY_STATUSES, OfficialPage

from .models import PageDailyMetric
from .services import FOLLOWERS


def seed(*, password: str, stdout=None) -> None:
    today = timezone.localdate()
    rows = []
    for page in OfficialPage.objects.filter(status__in=REGISTRY_STATUSES).order_by("pk"):
        rng = random.Random(page.pk)  # noqa: S311 - demo numbers, not security
        followers = rng.randint(800, 6000)
        for back in range(89, -1, -1):
            day = today - dt.timedelta(days=back)
            followers += rng.randint(0, 9)
            rows.append(
                PageDailyMetric(page=page, date=day, metric="page_follows", value=followers)
            )
            rows.append(
                PageDailyMetric(
                    page=page,
                    date=day,
                    metric="page_media_view",
                    value=rng.randint(200, 1500) + (800 if day.weekday() == 4 else 0),
                )
            )
        rows.append(PageDailyMetric(page=page, date=today, metric=FOLLOWERS, value=followers))
    PageDailyMetric.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["page", "date", "metric"],
        update_fields=["value"],
    )
    if stdout is not None:
        stdout.write(f"insights: {len(rows)} daily rows")
