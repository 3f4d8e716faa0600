"""The operator change request's life, as data: (status, action) -> new status, and who may act.

A department admin files a request (pending); the ICT office approves or declines it; the
department that filed it may withdraw it while it is pending. Nothing leaves a final state.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

PENDING = "pending"
APPROVED = "approved"
DECLINED = "declined"
WITHDRAWN = "withdrawn"

APPROVE = "approve"
DECLINE = "decline"
WITHDRAW = "withdraw"

ACTION_LABELS = {
    APPROVE: _("Approve"),
    DECLINE: _("Decline"),
    WITHDRAW: _("Withdraw the request"),
}

TRANSITIONS: dict[tuple[str, str], str] = {
    (PENDING, APPROVE): APPROVED,
    (PENDING, DECLINE): DECLINED,
    (PENDING, WITHDRAW): WITHDRAWN,
}

# The permission an action needs: global for the ICT office, on the department for its admin.
ACTION_PERMISSIONS: dict[str, str] = {
    APPROVE: "accounts.manage_roles",
    DECLINE: "accounts.manage_roles",
    WITHDRAW: "accounts.request_operator_change",
}

STATUSES = (PENDING, APPROVED, DECLINED, WITHDRAWN)
ACTIONS = (APPROVE, DECLINE, WITHDRAW)


def next_status(status: str, action: str) -> str | None:
    """The status after `action`, or None when the table does not allow it."""
    return TRANSITIONS.get((status, action))
