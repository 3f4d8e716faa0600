"""The incident lifecycle as data: (status, action) -> new status, and who may take it.

Pure data (no database). `incidents.services.incident_transition` checks against it, the
detail page draws its buttons from it, and a unit test walks every pair.

- MANAGE: global `incidents.manage_incident` (the ICT office and the secretariat).
- Notes and reports by department staff are not transitions (see services).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from .models import IncidentStatus as S

MANAGE = "incidents.manage_incident"


class Action:
    CONFIRM = "confirm"
    DISMISS = "dismiss"
    RESOLVE = "resolve"
    REOPEN = "reopen"


@dataclass(frozen=True)
class ActionSpec:
    label: StrOrPromise
    comment_required: bool = False
    style: str = "button"


ACTIONS: dict[str, ActionSpec] = {
    Action.CONFIRM: ActionSpec(_("Confirm the incident"), style="button--primary"),
    Action.DISMISS: ActionSpec(_("Dismiss (no incident)"), comment_required=True),
    Action.RESOLVE: ActionSpec(_("Resolve"), comment_required=True, style="button--primary"),
    Action.REOPEN: ActionSpec(_("Reopen"), comment_required=True),
}

TRANSITIONS: dict[tuple[str, str], str] = {
    (S.SUSPECTED, Action.CONFIRM): S.OPEN,
    (S.SUSPECTED, Action.DISMISS): S.DISMISSED,
    (S.SUSPECTED, Action.RESOLVE): S.RESOLVED,
    (S.OPEN, Action.RESOLVE): S.RESOLVED,
    (S.RESOLVED, Action.REOPEN): S.OPEN,
    (S.DISMISSED, Action.REOPEN): S.OPEN,
}

# Timeline entries that are not transitions.
EVENT_LABELS = {
    "open": _("Opened"),
    "detect": _("Opened by spike detection"),
    "report": _("Impersonation reported"),
    "assign": _("Owner assigned"),
    "note": _("Note"),
    "link_comments": _("Comments linked"),
}


def next_status(status: str, action: str) -> str | None:
    """The status after `action`, or None when the table does not allow it."""
    return TRANSITIONS.get((status, action))


def actions_from(status: str) -> list[str]:
    return [action for (state, action) in TRANSITIONS if state == status]


def action_label(action: str) -> str:
    if action in ACTIONS:
        return str(ACTIONS[action].label)
    return str(EVENT_LABELS.get(action, action))
