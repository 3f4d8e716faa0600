"""Writers of the moderation app: rules (``rules``), screening, decisions, crisis mode and
retention (``review``), and the outbox to Facebook (``outbox``)."""

from .crisis import crisis_mode_set
from .learned import flag_learned_record, learned_rule
from .outbox import Outcome, moderation_action_execute, moderation_action_retry
from .reason_templates import reason_template_delete, reason_template_save
from .review import (
    BulkResult,
    PoliceContact,
    ScreenResult,
    comments_screen,
    decision_record,
    decisions_record_bulk,
    moderation_text_purge,
    moderation_text_purgeable,
)
from .rules import (
    MAX_TERMS,
    rule_config_validate,
    rule_create,
    rule_set_enabled,
    rule_update,
    rules_install_defaults,
    rules_version_bump,
)
from .stale import flags_close_stale

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
