"""`/healthz`: is the portal able to do its work? Each app may add checks in `health.py`.

The worker writes a heartbeat into Redis (see tasks.py), so the web process can tell
whether anyone is consuming the queue without a slow broadcast to the workers.
"""

from __future__ import annotations

import time

import redis
from django.conf import settings
from django.db import connection

from .common.discovery import app_modules

WORKER_HEARTBEAT_KEY = "portal:worker:heartbeat"
WORKER_STALE_AFTER_SECONDS = 120


def _redis_client() -> redis.Redis:
    return redis.Redis.from_url(
        settings.CELERY_BROKER_URL, socket_connect_timeout=1, socket_timeout=1
    )


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "down"; the message names no secret
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def check_broker() -> dict:
    try:
        _redis_client().ping()
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True}


def check_worker() -> dict:
    try:
        raw = _redis_client().get(WORKER_HEARTBEAT_KEY)
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    if raw is None:
        return {"ok": False, "last_seen": None}
    age = time.time() - float(raw)
    return {"ok": age < WORKER_STALE_AFTER_SECONDS, "last_seen_seconds_ago": round(age, 1)}


def health_report() -> tuple[bool, dict]:
    """(healthy, report). Healthy means the database and broker answer; the rest is information."""
    report = {"database": check_database(), "broker": check_broker(), "worker": check_worker()}
    for module in app_modules("health"):
        for name, check in getattr(module, "CHECKS", {}).items():
            report[name] = check()
    healthy = report["database"]["ok"] and report["broker"]["ok"]
    return healthy, report
