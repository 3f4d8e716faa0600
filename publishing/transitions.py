"""The post lifecycle as data: (status, action) -> new status, and who may take each action.

Pure data (no database): the transition service checks against this table, the post page
draws its buttons from it, and a unit test walks every pair.

Who (computed per post by `publishing.selectors.post_roles`):
- WRITER: an operator of the page's department (writes and submits drafts).
- APPROVER: the approver the page's activity policy names; never the post's author.
- RESUMER: who may resume a paused post (an approver, the ICT office for disaster mode, the
  secretariat for crisis mode).
- SYSTEM: the worker (actor None).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from .models import PostStatus as S

WRITER = "writer"
APPROVER = "approver"
RESUMER = "resumer"
SYSTEM = "system"


class Action:
    EDIT = "edit"
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    REJECT = "reject"
    CANCEL = "cancel"
    PAUSE = "pause"
    RESUME = "resume"
    START = "start"
    PUBLISHED = "published"
    FAIL = "fail"
    RETRY = "retry"
    LAPSE = "lapse"
    DELETED = "deleted"


@dataclass(frozen=True)
class ActionSpec:
    """How an action is allowed and shown."""

    label: StrOrPromise
    roles: tuple[str, ...]  # any one of them suffices
    comment_required: bool = False
    decides: bool = False  # the post's author may not take it
    style: str = "button"
    shown: bool = True  # a button on the post page (others are done by the worker or forms)


A = Action
ACTIONS: dict[str, ActionSpec] = {
    A.EDIT: ActionSpec(_("Edit"), (WRITER,), shown=False),
    A.SUBMIT: ActionSpec(_("Submit for approval"), (WRITER,), style="button--primary"),
    A.APPROVE: ActionSpec(_("Approve"), (APPROVER,), decides=True, style="button--primary"),
    A.RETURN: ActionSpec(
        _("Return with a reason"), (APPROVER,), comment_required=True, decides=True
    ),
    A.REJECT: ActionSpec(
        _("Reject"), (APPROVER,), comment_required=True, decides=True, style="button--danger"
    ),
    A.CANCEL: ActionSpec(_("Cancel the post"), (WRITER, APPROVER), style="button--danger"),
    A.PAUSE: ActionSpec(_("Pause"), (SYSTEM, RESUMER), shown=False),
    A.RESUME: ActionSpec(_("Resume"), (RESUMER,), style="button--primary"),
    A.START: ActionSpec(_("Publishing started"), (SYSTEM,), shown=False),
    A.PUBLISHED: ActionSpec(_("Published"), (SYSTEM,), shown=False),
    A.FAIL: ActionSpec(_("Publishing failed"), (SYSTEM,), shown=False),
    A.RETRY: ActionSpec(_("Try publishing again"), (APPROVER,), style="button--primary"),
    A.LAPSE: ActionSpec(_("Approval lapsed"), (SYSTEM,), shown=False),
    A.DELETED: ActionSpec(_("Deleted from Facebook"), (SYSTEM,), shown=False),
}

# Events that are not transitions of the table (or read better as a past event).
EVENT_LABELS = {
    "create": _("Draft written"),
    "edit": _("Edited"),
    "acknowledge": _("Finding acknowledged"),
    "submit": _("Submitted for approval"),
    "approve": _("Approved"),
    "return": _("Returned"),
    "attempt_again": _("Publishing attempted again"),
    "published": _("Published on Facebook"),
    "correction_edit_requested": _("Correction requested"),
    "correction_delete_requested": _("Deletion requested"),
    "correction_edit_urgent": _("Urgent correction by the responsible person"),
    "correction_delete_urgent": _("Urgent deletion by the responsible person"),
    "correction_approved": _("Correction approved"),
    "correction_rejected": _("Correction rejected"),
    "correction_done": _("Correction made on Facebook"),
    "correction_failed": _("Correction failed"),
}

_EDITABLE = (S.DRAFT, S.RETURNED, S.PENDING, S.SCHEDULED, S.PAUSED, S.FAILED, S.LAPSED)
_CANCELLABLE = _EDITABLE

TRANSITIONS: dict[tuple[str, str], str] = {
    **{(status, A.EDIT): S.DRAFT for status in _EDITABLE},
    (S.DRAFT, A.SUBMIT): S.PENDING,
    (S.RETURNED, A.SUBMIT): S.PENDING,
    (S.LAPSED, A.SUBMIT): S.PENDING,
    (S.PENDING, A.APPROVE): S.SCHEDULED,
    (S.PENDING, A.RETURN): S.RETURNED,
    (S.PENDING, A.REJECT): S.REJECTED,
    **{(status, A.CANCEL): S.CANCELLED for status in _CANCELLABLE},
    (S.SCHEDULED, A.PAUSE): S.PAUSED,
    (S.PAUSED, A.RESUME): S.SCHEDULED,
    (S.SCHEDULED, A.START): S.PUBLISHING,
    (S.PUBLISHING, A.PUBLISHED): S.PUBLISHED,
    (S.PUBLISHING, A.FAIL): S.FAILED,
    (S.FAILED, A.RETRY): S.SCHEDULED,
    (S.SCHEDULED, A.LAPSE): S.LAPSED,
    (S.PAUSED, A.LAPSE): S.LAPSED,
    (S.FAILED, A.LAPSE): S.LAPSED,
    (S.PUBLISHED, A.DELETED): S.DELETED,
}


def target_status(status: str, action: str) -> str | None:
    """The status after `action`, or None when the table does not allow it."""
    return TRANSITIONS.get((status, action))


def allowed(status: str, action: str, roles: set[str]) -> bool:
    """The table allows the action from this status for someone holding `roles`."""
    spec = ACTIONS.get(action)
    return (
        spec is not None
        and target_status(status, action) is not None
        and bool(set(spec.roles) & roles)
    )


def actions_from(status: str) -> list[str]:
    """Every action the table allows from `status`, in the table's order."""
    return [action for action in ACTIONS if target_status(status, action) is not None]
