"""The comment screening engine (pure Python): normalisation, matchers and the Engine."""

from .engine import ACTIONS, KINDS, LINK_MATCHES, SEVERITIES, Engine, Hit, RuleSpec, term_key
from .normalize import Normalized, normalize
from .repetition import RepetitionState
from .widen import widen

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
