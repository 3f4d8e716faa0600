"""The mark the review queue's search reads: `Comment.has_flags`."""

from __future__ import annotations

from comments.models import Comment


def comment_mark_flagged(*, comment: Comment) -> None:
    """Mark ``comment`` as flagged (once; never cleared), in the caller's transaction.

    Called by the services that raise flags (the screening and the learned scorer) when they
    create one: the queue's text search reads flagged comments through a partial index on
    this mark (comments migration 0003), so a flag without it would not be found by text.
    """
    if comment.has_flags:
        return
    Comment.objects.filter(pk=comment.pk, has_flags=False).update(has_flags=True)
    comment.has_flags = True
