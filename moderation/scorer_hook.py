"""The one door from moderation to a learned scorer (issue 11), so that moderation never
imports the scorer's app.

``settings.MODERATION_SCORER`` names a module (``scoring.hooks`` by default; empty turns the
door off) that provides:

* ``comments_screened(comments, now)``: score comments just screened by the rules (the
  module records learned flags through ``moderation.services.flag_learned_record``);
* ``scores_for(comment_ids)``: {comment id: newest score} for the queue's rows;
* ``queue_score_expression()``: an expression giving each comment's newest score, for the
  review queue's "by score" sort (or None);
* ``comment_explanation(comment)``: the score, predicted clause and strongest features of a
  comment for the item page (or None);
* ``texts_scorer()`` (optional, for ``check_comments``): None when no model is active, else
  a function bound to the active model that gives, per message (None for a missing one),
  ``(score, flag dict or None)``; the module may also offer ``score_texts(messages)``, the
  same for one call, looking the model up each time.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

from django.conf import settings

logger = logging.getLogger(__name__)


def scorer() -> ModuleType | None:
    """The scorer module named in settings, or None when switched off."""
    path = getattr(settings, "MODERATION_SCORER", "")
    return importlib.import_module(path) if path else None


def after_screen(*, comments: list, now) -> None:
    """Let the scorer score screened comments. A failing scorer is logged and never stops
    the rules (their flags are already recorded)."""
    module = scorer()
    if module is None or not comments:
        return
    try:
        module.comments_screened(comments=comments, now=now)
    except Exception:
        logger.exception("learned scorer failed on %d comments", len(comments))


def scores_for(comment_ids: list[int]) -> dict[int, float]:
    """The newest score per comment, for the queue's rows (empty without a scorer)."""
    module = scorer()
    return module.scores_for(comment_ids) if module is not None and comment_ids else {}


def queue_score_expression():
    module = scorer()
    return module.queue_score_expression() if module is not None else None


def comment_explanation(comment) -> dict | None:
    module = scorer()
    return module.comment_explanation(comment) if module is not None else None


def texts_scorer():
    """The active model bound once, for ``check_comments`` (see the module docstring); None
    without a scorer module, a model, or the optional hook."""
    module = scorer()
    bind = getattr(module, "texts_scorer", None) if module is not None else None
    return bind() if bind is not None else None
