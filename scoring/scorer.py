"""A fitted learned scorer: scoring a batch of comments, explaining one, storing it (no Django).

Scoring does not build feature rows. A linear model's margin is ``x·w + b``, and with the
features of ``features`` (``(1 + ln count) x IDF`` over the row's length) a comment's
``x·w`` is a sum over its n-grams of a number fixed per bucket (``Features.fold``: IDF x
weight of the bucket and of the dictionary form it counts as), each n-gram met again in
the comment adding only what its ``1 + ln count`` grows by, divided by the square root of
a sum of the same kind (IDF²). Both numbers of every bucket sit side by side in one
complex64 table (real: weight, imaginary: IDF²), so a batch costs one sort of its n-gram
keys (``features.sorted_ngrams``), one lookup per n-gram and one sum per comment. The
clause model (complement naive Bayes: the clause with the largest ``x·log θ``, which does
not depend on the row's length) is folded the same way, into a table of the buckets it
knows, and read only for the comments that need a clause.
"""

from __future__ import annotations

import pickle
import zlib
from hashlib import sha256

import numpy as np

from .features import CHAR_PREFIX, FEATURE_FORMAT, MAX_BATCH, sorted_ngrams
from .ngrams import BUCKETS

OTHER = "other"


class ModelFormatError(ValueError):
    """A stored model made with another feature format (``features.FEATURE_FORMAT``):
    its features cannot be computed the same way any more, so it must be retrained."""


class Scorer:
    """A fitted model: feature extractor, harmful/clean classifier, clause classifier.

    This object is what is pickled into the model record; the lookup tables are rebuilt
    from it on first use.
    """

    def __init__(self, vectoriser, classifier, clause_model, single_clause: str) -> None:
        self.vectoriser = vectoriser
        self.classifier = classifier
        self.clause_model = clause_model
        self.single_clause = single_clause

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def _tables(self):
        """(score table, intercept, clause index, clause weights), built once: the score
        table has a complex number per bucket; the clause index a column of the clause
        weights (a row per clause) per bucket (the last column, all zero, for buckets the
        clause model does not know)."""
        tables = self.__dict__.get("_table_cache")
        if tables is None:
            features = self.vectoriser
            buckets, weight = features.fold(self.classifier.coef_[0])
            _same, squares = features.fold(features.idf())
            table = np.zeros(BUCKETS + 1, dtype=np.complex64)
            table[buckets] = weight + 1j * squares
            index = weights = None
            if self.clause_model is not None and len(self.clause_model.classes_) > 1:
                known, folded = features.fold(self.clause_model.feature_log_prob_.T)
                index = np.full(BUCKETS + 1, len(known), dtype=np.int32)
                index[known] = np.arange(len(known))
                weights = np.zeros((folded.shape[1], len(known) + 1), dtype=np.float32)
                weights[:, :-1] = folded.T  # a row per clause
            tables = (table, float(self.classifier.intercept_[0]), index, weights)
            self.__dict__["_table_cache"] = tables
        return tables

    def matrix(self, texts: list[str]):
        return self.vectoriser.transform(texts)

    def score(
        self, texts: list[str], *, clause_from: float | None = None
    ) -> tuple[np.ndarray, list[str]]:
        """Probability of harmful and the predicted clause, per text. With ``clause_from``
        the clause is worked out only for the texts scoring at least that (the others get
        ""): ``check_comments`` needs it for its flags only.

        Same formulas as scikit-learn's ``predict_proba`` / ``predict`` on the feature
        rows (a unit test compares them): the logistic of ``x·w + b``; complement naive
        Bayes' class with the largest ``x·log θ``.
        """
        probability = np.zeros(len(texts))
        clauses: list[str] = []
        for begin in range(0, len(texts), MAX_BATCH):
            chunk = texts[begin : begin + MAX_BATCH]
            ngrams = sorted_ngrams(chunk)
            probability[begin : begin + len(chunk)] = part = self._probability(ngrams)
            wanted = np.ones(len(chunk), dtype=bool)
            if clause_from is not None:
                wanted = part >= clause_from
            clauses += self._clauses(ngrams, wanted)
        return probability, clauses

    def _probability(self, ngrams) -> np.ndarray:
        """The logistic of ``x·w + b`` from the batch's n-grams."""
        table, intercept, _index, _weights = self._tables()
        values = table.take(ngrams.buckets)
        if len(ngrams.again):  # a repeat adds less (1 + ln count): most n-grams are single
            again = values[ngrams.again]
            pairs = again.view(np.float32).reshape(-1, 2)  # (weight, IDF²) per n-gram
            pairs *= ngrams.weights()
            values[ngrams.again] = again
        sums = np.add.reduceat(values, ngrams.bounds[:-1]).astype(np.complex128)
        length = np.sqrt(sums.imag)
        length[length == 0] = 1.0
        return 1.0 / (1.0 + np.exp(-(sums.real / length + intercept)))

    def _clauses(self, ngrams, wanted: np.ndarray) -> list[str]:
        """The clause of each ``wanted`` text of a batch ("" for the others)."""
        model = self.clause_model
        clauses = [""] * len(wanted)
        chosen = np.flatnonzero(wanted)
        if model is None or len(model.classes_) == 1 or not len(chosen):
            single = (self.single_clause or OTHER) if model is None else str(model.classes_[0])
            for i in chosen.tolist():
                clauses[i] = single
            return clauses
        _table, _intercept, index, weights = self._tables()
        bounds = ngrams.bounds
        begins, ends = bounds[:-1][chosen], bounds[1:][chosen]
        lengths = ends - begins  # at least 1: the NULL bucket
        offsets = np.cumsum(lengths) - lengths
        factor = np.ones(len(ngrams.buckets), dtype=np.float32)  # a repeat adds less
        factor[ngrams.again] = ngrams.weights()[:, 0]
        if len(chosen) == len(wanted):
            at = slice(0, bounds[-1])
        else:  # the positions of the chosen texts' n-grams, in order
            at = np.arange(int(lengths.sum())) + np.repeat(begins - offsets, lengths)
        rows, factor = index.take(ngrams.buckets[at]), factor[at]
        totals = np.empty((len(chosen), len(weights)))
        for k, clause_weights in enumerate(weights):  # one clause at a time: 1-D arrays
            column = clause_weights.take(rows)
            column *= factor
            totals[:, k] = np.add.reduceat(column, offsets)
        best = totals.argmax(axis=1)
        labels = [str(label) for label in model.classes_]
        for i, number in zip(chosen.tolist(), best.tolist(), strict=True):
            clauses[i] = labels[number]
        return clauses

    def explain(self, text: str, *, limit: int = 8) -> list[tuple[str, float]]:
        """The features of ``text`` that pushed its score most towards harmful, strongest
        first, as (name, contribution to the log-odds). Names start ``c:`` (characters of
        the normalised text) or ``w:`` (dictionary forms).

        Shown to the secretariat as "なぜ", so the list favours what a reader can judge:
        a character n-gram inside one already listed (は inside 市長は) is left out, and lone
        kana, digits and marks (は, 4) come after every longer feature, only to fill the
        list; the weights are the model's, unchanged."""
        parts = self.vectoriser.explain(text, self.classifier.coef_[0])
        # Equal weights (n-grams always seen together) show the longer, more telling ones.
        strongest = sorted(
            ((name, float(weight)) for name, weight in parts.items() if weight > 0),
            key=lambda item: (-round(item[1], 6), -len(item[0]), item[0]),
        )
        telling = [item for item in strongest if _tells(item[0])]
        filler = [item for item in strongest if not _tells(item[0])]
        shown: list[tuple[str, float]] = []
        for name, weight in telling + filler:
            value = name.partition(":")[2]
            if name.startswith(CHAR_PREFIX) and any(
                value in other.partition(":")[2] for other, _w in shown
            ):
                continue
            shown.append((name, weight))
            if len(shown) == limit:
                break
        return shown

    @property
    def n_features(self) -> int:
        return self.vectoriser.n_features

    def to_bytes(self) -> bytes:
        return zlib.compress(pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL), 6)

    @staticmethod
    def from_bytes(data: bytes, *, expected_sha256: str) -> Scorer:
        """Load an artefact after checking its SHA-256 (a damaged or swapped row is refused).
        A model of another feature format raises ``ModelFormatError`` (format 2's classes
        no longer exist, so its artefact fails to unpickle, which is reported the same)."""
        if sha256(data).hexdigest() != expected_sha256:
            raise ValueError("the model artefact does not match its SHA-256")
        # The bytes come from our own database row and match the digest recorded with it.
        try:
            scorer = pickle.loads(zlib.decompress(data))  # noqa: S301
        except (AttributeError, ImportError, TypeError) as error:  # classes since renamed
            raise ModelFormatError(f"the model cannot be read by this version: {error}") from None
        found = getattr(getattr(scorer, "vectoriser", None), "format", 1)
        if found != FEATURE_FORMAT:
            raise ModelFormatError(
                f"the model has feature format {found}, this version computes {FEATURE_FORMAT}"
            )
        return scorer


def _tells(name: str) -> bool:
    """Whether a feature means something to a reader: not a lone kana, digit or mark."""
    value = name.partition(":")[2]
    return len(value) > 1 or not name.startswith(CHAR_PREFIX) or "\u3400" <= value <= "\u9fff"
