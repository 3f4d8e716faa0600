"""Celery tasks: thin adapters over ``scoring.services`` (STYLE.md)."""

from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(name="scoring.retrain_weekly", ignore_result=True)
def scorer_retrain_weekly_task() -> int | None:
    """Weekly (beat): train a new model on the week's decisions; accept it when it is at
    least as good as the active one (``services.scorer_retrain_weekly``)."""
    model = services.scorer_retrain_weekly()
    return model.version if model is not None else None


@shared_task(name="scoring.train", acks_late=True, ignore_result=True)
def scorer_train_task(actor_id: int | None, share: float | None = None) -> int | None:
    """Train a candidate model, started from the models page (training takes too long for
    a request)."""
    from django.contrib.auth import get_user_model

    from ishinomaki_sns.common.errors import DomainError

    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    try:
        model = services.scorer_train(actor=actor, trigger="screen", share=share)
    except DomainError:
        return None
    return model.version
