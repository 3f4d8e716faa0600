"""/healthz: when did the worker last read Facebook successfully, and which pages fail."""

from django.db.models import Max
from django.utils import timezone

from .models import PageSyncState


def check_last_sync() -> dict:
    states = PageSyncState.objects.all()
    last = states.aggregate(last=Max("last_success_at"))["last"]
    failing = states.exclude(
        status__in=[PageSyncState.Status.OK, PageSyncState.Status.NEVER]
    ).count()
    return {
        "ok": failing == 0,
        "last_success_seconds_ago": round((timezone.now() - last).total_seconds(), 1)
        if last
        else None,
        "pages_failing": failing,
    }


CHECKS = {"last_sync": check_last_sync}
