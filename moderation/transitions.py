"""Which decisions a comment's state allows, and what each decision asks of Facebook (data).

The state is what Facebook last confirmed (``is_deleted`` / ``is_hidden``), with a pending
outbox hide/unhide counted as done: deciding to hide a comment twice makes no sense even
while Facebook has not answered yet.
"""

from __future__ import annotations

from .models import Decision, ModerationAction

A = Decision.Action

VISIBLE, HIDDEN, DELETED = "visible", "hidden", "deleted"

# (comment state) -> decisions a person may record.
ALLOWED: dict[str, frozenset[str]] = {
    VISIBLE: frozenset({A.KEEP, A.HIDE, A.DELETE, A.BLOCK, A.ESCALATE}),
    HIDDEN: frozenset({A.KEEP, A.UNHIDE, A.DELETE, A.BLOCK, A.ESCALATE}),
    DELETED: frozenset({A.KEEP, A.BLOCK, A.ESCALATE}),
}

# decision -> outbox actions carried to Facebook (keep and escalate only record).
OUTBOX: dict[str, tuple[str, ...]] = {
    A.KEEP: (),
    A.ESCALATE: (),
    A.HIDE: (ModerationAction.Kind.HIDE,),
    A.UNHIDE: (ModerationAction.Kind.UNHIDE,),
    A.DELETE: (ModerationAction.Kind.DELETE,),
    A.BLOCK: (ModerationAction.Kind.BLOCK,),
}

# Decisions the keyboard and the bulk form offer (block and escalate need a look each).
BULK_ACTIONS = (A.KEEP, A.HIDE, A.UNHIDE, A.DELETE)


def comment_state(*, is_hidden: bool, is_deleted: bool, pending: str | None = None) -> str:
    """The state the table is keyed by; ``pending`` is a pending outbox hide/unhide/delete."""
    if is_deleted or pending == ModerationAction.Kind.DELETE:
        return DELETED
    if pending == ModerationAction.Kind.HIDE:
        return HIDDEN
    if pending == ModerationAction.Kind.UNHIDE:
        return VISIBLE
    return HIDDEN if is_hidden else VISIBLE
