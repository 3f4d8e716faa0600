"""Writers for public records: disclosure requests (create, build, release), retention
classes, legal holds, retention runs, the audit chain's daily anchor and the service target.

Every permission is checked here (``user_can``); the views only turn ``DomainError`` into a
message. Builds and retention runs are long: they run in the worker (``records.tasks``).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can
from moderation.audit_chain import audit_chain_head, audit_chain_lock, audit_write
from moderation.models import AuditEntry
from pages.models import OfficialPage

from . import exports, retention
from .models import (
    AuditAnchor,
    DisclosureRequest,
    LegalHold,
    RecordKind,
    RetentionClass,
    RetentionPolicy,
    RetentionRun,
    ServiceTarget,
)
from .redaction import Redactor

logger = logging.getLogger(__name__)
MAX_RANGE_DAYS = 366 * 10


def _day_bounds(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return start, end


# --------------------------------------------------------------------------- disclosure


def disclosure_request_create(*, actor, reference: str, page_ids: list[int], date_from: dt.date,
                              date_to: dt.date, contents: list[str]) -> DisclosureRequest:  # fmt: skip
    """Record a disclosure request (the ICT office or the secretariat) and queue its build
    in the worker after commit."""
    if not user_can(actor, "records.request_disclosure"):
        raise PermissionDeniedError(_("You may not request a disclosure export."))
    if date_from > date_to:
        raise DomainError(_("The start date must not be after the end date."))
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise DomainError(_("The date range is too long."))
    contents = [c for c in DisclosureRequest.Content.values if c in set(contents)]
    if not contents:
        raise DomainError(_("Choose at least one kind of record."))
    pages = list(OfficialPage.objects.filter(pk__in=page_ids))
    if not pages:
        raise DomainError(_("Choose at least one page."))
    with transaction.atomic():
        request = DisclosureRequest(
            reference=reference.strip(),
            date_from=date_from,
            date_to=date_to,
            contents=contents,
            created_by=actor,
            created_at=timezone.now(),
        )
        request.full_clean(exclude=["created_by"])
        request.save()
        request.pages.set(pages)
        transaction.on_commit(lambda: _queue_build(request.pk))
    return request


def _queue_build(request_id: int) -> None:
    from .tasks import disclosure_build_task

    disclosure_build_task.delay(request_id)


def disclosure_build(*, request_id: int) -> DisclosureRequest:
    """Build the ZIP for a queued request (the worker); idempotent: a request that is no
    longer queued is left alone. Progress is written as it goes, so the page can show it."""
    with transaction.atomic():
        request = DisclosureRequest.objects.select_for_update().get(pk=request_id)
        if request.status != DisclosureRequest.Status.QUEUED:
            return request
        request.status = DisclosureRequest.Status.BUILDING
        request.save(update_fields=["status"])
    start, end = _day_bounds(request.date_from, request.date_to)
    page_ids = list(request.pages.values_list("pk", flat=True))
    total = _rows_to_write(request, start, end)
    DisclosureRequest.objects.filter(pk=request.pk).update(progress_total=total)
    names = (
        Comment.objects.filter(page_id__in=page_ids, created_time__gte=start, created_time__lt=end)
        .exclude(author_name="")
        .exclude(author_id__in=list(request.pages.values_list("facebook_page_id", flat=True)))
        .values_list("author_name", flat=True)
        .distinct()
    )
    redactor = Redactor(names.iterator(chunk_size=5000))
    directory = Path(settings.RECORDS_EXPORT_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"disclosure-{request.pk}-{secrets.token_hex(8)}.zip"

    def progress(done: int) -> None:
        DisclosureRequest.objects.filter(pk=request.pk).update(progress_done=done)

    try:
        preview, written = exports.build_zip(
            path=str(path),
            request=request,
            redactor=redactor,
            start=start,
            end=end,
            progress=progress,
        )
    except Exception as error:
        path.unlink(missing_ok=True)
        DisclosureRequest.objects.filter(pk=request.pk).update(
            status=DisclosureRequest.Status.FAILED, error=str(error)[:500]
        )
        raise
    DisclosureRequest.objects.filter(pk=request.pk).update(
        status=DisclosureRequest.Status.READY,
        file_path=str(path),
        file_size=path.stat().st_size,
        sha256=exports.file_sha256(str(path)),
        preview=preview,
        progress_done=written,
        progress_total=max(total, written),
        built_at=timezone.now(),
    )
    request.refresh_from_db()
    return request


def _rows_to_write(request: DisclosureRequest, start: dt.datetime, end: dt.datetime) -> int:
    chosen = exports.tables(request, start, end)
    return sum(chosen[key].queryset().count() for key in request.contents)


def disclosure_release(*, request_id: int, actor) -> DisclosureRequest:
    """Release a built export after reviewing its redactions: a second person (not the one
    who requested it) with ``records.release_disclosure``. Recorded in the audit log with
    the file's SHA-256."""
    if not user_can(actor, "records.release_disclosure"):
        raise PermissionDeniedError(_("You may not release disclosure exports."))
    with transaction.atomic():
        request = DisclosureRequest.objects.select_for_update().filter(pk=request_id).first()
        if request is None:
            raise DomainError(_("The request does not exist."))
        if request.created_by_id == actor.pk:
            raise PermissionDeniedError(
                _("A second person must release the export: you requested it.")
            )
        if request.status != DisclosureRequest.Status.READY:
            raise InvalidTransitionError(
                _("Only a built export waiting for review can be released.")
            )
        now = timezone.now()
        request.status = DisclosureRequest.Status.RELEASED
        request.released_by = actor
        request.released_at = now
        request.save(update_fields=["status", "released_by", "released_at"])
        audit_write(
            event=AuditEntry.Event.DISCLOSURE_RELEASED,
            created_at=now,
            actor=actor,
            detail={
                "request": request.pk,
                "reference": request.reference,
                "requested_by": request.created_by_id,
                "sha256": request.sha256,
                "rows": request.progress_done,
            },
        )
    return request


# --------------------------------------------------------------------------- retention


def retention_class_set(*, actor, kind: str, retention_value: str) -> RetentionPolicy:
    """Set a kind of record's retention class (the ICT office); fixed kinds refuse."""
    if not user_can(actor, "records.manage_retention"):
        raise PermissionDeniedError(_("You may not set retention classes."))
    if kind not in RecordKind.values or retention_value not in RetentionClass.values:
        raise DomainError(_("Unknown kind of record or retention class."))
    if kind in retention.FIXED:
        raise DomainError(_("This kind of record is kept permanently."))
    policy, _created = RetentionPolicy.objects.update_or_create(
        kind=kind,
        defaults={"retention": retention_value, "updated_by": actor, "updated_at": timezone.now()},
    )
    return policy


def legal_hold_place(*, actor, page_id: int | None, starts_on: dt.date | None,
                     ends_on: dt.date | None, reason: str) -> LegalHold:  # fmt: skip
    """Place a legal hold on a page, a date range, or both (the ICT office)."""
    if not user_can(actor, "records.manage_retention"):
        raise PermissionDeniedError(_("You may not place legal holds."))
    if page_id is None and starts_on is None and ends_on is None:
        raise DomainError(_("A hold needs a page or a date range."))
    if starts_on and ends_on and starts_on > ends_on:
        raise DomainError(_("The start date must not be after the end date."))
    if not (reason or "").strip():
        raise DomainError(_("Give the reason for the hold."))
    page = OfficialPage.objects.filter(pk=page_id).first() if page_id else None
    if page_id and page is None:
        raise DomainError(_("The page does not exist."))
    return LegalHold.objects.create(
        page=page, starts_on=starts_on, ends_on=ends_on, reason=reason.strip(),
        created_by=actor, created_at=timezone.now(),
    )  # fmt: skip


def legal_hold_lift(*, actor, hold_id: int) -> LegalHold:
    """Lift a hold (the ICT office); the row stays as history."""
    if not user_can(actor, "records.manage_retention"):
        raise PermissionDeniedError(_("You may not lift legal holds."))
    with transaction.atomic():
        hold = LegalHold.objects.select_for_update().filter(pk=hold_id).first()
        if hold is None:
            raise DomainError(_("The hold does not exist."))
        if hold.lifted_at is not None:
            raise InvalidTransitionError(_("The hold is already lifted."))
        hold.lifted_by, hold.lifted_at = actor, timezone.now()
        hold.save(update_fields=["lifted_by", "lifted_at"])
    return hold


def retention_run(*, actor=None, dry_run: bool, now: dt.datetime | None = None) -> RetentionRun:
    """Report what has expired and, unless ``dry_run``, anonymise or delete it in batches,
    skipping what a legal hold covers. Every run is stored with its counts and audited.
    The beat task runs it daily; the ICT office may ask for the report at any time."""
    if actor is not None and not user_can(actor, "records.manage_retention"):
        raise PermissionDeniedError(_("You may not run the retention job."))
    now = now or timezone.now()
    classes = dict(RetentionPolicy.objects.values_list("kind", "retention"))
    holds = list(LegalHold.objects.filter(lifted_at__isnull=True))
    plans = retention.retention_plan(classes=classes, holds=holds, now=now)
    run = RetentionRun.objects.create(started_at=now, dry_run=dry_run, actor=actor)
    if not dry_run:
        for plan in plans:
            plan.done = retention.retention_execute(plan, holds=holds, now=now)
    run.report = [plan.as_dict() for plan in plans]
    run.finished_at = timezone.now()
    run.save(update_fields=["report", "finished_at"])
    audit_write(
        event=AuditEntry.Event.RETENTION_RUN,
        created_at=run.finished_at,
        actor=actor,
        detail={
            "run": run.pk,
            "dry_run": dry_run,
            "holds": [hold.pk for hold in holds],
            "counts": {
                p.kind: {"expired": p.expired, "held": p.held, "done": p.done} for p in plans
            },
        },
    )
    logger.info("retention run %s dry_run=%s done=%s", run.pk, dry_run, sum(p.done for p in plans))
    return run


# --------------------------------------------------------------------------- audit anchor


def audit_anchor_write(*, now: dt.datetime | None = None) -> AuditAnchor | None:
    """Write the day's anchor: the chain head as a row of the chain, in ``AuditAnchor``, and
    as a log line (which leaves the database). Daily; a second call on a day does nothing."""
    now = now or timezone.now()
    day = timezone.localtime(now).date()
    with transaction.atomic():
        audit_chain_lock()
        if AuditAnchor.objects.filter(day=day).exists():
            return None
        head_id, head_hash = audit_chain_head()
        if head_id is None:
            return None
        anchor = AuditAnchor.objects.create(
            day=day, head_id=head_id, head_hash=head_hash, created_at=now
        )
        audit_write(
            event=AuditEntry.Event.CHAIN_ANCHOR,
            created_at=now,
            detail={"day": day.isoformat(), "head_id": head_id, "head_hash": head_hash},
        )
    logger.warning("audit anchor day=%s id=%s hash=%s", day.isoformat(), head_id, head_hash)
    return anchor


# --------------------------------------------------------------------------- target


def service_target_set(*, actor, minutes: int) -> ServiceTarget:
    """Set the time-to-hide target (the secretariat): 1 minute to 30 days."""
    if not user_can(actor, "records.set_service_target"):
        raise PermissionDeniedError(_("You may not set the time-to-hide target."))
    if not 1 <= int(minutes) <= 30 * 24 * 60:
        raise DomainError(_("The target must be between 1 minute and 30 days."))
    target, _created = ServiceTarget.objects.update_or_create(
        pk=1, defaults={"minutes": int(minutes), "updated_by": actor, "updated_at": timezone.now()}
    )
    return target
