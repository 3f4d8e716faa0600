"""The model lifecycle as data: (status, action) -> status, and the permission it needs.

``accept`` makes a candidate the active model (the active one, if any, is retired);
``reject`` sets a candidate aside; ``rollback`` retires the active model and makes the
model that was active before it active again (none: no learned scoring until one is
accepted). Only ``scoring.services.scorer_transition`` applies this table.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import ScorerModel

Status = ScorerModel.Status
PERMISSION = "scoring.manage_scorermodel"


class Action(models.TextChoices):
    ACCEPT = "accept", _("Accept and make active")
    REJECT = "reject", _("Reject")
    ROLLBACK = "rollback", _("Roll back to the previous model")


TRANSITIONS: dict[tuple[str, str], str] = {
    (Status.CANDIDATE, Action.ACCEPT): Status.ACTIVE,
    (Status.CANDIDATE, Action.REJECT): Status.REJECTED,
    (Status.ACTIVE, Action.ROLLBACK): Status.RETIRED,
}


def next_status(status: str, action: str) -> str | None:
    """The status after ``action``, or None when the table does not allow it."""
    return TRANSITIONS.get((status, action))


def actions_for(status: str) -> list[str]:
    """The actions the table allows from ``status`` (drives the buttons and the checks)."""
    return [action for (state, action) in TRANSITIONS if state == status]
