"""What the learned scorer reads in a comment: pure Python, numpy and scipy, no Django.

One TF-IDF row per comment over two views of the same normalised text
(``textform.normalise``: width, case, katakana to hiragana, small vowels, spaces / symbols /
long marks inserted to dodge filters dropped, stretched vowels):

* character 1-3-grams, hashed into buckets (``ngrams``), which catch evasions and words
  the dictionary does not know;
* dictionary forms of the analyser (``lexicon``): where a short word the analyser read
  while training occurs, its dictionary form counts too, which generalises over
  inflection (辞めろ / 辞めて -> 辞める).

Weights, as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``: ``(1 + ln count) x IDF``
(smoothed IDF), the row divided by its length. Counts are per distinct n-gram (bucket) of
the comment; a dictionary form adds up the weights ``1 + ln count`` of the n-grams that
count as it, and the length is the square root of the sum over the comment's distinct
n-grams of ``(1 + ln count)² x`` the squared IDFs of what the n-gram counts as (the L2
length, except when two written forms of one word meet in one comment).

This makes a comment's ``x·w`` a sum over its distinct n-grams of ``1 + ln count`` times
a number fixed per bucket (``Features.fold``: IDF x weight of the bucket and of the
dictionary form it counts as), and its length a sum of the same kind. Scoring therefore
looks up one number pair per n-gram (``sorted_ngrams``: one sort of the batch's n-gram
keys marks the repeats) and adds them up per comment, with no vocabulary lookup and no
sparse matrix, which keeps it within a few microseconds a comment (issue 11; measured by
``benchmarks/scorer.py``). The feature matrix
(``transform``) is built for training only.

Only features in at least ``MIN_DF`` training texts count (the most frequent
``CHAR_FEATURES`` buckets and ``WORD_FEATURES`` words).

``FEATURE_FORMAT`` changes whenever a stored model could no longer be read the same way;
models of another format are refused with a request to retrain (``scorer.Scorer``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import NamedTuple

import numpy as np
from scipy import sparse

from .lexicon import Lexicon
from .ngrams import BUCKETS, ngram_buckets, ngrams_of
from .textform import normalise, normalise_codes

# 1: scikit-learn's TfidfVectorizer over the engine's normalisation and a full analysis.
# 2: exact n-gram vocabulary, per-view L2 rows, an Aho-Corasick lexicon of all words.
# 3: hashed n-grams, a lexicon keyed by n-gram bucket, one length per row (this).
FEATURE_FORMAT = 3

CHAR_FEATURES = 150_000
WORD_FEATURES = 60_000
MIN_DF = 2
# Texts counted together: the text's number and its bucket share one 32-bit key.
MAX_BATCH = 1000
_BUCKET_BITS = 22  # BUCKETS and NULL
WORD_PREFIX = "w:"
CHAR_PREFIX = "c:"


class Ngrams(NamedTuple):
    """The n-grams of a batch of texts (``sorted_ngrams``), sorted by text then bucket."""

    buckets: np.ndarray  # uint32, one per n-gram (NULL for those holding a 0)
    bounds: np.ndarray  # text i's n-grams are buckets[bounds[i]:bounds[i + 1]]
    again: np.ndarray  # positions of the n-grams met before in the same text
    rank: np.ndarray  # for those, which meeting it is: 2, 3, ...

    def weights(self) -> np.ndarray:
        """Per repeat in ``again``, what it adds to ``1 + ln count`` and to its square
        (float32, one row each), from a table by meeting."""
        table = _repeat_weights(int(self.rank.max(initial=2)))
        return table.take(self.rank).view(np.float32).reshape(-1, 2)  # 1-D gather: fast

    def distinct(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(bucket, count) of each distinct n-gram, and where each text's begin."""
        first = np.ones(len(self.buckets), dtype=bool)
        first[self.again] = False
        counts = np.ones(int(first.sum()), dtype=np.int64)
        if len(self.again):  # the last repeat of a run gives its count
            run = self.again - np.arange(1, len(self.again) + 1)  # its distinct entry
            last = np.append(run[1:] != run[:-1], True)
            counts[run[last]] = self.rank[last]
        bounds = self.bounds - np.searchsorted(self.again, self.bounds)
        return self.buckets[first], counts, bounds


_weights_by_rank = np.zeros(0, dtype=np.complex64)


def _repeat_weights(highest: int) -> np.ndarray:
    """Entry k: what the k-th meeting of an n-gram adds to ``1 + ln count`` (real part)
    and to its square (imaginary part); entries 0 and 1 unused; up to at least
    ``highest``."""
    global _weights_by_rank
    if len(_weights_by_rank) <= highest:
        rank = np.arange(2, max(2 * highest, 1024), dtype=np.float64)
        linear = np.log1p(1 / (rank - 1))  # (1 + ln k) - (1 + ln (k - 1)), not cancelling
        square = linear * (2 + np.log(rank) + np.log(rank - 1))
        table = np.zeros(len(rank) + 2, dtype=np.complex64)
        table[2:] = linear + 1j * square
        _weights_by_rank = table
    return _weights_by_rank


def sorted_ngrams(texts: list[str]) -> Ngrams:
    """The n-grams of a batch of at most ``MAX_BATCH`` texts as buckets, sorted by one
    sort of 32-bit keys (text number, bucket), with the repeats within a text marked: the
    ``1 + ln count`` weights are then sums over n-grams (``Ngrams.weights``)."""
    if len(texts) > MAX_BATCH:
        raise ValueError(f"at most {MAX_BATCH} texts at a time")
    codes = normalise_codes(texts)
    zeros, grams = ngram_buckets(codes)
    # Each position's text number + 1 (the two 0s at the end: n + 1, n + 2), high bits.
    numbers = np.arange(1, len(zeros) + 1, dtype=np.uint32) << np.uint32(_BUCKET_BITS)
    doc = np.repeat(numbers, np.diff(zeros, append=len(codes)))
    keys = np.empty(sum(len(h) for h in grams), dtype=np.uint32)
    at = 0
    for h in grams:
        np.bitwise_or(doc[: len(h)], h, out=keys[at : at + len(h)])
        at += len(h)
    keys.sort()
    bounds = np.searchsorted(keys, numbers[: len(texts) + 1])  # the last: the two 0s
    same = np.empty(len(keys), dtype=bool)
    same[0] = False
    np.equal(keys[1:], keys[:-1], out=same[1:])
    again = np.flatnonzero(same)
    rank = np.zeros(0, dtype=np.int64)
    if len(again):  # a run of repeats follows the first meeting: rank 2, 3, ...
        first = np.empty(len(again), dtype=bool)
        first[0] = True
        np.not_equal(again[1:], again[:-1] + 1, out=first[1:])
        rank = again - np.maximum.accumulate(np.where(first, again, 0)) + 2
    keys &= np.uint32((1 << _BUCKET_BITS) - 1)
    return Ngrams(keys, bounds, again, rank)


class Features:
    """Raw comment texts -> TF-IDF rows (float32 CSR) for training, and the per-bucket
    numbers that score them without rows (``fold``). Columns: the kept buckets
    (``char_buckets``, sorted), then the kept dictionary forms (``word_lemmas``, numbers
    in ``lexicon.lemmas``, sorted)."""

    def __init__(self) -> None:
        self.format = FEATURE_FORMAT  # in the instance: stored with every model
        self.lexicon = Lexicon({})
        self.char_buckets = np.zeros(0, dtype=np.int64)
        self.char_idf = np.zeros(0, dtype=np.float32)
        self.word_lemmas = np.zeros(0, dtype=np.int64)
        self.word_idf = np.zeros(0, dtype=np.float32)

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    @property
    def n_features(self) -> int:
        return len(self.char_buckets) + len(self.word_lemmas)

    def idf(self) -> np.ndarray:
        return np.concatenate([self.char_idf, self.word_idf]).astype(np.float64)

    def fit_transform(self, texts: list[str], *, seed: int = 0) -> sparse.csr_matrix:
        self.lexicon = Lexicon.harvest(texts, seed=seed)
        self.__dict__.pop("_lemma_cache", None)
        weights = _sublinear(self._counts(texts))
        self.char_buckets, self.char_idf = _select(weights, CHAR_FEATURES)
        self.word_lemmas, self.word_idf = _select(self._words(weights), WORD_FEATURES)
        return self._weigh(weights)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        return self._weigh(_sublinear(self._counts(texts)))

    def _lemma_table(self) -> np.ndarray:
        """Bucket -> lemma number (-1: none), built on first use (not stored)."""
        table = self.__dict__.get("_lemma_cache")
        if table is None:
            table = np.full(BUCKETS + 1, -1, dtype=np.int32)
            buckets, lemmas = self.lexicon.bucket_lemmas()
            table[buckets] = lemmas
            self.__dict__["_lemma_cache"] = table
        return table

    def _counts(self, texts: list[str]) -> sparse.csr_matrix:
        """Count of every distinct bucket per text (texts x buckets)."""
        blocks = []
        for begin in range(0, len(texts), MAX_BATCH):
            chunk = texts[begin : begin + MAX_BATCH]
            buckets, counts, bounds = sorted_ngrams(chunk).distinct()
            # Each text's entries but its last (its NULL bucket, the largest) are its
            # n-grams; after the last text, the two 0s.
            indptr = bounds - np.arange(len(chunk) + 1)
            kept = np.ones(len(buckets), dtype=bool)
            kept[bounds[1:] - 1] = False
            kept[bounds[-1] :] = False
            blocks.append(
                sparse.csr_matrix(
                    (counts[kept].astype(np.float32), buckets[kept].astype(np.int32), indptr),
                    shape=(len(chunk), BUCKETS),
                )
            )
        if not blocks:
            return sparse.csr_matrix((0, BUCKETS))
        return sparse.vstack(blocks, format="csr")

    def _words(self, weights: sparse.csr_matrix) -> sparse.csr_matrix:
        """Per text, each dictionary form's sum of the weights of its n-grams."""
        lemmas = self._lemma_table()[weights.indices]
        found = lemmas >= 0
        rows = np.repeat(np.arange(weights.shape[0]), np.diff(weights.indptr))[found]
        shape = (weights.shape[0], len(self.lexicon.lemmas))
        words = sparse.csr_matrix((weights.data[found], (rows, lemmas[found])), shape=shape)
        words.sum_duplicates()
        return words

    def _weigh(self, weights: sparse.csr_matrix) -> sparse.csr_matrix:
        """The TF-IDF rows from the per-bucket ``1 + ln count`` weights."""
        x = sparse.hstack(
            [
                _columns(weights, self.char_buckets),
                _columns(self._words(weights), self.word_lemmas),
            ],
            format="csr",
        )
        x.data = x.data * self.idf()[x.indices]
        squares_of = np.zeros(BUCKETS + 1)
        buckets, squares = self.fold(self.idf())
        squares_of[buckets] = squares
        per_entry = weights.data * weights.data * squares_of[weights.indices]
        rows = np.repeat(np.arange(weights.shape[0]), np.diff(weights.indptr))
        length = np.sqrt(np.bincount(rows, weights=per_entry, minlength=weights.shape[0]))
        length[length == 0] = 1.0
        x.data = (x.data / np.repeat(length, np.diff(x.indptr))).astype(np.float32)
        return x

    def fold(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per-feature ``values`` (a vector or a features x k array) folded onto buckets:
        (sorted buckets, for each the sum of IDF x value over the features an n-gram in
        that bucket counts as: its own bucket and its dictionary form)."""
        values = np.asarray(values, dtype=np.float64)
        weighted = values * self.idf().reshape((-1,) + (1,) * (values.ndim - 1))
        n_char = len(self.char_buckets)
        word_buckets, lemmas = self.lexicon.bucket_lemmas()
        at = np.searchsorted(self.word_lemmas, lemmas)
        kept = at < len(self.word_lemmas)
        kept[kept] = self.word_lemmas[at[kept]] == lemmas[kept]
        word_buckets, word_columns = word_buckets[kept], n_char + at[kept]
        buckets = np.union1d(self.char_buckets, word_buckets)
        folded = np.zeros((len(buckets),) + values.shape[1:])
        folded[np.searchsorted(buckets, self.char_buckets)] += weighted[:n_char]
        folded[np.searchsorted(buckets, word_buckets)] += weighted[word_columns]
        return buckets, folded

    def explain(self, text: str, coef: np.ndarray) -> dict[str, float]:
        """Each feature's part of ``x·coef`` for one text, by name: ``c:<n-gram>`` (one
        entry per n-gram, also when two share a bucket) and ``w:<dictionary form>``.
        Worked out in plain Python from the definition, per n-gram."""
        grams = Counter(ngrams_of(normalise(text or "")))
        per_bucket = Counter(bucket for _gram, bucket in grams.elements())
        n_char = len(self.char_buckets)
        lemma_of = self._lemma_table()
        parts: defaultdict[str, float] = defaultdict(float)
        squares = 0.0
        for bucket, count in per_bucket.items():
            tf = 1.0 + float(np.log(count))
            share = {gram: n / count for (gram, b), n in grams.items() if b == bucket}
            column = int(np.searchsorted(self.char_buckets, bucket))
            if column < n_char and self.char_buckets[column] == bucket:
                idf = float(self.char_idf[column])
                squares += (tf * idf) ** 2
                for gram, part in share.items():
                    parts[CHAR_PREFIX + gram] += part * tf * idf * float(coef[column])
            lemma = int(lemma_of[bucket])
            at = int(np.searchsorted(self.word_lemmas, lemma))
            if lemma >= 0 and at < len(self.word_lemmas) and self.word_lemmas[at] == lemma:
                idf = float(self.word_idf[at])
                squares += (tf * idf) ** 2
                name = WORD_PREFIX + self.lexicon.lemmas[lemma]
                parts[name] += tf * idf * float(coef[n_char + at])
        length = np.sqrt(squares) or 1.0
        return {name: value / length for name, value in parts.items()}


def _sublinear(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    counts.data = 1.0 + np.log(counts.data)
    return counts


def _select(weights: sparse.csr_matrix, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The columns in at least ``MIN_DF`` texts (at most ``limit``, the most frequent; ties
    by column, deterministically) and their smoothed IDF."""
    df = np.bincount(weights.indices, minlength=weights.shape[1])
    kept = np.flatnonzero(df >= MIN_DF)
    if len(kept) > limit:
        kept = np.sort(kept[np.argsort(-df[kept], kind="stable")[:limit]])
    n_docs = weights.shape[0]
    idf = (np.log((1 + n_docs) / (1 + df[kept])) + 1).astype(np.float32)
    return kept.astype(np.int64), idf


def _columns(matrix: sparse.csr_matrix, kept: np.ndarray) -> sparse.csr_matrix:
    """``matrix[:, kept]`` for sorted ``kept``, by a lookup table (scipy's column indexing
    copies the matrix more than once)."""
    table = np.full(matrix.shape[1] + 1, -1, dtype=np.int64)
    table[kept] = np.arange(len(kept))
    columns = table[matrix.indices]
    found = columns >= 0
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))[found]
    indptr = np.zeros(matrix.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=matrix.shape[0]), out=indptr[1:])
    return sparse.csr_matrix(
        (matrix.data[found], columns[found].astype(np.int32), indptr),
        shape=(matrix.shape[0], len(kept)),
    )
