"""Threshold choice from out-of-fold scores, the curve, training and the artefact check."""

from __future__ import annotations

import random

import numpy as np
import pytest

from scoring.learn import (
    Examples,
    Scorer,
    TrainingError,
    curve_for,
    point_for_share,
    threshold_for_share,
    train,
)


def test_threshold_flags_at_most_the_share_of_clean_even_with_ties():
    clean = np.array([0.9, 0.9, 0.9, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1, 0.05])
    harmful = np.array([0.95, 0.91, 0.6, 0.2])
    point = threshold_for_share(clean, harmful, 0.2)
    # Two clean comments may be flagged, but three share the score 0.9: none of them may be.
    assert point.threshold > 0.9
    assert np.mean(clean >= point.threshold) <= 0.2
    assert point.recall == pytest.approx(0.5)


def test_threshold_rises_to_the_lowest_harmful_score_it_still_reaches():
    clean = np.linspace(0.0, 0.5, 100)
    harmful = np.array([0.95, 0.9, 0.8])
    point = threshold_for_share(clean, harmful, 0.05)
    assert point.threshold == pytest.approx(0.8)
    assert point.recall == 1.0 and point.false_flag_rate == 0.0


@pytest.mark.parametrize("share", [0.0, 0.01, 0.05, 0.1, 0.3])
def test_threshold_respects_the_share_on_random_scores(share):
    rng = np.random.default_rng(3)
    clean = rng.beta(2, 5, size=997)
    harmful = rng.beta(5, 2, size=203)
    point = threshold_for_share(clean, harmful, share)
    assert point.false_flag_rate <= share + 1e-12
    # And it is the most recall possible: one step lower would break the share.
    lower = clean[clean < point.threshold]
    if len(lower):
        assert np.mean(clean >= lower.max()) > share or np.sum(harmful >= lower.max()) == np.sum(
            harmful >= point.threshold
        )


def test_curve_is_monotone_and_point_for_share_picks_the_largest_allowed():
    rng = np.random.default_rng(5)
    clean, harmful = rng.beta(2, 5, size=500), rng.beta(5, 2, size=100)
    curve = [p.as_dict() for p in curve_for(clean, harmful)]
    thresholds = [p["threshold"] for p in curve]
    assert thresholds == sorted(thresholds, reverse=True)
    recalls = [p["recall"] for p in curve]
    assert recalls == sorted(recalls)
    chosen = point_for_share(curve, 0.07)
    assert chosen["share"] <= 0.07
    assert all(p["share"] <= chosen["share"] or p["share"] > 0.07 for p in curve)
    assert point_for_share(curve, -1) is None


def _examples(n: int, seed: int = 1) -> Examples:
    rng = random.Random(seed)
    good = [
        "いつも情報ありがとうございます",
        "駐車場はありますか",
        "楽しみにしています",
        "雨でも開催しますか",
    ]
    bad = [
        ("市長は無能、辞めろ", "defamation"),
        ("職員を殺す", "threat"),
        ("副業で月収50万円", "commercial"),
    ]
    examples = Examples()
    for i in range(n):
        if rng.random() < 0.3:
            text, clause = rng.choice(bad)
            examples.add(f"{text}{'！' * rng.randint(0, 2)}{i % 7}", True, clause)
        else:
            examples.add(f"{rng.choice(good)}{'。' * rng.randint(0, 2)}{i % 7}", False)
    return examples


def test_train_reports_cross_validated_figures_and_predicts_clauses():
    scorer, report = train(_examples(200), share=0.05)
    assert report.n_harmful + report.n_clean == 200
    assert report.false_flag_rate <= 0.05
    assert report.recall > 0.9 and report.clause_accuracy > 0.9
    assert set(report.per_clause) == {"defamation", "threat", "commercial"}
    scores, clauses = scorer.score(["市長は無能、辞めろ", "楽しみにしています"])
    assert scores[0] > scores[1]
    assert clauses[0] == "defamation"
    why = [name for name, _weight in scorer.explain("市長は無能、辞めろ")]
    # The words of the abuse, whole or as n-grams holding them (here they always come
    # together, so their weights tie and the longer n-grams are shown).
    assert why and any("無能" in name or "辞め" in name for name in why)


def test_train_refuses_too_few_examples():
    examples = Examples()
    for i in range(30):
        examples.add(f"ありがとう{i}", False)
    examples.add("辞めろ", True, "defamation")
    with pytest.raises(TrainingError):
        train(examples)


def test_artefact_round_trip_checks_its_digest():
    from hashlib import sha256

    scorer, _report = train(_examples(120, seed=2))
    blob = scorer.to_bytes()
    loaded = Scorer.from_bytes(blob, expected_sha256=sha256(blob).hexdigest())
    assert list(loaded.score(["職員を殺す"])[0]) == list(scorer.score(["職員を殺す"])[0])
    with pytest.raises(ValueError, match="SHA-256"):
        Scorer.from_bytes(blob[:-1] + b"x", expected_sha256=sha256(blob).hexdigest())


def test_fits_in_two_processes_give_the_same_model_and_figures(monkeypatch):
    from scoring import learn

    serial_scorer, serial = train(_examples(200), share=0.05)
    monkeypatch.setattr(learn, "PARALLEL_FROM", 1)
    parallel_scorer, parallel = train(_examples(200), share=0.05)
    assert (parallel.threshold, parallel.recall, parallel.precision, parallel.brier) == (
        serial.threshold, serial.recall, serial.precision, serial.brier,
    )  # fmt: skip
    texts = ["市長は無能、辞めろ", "楽しみにしています"]
    assert list(parallel_scorer.score(texts)[0]) == list(serial_scorer.score(texts)[0])
