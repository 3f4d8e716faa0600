"""What the learned scorer reads in a comment: pure Python and scikit-learn, no Django.

Two views of the same text, joined side by side (``FeatureUnion``):

* character 1-3-grams of the normalised text (``moderation.engine.normalize``: width, kana,
  spaces and symbols inserted to dodge filters, stretched vowels), which catch evasions
  and words the dictionary does not know;
* the analyser's dictionary forms (``moderation.engine.analysis``, SudachiPy), one and
  two at a time, which generalise over inflection (辞めろ / 辞めて -> 辞める) and keep
  innocent compounds (マイナンバーカード) from looking like the bad word inside them.

Both are TF-IDF with sublinear term frequency and a capped vocabulary, so the model's size
does not grow with the data. The vocabularies are fitted without labels, which is why the
training may fit them once on every text before the cross-validation (see ``learn``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from moderation.engine.analysis import analyse
from moderation.engine.normalize import normalize

# Sizes of the two vocabularies: enough for a city's comments, small enough for a database row.
CHAR_FEATURES = 150_000
WORD_FEATURES = 60_000
# Only content-bearing words go into the word view; particles and punctuation add noise.
_SKIP_POS = {"補助記号", "空白"}
# Word features are prefixed so that a word and a character n-gram never share a name.
WORD_PREFIX = "w:"
CHAR_PREFIX = "c:"
_FIELD_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Prepared:
    """A comment read once: the normalised text and its space-joined dictionary forms."""

    normalised: str
    lemmas: str

    def joined(self) -> str:
        return f"{self.normalised}{_FIELD_SEPARATOR}{self.lemmas}"


def prepare(text: str) -> Prepared:
    """Normalise and analyse one comment (never raises on a ``str``)."""
    text = text or ""
    normalised = normalize(text).text
    lemmas = " ".join(
        token.lemma.lower().replace(" ", "_")
        for token in analyse(text)
        if token.pos1 not in _SKIP_POS
    )
    return Prepared(normalised=normalised, lemmas=lemmas)


# From this many distinct texts on, the analysis is spread over the machine's cores.
PARALLEL_FROM = 20_000


def _prepare_chunk(texts: list[str]) -> list[str]:
    return [prepare(text).joined() for text in texts]


def _prepare_parallel(texts: list[str]) -> list[str] | None:
    """The analysis in worker processes (forked: no re-import, the dictionary is shared
    copy-on-write), or None where processes cannot be started (a daemonic Celery child)."""
    import multiprocessing
    import os

    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or multiprocessing.current_process().daemon:
        return None
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return None
    size = max(1000, len(texts) // (workers * 4))
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    with context.Pool(workers) as pool:
        return [joined for part in pool.map(_prepare_chunk, chunks) for joined in part]


def prepare_many(texts: list[str]) -> list[str]:
    """``prepare(...).joined()`` for each text; equal texts are read only once, and many
    texts are read in parallel (training on 100,000 comments)."""
    distinct = list(dict.fromkeys(texts))
    prepared = _prepare_parallel(distinct) if len(distinct) >= PARALLEL_FROM else None
    if prepared is None:
        prepared = _prepare_chunk(distinct)
    seen = dict(zip(distinct, prepared, strict=True))
    return [seen[text] for text in texts]


def _normalised_part(joined: str) -> str:
    return joined.split(_FIELD_SEPARATOR, 1)[0]


def _lemma_tokens(joined: str) -> list[str]:
    parts = joined.split(_FIELD_SEPARATOR, 1)
    return parts[1].split() if len(parts) > 1 else []


def build_vectoriser() -> FeatureUnion:
    """The unfitted feature extractor; it takes the strings made by :func:`prepare_many`.

    Module-level callables (not lambdas) keep the fitted object picklable.
    """
    chars = TfidfVectorizer(
        analyzer="char",
        ngram_range=(1, 3),
        preprocessor=_normalised_part,
        sublinear_tf=True,
        min_df=2,
        max_features=CHAR_FEATURES,
        dtype=_float32(),
    )
    words = TfidfVectorizer(
        analyzer="word",
        tokenizer=_lemma_tokens,
        preprocessor=None,
        lowercase=False,
        token_pattern=None,
        ngram_range=(1, 2),
        sublinear_tf=True,
        min_df=2,
        max_features=WORD_FEATURES,
        dtype=_float32(),
    )
    return FeatureUnion([("c", chars), ("w", words)])


def _float32():
    import numpy as np

    return np.float32


def feature_names(vectoriser: FeatureUnion) -> list[str]:
    """Readable names in column order: ``c:<n-gram>`` and ``w:<word>`` (or two words)."""
    names: list[str] = []
    for name, part in vectoriser.transformer_list:
        prefix = CHAR_PREFIX if name == "c" else WORD_PREFIX
        names.extend(prefix + str(feature) for feature in part.get_feature_names_out())
    return names


def strip_unpicklable(vectoriser: FeatureUnion) -> None:
    """Drop what a fitted vectoriser keeps only for introspection: ``stop_words_`` holds
    every n-gram cut by ``max_features``/``min_df`` and would make the artefact huge."""
    for _name, part in vectoriser.transformer_list:
        if hasattr(part, "stop_words_"):
            part.stop_words_ = None
