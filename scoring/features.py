"""What the learned scorer reads in a comment: pure Python, numpy and scikit-learn, no Django.

Two views of the same text, each TF-IDF (sublinear term frequency, smoothed IDF, rows of
unit length), side by side:

* character 1-3-grams of the normalised text (``textform.normalise``: width, case, katakana to
  hiragana, small vowels, spaces / symbols / long marks inserted to dodge filters dropped,
  stretched vowels), which catch evasions and words the dictionary does not know;
* dictionary forms of the analyser (``moderation.engine.analysis``, SudachiPy), one and two
  at a time, which generalise over inflection (辞めろ / 辞めて -> 辞める) and keep innocent
  compounds (マイナンバーカード) from looking like the bad word inside them.

Speed (issue 11: training 100,000 comments within a minute, ``check_comments`` with the
model at a quarter of a minimal screener's speed) decides how both views are computed:

* The character n-grams are computed for a whole batch at once in numpy: each n-gram of up
  to three code points is packed exactly into one 63-bit integer (21 bits per code point),
  so the vocabulary is a sorted integer array, a lookup is ``searchsorted`` and a feature's
  name is decoded from its number. No Python runs per n-gram.
* The analyser costs about 0.2-0.4 ms a comment, more than everything else together, so it
  runs only while training, and only on a sample of the distinct sentences
  (``LEXICON_SENTENCES``): every word it reads becomes an entry "normalised surface ->
  dictionary form" of a *lexicon*. Training and scoring texts alike are then read through
  the lexicon with an Aho-Corasick automaton (pyahocorasick, C), leftmost-longest, so a
  compound seen whole (マイナンバーカード) is matched whole. Both sides read the text the
  same way, which is what a model needs; a word the sample never saw is covered by the
  character view. The lexicon is part of the fitted model.

``FEATURE_FORMAT`` changes whenever a stored model could no longer be read the same way;
models of another format are refused with a request to retrain (``learn.Scorer``).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import chain

import numpy as np
from scipy import sparse

from .textform import normalise, normalise_batch

# Version 1 was sklearn's TfidfVectorizer over the engine's normalisation and a full analysis.
FEATURE_FORMAT = 2

# Sizes of the two vocabularies: enough for a city's comments, small enough for a database row.
CHAR_FEATURES = 150_000
WORD_FEATURES = 60_000
MIN_DF = 2
# Distinct sentences read by the analyser to build the lexicon (about 2-4 s at most).
LEXICON_SENTENCES = 20_000
# Punctuation and spaces are not words (particles are kept: "は無能" and "を殺す" tell).
_SKIP_POS = {"補助記号", "空白"}
# Word features are prefixed so that a word and a character n-gram never share a name.
WORD_PREFIX = "w:"
CHAR_PREFIX = "c:"

MAX_SURFACE = 64  # longer "words" (unknown runs) are not worth an entry
_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")
_BITS = 21  # every code point fits in 21 bits; three of them in one int64
_MASK = (1 << _BITS) - 1


def char_key_parts(codes: np.ndarray, doc: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """(text numbers, n-gram keys) of the character 1-, 2- and 3-grams of a joined batch,
    one part per length. A key packs the code points exactly: ``c1 << 42 | c2 << 21 | c3``
    (shorter n-grams have leading zeros, and 0 is never a character here), so every
    1-gram key is below every 2-gram key, itself below every 3-gram key."""
    valid = codes != 0
    parts = [(doc[valid], codes[valid])]
    if len(codes) >= 2:
        pair = valid[:-1] & valid[1:]
        parts.append((doc[:-1][pair], ((codes[:-1] << _BITS) | codes[1:])[pair]))
    if len(codes) >= 3:
        triple = valid[:-2] & valid[1:-1] & valid[2:]
        keys = (codes[:-2] << 2 * _BITS) | (codes[1:-1] << _BITS) | codes[2:]
        parts.append((doc[:-2][triple], keys[triple]))
    return parts


def char_keys(codes: np.ndarray, doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(text number, n-gram key) for every character 1-, 2- and 3-gram of a joined batch."""
    parts = char_key_parts(codes, doc)
    return np.concatenate([d for d, _k in parts]), np.concatenate([k for _d, k in parts])


def char_name(key: int) -> str:
    chars = [(key >> shift) & _MASK for shift in (2 * _BITS, _BITS, 0)]
    return "".join(chr(c) for c in chars if c)


class TfidfBlock:
    """TF-IDF over integer keys, the arithmetic of scikit-learn's ``TfidfVectorizer``
    (``sublinear_tf``, smoothed IDF, L2 rows), with a vocabulary of at most ``limit`` keys
    found in at least ``MIN_DF`` texts (the most frequent by document frequency)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.keys = np.zeros(0, dtype=np.int64)  # sorted; column j is keys[j]
        self.idf = np.zeros(0, dtype=np.float32)

    def fit_transform(self, doc: np.ndarray, keys: np.ndarray, n_docs: int) -> sparse.csr_matrix:
        return self.fit_transform_parts([(doc, keys)], n_docs)

    def fit_transform_parts(self, parts: list, n_docs: int) -> sparse.csr_matrix:
        """Fit on (text numbers, keys) parts whose keys are in ascending ranges (all keys
        of a part below those of the next) and return the TF-IDF rows. Counting part by
        part keeps the sorting arrays a third of the size (100,000 comments make 16
        million character n-grams)."""
        counted = []  # per part: distinct keys, their document frequency, (text, key) counts
        for doc, keys in parts:
            distinct, inverse = np.unique(keys, return_inverse=True)
            width = max(len(distinct), 1)
            codes = doc.astype(np.int64)
            codes *= width
            codes += inverse
            del inverse
            pairs, counts = np.unique(codes, return_counts=True)
            del codes
            df = np.bincount(pairs % width, minlength=len(distinct))
            counted.append((distinct, df, pairs, counts, width))
        all_df = np.concatenate([c[1] for c in counted])
        kept = np.flatnonzero(all_df >= MIN_DF)
        if len(kept) > self.limit:  # the most frequent; ties broken by key, deterministically
            kept = np.sort(kept[np.argsort(-all_df[kept], kind="stable")[: self.limit]])
        self.keys = np.concatenate([c[0] for c in counted])[kept]
        self.idf = (np.log((1 + n_docs) / (1 + all_df[kept])) + 1).astype(np.float32)
        self.__dict__.pop("_lookup", None)
        column = np.full(len(all_df), -1, dtype=np.int64)
        column[kept] = np.arange(len(kept))
        blocks, offset = [], 0
        while counted:  # freed part by part: 16 million entries weigh
            distinct, _df, pairs, counts, width = counted.pop(0)
            cols = column[offset + pairs % width]
            offset += len(distinct)
            found = cols >= 0
            rows, cols = (pairs[found] // width).astype(np.int32), cols[found].astype(np.int32)
            del pairs
            data = (1 + np.log(counts[found], dtype=np.float32)) * self.idf[cols]
            blocks.append((rows, cols, data))
        norms = np.zeros(n_docs)
        for rows, _cols, data in blocks:
            norms += np.bincount(rows, weights=data * data, minlength=n_docs)
        norms = np.sqrt(norms).astype(np.float32)
        norms[norms == 0] = 1
        for rows, _cols, data in blocks:
            data /= norms[rows]
        # Columns are already global and ascending from part to part: no offsets to add.
        return _csr(blocks, [0] * (len(blocks) - 1) + [len(self.keys)], n_docs)

    def __getstate__(self):
        return {"limit": self.limit, "keys": self.keys, "idf": self.idf}

    def __setstate__(self, state) -> None:
        self.__dict__.update(state)

    def _table(self) -> tuple[np.ndarray, np.ndarray, int]:
        """An open-addressing hash table key -> column, built on first use (not stored):
        one or two reads per lookup where a binary search of 150,000 keys makes
        seventeen, which made the lookup the slowest step of scoring. The columns are read
        only for the keys found."""
        table = self.__dict__.get("_lookup")
        if table is None:
            bits = max(4, int(len(self.keys) * 2).bit_length())
            slots = np.full(1 << bits, -1, dtype=np.int64)
            columns = np.zeros(1 << bits, dtype=np.int32)
            mask = (1 << bits) - 1
            for column, slot in enumerate(_hash(self.keys, bits).tolist()):
                while slots[slot] != -1:
                    slot = (slot + 1) & mask
                slots[slot] = self.keys[column]
                columns[slot] = column
            table = self.__dict__["_lookup"] = (slots, columns, bits)
        return table

    def columns(self, keys: np.ndarray) -> np.ndarray:
        """The column of each key, -1 for a key outside the vocabulary."""
        slots, columns, bits = self._table()
        mask = (1 << bits) - 1
        slot = _hash(keys, bits)
        found = slots[slot]
        out = np.full(len(keys), -1, dtype=np.int64)
        hit = found == keys
        out[hit] = columns[slot[hit]]
        todo = np.flatnonzero(~hit & (found != -1))
        while len(todo):  # collisions: the next slots, until the key or an empty slot
            slot[todo] = (slot[todo] + 1) & mask
            found = slots[slot[todo]]
            hit = found == keys[todo]
            out[todo[hit]] = columns[slot[todo[hit]]]
            todo = todo[~hit & (found != -1)]
        return out

    def transform(self, doc: np.ndarray, keys: np.ndarray, n_docs: int) -> sparse.csr_matrix:
        return _csr([self.entries(doc, keys, n_docs)], [len(self.keys)], n_docs)

    def entries(
        self, doc: np.ndarray, keys: np.ndarray, n_docs: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, columns, values) of the TF-IDF rows, sorted by row then column."""
        cols = self.columns(keys)
        found = cols >= 0
        width = max(len(self.keys), 1)
        # Sorted (text, column) codes give the counts and the order at once.
        pairs, counts = np.unique(doc[found] * width + cols[found], return_counts=True)
        rows, cols = pairs // width, pairs % width
        data = ((1 + np.log(counts)) * self.idf[cols]).astype(np.float32)
        norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n_docs))
        norms[norms == 0] = 1
        return rows, cols, data / norms[rows].astype(np.float32)


def _csr(blocks, widths: list[int], n_docs: int) -> sparse.csr_matrix:
    """One CSR matrix from blocks of (rows, columns, values) side by side, each sorted by
    row then column: the positions are computed, not sorted, and scipy builds one matrix
    instead of one per block and a third joining them (its fixed cost per matrix weighed
    on batches of a few hundred comments)."""
    lengths = [np.bincount(rows, minlength=n_docs) for rows, _c, _d in blocks]
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.sum(lengths, axis=0), out=indptr[1:])
    total = int(indptr[-1])
    indices = np.empty(total, dtype=np.int32)
    data = np.empty(total, dtype=np.float32)
    before = np.zeros(n_docs, dtype=np.int64)  # entries of earlier blocks in each row
    offset = 0
    for (rows, cols, values), length, width in zip(blocks, lengths, widths, strict=True):
        starts = np.zeros(n_docs + 1, dtype=np.int64)
        np.cumsum(length, out=starts[1:])
        at = indptr[rows] + before[rows] + (np.arange(len(rows)) - starts[rows])
        indices[at] = cols + offset
        data[at] = values
        before += length
        offset += width
    return sparse.csr_matrix((data, indices, indptr), shape=(n_docs, offset))


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _hash(keys: np.ndarray, bits: int) -> np.ndarray:
    """Fibonacci hashing of int64 keys into ``bits`` bits."""
    with np.errstate(over="ignore"):
        return ((keys.astype(np.uint64) * _GOLDEN) >> np.uint64(64 - bits)).astype(np.int64)


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
    """Normalised surfaces the analyser read while training, each with its dictionary form,
    matched leftmost-longest in normalised text (see the module's docstring)."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.lemmas = sorted(set(entries.values()))
        number = {lemma: i for i, lemma in enumerate(self.lemmas)}
        self.entries = {surface: number[lemma] for surface, lemma in entries.items()}
        self._automaton = None

    def __getstate__(self):
        return {"lemmas": self.lemmas, "entries": self.entries, "_automaton": None}

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
        return cls(entries)

    def automaton(self):
        if self._automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for surface, number in self.entries.items():
                automaton.add_word(surface, (number << 16) | len(surface))
            if self.entries:
                automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def words(self, normalised: str) -> list[str]:
        """The dictionary forms read in one normalised text, in order."""
        if not self.entries or not normalised:
            return []
        return [self.lemmas[v >> 16] for _end, v in self.automaton().iter_long(normalised)]

    def keys(self, joined: str, doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(text number, key) for the words (key = lemma number) and the pairs of words
        that follow each other directly, no unread character between (key = (first + 1)
        << 32 | second) of a joined batch (``doc``: the text number of each position). One automaton
        pass over the whole batch; a word never spans the separator, which no entry holds."""
        if not self.entries or not joined:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        flat = chain.from_iterable(self.automaton().iter_long(joined))
        table = np.fromiter(flat, dtype=np.int64).reshape(-1, 2)
        ends, numbers, lengths = table[:, 0], table[:, 1] >> 16, table[:, 1] & 0xFFFF
        docs = doc[ends]
        joined_pair = ends[1:] - lengths[1:] == ends[:-1]  # adjacent: same text
        pairs = ((numbers[:-1][joined_pair] + 1) << 32) | numbers[1:][joined_pair]
        return np.concatenate([docs, docs[1:][joined_pair]]), np.concatenate([numbers, pairs])

    def name(self, key: int) -> str:
        if key >> 32:
            return f"{self.lemmas[(key >> 32) - 1]} {self.lemmas[key & 0xFFFFFFFF]}"
        return self.lemmas[key]


class Vectoriser:
    """Raw comment texts -> the two TF-IDF views side by side (float32 CSR)."""

    format = FEATURE_FORMAT

    def __init__(self) -> None:
        self.chars = TfidfBlock(CHAR_FEATURES)
        self.words = TfidfBlock(WORD_FEATURES)
        self.lexicon = Lexicon({})

    def fit_transform(self, texts: list[str], *, seed: int = 0) -> sparse.csr_matrix:
        self.lexicon = Lexicon.harvest(texts, seed=seed)
        joined, codes = normalise_batch(texts)
        doc = np.cumsum(codes == 0)
        n = len(texts)
        return sparse.hstack(
            [
                self.chars.fit_transform_parts(char_key_parts(codes, doc), n),
                self.words.fit_transform(*self.lexicon.keys(joined, doc), n),
            ],
            format="csr",
        )

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        joined, codes = normalise_batch(texts)
        doc = np.cumsum(codes == 0)
        n = len(texts)
        return _csr(
            [
                self.chars.entries(*char_keys(codes, doc), n),
                self.words.entries(*self.lexicon.keys(joined, doc), n),
            ],
            [len(self.chars.keys), len(self.words.keys)],
            n,
        )

    @property
    def n_features(self) -> int:
        return len(self.chars.keys) + len(self.words.keys)

    def name(self, column: int) -> str:
        """``c:<n-gram>`` or ``w:<word>`` / ``w:<word> <word>`` for a column."""
        if column < len(self.chars.keys):
            return CHAR_PREFIX + char_name(int(self.chars.keys[column]))
        return WORD_PREFIX + self.lexicon.name(int(self.words.keys[column - len(self.chars.keys)]))

    def names(self) -> list[str]:
        return [self.name(j) for j in range(self.n_features)]


def build_vectoriser() -> Vectoriser:
    """The unfitted feature extractor; it takes raw comment texts."""
    return Vectoriser()


def feature_names(vectoriser: Vectoriser) -> list[str]:
    """Readable names in column order: ``c:<n-gram>`` and ``w:<word>`` (or two words)."""
    return vectoriser.names()


# Names of format 1 that its pickled models refer to: kept so that such a model unpickles
# and is refused with a clear message (``learn.Scorer.from_bytes``) rather than an
# AttributeError.
def _normalised_part(joined: str) -> str:  # pragma: no cover - format 1 only
    return joined.split("\x1f", 1)[0]


def _lemma_tokens(joined: str) -> list[str]:  # pragma: no cover - format 1 only
    parts = joined.split("\x1f", 1)
    return parts[1].split() if len(parts) > 1 else []
