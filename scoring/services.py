"""Writers of the learned scorer: labels files, training, the model lifecycle, the
threshold, and the scores of screened comments.

People act through these with ``scoring.manage_scorermodel`` (the secretariat and the ICT
office). ``actor=None`` is the system: the ``train_scorer`` command, the weekly retraining
and the demo. Every change to a model writes a ``ScorerEvent`` in the same transaction.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import sha256
from importlib import metadata

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can
from moderation.engine.dictionary import analyser_version
from moderation.services import flag_learned_record, learned_rule

from .models import (
    CommentScore,
    ScorerEvent,
    ScorerModel,
    ScorerTrainingFailure,
    TrainingExample,
)
from .selectors import (
    MANAGE,
    scorer_active_loaded,
    scorer_model_active,
    scorer_model_previous,
    training_data_collect,
)
from .transitions import Action, next_status

MAX_MESSAGE = 8000


def _require(actor, *, allow_system: bool = True) -> None:
    if actor is None and allow_system:
        return
    if not user_can(actor, MANAGE):
        raise PermissionDeniedError(_("You may not manage the learned scorer."))


def _event(model: ScorerModel, kind: str, *, actor, now: datetime, detail: dict | None = None):
    return ScorerEvent.objects.create(
        model=model, kind=kind, actor=actor, created_at=now, detail=detail or {}
    )


# --------------------------------------------------------------------------- labels files


@dataclass
class ImportResult:
    """Lines stored (new or relabelled) and the refused lines with their reasons."""

    added: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def _parse_label(line: str) -> tuple[str, bool, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise DomainError(_("not valid JSON (%(error)s)") % {"error": error.msg}) from None
    except RecursionError:
        raise DomainError(_("a JSON object is expected")) from None
    if not isinstance(record, dict):
        raise DomainError(_("a JSON object is expected"))
    message = record.get("message")
    if not isinstance(message, str) or not message.strip():
        raise DomainError(_('"message" must be a text that is not empty'))
    if len(message) > MAX_MESSAGE:
        raise DomainError(_('"message" is too long (at most 8,000 characters)'))
    harmful = record.get("harmful")
    if not isinstance(harmful, bool):
        raise DomainError(_('"harmful" must be true or false'))
    clause = record.get("clause") or ""
    if not isinstance(clause, str) or (clause and clause not in Clause.values):
        raise DomainError(_('"clause" is not a clause code of the operating policy'))
    if clause and not harmful:
        raise DomainError(_('a clean example ("harmful": false) cannot cite a clause'))
    return message, harmful, clause


def training_examples_import(
    *, lines: Iterable[str | bytes], source_name: str, actor=None, now: datetime | None = None
) -> ImportResult:
    """Store the labels of a JSON-lines file as training examples (never as comments).

    Each line: ``{"message": str, "harmful": bool, "clause": optional code}``. A bad line
    is reported with its number and reason and the others go on. The same text given
    again replaces its earlier label.
    """
    _require(actor)
    now = now or timezone.now()
    result = ImportResult()
    for number, raw in enumerate(lines, start=1):
        line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        try:
            message, harmful, clause = _parse_label(line)
        except DomainError as error:
            result.errors.append((number, error.message))
            continue
        _obj, created = TrainingExample.objects.update_or_create(
            message_sha256=sha256(message.encode("utf-8")).hexdigest(),
            defaults={
                "message": message,
                "harmful": harmful,
                "clause": clause,
                "source": TrainingExample.Source.FILE,
                "source_name": source_name[:255],
                "line": number,
                "created_by": actor,
                "created_at": now,
            },
        )
        if created:
            result.added += 1
        else:
            result.updated += 1
    return result


# --------------------------------------------------------------------------- training


def _training_failure_record(
    *, trigger: str, actor, now: datetime, reason: str, detail: dict
) -> ScorerTrainingFailure:
    """Keep a failed training run (the worker's errors reach nobody otherwise)."""
    failure = ScorerTrainingFailure(
        created_at=now,
        trigger=trigger,
        started_by=actor if actor is not None and actor.is_authenticated else None,
        reason=reason,
        detail=detail,
    )
    failure.full_clean()
    failure.save()
    return failure


def scorer_train(
    *, actor=None, trigger: str, share: float | None = None, now: datetime | None = None
) -> ScorerModel:
    """Train a new model version on every labelled example (``training_data_collect``) and
    store it as a candidate with its cross-validated figures. Nothing changes in scoring
    until the model is accepted. Slow (seconds to a minute): the command and the worker
    call it, never a request. A run that makes no model is kept as a
    ``ScorerTrainingFailure`` (when, what started it, why) before the error goes on."""
    _require(actor)
    now = now or timezone.now()
    share = settings.SCORER_DEFAULT_SHARE if share is None else share
    if not 0.0 <= share <= 0.5:
        raise DomainError(_("The allowed share of clean comments flagged must be 0–50 %."))
    version = (ScorerModel.objects.aggregate(v=Max("version"))["v"] or 0) + 1
    data = training_data_collect(now=now, seed=version)
    from .learn import TrainingError, train  # scikit-learn: only where a model is made

    started = time.perf_counter()
    n_harmful = sum(data.examples.harmful)
    counts = {"harmful": n_harmful, "clean": len(data.examples.harmful) - n_harmful}
    try:
        scorer, report = train(data.examples, share=share, seed=version)
    except TrainingError:
        _training_failure_record(
            trigger=trigger, actor=actor, now=now, reason="too_few", detail=counts
        )
        raise DomainError(
            _(
                "Not enough labelled examples to train: at least 10 harmful and 10 clean are "
                "needed (there are %(harmful)d harmful and %(clean)d clean)."
            )
            % counts
        ) from None
    except Exception as error:
        # Recorded for the models page, then raised as it was (the worker logs it).
        _training_failure_record(
            trigger=trigger, actor=actor, now=now, reason="error",
            detail={**counts, "error": type(error).__name__},
        )  # fmt: skip
        raise
    blob = scorer.to_bytes()
    with transaction.atomic():
        model = ScorerModel.objects.create(
            version=version,
            trigger=trigger,
            trained_by=actor,
            created_at=now,
            seconds=time.perf_counter() - started,
            n_harmful=report.n_harmful,
            n_clean=report.n_clean,
            sources=data.sources,
            folds=report.folds,
            share=share,
            threshold=report.threshold,
            false_flag_rate=report.false_flag_rate,
            recall=report.recall,
            precision=report.precision,
            brier=report.brier,
            clause_accuracy=report.clause_accuracy,
            per_clause=report.per_clause,
            curve=report.curve,
            analyser=analyser_version(),
            library=f"scikit-learn {metadata.version('scikit-learn')}",
            artefact=blob,
            artefact_sha256=sha256(blob).hexdigest(),
            artefact_size=len(blob),
        )
        _event(model, ScorerEvent.Kind.TRAINED, actor=actor, now=now,
               detail={"trigger": trigger, "examples": report.n_harmful + report.n_clean})  # fmt: skip
    return model


# --------------------------------------------------------------------------- lifecycle


def scorer_transition(
    *, model_id: int, action: str, actor, now: datetime | None = None
) -> ScorerModel:
    """Accept, reject or roll back a model (``scoring.transitions``), locking the rows.

    Accepting retires the active model; rolling back retires the active model and makes
    the one that was active before it active again. ``actor=None`` only for the weekly
    retraining's acceptance.
    """
    _require(actor)
    now = now or timezone.now()
    with transaction.atomic():
        model = (
            ScorerModel.objects.select_for_update().defer("artefact").filter(pk=model_id).first()
        )
        if model is None:
            raise DomainError(_("The model does not exist."))
        status = next_status(model.status, action)
        if status is None:
            raise InvalidTransitionError(_("This model's status does not allow that action."))
        if action == Action.ACCEPT:
            for current in (
                ScorerModel.objects.select_for_update()
                .defer("artefact")
                .filter(status=ScorerModel.Status.ACTIVE)
            ):
                current.status = ScorerModel.Status.RETIRED
                current.save(update_fields=["status"])
                _event(current, ScorerEvent.Kind.RETIRED, actor=actor, now=now,
                       detail={"by_version": model.version})  # fmt: skip
            model.activated_at = now
        model.status = status
        model.save(update_fields=["status", "activated_at"])
        kind = {
            Action.ACCEPT: ScorerEvent.Kind.ACCEPTED,
            Action.REJECT: ScorerEvent.Kind.REJECTED,
            Action.ROLLBACK: ScorerEvent.Kind.ROLLED_BACK,
        }[Action(action)]
        _event(model, kind, actor=actor, now=now)
        if action == Action.ROLLBACK:
            previous = scorer_model_previous(model=model, lock=True)
            if previous is not None:
                previous.status = ScorerModel.Status.ACTIVE
                previous.activated_at = now
                previous.save(update_fields=["status", "activated_at"])
                _event(previous, ScorerEvent.Kind.REACTIVATED, actor=actor, now=now,
                       detail={"rolled_back_version": model.version})  # fmt: skip
    return model


def scorer_threshold_set(*, model_id: int, actor, share: float) -> ScorerModel:
    """Change a model's flag threshold to the stored curve's point for ``share`` (the most
    clean comments flagged that the secretariat accepts); the expected figures move with it.
    Only people (``scoring.manage_scorermodel``); candidates and the active model."""
    _require(actor, allow_system=False)
    with transaction.atomic():
        model = (
            ScorerModel.objects.select_for_update().defer("artefact").filter(pk=model_id).first()
        )
        if model is None:
            raise DomainError(_("The model does not exist."))
        if model.status not in (ScorerModel.Status.CANDIDATE, ScorerModel.Status.ACTIVE):
            raise InvalidTransitionError(
                _("Only a candidate or the active model's threshold can be changed.")
            )
        from .learn import point_for_share

        point = point_for_share(model.curve, share)
        if point is None:
            raise DomainError(_("Choose one of the offered shares."))
        before = {k: getattr(model, k) for k in ("share", "threshold", "recall", "false_flag_rate")}
        before["share"] = model.share_in_effect  # the limit the screens stated, not 5 % on 3 %
        model.share = point["share"]
        model.threshold = point["threshold"]
        model.false_flag_rate = point["false_flag_rate"]
        model.recall = point["recall"]
        model.precision = point["precision"]
        model.save(update_fields=["share", "threshold", "false_flag_rate", "recall", "precision"])
        after = {k: getattr(model, k) for k in before}
        _event(model, ScorerEvent.Kind.THRESHOLD, actor=actor, now=timezone.now(),
               detail={"before": before, "after": after})  # fmt: skip
    return model


def scorer_retrain_weekly(*, now: datetime | None = None) -> ScorerModel | None:
    """The scheduled retraining: train a candidate and accept it when its expected recall
    is not below the active model's by more than ``SCORER_AUTO_ACCEPT_MARGIN`` (or no model
    is active); otherwise it waits for the secretariat. None when there is too little data."""
    now = now or timezone.now()
    active = scorer_model_active()
    share = active.share if active is not None else None
    try:
        model = scorer_train(actor=None, trigger=ScorerModel.Trigger.SCHEDULE, share=share, now=now)
    except DomainError:
        return None
    if active is None or model.recall >= active.recall - settings.SCORER_AUTO_ACCEPT_MARGIN:
        scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=None, now=now)
        model.refresh_from_db(fields=["status", "activated_at"])
    return model


# --------------------------------------------------------------------------- scoring


def comments_score(*, comments: list[Comment], now: datetime | None = None) -> int:
    """Score comments with the active model: one ``CommentScore`` each, and a learned flag
    (through moderation) for each at or above the threshold. Returns the new flags. No-op
    without an active model. Called by the worker after the rules screened the comments."""
    active = scorer_active_loaded()
    comments = [c for c in comments if c.message]
    if active is None or not comments:
        return 0
    now = now or timezone.now()
    scores, clauses = active.scorer.score([c.message for c in comments])
    rule = learned_rule()
    flags = 0
    for comment, score, clause in zip(comments, scores, clauses, strict=True):
        flagged = bool(score >= active.threshold)
        CommentScore.objects.update_or_create(
            comment=comment,
            model_id=active.pk,
            defaults={
                "score": float(score),
                "clause": clause,
                "flagged": flagged,
                "created_at": now,
            },
        )
        if (
            flagged
            and rule is not None
            and flag_learned_record(
                comment=comment, clause=clause, score=float(score), now=now, rule=rule
            )
        ):
            flags += 1
    return flags
