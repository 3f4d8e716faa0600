"""Character 1-, 2- and 3-grams of normalised text, hashed into a fixed number of buckets.

Pure numpy, no Django. The code points of an n-gram of up to three are combined into one
32-bit number (``key = key * P + code`` modulo 2**32) and the number is hashed into
``BUCKETS`` buckets by Fibonacci hashing (a multiplication by 2**32 / golden ratio and the
top ``BITS`` bits). The bucket is the feature: there is no vocabulary to look n-grams up
in, so a whole batch of comments is turned into buckets by a handful of array operations
on 32-bit numbers, with no Python per n-gram or per comment (issue 11: the scorer may cost
only a few microseconds a comment). Two n-grams that fall into the same bucket share a
weight, as in scikit-learn's ``HashingVectorizer``; with 2 million buckets and the 150,000
most frequent n-grams kept that is rare and costs nothing measurable.

:func:`ngram_buckets` does a batch in numpy; :func:`ngrams_of` does one text in plain
Python, for the explanation of a score (it also gives the n-grams themselves) and as the
reference the batch is tested against.
"""

from __future__ import annotations

import numpy as np

BITS = 21
BUCKETS = 1 << BITS
# The bucket of "n-grams" that would span two texts of a batch: it weighs nothing.
NULL = BUCKETS
_P = 0x85EBCA6B  # odd: combines the code points of an n-gram
_GOLDEN = 0x9E3779B1  # 2**32 / golden ratio, odd
_SHIFT = 32 - BITS


def ngram_buckets(codes: np.ndarray) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
    """For code points laid out as ``textform.normalise_codes`` lays them out (a 0 before
    each text, two 0s at the end): the positions of the 0s, and for n = 1,
    2, 3 the bucket (uint32) of the n-gram that starts at each position (``NULL`` where
    it holds a 0). A text's n-grams start from its 0 up to the next text's 0."""
    c = codes.view(np.uint32) if codes.dtype == np.int32 else codes.astype(np.uint32)
    p, golden, shift = np.uint32(_P), np.uint32(_GOLDEN), np.uint32(_SHIFT)
    k2 = c[:-1] * p
    k2 += c[1:]
    k3 = k2[:-1] * p
    k3 += c[2:]
    h1 = c * golden  # unsigned: wraps modulo 2**32
    h1 >>= shift
    h2, h3 = k2, k3
    for keys in (h2, h3):  # in place
        keys *= golden
        keys >>= shift
    zeros = np.flatnonzero(c == 0)
    h1[zeros] = NULL
    h2[zeros[:-1]] = NULL  # the last 0 starts no pair: there is no code point after it
    h2[zeros[1:] - 1] = NULL
    h3[zeros[:-2]] = NULL
    h3[zeros[1:-1] - 1] = NULL
    h3[zeros[1:] - 2] = NULL  # (an empty first text makes one -1: the last, also NULL)
    return zeros, (h1, h2, h3)


def bucket_of(ngram: str) -> int:
    """The bucket of one n-gram of one to three code points (plain Python)."""
    key = 0
    for char in ngram:
        key = (key * _P + ord(char)) & 0xFFFFFFFF
    return ((key * _GOLDEN) & 0xFFFFFFFF) >> _SHIFT


def ngrams_of(normalised: str) -> list[tuple[str, int]]:
    """(n-gram, bucket) for every 1-, 2- and 3-gram of one normalised text."""
    return [
        (normalised[i : i + n], bucket_of(normalised[i : i + n]))
        for n in (1, 2, 3)
        for i in range(len(normalised) - n + 1)
    ]
