"""Retention of comment text: erasing the text of comments hidden or deleted longer than the
retention period (flags and decisions stay), each purge audited."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, F, Max, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from comments.models import Comment, CommentRevision

from ..models import AuditEntry, Flag, ModerationAction
from .recording import _audit


def moderation_text_purgeable(*, now: datetime, retention_days: int | None = None,
                              exclude: Q | None = None):  # fmt: skip
    """The comments whose text ``moderation_text_purge`` would erase now (``exclude``: rows a
    legal hold keeps, from ``records.retention``)."""
    days = settings.MODERATION_RETENTION_DAYS if retention_days is None else retention_days
    cutoff = now - timedelta(days=days)
    visibility = [
        ModerationAction.Kind.HIDE,
        ModerationAction.Kind.UNHIDE,
        ModerationAction.Kind.DELETE,
    ]
    comments = (
        Comment.objects.filter(Q(is_hidden=True) | Q(is_deleted=True))
        .exclude(message="")
        .annotate(
            last_change=Max(
                "moderation_actions__done_at",
                filter=Q(
                    moderation_actions__status=ModerationAction.Status.DONE,
                    moderation_actions__kind__in=visibility,
                ),
            ),
            last_decided=Max("decisions__created_at"),
        )
        .filter(Q(deleted_at__isnull=True) | Q(deleted_at__lt=cutoff))
        .filter(Q(last_change__isnull=True) | Q(last_change__lt=cutoff))
        .filter(
            Q(deleted_at__isnull=False) | Q(last_change__isnull=False) | Q(last_decided__lt=cutoff)
        )
    )
    return comments.exclude(exclude) if exclude is not None else comments


def moderation_text_purge(*, now: datetime | None = None, retention_days: int | None = None,
                          exclude: Q | None = None, limit: int | None = None) -> int:  # fmt: skip
    """Erase the text of comments hidden or deleted longer than ``MODERATION_RETENTION_DAYS``.

    The text is kept as a public record until then. The retention runs from the moment the
    comment became hidden or deleted: the later of the deletion being seen and the last
    visibility change Facebook confirmed (hide, unhide, delete); a comment hidden directly on
    Facebook without either falls back to its last decision, and with no date at all it is
    kept (a public record is never erased early). Flags and decisions stay (only the text
    they screened goes), and each purge writes an audit entry. Returns the number of
    comments purged. ``records.retention`` calls it with the retention class the ICT office
    set and the legal holds in force (``retention_days``, ``exclude``, batches of ``limit``).
    """
    now = now or timezone.now()
    days = settings.MODERATION_RETENTION_DAYS if retention_days is None else retention_days
    comments = moderation_text_purgeable(now=now, retention_days=days, exclude=exclude)
    if limit is not None:
        comments = comments.order_by("pk")[:limit]
    purged = 0
    for comment in comments.select_related("page").iterator(chunk_size=500):
        with transaction.atomic():
            # The raw Graph API answer holds the text too; keep only what identifies it.
            Comment.objects.filter(pk=comment.pk).update(
                message="", search_text="", raw={"id": comment.facebook_id, "purged": True}
            )
            CommentRevision.objects.filter(comment=comment).update(message="")
            # The flag's text is part of its unique key: keep each row distinct.
            Flag.objects.filter(comment=comment).update(
                message_screened=Concat(Value("purged:"), Cast(F("id"), output_field=CharField()))
            )
            _audit(AuditEntry.Event.TEXT_PURGED, comment=comment, now=now,
                   detail={"retention_days": days})  # fmt: skip
        purged += 1
    return purged
