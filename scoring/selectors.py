"""Reads of the learned scorer: models, their history, training data, the loaded model.

The loaded model is cached per process, keyed by the model's id and its artefact's
SHA-256, so the worker and ``check_comments`` unpickle it once; each call costs one small
query (which model is active, and its threshold, which may change without a new model).
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import Http404
from django.utils.translation import gettext as _

from comments.models import Comment
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can
from moderation.models import Decision

from .models import CommentScore, ScorerEvent, ScorerModel, ScorerTrainingFailure, TrainingExample

if TYPE_CHECKING:  # scikit-learn loads only when a model is trained or scored
    from .learn import Examples, Scorer

VIEW = "scoring.view_scorermodel"
MANAGE = "scoring.manage_scorermodel"

_cache_lock = threading.Lock()
_cache: dict[str, Any] = {"key": None, "scorer": None}

HARMFUL_ACTIONS = (Decision.Action.HIDE, Decision.Action.DELETE, Decision.Action.ESCALATE)
CLEAN_ACTIONS = (Decision.Action.KEEP, Decision.Action.UNHIDE)


class ScorerOutdatedError(DomainError):
    """The active model was stored in a feature format this version cannot compute
    (``scoring.features.FEATURE_FORMAT``): it must be retrained. The message says how."""


@dataclass(frozen=True)
class ActiveScorer:
    """The active model's identity and threshold with its loaded scorer."""

    pk: int
    version: int
    threshold: float
    scorer: Scorer


def scorer_models_visible_to(*, user) -> QuerySet[ScorerModel]:
    """Every model version, newest first, for holders of ``scoring.view_scorermodel``."""
    if not user_can(user, VIEW):
        return ScorerModel.objects.none()
    return ScorerModel.objects.defer("artefact").select_related("trained_by")


def scorer_model_get_for_user_or_404(*, user, version: int) -> ScorerModel:
    """One model version, or 404 (also for people who may not see models)."""
    model = scorer_models_visible_to(user=user).filter(version=version).first()
    if model is None:
        raise Http404
    return model


def scorer_model_active() -> ScorerModel | None:
    """The active model's record (without its artefact), or None."""
    return ScorerModel.objects.defer("artefact").filter(status=ScorerModel.Status.ACTIVE).first()


def scorer_model_previous(*, model: ScorerModel, lock: bool = False) -> ScorerModel | None:
    """The model a rollback of ``model`` makes active again: the most recently active
    retired model that was never rolled back itself (a rolled-back model stays out)."""
    models = ScorerModel.objects.defer("artefact")
    if lock:
        models = models.select_for_update()
    return (
        models.filter(status=ScorerModel.Status.RETIRED, activated_at__isnull=False)
        .exclude(pk=model.pk)
        .exclude(events__kind=ScorerEvent.Kind.ROLLED_BACK)
        .order_by("-activated_at", "-version")
        .first()
    )


def scorer_events(*, model: ScorerModel | None = None) -> QuerySet[ScorerEvent]:
    """The models' history, newest first (one model's when given)."""
    events = ScorerEvent.objects.select_related("actor", "model")
    return events.filter(model=model) if model is not None else events


def scorer_training_failures() -> QuerySet[ScorerTrainingFailure]:
    """Failed training runs, newest first (shown on the models page to whoever may see it)."""
    return ScorerTrainingFailure.objects.select_related("started_by").order_by("-created_at", "-id")


def scorer_active_loaded() -> ActiveScorer | None:
    """The active model ready to score, or None. Cached per process by id and digest."""
    row = (
        ScorerModel.objects.filter(status=ScorerModel.Status.ACTIVE)
        .values("pk", "version", "threshold", "artefact_sha256")
        .first()
    )
    if row is None:
        return None
    key = f"{row['pk']}:{row['artefact_sha256']}"
    with _cache_lock:
        if _cache["key"] == key:
            if _cache["scorer"] is None:  # known to be of an older format: not read again
                raise _outdated(row["version"])
            return ActiveScorer(row["pk"], row["version"], row["threshold"], _cache["scorer"])
    data = ScorerModel.objects.filter(pk=row["pk"]).values_list("artefact", flat=True).first()
    from .learn import ModelFormatError, Scorer

    try:
        scorer = Scorer.from_bytes(bytes(data or b""), expected_sha256=row["artefact_sha256"])
    except ModelFormatError:
        with _cache_lock:
            _cache.update(key=key, scorer=None)
        raise _outdated(row["version"]) from None
    with _cache_lock:
        _cache.update(key=key, scorer=scorer)
    return ActiveScorer(row["pk"], row["version"], row["threshold"], scorer)


def _outdated(version: int) -> ScorerOutdatedError:
    return ScorerOutdatedError(
        _(
            "The active learned model v%(version)d was saved in an older format that this "
            "version cannot read. Train a new model (manage.py train_scorer or the models "
            "page) and accept it."
        )
        % {"version": version}
    )


def comment_score_latest(*, comment: Comment) -> CommentScore | None:
    """The newest score of a comment (any model)."""
    return CommentScore.objects.filter(comment=comment).select_related("model").first()


def comment_scores_latest(*, comment_ids: list[int]) -> dict[int, float]:
    """{comment id: its newest score} for the given comments (one query)."""
    latest: dict[int, float] = {}
    rows = (
        CommentScore.objects.filter(comment_id__in=comment_ids)
        .order_by("comment_id", "-created_at", "-id")
        .values_list("comment_id", "score")
    )
    for comment_id, score in rows:
        latest.setdefault(comment_id, score)
    return latest


def comment_score_expression() -> Subquery:
    """Each comment's newest score, as a subquery on ``pk`` (for the review queue's sort)."""
    return Subquery(
        CommentScore.objects.filter(comment=OuterRef("pk"))
        .order_by("-created_at", "-id")
        .values("score")[:1]
    )


@dataclass
class TrainingData:
    """The examples for a training run and how many came from where."""

    examples: Examples
    sources: dict[str, int]


def _latest_decisions() -> dict[int, tuple[str, str]]:
    """The newest decision a person made on each comment: comment id -> (action, clause)."""
    latest: dict[int, tuple[str, str]] = {}
    decisions = (
        Decision.objects.filter(actor__isnull=False, action__in=[*HARMFUL_ACTIONS, *CLEAN_ACTIONS])
        .order_by("comment_id", "-created_at", "-id")
        .values_list("comment_id", "action", "clause")
    )
    for comment_id, action, clause in decisions.iterator(chunk_size=2000):
        latest.setdefault(comment_id, (action, clause))
    return latest


def _unflagged_candidates(*, now: datetime) -> QuerySet[Comment]:
    """Comments the clean sample may be drawn from (see ``training_data_collect``)."""
    cutoff = now - timedelta(days=settings.SCORER_CLEAN_SAMPLE_MIN_AGE_DAYS)
    return (
        Comment.objects.filter(
            flags__isnull=True,
            decisions__isnull=True,
            is_hidden=False,
            is_deleted=False,
            can_hide=True,  # Facebook lets the page hide residents' comments, not its own
            created_time__lte=cutoff,
        )
        .exclude(message="")
        .order_by("pk")
    )


def training_data_counts(*, now: datetime) -> dict[str, int]:
    """How many harmful and clean examples a training run started now would have, counted
    as ``training_data_collect`` gathers them but without reading the texts, so that the
    models page can say, before queueing a run that would fail, how many more are needed.
    Read-only; for holders of ``scoring.view_scorermodel``."""
    latest = _latest_decisions()
    kept = set(
        Comment.objects.filter(pk__in=list(latest)).exclude(message="").values_list("pk", flat=True)
    )
    harmful = sum(
        1 for pk, (action, _c) in latest.items() if pk in kept and action in HARMFUL_ACTIONS
    )
    clean = len(kept) - harmful
    files = training_examples_counts()
    limit = settings.SCORER_CLEAN_SAMPLE
    sample = min(limit, _unflagged_candidates(now=now).count()) if limit > 0 else 0
    return {"harmful": harmful + files["harmful"], "clean": clean + files["clean"] + sample}


def training_data_collect(*, now: datetime, seed: int) -> TrainingData:
    """Every labelled example the city has, for ``scorer_train``.

    * Decisions: the newest decision a person made on each comment (automatic decisions by
      a rule are not a judgement and are left out): hide, delete and escalate are harmful
      with the clause they cite; keep (維持・誤検知) and unhide are clean.
    * Labels files (``TrainingExample``): as given.
    * A sample of never-flagged comments as clean: comments no rule flagged and nobody
      decided on, not hidden or deleted, written by residents (not the page), at least
      ``SCORER_CLEAN_SAMPLE_MIN_AGE_DAYS`` old (so the secretariat had the chance to act on
      them); at most ``SCORER_CLEAN_SAMPLE`` of them, drawn at random with ``seed``. They
      are presumed clean: a harmful comment the rules missed may be among them, which is
      why the sample is capped rather than taking every unflagged comment.
    """
    from .learn import Examples

    examples = Examples()
    sources = {
        "decisions_harmful": 0,
        "decisions_clean": 0,
        "files_harmful": 0,
        "files_clean": 0,
        "unflagged_sample": 0,
    }
    latest = _latest_decisions()
    messages = dict(
        Comment.objects.filter(pk__in=list(latest)).exclude(message="").values_list("pk", "message")
    )
    for comment_id, (action, clause) in sorted(latest.items()):
        message = messages.get(comment_id)
        if not message:
            continue  # purged after the retention period
        harmful = action in HARMFUL_ACTIONS
        examples.add(message, harmful, clause if harmful else "")
        sources["decisions_harmful" if harmful else "decisions_clean"] += 1
    for message, harmful, clause in (
        TrainingExample.objects.order_by("pk")
        .values_list("message", "harmful", "clause")
        .iterator(chunk_size=2000)
    ):
        examples.add(message, harmful, clause)
        sources["files_harmful" if harmful else "files_clean"] += 1
    limit = settings.SCORER_CLEAN_SAMPLE
    if limit > 0:
        candidates = list(_unflagged_candidates(now=now).values_list("pk", flat=True))
        chosen = random.Random(seed).sample(candidates, min(limit, len(candidates)))  # noqa: S311
        for message in (
            Comment.objects.filter(pk__in=chosen).order_by("pk").values_list("message", flat=True)
        ):
            examples.add(message, False)
            sources["unflagged_sample"] += 1
    return TrainingData(examples=examples, sources=sources)


def training_examples_counts() -> dict[str, int]:
    """How many labelled-file examples are stored, harmful and clean."""
    harmful = TrainingExample.objects.filter(harmful=True).count()
    return {"harmful": harmful, "clean": TrainingExample.objects.count() - harmful}
