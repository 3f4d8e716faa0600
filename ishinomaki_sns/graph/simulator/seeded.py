"""Deterministic numbers from a seed: the simulated world is a pure function of its seed, so
every process (the server, `seed_demo`, tests) derives the same ids, texts and tokens."""

from __future__ import annotations

MASK = (1 << 64) - 1


def _splitmix(x: int) -> int:
    x = (x + 0x9E3779B97F4A7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return x ^ (x >> 31)


def mix(*parts: int) -> int:
    """A deterministic 64-bit hash of integers (Python's hash() is salted per process)."""
    x = 0
    for part in parts:
        x = _splitmix(x ^ (part & MASK))
    return x


def unit(*parts: int) -> float:
    """A deterministic float in [0, 1)."""
    return (mix(*parts) >> 11) / float(1 << 53)
