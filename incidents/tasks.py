"""Celery tasks: thin adapters (STYLE.md)."""

from __future__ import annotations

from celery import shared_task

from .spikes import spikes_detect


@shared_task(name="incidents.detect_spikes", acks_late=True, ignore_result=True)
def spikes_detect_task() -> int:
    """Periodic: open a suspected incident for each page whose last hour is a spike."""
    return len(spikes_detect())
