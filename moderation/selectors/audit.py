"""Reads of the moderation audit log: entries a user may see, the log's filters, and the items of bulk decisions."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from ishinomaki_sns.common.permissions import user_can

from ..models import (
    AuditEntry,
    BulkDecision,
    Decision,
    Flag,
)


def audit_entries_visible_to(*, user) -> QuerySet[AuditEntry]:
    """The audit log, newest first (holders of ``moderation.view_auditentry``)."""
    if not user_can(user, "moderation.view_auditentry"):
        return AuditEntry.objects.none()
    return AuditEntry.objects.select_related(
        "actor", "page__department", "comment", "decision", "action", "batch"
    ).order_by("-created_at", "-id")


def audit_entries_filtered(
    *,
    user,
    actor_id: int | None = None,
    department_id: int | None = None,
    page_id: int | None = None,
    event: str | None = None,
    comment_id: int | None = None,
    rule_slug: str | None = None,
    date_from=None,
    date_to=None,
) -> QuerySet[AuditEntry]:
    """The audit log narrowed by person, department, page, event, date range (Japan days), or
    one object's history (a comment, incl. the bulk decisions it was part of; a rule's flags'
    decisions). A bulk decision is one row; ``audit_batch_items`` expands it."""
    entries = audit_entries_visible_to(user=user)
    if actor_id:
        entries = entries.filter(actor_id=actor_id)
    if page_id:
        entries = entries.filter(_entry_or_its_batch(comment__page_id=page_id))
    if department_id:
        entries = entries.filter(_entry_or_its_batch(comment__page__department_id=department_id))
    if event:
        entries = entries.filter(event=event)
    if comment_id:
        entries = entries.filter(_entry_or_its_batch(comment_id=comment_id))
    if rule_slug:
        decided = Flag.objects.filter(rule__slug=rule_slug, decision__isnull=False)
        entries = entries.filter(
            Q(decision__in=decided.values("decision_id"))
            | Q(
                batch__in=Decision.objects.filter(pk__in=decided.values("decision_id")).values(
                    "batch_id"
                )
            )
        )
    if date_from:
        entries = entries.filter(created_at__date__gte=date_from)
    if date_to:
        entries = entries.filter(created_at__date__lte=date_to)
    return entries


def _entry_or_its_batch(**about_comment) -> Q:
    """Entries about the comment(s) described (``comment_id=…``, ``comment__page_id=…``),
    written on the entry itself or on one of its decisions of a bulk decision: a bulk
    decision is one audit row for many comments, so it matches through its decisions."""
    (lookup, value), *_none = about_comment.items()
    # The entry's own page is a column of its own (an entry about a page has no comment).
    own = lookup.removeprefix("comment__")
    return Q(**{own: value}) | Q(
        batch__in=BulkDecision.objects.filter(**{f"decisions__{lookup}": value})
    )


def audit_batch_items(*, batch_ids) -> dict[int, list[Decision]]:
    """The decisions of each bulk decision, for expanding its audit row."""
    items: dict[int, list[Decision]] = {}
    decisions = (
        Decision.objects.filter(batch_id__in=list(batch_ids))
        .select_related("comment__page")
        .prefetch_related("actions")
        .order_by("batch_id", "id")
    )
    for decision in decisions:
        if decision.batch_id is not None:
            items.setdefault(decision.batch_id, []).append(decision)
    return items


def audit_listed_decisions(*, entries) -> dict[int, list[Decision]]:
    """The decisions an entry's detail lists by id without a batch (closing the flags a
    rule change made stale writes one per comment), keyed by entry, for expanding its audit
    row as a bulk decision's is. Called only by the audit log, whose readers see every
    department."""
    wanted = {
        entry.pk: [pk for pk in entry.detail.get("decisions") or [] if isinstance(pk, int)]
        for entry in entries
        if not entry.batch_id and isinstance(entry.detail, dict)
    }
    ids = {pk for pks in wanted.values() for pk in pks}
    if not ids:
        return {}
    decisions = (
        Decision.objects.filter(pk__in=ids)
        .select_related("comment__page")
        .prefetch_related("actions")
        .in_bulk()
    )
    return {
        entry_id: [decisions[pk] for pk in pks if pk in decisions]
        for entry_id, pks in wanted.items()
        if pks
    }
