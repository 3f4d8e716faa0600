"""The moderation app's models, one module per idea: screening rules (``rules``), the flags
they raise (``flags``), decisions (``decisions``), the outbox to Facebook (``outbox``),
crisis-mode switches (``crisis``) and the audit log (``audit``).

Flags cite a rule and its version; decisions, outbox actions, crisis-mode switches and
the audit log record what the secretariat (or an auto-hide rule) did about them. Every model
is re-exported here, so ``from moderation.models import Flag`` keeps working and Django
registers them all when the app loads.
"""

from .audit import AuditEntry
from .crisis import CrisisModeChange
from .decisions import BulkDecision, Decision, ReasonTemplate
from .flags import Flag
from .outbox import ModerationAction
from .rules import Rule, RuleRevision, RulesVersion

__all__ = [
    "AuditEntry",
    "BulkDecision",
    "CrisisModeChange",
    "Decision",
    "Flag",
    "ModerationAction",
    "ReasonTemplate",
    "Rule",
    "RuleRevision",
    "RulesVersion",
]
