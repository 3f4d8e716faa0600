"""The scorer's fast path (per-bucket sums, no feature rows) against scikit-learn on the
feature rows, the explanation, and the refusal of a model of an older feature format."""

from __future__ import annotations

import random
from hashlib import sha256
from pathlib import Path

import numpy as np
import pytest

from scoring.learn import Examples, ModelFormatError, Scorer, train

from .test_features import random_texts

HARMFUL = [
    ("市長は無能、辞めろ", "defamation"), ("職員はバカ", "defamation"),
    ("職員を殺す", "threat"), ("火をつけてやる", "threat"),
    ("副業で月収50万円", "commercial"), ("格安で回収します", "commercial"),
]  # fmt: skip
CLEAN = ["いつも情報ありがとうございます", "駐車場はありますか", "楽しみにしています"]


@pytest.fixture(scope="module")
def fitted() -> Scorer:
    rng = random.Random(4)
    noise = random_texts(11, count=80)
    examples = Examples()
    for _ in range(240):
        extra = rng.choice(noise)[:40]
        if rng.random() < 0.35:
            text, clause = rng.choice(HARMFUL)
            examples.add(f"{extra}{text}{'！' * rng.randint(0, 2)}", True, clause)
        else:
            examples.add(f"{rng.choice(CLEAN)}{extra}", False)
    scorer, _report = train(examples, share=0.05)
    return scorer


def test_fast_scores_and_clauses_equal_scikit_learn_on_the_rows(fitted):
    texts = random_texts(12) + [text for text, _c in HARMFUL] + CLEAN
    scores, clauses = fitted.score(texts)
    matrix = fitted.matrix(texts)
    expected = fitted.classifier.predict_proba(matrix)[:, 1]
    assert np.allclose(scores, expected, atol=1e-5)
    assert clauses == [str(c) for c in fitted.clause_model.predict(matrix)]
    # A batch gives each text what it gives alone (to float32 rounding: sums of float32).
    alone = [fitted.score([text]) for text in texts]
    assert np.allclose([s[0][0] for s in alone], scores, rtol=0, atol=1e-6)
    assert [s[1][0] for s in alone] == clauses
    # Longer than one internal batch: the same figures.
    many = texts * 30
    more_scores, more_clauses = fitted.score(many)
    assert np.allclose(more_scores, np.tile(scores, 30), rtol=0, atol=1e-6)
    assert more_clauses == clauses * 30


def test_clauses_only_where_asked(fitted):
    texts = ["市長は無能、辞めろ", "楽しみにしています"]
    scores, clauses = fitted.score(texts, clause_from=float(np.mean(fitted.score(texts)[0])))
    assert scores[0] > scores[1]
    assert clauses == ["defamation", ""]
    assert fitted.score([], clause_from=0.5) == (pytest.approx(np.zeros(0)), [])
    # On random text: the clauses asked for are those of a full run, the others "".
    texts = random_texts(13, count=120) + [text for text, _c in HARMFUL]
    scores, every = fitted.score(texts)
    middle = float(np.median(scores))
    _same, some = fitted.score(texts, clause_from=middle)
    assert some == [c if s >= middle else "" for s, c in zip(scores, every, strict=True)]
    assert 0 < sum(1 for c in some if c) < len(texts)


def test_explanation_adds_up_to_the_score(fitted):
    text = "市長は無能、辞めろ。職員を殺す"
    parts = fitted.vectoriser.explain(text, fitted.classifier.coef_[0])
    margin = float(fitted.classifier.decision_function(fitted.matrix([text]))[0])
    assert sum(parts.values()) + float(fitted.classifier.intercept_[0]) == pytest.approx(
        margin, abs=1e-4
    )
    why = fitted.explain(text, limit=5)
    assert len(why) == 5 and all(weight > 0 for _name, weight in why)
    assert all(name.startswith(("c:", "w:")) for name, _w in why)
    assert all(parts[name] == pytest.approx(weight) for name, weight in why)  # the model's
    assert fitted.explain("") == []


def test_explanation_lists_what_a_reader_can_judge_first(fitted):
    """ "なぜ" shows longer features before lone kana, digits and marks, each group strongest
    first, and never an n-gram that another listed feature already holds."""
    from scoring.scorer import _tells

    text = "市長は無能、辞めろ。職員を殺す。4回目だ"
    why = fitted.explain(text, limit=8)
    telling = [weight for name, weight in why if _tells(name)]
    filler = [weight for name, weight in why if not _tells(name)]
    assert telling and [_tells(name) for name, _w in why] == [True] * len(telling) + [False] * len(
        filler
    )
    assert telling == sorted(telling, reverse=True) and filler == sorted(filler, reverse=True)
    values = [name.partition(":")[2] for name, _w in why]
    for index, (name, _w) in enumerate(why):
        if name.startswith("c:"):
            assert not any(values[index] in other for other in values[:index]), why
    assert not _tells("c:は") and not _tells("c:4") and _tells("c:殺") and _tells("w:殺す")


def test_a_model_of_feature_format_2_is_refused_not_crashed():
    """An artefact stored by the previous release (format 2: exact vocabulary, Aho-Corasick
    lexicon), kept as a file, is refused with ModelFormatError."""
    blob = (Path(__file__).parent / "data" / "format2_model.bin").read_bytes()
    with pytest.raises(ModelFormatError):
        Scorer.from_bytes(blob, expected_sha256=sha256(blob).hexdigest())


def test_a_stored_model_keeps_its_format_and_scores_the_same(fitted):
    blob = fitted.to_bytes()
    loaded = Scorer.from_bytes(blob, expected_sha256=sha256(blob).hexdigest())
    assert loaded.vectoriser.format == 3 and "_table_cache" not in loaded.__dict__
    assert loaded.score(CLEAN)[0].tolist() == fitted.score(CLEAN)[0].tolist()
    loaded.vectoriser.format = 2
    again = loaded.to_bytes()
    with pytest.raises(ModelFormatError, match="format 2"):
        Scorer.from_bytes(again, expected_sha256=sha256(again).hexdigest())
