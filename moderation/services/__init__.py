"""Writers of the moderation app: rules (``rules``), screening (``screening``), decisions
(``review``, written through ``recording``), crisis mode (``crisis``), text retention
(``text_purge``), and the outbox to Facebook (``outbox``)."""

from .crisis import crisis_mode_set
from .learned import flag_learned_record, learned_rule
from .outbox import Outcome, moderation_action_execute, moderation_action_retry
from .reason_templates import reason_template_delete, reason_template_save
from .recording import PoliceContact
from .review import BulkResult, decision_record, decisions_record_bulk
from .rules import (
    MAX_TERMS,
    rule_config_validate,
    rule_create,
    rule_set_enabled,
    rule_update,
    rules_install_defaults,
    rules_version_bump,
)
from .screening import ScreenResult, comments_screen
from .stale import flags_close_stale
from .text_purge import moderation_text_purge, moderation_text_purgeable

__all__ = [
    "MAX_TERMS",
    "BulkResult",
    "Outcome",
    "PoliceContact",
    "ScreenResult",
    "comments_screen",
    "crisis_mode_set",
    "decision_record",
    "decisions_record_bulk",
    "flags_close_stale",
    "flag_learned_record",
    "learned_rule",
    "moderation_action_execute",
    "moderation_action_retry",
    "moderation_text_purge",
    "moderation_text_purgeable",
    "reason_template_delete",
    "reason_template_save",
    "rule_config_validate",
    "rule_create",
    "rule_set_enabled",
    "rule_update",
    "rules_install_defaults",
    "rules_version_bump",
]
