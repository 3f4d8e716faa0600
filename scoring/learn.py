"""Training, cross-validation and threshold choice (no Django); the fitted model is
``scorer.Scorer``.

The model: TF-IDF features (``features``) and a logistic regression for "harmful or not".
Its probabilities are used as they come. Logistic regression minimises log-loss, so its
outputs are already close to calibrated on held-out data; ``CalibratedClassifierCV``
would fit the model several more times for a small gain, and the flag threshold is chosen
on out-of-fold scores anyway (so the threshold stays right even if the probabilities
are a little off). The Brier score out of fold is recorded so the claim can be checked.

The clause: a second, multinomial model (complement naive Bayes, the variant of
multinomial naive Bayes made for uneven classes) trained on the harmful examples that
carry a clause. It fits in milliseconds where a multinomial logistic regression took
seconds per fold for the same accuracy on our benchmark (0.90 against 0.91). When the
examples carry only one clause, that clause is predicted; with none, ``other``.

The harmful/clean model is solved in liblinear's dual form, which is about nine times
faster than the primal on text (many more features than examples) with the same result.

The threshold: the out-of-fold scores of the clean examples are sorted and the threshold
is put just above the score of the clean example at the allowed share, so that at most
that share of clean examples scores at or above it (``threshold_for_share``). The curve of
(threshold, false-flag rate, recall, precision) at many shares is kept with the model, so
the secretariat can pick another share later and see its expected figures first.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import ComplementNB

from .features import Features
from .scorer import OTHER, Scorer
from .scorer import ModelFormatError as ModelFormatError  # where callers import it from

MIN_PER_CLASS = 10
# Shares of clean comments flagged at which the curve is kept (the choices offered later).
CURVE_SHARES = (
    0.0, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.06, 0.075, 0.1, 0.125,
    0.15, 0.2, 0.25, 0.3, 0.4, 0.5,
)  # fmt: skip


class TrainingError(ValueError):
    """The examples cannot make a model (too few of a class); the message says why."""


@dataclass(frozen=True)
class CurvePoint:
    """Expected figures at one threshold, from out-of-fold scores."""

    share: float  # the allowed share of clean comments flagged that chose this threshold
    threshold: float
    false_flag_rate: float
    recall: float
    precision: float

    def as_dict(self) -> dict:
        return {
            "share": self.share,
            "threshold": self.threshold,
            "false_flag_rate": self.false_flag_rate,
            "recall": self.recall,
            "precision": self.precision,
        }


def threshold_for_share(clean: np.ndarray, harmful: np.ndarray, share: float) -> CurvePoint:
    """A threshold at which at most ``share`` of ``clean`` scores are >= it, with the most
    ``harmful`` scores at or above it and, among those, the fewest clean ones.

    Flags are raised at ``score >= threshold``. Ties never push the false-flag rate over
    the share: the threshold sits strictly above the first clean score that must not flag.
    It is then raised to the lowest harmful score it still reaches, which keeps the recall
    and flags no more clean comments than needed (a well-separated set does not spend the
    whole allowance).
    """
    if len(clean) == 0:
        raise TrainingError("no clean examples")
    share = min(max(float(share), 0.0), 1.0)
    ordered = np.sort(np.asarray(clean, dtype=np.float64))[::-1]
    allowed = int(math.floor(share * len(ordered) + 1e-9))
    if allowed >= len(ordered):
        threshold = float(ordered[-1])
    else:
        threshold = float(np.nextafter(ordered[allowed], np.inf))
    reached = np.asarray(harmful, dtype=np.float64)
    reached = reached[reached >= threshold]
    if len(reached):
        threshold = float(reached.min())
    return _point(clean, harmful, threshold, share)


def _point(clean, harmful, threshold: float, share: float) -> CurvePoint:
    false_flags = int(np.sum(np.asarray(clean) >= threshold))
    hits = int(np.sum(np.asarray(harmful) >= threshold))
    flagged = false_flags + hits
    return CurvePoint(
        share=share,
        threshold=threshold,
        false_flag_rate=false_flags / len(clean) if len(clean) else 0.0,
        recall=hits / len(harmful) if len(harmful) else 0.0,
        precision=hits / flagged if flagged else 0.0,
    )


def curve_for(clean: np.ndarray, harmful: np.ndarray) -> list[CurvePoint]:
    """The curve at ``CURVE_SHARES`` (one point per distinct threshold)."""
    points: list[CurvePoint] = []
    for share in CURVE_SHARES:
        point = threshold_for_share(clean, harmful, share)
        # A larger share that reaches the same threshold adds nothing: keep the smaller one.
        if not points or points[-1].threshold != point.threshold:
            points.append(point)
    return points


def point_for_share(curve: list[dict], share: float) -> dict | None:
    """The stored curve point for the largest share not above ``share`` (None: no point)."""
    best = None
    for point in curve:
        if point["share"] <= share + 1e-12 and (best is None or point["share"] > best["share"]):
            best = point
    return best


@dataclass
class Examples:
    """Labelled texts: ``clauses[i]`` is "" when a harmful example carries no clause."""

    texts: list[str] = field(default_factory=list)
    harmful: list[bool] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)

    def add(self, text: str, harmful: bool, clause: str = "") -> None:
        self.texts.append(text)
        self.harmful.append(bool(harmful))
        self.clauses.append(clause if harmful else "")


@dataclass
class Report:
    """What the cross-validation says about a model (stored with it, shown to people)."""

    n_harmful: int
    n_clean: int
    folds: int
    threshold: float
    share: float
    false_flag_rate: float
    recall: float
    precision: float
    brier: float
    clause_accuracy: float | None
    per_clause: dict[str, dict]
    curve: list[dict]
    seconds: float


def _classifier() -> LogisticRegression:
    # A fixed seed for liblinear's shuffling: the same examples give the same model, also
    # when the fits run in worker processes.
    return LogisticRegression(solver="liblinear", dual=True, C=4.0, max_iter=1000, random_state=0)


def _clause_classifier() -> ComplementNB:
    return ComplementNB(alpha=0.3)


def _fit_clauses(x, clauses: np.ndarray):
    """(model or None, single clause): the clause model when two clauses or more."""
    labelled = clauses != ""
    distinct = sorted(set(clauses[labelled]))
    if len(distinct) >= 2:
        return _clause_classifier().fit(x[labelled], clauses[labelled]), ""
    return None, (distinct[0] if distinct else OTHER)


# From this many examples on, the harmful/clean fits (the final one and one per fold, most
# of the training time) run two at a time in forked processes.
PARALLEL_FROM = 20_000
_shared: dict = {}


def _fit_task(task):
    """One fit in a worker: ``(None, None)`` the final model on every example; else one
    fold, returning the held-out probabilities. The matrix is inherited at fork."""
    x, y = _shared["x"], _shared["y"]
    train_idx, test_idx = task
    if train_idx is None:
        return _classifier().fit(x, y)
    return _classifier().fit(x[train_idx], y[train_idx]).predict_proba(x[test_idx])[:, 1]


def _fit_classifiers(x, y, splits) -> tuple[LogisticRegression, list[np.ndarray]]:
    """The final harmful/clean model and each fold's held-out scores; in two processes
    for large sets where processes can be started (not in a daemonic Celery child)."""
    import multiprocessing
    import os

    tasks = [(None, None), *splits]  # the final fit, the longest, first
    _shared.update(x=x, y=y)
    try:
        results = None
        if (
            len(y) >= PARALLEL_FROM
            and (os.cpu_count() or 1) >= 2
            and not multiprocessing.current_process().daemon
            and "fork" in multiprocessing.get_all_start_methods()
        ):
            with multiprocessing.get_context("fork").Pool(2) as pool:
                results = pool.map(_fit_task, tasks, chunksize=1)
        if results is None:
            results = [_fit_task(task) for task in tasks]
    finally:
        _shared.clear()
    return results[0], results[1:]


def train(
    examples: Examples, *, share: float = 0.05, folds: int = 5, seed: int = 0
) -> tuple[Scorer, Report]:
    """Fit the scorer on every example and measure it by stratified k-fold cross-validation.

    Raises TrainingError with fewer than ``MIN_PER_CLASS`` harmful or clean examples.
    """
    started = time.perf_counter()
    y = np.asarray(examples.harmful, dtype=bool)
    clauses = np.asarray(examples.clauses, dtype=object)
    n_harmful, n_clean = int(y.sum()), int((~y).sum())
    if n_harmful < MIN_PER_CLASS or n_clean < MIN_PER_CLASS:
        raise TrainingError(
            f"at least {MIN_PER_CLASS} harmful and {MIN_PER_CLASS} clean examples are needed "
            f"(have {n_harmful} and {n_clean})"
        )
    vectoriser = Features()
    x = vectoriser.fit_transform(examples.texts, seed=seed)
    # Five folds up to 20,000 examples; three above (each fold is a full fit; the estimate
    # is already stable at that size and training must stay within a minute at 100,000).
    if len(y) > 20_000:
        folds = min(folds, 3)
    folds = max(2, min(folds, n_harmful, n_clean))
    oof = np.zeros(len(y))
    oof_clause = np.full(len(y), "", dtype=object)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    splits = list(splitter.split(np.zeros(len(y)), y))
    classifier, fold_scores = _fit_classifiers(x, y, splits)
    for (train_idx, test_idx), scores in zip(splits, fold_scores, strict=True):
        oof[test_idx] = scores
        harmful_train = train_idx[y[train_idx]]
        clause_model, single = _fit_clauses(x[harmful_train], clauses[harmful_train])
        if clause_model is not None:
            oof_clause[test_idx] = clause_model.predict(x[test_idx])
        else:
            oof_clause[test_idx] = single
    clause_model, single = _fit_clauses(x[y], clauses[y])
    scorer = Scorer(vectoriser, classifier, clause_model, single)

    clean_scores, harmful_scores = oof[~y], oof[y]
    chosen = threshold_for_share(clean_scores, harmful_scores, share)
    flagged = oof >= chosen.threshold
    per_clause: dict[str, dict] = {}
    for clause in sorted(set(clauses[y & (clauses != "")])):
        truth = y & (clauses == clause)
        predicted = flagged & (oof_clause == clause)
        per_clause[clause] = {
            "support": int(truth.sum()),
            "recall": float((flagged & truth).sum() / truth.sum()),
            "precision": float((predicted & truth).sum() / predicted.sum())
            if predicted.any()
            else None,
        }
    with_clause = y & (clauses != "")
    report = Report(
        n_harmful=n_harmful,
        n_clean=n_clean,
        folds=folds,
        threshold=chosen.threshold,
        share=share,
        false_flag_rate=chosen.false_flag_rate,
        recall=chosen.recall,
        precision=chosen.precision,
        brier=float(np.mean((oof - y) ** 2)),
        clause_accuracy=float(np.mean(oof_clause[with_clause] == clauses[with_clause]))
        if with_clause.any()
        else None,
        per_clause=per_clause,
        curve=[p.as_dict() for p in curve_for(clean_scores, harmful_scores)],
        seconds=time.perf_counter() - started,
    )
    return scorer, report
