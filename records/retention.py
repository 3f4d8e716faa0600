"""Retention: each kind of record, its default class, what expiry means, and the run.

Defaults (the ICT office may change each one on /records/retention/):

=====================  =========  ==========================================================
kind                   default    when expired
=====================  =========  ==========================================================
posts                  permanent  the post's text and raw answer are erased (id, times stay)
comments (visible)     5 years    text, author name and id erased (the row, flags stay)
hidden/deleted text    5 years    ``moderation.services.moderation_text_purge``
comment revisions      1 year     deleted
webhook deliveries     1 year     deleted
sync runs              1 year     deleted
disclosure files       1 year     the ZIP is deleted (the request and its SHA-256 stay)
flags, decisions, log  permanent  never (public records; the audit log is append-only)
=====================  =========  ==========================================================

The age runs from the record's own date (``created_time``, ``replaced_at``, ...). A legal
hold in force on a page, a date range, or both, keeps every row it covers. A run first
counts (the report), then, unless it is a dry run, works in batches of ``BATCH`` rows, each
in its own transaction, so a long run never holds locks for long.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.db.models import CharField, F, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat

from comments.models import Comment, CommentRevision, Post, SyncRun, WebhookDelivery
from moderation.models import Flag
from moderation.services import moderation_text_purge, moderation_text_purgeable

from .models import DisclosureRequest, LegalHold, RecordKind, RetentionClass

BATCH = 1000

DEFAULTS: dict[str, str] = {
    RecordKind.POSTS: RetentionClass.PERMANENT,
    RecordKind.COMMENTS: RetentionClass.Y5,
    RecordKind.MODERATED_TEXT: RetentionClass.Y5,
    RecordKind.COMMENT_REVISIONS: RetentionClass.Y1,
    RecordKind.WEBHOOK_DELIVERIES: RetentionClass.Y1,
    RecordKind.SYNC_RUNS: RetentionClass.Y1,
    RecordKind.DISCLOSURE_FILES: RetentionClass.Y1,
    RecordKind.DECISIONS: RetentionClass.PERMANENT,
}
# Kinds whose class cannot be changed: the audit log and decisions are append-only.
FIXED = {RecordKind.DECISIONS}


def years_before(moment: dt.datetime, years: int) -> dt.datetime:
    """The same calendar moment ``years`` earlier (29 February falls back to the 28th)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def hold_exclusion(holds: list[LegalHold], *, page_path: str | None, date_field: str) -> Q | None:
    """A Q matching the rows that any hold in force covers (None when no hold applies)."""
    covered = Q()
    any_hold = False
    for hold in holds:
        q = Q()
        if hold.page_id is not None:
            if page_path is None:
                continue  # a page hold cannot reach records that name no page
            q &= Q(**{page_path: hold.page_id})
        if hold.starts_on is not None:
            q &= Q(**{f"{date_field}__date__gte": hold.starts_on})
        if hold.ends_on is not None:
            q &= Q(**{f"{date_field}__date__lte": hold.ends_on})
        covered |= q
        any_hold = True
    return covered if any_hold else None


@dataclass(frozen=True)
class KindSpec:
    """How the retention job finds and treats one kind of record."""

    action: str  # "delete" | "anonymise" | "purge" | "none"
    queryset: Callable[[], QuerySet]
    date_field: str
    page_path: str | None


def _anonymise_comments(ids: list[int]) -> None:
    Comment.objects.filter(pk__in=ids).update(
        message="", author_name="", author_id="", raw={"anonymised": True}
    )
    CommentRevision.objects.filter(comment_id__in=ids).update(message="")
    # The flag's text is part of its unique key: keep each row distinct.
    Flag.objects.filter(comment_id__in=ids).update(
        message_screened=Concat(Value("anonymised:"), Cast(F("id"), output_field=CharField()))
    )


def _erase_posts(ids: list[int]) -> None:
    Post.objects.filter(pk__in=ids).update(message="", raw={"erased": True})


def _expire_files(ids: list[int]) -> None:
    for request in DisclosureRequest.objects.filter(pk__in=ids):
        if request.file_path:
            Path(request.file_path).unlink(missing_ok=True)
    DisclosureRequest.objects.filter(pk__in=ids).update(
        file_path="", status=DisclosureRequest.Status.EXPIRED
    )


SPECS: dict[str, KindSpec] = {
    RecordKind.POSTS: KindSpec(
        "anonymise", lambda: Post.objects.exclude(message=""), "created_time", "page_id"
    ),
    RecordKind.COMMENTS: KindSpec(
        "anonymise",
        lambda: Comment.objects.filter(is_hidden=False, is_deleted=False).exclude(
            message="", author_name="", author_id=""
        ),
        "created_time",
        "page_id",
    ),
    RecordKind.MODERATED_TEXT: KindSpec("purge", Comment.objects.none, "created_time", "page_id"),
    RecordKind.COMMENT_REVISIONS: KindSpec(
        "delete", CommentRevision.objects.all, "replaced_at", "comment__page_id"
    ),
    RecordKind.WEBHOOK_DELIVERIES: KindSpec(
        "delete", WebhookDelivery.objects.all, "received_at", None
    ),
    RecordKind.SYNC_RUNS: KindSpec("delete", SyncRun.objects.all, "started_at", "page_id"),
    RecordKind.DISCLOSURE_FILES: KindSpec(
        "anonymise",
        lambda: DisclosureRequest.objects.exclude(file_path=""),
        "created_at",
        "pages",
    ),
    RecordKind.DECISIONS: KindSpec("none", Flag.objects.none, "created_at", None),
}
ANONYMISERS: dict[str, Callable[[list[int]], None]] = {
    RecordKind.POSTS: _erase_posts,
    RecordKind.COMMENTS: _anonymise_comments,
    RecordKind.DISCLOSURE_FILES: _expire_files,
}


@dataclass
class KindPlan:
    kind: str
    retention: str
    action: str
    cutoff: dt.datetime | None
    expired: int = 0  # past retention, holds or not
    held: int = 0  # of those, kept by a legal hold
    done: int = 0  # anonymised or deleted by this run

    @property
    def to_process(self) -> int:
        return self.expired - self.held

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "retention": self.retention,
            "action": self.action,
            "cutoff": self.cutoff.isoformat() if self.cutoff else None,
            "expired": self.expired,
            "held": self.held,
            "to_process": self.to_process,
            "done": self.done,
        }


def _expired(kind: str, cutoff: dt.datetime, holds: list[LegalHold]) -> tuple[QuerySet, QuerySet]:
    """(every expired row, the expired rows no hold covers) of one kind."""
    spec = SPECS[kind]
    if spec.action == "purge":
        days = 0  # moderation_text_purgeable counts from "now"; pass the cutoff as days
        everything = moderation_text_purgeable(now=cutoff, retention_days=days)
        exclusion = hold_exclusion(holds, page_path="page_id", date_field="created_time")
        free = moderation_text_purgeable(now=cutoff, retention_days=days, exclude=exclusion)
        return everything, free
    everything = spec.queryset().filter(**{f"{spec.date_field}__lt": cutoff})
    exclusion = hold_exclusion(holds, page_path=spec.page_path, date_field=spec.date_field)
    free = everything.exclude(exclusion) if exclusion is not None else everything
    return everything, free


def retention_plan(
    *, classes: dict[str, str], holds: list[LegalHold], now: dt.datetime
) -> list[KindPlan]:
    """What a run would do now, per kind: the report shown before anything is touched."""
    plans = []
    for kind in RecordKind.values:
        retention = classes.get(kind, DEFAULTS[kind])
        action = SPECS[kind].action
        if retention == RetentionClass.PERMANENT or action == "none":
            plans.append(KindPlan(kind, retention, "none", None))
            continue
        cutoff = years_before(now, int(retention))
        everything, free = _expired(kind, cutoff, holds)
        expired = everything.count()
        plans.append(KindPlan(kind, retention, action, cutoff, expired, expired - free.count()))
    return plans


def retention_execute(plan: KindPlan, *, holds: list[LegalHold], now: dt.datetime) -> int:
    """Carry out one kind's plan in batches; returns the rows anonymised or deleted."""
    if plan.action == "none" or plan.cutoff is None:
        return 0
    if plan.action == "purge":
        exclusion = hold_exclusion(holds, page_path="page_id", date_field="created_time")
        days = (now - plan.cutoff).days
        total = 0
        while True:
            purged = moderation_text_purge(
                now=now, retention_days=days, exclude=exclusion, limit=BATCH
            )
            total += purged
            if purged < BATCH:
                return total
    total = 0
    _everything, free = _expired(plan.kind, plan.cutoff, holds)
    while True:
        ids = list(free.order_by("pk").values_list("pk", flat=True).distinct()[:BATCH])
        if not ids:
            return total
        with transaction.atomic():
            if plan.action == "delete":
                free.model.objects.filter(pk__in=ids).delete()
            else:
                ANONYMISERS[plan.kind](ids)
        total += len(ids)
