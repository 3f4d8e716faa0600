"""Celery tasks: thin adapters that take ids and call one service (STYLE.md)."""

from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(name="records.disclosure_build", acks_late=True, ignore_result=True)
def disclosure_build_task(request_id: int) -> str:
    """Build a disclosure export's ZIP; a request no longer queued is left alone."""
    return services.disclosure_build(request_id=request_id).status


@shared_task(name="records.retention_run", ignore_result=True)
def retention_run_task() -> int:
    """Daily: anonymise or delete what has passed its retention (legal holds respected)."""
    return services.retention_run(dry_run=False).pk


@shared_task(name="records.audit_anchor", ignore_result=True)
def audit_anchor_task() -> int | None:
    """Daily, just before midnight: anchor the audit chain's head."""
    anchor = services.audit_anchor_write()
    return anchor.pk if anchor else None
