"""The comment screening engine (pure Python): normalisation, matchers and the Engine."""

from .engine import ACTIONS, KINDS, LINK_MATCHES, SEVERITIES, Engine, Hit, RuleSpec, term_key
from .normalize import Normalized, normalize, widen
from .repetition import RepetitionState

__all__ = [
    "ACTIONS",
    "KINDS",
    "LINK_MATCHES",
    "SEVERITIES",
    "Engine",
    "Hit",
    "Normalized",
    "RepetitionState",
    "RuleSpec",
    "normalize",
    "term_key",
    "widen",
]
