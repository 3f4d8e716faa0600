"""The scorer's side of ``moderation.scorer_hook`` (named by ``settings.MODERATION_SCORER``)."""

from __future__ import annotations

from moderation.services import learned_rule

from .selectors import (
    ScorerOutdatedError,
    comment_score_expression,
    comment_score_latest,
    comment_scores_latest,
    scorer_active_loaded,
)
from .services import comments_score

EXPLAIN_LIMIT = 8


def comments_screened(*, comments: list, now) -> None:
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
    (scores from it would be wrong)."""
    try:
        active = scorer_active_loaded()
    except ScorerOutdatedError as error:
        from django.core.management import CommandError

        raise CommandError(error.message) from None
    if active is None:
        return None
    rule = learned_rule()
    texts = [m for m in messages if m is not None]
    scores, clauses = active.scorer.score(texts, clause_from=active.threshold)
    results = iter(zip(scores, clauses, strict=True))
    out: list[tuple[float | None, dict | None]] = []
    for message in messages:
        if message is None:
            out.append((None, None))
            continue
        score, clause = next(results)
        flag = None
        if rule is not None and score >= active.threshold:
            flag = {
                "category": clause,
                "rule": rule.slug,
                "severity": rule.severity,
                "spans": [],
                "score": round(float(score), 4),
            }
        out.append((round(float(score), 4), flag))
    return out
