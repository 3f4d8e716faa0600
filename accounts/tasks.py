"""Celery tasks of the accounts app: thin adapters over services."""

from celery import shared_task

from .services import roles_end_expired


@shared_task(name="accounts.roles_end_expired", ignore_result=True, acks_late=True)
def roles_end_expired_task() -> int:
    """Every minute (beat): record the end of roles whose end date has passed."""
    return roles_end_expired()
