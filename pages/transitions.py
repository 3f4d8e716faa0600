"""The page lifecycle as data: (status, action) -> new status, and who may take each action.

Pure data and pure functions (no database): the transition service checks against this
table, the detail page draws its buttons from it, and a unit test walks every pair.

Permissions:
- MANAGE: `accounts.manage_department_pages` on the page's department (department admins).
- REVIEW: global `pages.review_page` (the ICT Promotion Office).
- SYSTEM: the periodic job or the ingestion worker (actor None); the ICT office may also
  open a review by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from .models import PageStatus as S

MANAGE = "accounts.manage_department_pages"
REVIEW = "pages.review_page"


class Action:
    SUBMIT = "submit"
    CANCEL = "cancel"
    RETURN = "return"
    REJECT = "reject"
    APPROVE = "approve"
    CONNECT = "connect"
    OPEN_REVIEW = "open_review"
    ANSWER_CONTINUE = "answer_continue"
    APPROVE_CONTINUATION = "approve_continuation"
    RETURN_CONTINUATION = "return_continuation"
    REQUEST_WITHDRAWAL = "request_withdrawal"
    APPROVE_WITHDRAWAL = "approve_withdrawal"
    DECLINE_WITHDRAWAL = "decline_withdrawal"
    COMPLETE_WITHDRAWAL = "complete_withdrawal"


@dataclass(frozen=True)
class ActionSpec:
    """How an action is allowed and shown."""

    label: StrOrPromise
    permissions: tuple[str, ...]  # any one of them suffices
    comment_required: bool = False
    system_allowed: bool = False  # may run with actor=None (periodic job, worker)
    decides: bool = False  # a decision on a pending request: the submitter may not take it
    style: str = "button"  # CSS modifier for the button
    has_own_form: bool = False  # needs more than a comment (its own view)


A = Action
ACTIONS: dict[str, ActionSpec] = {
    A.SUBMIT: ActionSpec(_("Submit application"), (MANAGE,), style="button--primary"),
    A.CANCEL: ActionSpec(_("Cancel application"), (MANAGE,), style="button--danger"),
    A.RETURN: ActionSpec(_("Return for changes"), (REVIEW,), comment_required=True, decides=True),
    A.REJECT: ActionSpec(
        _("Reject"), (REVIEW,), comment_required=True, decides=True, style="button--danger"
    ),
    A.APPROVE: ActionSpec(_("Approve"), (REVIEW,), decides=True, style="button--primary"),
    A.CONNECT: ActionSpec(
        _("Connect the Facebook page"), (MANAGE,), style="button--primary", has_own_form=True
    ),
    A.OPEN_REVIEW: ActionSpec(
        _("Open a continuation review"), (REVIEW,), comment_required=True, system_allowed=True
    ),
    A.ANSWER_CONTINUE: ActionSpec(
        _("Answer: continue"), (MANAGE,), style="button--primary", has_own_form=True
    ),
    A.APPROVE_CONTINUATION: ActionSpec(
        _("Approve continuation"), (REVIEW,), decides=True, style="button--primary"
    ),
    A.RETURN_CONTINUATION: ActionSpec(
        _("Return the answer"), (REVIEW,), comment_required=True, decides=True
    ),
    A.REQUEST_WITHDRAWAL: ActionSpec(
        _("Request withdrawal"), (MANAGE, REVIEW), comment_required=True, style="button--danger"
    ),
    A.APPROVE_WITHDRAWAL: ActionSpec(
        _("Approve withdrawal"), (REVIEW,), decides=True, style="button--primary"
    ),
    A.DECLINE_WITHDRAWAL: ActionSpec(
        _("Decline withdrawal"), (REVIEW,), comment_required=True, decides=True
    ),
    A.COMPLETE_WITHDRAWAL: ActionSpec(
        _("Complete the withdrawal checklist"),
        (MANAGE, REVIEW),
        style="button--primary",
        has_own_form=True,
    ),
}

# Timeline rows that are not transitions (from == to).
EVENT_LABELS = {
    "create": _("Application created"),
    "connection_broken": _("Connection to Facebook broken"),
    "webhooks_subscribed": _("Facebook notifications turned on"),
    "webhooks_subscribe_failed": _("Facebook notifications could not be turned on"),
    "webhooks_unsubscribed": _("Facebook notifications stopped"),
    "webhooks_unsubscribe_failed": _("Facebook notifications could not be stopped"),
    "connection_ok": _("Connection to Facebook restored"),
    "policy_submit": _("Activity policy revision submitted"),
    "policy_approve": _("Activity policy revision approved"),
    "policy_return": _("Activity policy revision returned"),
    "policy_reject": _("Activity policy revision rejected"),
}

# (status, action) -> new status. Reconnecting an operating page keeps its status.
TRANSITIONS: dict[tuple[str, str], str] = {
    (S.DRAFT, A.SUBMIT): S.SUBMITTED,
    (S.RETURNED, A.SUBMIT): S.SUBMITTED,
    (S.DRAFT, A.CANCEL): S.CANCELLED,
    (S.RETURNED, A.CANCEL): S.CANCELLED,
    (S.SUBMITTED, A.RETURN): S.RETURNED,
    (S.SUBMITTED, A.REJECT): S.REJECTED,
    (S.SUBMITTED, A.APPROVE): S.APPROVED,
    (S.APPROVED, A.CONNECT): S.ACTIVE,
    (S.ACTIVE, A.CONNECT): S.ACTIVE,
    (S.REVIEW_DUE, A.CONNECT): S.REVIEW_DUE,
    (S.CONTINUATION_ANSWERED, A.CONNECT): S.CONTINUATION_ANSWERED,
    (S.ACTIVE, A.OPEN_REVIEW): S.REVIEW_DUE,
    (S.REVIEW_DUE, A.ANSWER_CONTINUE): S.CONTINUATION_ANSWERED,
    (S.CONTINUATION_ANSWERED, A.APPROVE_CONTINUATION): S.ACTIVE,
    (S.CONTINUATION_ANSWERED, A.RETURN_CONTINUATION): S.REVIEW_DUE,
    (S.ACTIVE, A.REQUEST_WITHDRAWAL): S.WITHDRAWAL_REQUESTED,
    (S.REVIEW_DUE, A.REQUEST_WITHDRAWAL): S.WITHDRAWAL_REQUESTED,
    (S.WITHDRAWAL_REQUESTED, A.APPROVE_WITHDRAWAL): S.WITHDRAWAL_APPROVED,
    (S.WITHDRAWAL_REQUESTED, A.DECLINE_WITHDRAWAL): S.ACTIVE,
    (S.WITHDRAWAL_APPROVED, A.COMPLETE_WITHDRAWAL): S.WITHDRAWN,
}

# Which pending request an action opens, and which one it closes (with what outcome).
OPENS_REQUEST: dict[str, str] = {
    A.SUBMIT: "open",
    A.ANSWER_CONTINUE: "continuation",
    A.REQUEST_WITHDRAWAL: "withdrawal",
}
CLOSES_REQUEST: dict[str, str] = {
    A.RETURN: "returned",
    A.REJECT: "rejected",
    A.APPROVE: "approved",
    A.APPROVE_CONTINUATION: "approved",
    A.RETURN_CONTINUATION: "returned",
    A.APPROVE_WITHDRAWAL: "approved",
    A.DECLINE_WITHDRAWAL: "declined",
}

# Who must act next, to be told by e-mail: "ict" (the ICT office), "department" (the
# department's admins and the page's responsible person).
NOTIFY: dict[str, tuple[str, ...]] = {
    A.SUBMIT: ("ict",),
    A.CANCEL: ("department",),
    A.RETURN: ("department",),
    A.REJECT: ("department",),
    A.APPROVE: ("department",),
    A.CONNECT: ("ict", "department"),
    A.OPEN_REVIEW: ("department", "ict"),
    A.ANSWER_CONTINUE: ("ict",),
    A.APPROVE_CONTINUATION: ("department",),
    A.RETURN_CONTINUATION: ("department",),
    A.REQUEST_WITHDRAWAL: ("ict", "department"),
    A.APPROVE_WITHDRAWAL: ("department",),
    A.DECLINE_WITHDRAWAL: ("department",),
    A.COMPLETE_WITHDRAWAL: ("ict", "department"),
}


def next_status(status: str, action: str) -> str | None:
    """The status after `action` from `status`, or None when the table does not allow it."""
    return TRANSITIONS.get((status, action))


def actions_from(status: str) -> list[str]:
    """Every action the table allows from `status`, in the table's order."""
    return [action for (state, action) in TRANSITIONS if state == status]
