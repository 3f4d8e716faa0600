"""The scorer's side of ``moderation.scorer_hook`` (named by ``settings.MODERATION_SCORER``)."""

from __future__ import annotations

from functools import partial

from .selectors import (
    ScorerOutdatedError,
    comment_score_expression,
    comment_score_latest,
    comment_scores_latest,
    scorer_active_loaded,
)

# The services (ours and moderation's) are imported where they are used: check_comments
# loads this module for texts_scorer, and the services bring the Celery app and the Graph
# client with them, about 20 MB that a stream of comments with no active model never uses.

EXPLAIN_LIMIT = 8


def comments_screened(*, comments: list, now) -> None:
    from .services import comments_score

    comments_score(comments=comments, now=now)


def scores_for(comment_ids: list[int]) -> dict[int, float]:
    return comment_scores_latest(comment_ids=comment_ids)


def queue_score_expression():
    return comment_score_expression()


def comment_explanation(comment) -> dict | None:
    """Score, clause and the features that weighed most, for the review item ("なぜ").

    The features come from the active model (explaining the score it gave); when the stored
    score is another model's, the page says which version scored it.
    """
    latest = comment_score_latest(comment=comment)
    if latest is None:
        return None
    features: list[dict] = []
    outdated = ""
    try:
        active = scorer_active_loaded()
    except ScorerOutdatedError as error:
        active, outdated = None, error.message
    explained = active is not None and active.pk == latest.model_id
    if explained and comment.message:
        for name, weight in active.scorer.explain(comment.message, limit=EXPLAIN_LIMIT):
            kind, _sep, text = name.partition(":")
            features.append({"kind": kind, "text": text, "weight": weight})
    return {
        "score": latest.score,
        "clause": latest.clause,
        "flagged": latest.flagged,
        "version": latest.model.version,
        "threshold": latest.model.threshold,
        "features": features,
        "explained": explained,
        "outdated": outdated,
    }


def score_texts(messages: list[str | None]):
    """For ``check_comments``: per message ``(score, learned flag or None)``; a missing
    message gets ``(None, None)``. None when no model is active (rows get no "score").
    An active model of an older feature format ends the command with the message to retrain
    (scores from it would be wrong). Looks the active model and rule up on every call (two
    queries a batch); :func:`texts_scorer` looks them up once for a whole run."""
    scoring = texts_scorer()
    return scoring(messages) if scoring is not None else None


def texts_scorer():
    """:func:`score_texts` bound to the model and learned rule active now: one lookup for a
    whole ``check_comments`` run (every row then comes from one model), instead of two
    queries a batch, which cost about as much CPU as the scoring itself. None when no model
    is active."""
    try:
        active = scorer_active_loaded()
    except ScorerOutdatedError as error:
        from django.core.management import CommandError

        raise CommandError(error.message) from None
    if active is None:
        return None
    from moderation.services import learned_rule

    return partial(_scored, active, learned_rule())


def _scored(active, rule, messages: list[str | None]):
    present = [i for i, message in enumerate(messages) if message is not None]
    scores, clauses = active.scorer.score(
        [messages[i] for i in present], clause_from=active.threshold
    )
    rounded = [round(score, 4) for score in scores.tolist()]
    out: list[tuple[float | None, dict | None]] = [(None, None)] * len(messages)
    for i, score in zip(present, rounded, strict=True):
        out[i] = (score, None)
    if rule is not None:
        for j in (scores >= active.threshold).nonzero()[0].tolist():
            flag = {
                "category": clauses[j],
                "rule": rule.slug,
                "severity": rule.severity,
                "spans": [],
                "score": rounded[j],
            }
            out[present[j]] = (rounded[j], flag)
    return out
