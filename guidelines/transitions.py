"""The activity-policy (活用方針) version lifecycle as data.

Version 1 moves with the page's application (submit, return, approve, reject come from
the page's transitions). Later versions are revisions of an operating page's policy: the
department submits one, the ICT office approves it (the version in force is then
superseded) or returns it to draft. Pure data; a unit test walks every pair.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from pages.transitions import MANAGE, REVIEW

from .models import ActivityPolicyStatus as S

# action -> (permission, decides, comment required, label)
POLICY_ACTIONS: dict[str, tuple[str, bool, bool, StrOrPromise]] = {
    "submit": (MANAGE, False, False, _("Submit the revision")),
    "approve": (REVIEW, True, False, _("Approve the revision")),
    "return": (REVIEW, True, True, _("Return the revision")),
    "reject": (REVIEW, True, True, _("Reject the revision")),
}

POLICY_TRANSITIONS: dict[tuple[str, str], str] = {
    (S.DRAFT, "submit"): S.PENDING,
    (S.PENDING, "approve"): S.IN_FORCE,
    (S.PENDING, "return"): S.DRAFT,
    (S.PENDING, "reject"): S.REJECTED,
}


def policy_next_status(status: str, action: str) -> str | None:
    """The status after `action`, or None when not allowed."""
    return POLICY_TRANSITIONS.get((status, action))
