"""What a page's withdrawal means for moderation: its open flags leave the queue and its
Facebook actions are cancelled, in the withdrawal's own transaction.

Called through `moderation/page_hooks.py` by `pages.services.page_complete_withdrawal`,
under the page's row lock: a screening or outbox task that runs afterwards sees the page
withdrawn and does nothing (they check the page under the same lock).
"""

from __future__ import annotations

from datetime import datetime

from django.utils.translation import gettext as _

from ..models import AuditEntry, Decision, Flag, ModerationAction
from ..outbox_errors import PAGE_WITHDRAWN
from .recording import _audit


def moderation_page_withdrawn(*, page, actor, now: datetime) -> dict:
    """Close every open flag of `page` as one audited bulk close (「ページ廃止」) and cancel
    its pending and failed outbox actions. One `Decision` per comment records why each
    flag closed (flags are public records and keep it); one `AuditEntry` records the whole
    close with its counts. Idempotent: a second call finds nothing open and writes nothing.
    Returns the counts."""
    open_flags = Flag.objects.filter(comment__page=page, decision__isnull=True)
    by_comment: dict[int, str] = {}
    for comment_id, clause in open_flags.order_by("comment_id", "created_at").values_list(
        "comment_id", "clause"
    ):
        by_comment.setdefault(comment_id, clause)
    reason = _("Page withdrawn (ページ廃止): the page's open flags are closed.")
    flags_closed = 0
    for comment_id, clause in by_comment.items():
        decision = Decision.objects.create(
            comment_id=comment_id,
            action=Decision.Action.PAGE_WITHDRAWN,
            clause=clause,
            reason=reason,
            actor=actor,
            created_at=now,
        )
        flags_closed += open_flags.filter(comment_id=comment_id).update(decision=decision)
    cancelled = ModerationAction.objects.filter(
        comment__page=page,
        status__in=[ModerationAction.Status.PENDING, ModerationAction.Status.FAILED],
    ).update(status=ModerationAction.Status.CANCELLED, error_code=PAGE_WITHDRAWN, updated_at=now)
    counts = {"flags": flags_closed, "comments": len(by_comment), "actions_cancelled": cancelled}
    if flags_closed or cancelled:
        _audit(AuditEntry.Event.PAGE_WITHDRAWN, actor=actor, page=page, detail=counts, now=now)
    return counts


def moderation_page_withdrawal_preview(*, page) -> dict:
    """How many open flags and outbox actions a withdrawal of `page` would close (for the
    confirmation step)."""
    return {
        "flags": Flag.objects.filter(comment__page=page, decision__isnull=True).count(),
        "actions": ModerationAction.objects.filter(
            comment__page=page,
            status__in=[ModerationAction.Status.PENDING, ModerationAction.Status.FAILED],
        ).count(),
    }
