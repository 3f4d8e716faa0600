"""Forms of the moderation app, one module per idea: the screening rules (:mod:`.rules`) and
the review's decisions (:mod:`.decisions`). Every name is re-exported here, so
``moderation.forms.X`` keeps working."""

from .decisions import (
    CLAUSE_REQUIRED,
    REASON_REQUIRED,
    BulkDecisionForm,
    CrisisModeForm,
    DecisionForm,
    ReasonTemplateForm,
)
from .rules import (
    ALL_CONFIG_FIELDS,
    DETECTOR_CHOICES,
    KIND_FIELDS,
    LINK_MATCH_CHOICES,
    RuleForm,
    SandboxForm,
)

__all__ = [
    "ALL_CONFIG_FIELDS",
    "CLAUSE_REQUIRED",
    "DETECTOR_CHOICES",
    "KIND_FIELDS",
    "LINK_MATCH_CHOICES",
    "REASON_REQUIRED",
    "BulkDecisionForm",
    "CrisisModeForm",
    "DecisionForm",
    "ReasonTemplateForm",
    "RuleForm",
    "SandboxForm",
]
