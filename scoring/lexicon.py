"""The word view's lexicon: short words the analyser read while training, with their
dictionary forms (pure Python and numpy, no Django).

The analyser (``moderation.engine.analysis``'s SudachiPy, core dictionary, mode C) costs
about 0.2-0.4 ms a comment, far more than the whole scoring may (issue 11), so it runs
only while training, on a sample of the distinct sentences (``LEXICON_SENTENCES``). Every
word it reads whose normalised form has one to three code points becomes an entry
"normalised surface -> dictionary form" (辞めろ, 辞めて -> 辞める; 殺し -> 殺す) when
its dictionary form is written in more than one way (what the word view adds). A word
of that length is a character n-gram, so the lexicon is keyed by the n-gram's bucket
(``ngrams``): wherever that n-gram occurs in a comment, in training and in scoring alike,
its dictionary form is counted as a word. In scoring this costs nothing more: the word's
weight is added to its bucket's (``features.Features.fold``). Longer words (compounds,
long inflections) are covered by their character n-grams; a bucket shared by two entries
keeps the commoner.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import numpy as np

from .ngrams import bucket_of, ngrams_of
from .textform import normalise

# Distinct sentences read by the analyser to build the lexicon (about 2-4 s at most).
LEXICON_SENTENCES = 20_000
MAX_SURFACE = 3  # code points: the longest n-gram (ngrams)
# Punctuation and spaces are not words (particles are kept: "は無能" and "を殺す" tell).
_SKIP_POS = {"補助記号", "空白"}
_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")

_analyser: dict = {}


def _analyser_words(sentences: list[str]):
    """(surface, dictionary form) of each content word of the sentences, read by SudachiPy
    with the engine's dictionary and mode (``moderation.engine.analysis``: core, mode C).
    The tokenizer loads only the two fields needed, which halves the time per sentence
    against the engine's full ``Token`` (reading, normalised form, offsets)."""
    if "tokenizer" not in _analyser:
        from sudachipy import Dictionary, SplitMode

        dictionary = Dictionary(dict="core")
        _analyser["dictionary"] = dictionary
        _analyser["tokenizer"] = dictionary.tokenizer(
            mode=SplitMode.C, fields={"dictionary_form", "pos"}
        )
    dictionary, tokenizer = _analyser["dictionary"], _analyser["tokenizer"]
    skip: dict[int, bool] = {}
    for sentence in sentences:
        if len(sentence) > 2000 or not sentence.strip():  # Sudachi refuses very long input
            continue
        for morpheme in tokenizer.tokenize(sentence):
            pos = morpheme.part_of_speech_id()
            skipped = skip.get(pos)
            if skipped is None:
                skipped = skip[pos] = dictionary.pos_of(pos)[0] in _SKIP_POS
            if not skipped:
                yield morpheme.surface(), morpheme.dictionary_form()


class Lexicon:
    """Normalised surfaces of one to three code points, commonest first, each with the
    number of its dictionary form in ``lemmas``."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.lemmas = sorted(set(entries.values()))
        number = {lemma: i for i, lemma in enumerate(self.lemmas)}
        self.entries = {surface: number[lemma] for surface, lemma in entries.items()}

    @classmethod
    def harvest(cls, texts: list[str], *, seed: int = 0) -> Lexicon:
        """Read a sample of the texts' distinct sentences with the analyser."""
        sentences = list(
            dict.fromkeys(s for text in texts for s in _SENTENCE_END.split(text or "") if s)
        )
        if len(sentences) > LEXICON_SENTENCES:
            sentences = random.Random(seed).sample(sentences, LEXICON_SENTENCES)  # noqa: S311
        seen: Counter[tuple[str, str]] = Counter()
        normalised: dict[str, str] = {}
        for surface, lemma in _analyser_words(sentences):
            folded = normalised.get(surface)
            if folded is None:
                folded = normalised[surface] = normalise(surface)
            if folded and len(folded) <= MAX_SURFACE:
                seen[(folded, lemma.lower().replace(" ", "_"))] += 1
        entries: dict[str, str] = {}
        for (surface, lemma), _count in seen.most_common():
            entries.setdefault(surface, lemma)  # the commonest reading of a surface
        # A dictionary form written one way only is already that n-gram's feature: only
        # forms that join several written forms become features (measured: counting the
        # others too weighed short particles twice and lowered held-out AUC).
        forms = Counter(entries.values())
        return cls({surface: lemma for surface, lemma in entries.items() if forms[lemma] > 1})

    def bucket_lemmas(self) -> tuple[np.ndarray, np.ndarray]:
        """(bucket, lemma number) of every entry, one per bucket (the commoner entry's),
        sorted by bucket."""
        by_bucket: dict[int, int] = {}
        for surface, number in self.entries.items():  # commonest first
            by_bucket.setdefault(bucket_of(surface), number)
        buckets = np.array(sorted(by_bucket), dtype=np.int64)
        return buckets, np.array([by_bucket[b] for b in buckets.tolist()], dtype=np.int64)

    def words(self, normalised: str) -> list[str]:
        """The dictionary forms counted in one normalised text: every n-gram whose bucket
        holds an entry, in order of length then position (as ``ngrams.ngrams_of``)."""
        lemma_of = dict(zip(*(a.tolist() for a in self.bucket_lemmas()), strict=True))
        return [
            self.lemmas[lemma_of[bucket]]
            for _gram, bucket in ngrams_of(normalised)
            if bucket in lemma_of
        ]
