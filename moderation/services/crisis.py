"""Crisis mode: a page under fire (炎上) has every newly flagged comment hidden at once.

Switching on needs a reason and may hide the flagged comments already on the page (one
audited bulk decision); switching off may unhide exactly what crisis mode hid. The current
state is cached for the header of every staff page (``selectors.crisis_mode_state``); each
switch clears the cache after commit.
"""

from __future__ import annotations

import contextlib

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from ishinomaki_sns.common.errors import (
    DomainError,
    InvalidTransitionError,
    PermissionDeniedError,
)
from ishinomaki_sns.common.permissions import user_can
from pages.models import OfficialPage

from ..models import AuditEntry, BulkDecision, CrisisModeChange, Decision, Flag
from ..selectors import CRISIS_CACHE_KEY, crisis_mode_latest
from .recording import _audit
from .review import MAX_REASON, _bulk_run


def _crisis_cache_clear() -> None:
    from django.core.cache import cache

    def forget() -> None:
        # A cache outage must not stop the switch: the cached state lives 60 s at most.
        with contextlib.suppress(Exception):
            cache.delete(CRISIS_CACHE_KEY)

    # Now, and again after commit: a request that re-cached the old state in between is
    # corrected at once.
    forget()
    transaction.on_commit(forget)


def crisis_mode_set(*, page_id: int, actor, enabled: bool, reason: str = "",
                    hide_existing: bool = False, unhide: bool = False,
                    incident_id: int | None = None) -> CrisisModeChange:  # fmt: skip
    """Switch a page's crisis mode on or off (the secretariat and the ICT office), recording
    who, when and why (a reason is required to switch it on).

    While on, every newly flagged comment on the page is hidden at once, pending review.
    ``hide_existing`` also hides the comments already on the page with an open flag, as one
    audited bulk decision (their flags stay open for review). Switching off with ``unhide``
    unhides what crisis mode hid that is still hidden and that nobody decided on since, as
    one bulk decision. ``incident_id`` links the switch to the incident it answers.
    """
    if not user_can(actor, "moderation.set_crisis_mode"):
        raise PermissionDeniedError(_("You may not switch crisis mode."))
    reason = (reason or "").strip()
    if enabled and not reason:
        raise DomainError(_("Write why crisis mode is switched on."))
    if len(reason) > MAX_REASON:
        raise DomainError(_("The reason is too long (at most 2,000 characters)."))
    with transaction.atomic():
        page = OfficialPage.objects.select_for_update().filter(pk=page_id).first()
        if page is None:
            raise DomainError(_("The page does not exist."))
        latest = crisis_mode_latest(page_id=page.pk)
        if enabled == bool(latest and latest.enabled):
            raise InvalidTransitionError(
                _("Crisis mode is already on for this page.")
                if enabled
                else _("Crisis mode is already off for this page.")
            )
        now = timezone.now()
        batch: BulkDecision | None
        if enabled:
            batch = _crisis_hide_existing(page, actor, reason, hide=hide_existing, now=now)
        else:
            batch = _crisis_unhide(page, actor, latest, reason) if unhide else None
        change = CrisisModeChange.objects.create(
            page=page,
            enabled=enabled,
            reason=reason,
            actor=actor,
            created_at=now,
            incident_id=incident_id,
            batch=batch,
        )
        _audit(
            AuditEntry.Event.CRISIS_ON if enabled else AuditEntry.Event.CRISIS_OFF,
            actor=actor,
            page=page,
            detail={
                "reason": change.reason,
                "hide_existing": hide_existing if enabled else False,
                "unhide": unhide if not enabled else False,
                "incident": incident_id,
            },
            now=now,
        )
        _crisis_cache_clear()
    return change


def _crisis_hide_existing(page, actor, reason: str, *, hide: bool, now) -> BulkDecision:
    """The crisis's bulk decision: the visible comments with an open flag, hidden now (when
    asked); later crisis-mode hides join it too."""
    text = _("Hidden while crisis mode is on for this page, pending review: %(reason)s") % {
        "reason": reason
    }
    if not hide:
        return BulkDecision.objects.create(
            action=Decision.Action.HIDE,
            reason=text,
            source=BulkDecision.Source.CRISIS,
            actor=actor,
            created_at=now,
        )
    items = []
    open_flags = Flag.objects.filter(comment__page=page, decision__isnull=True).order_by(
        "comment_id", "-severity"
    )
    seen: set[int] = set()
    candidates = Comment.objects.filter(
        page=page, is_hidden=False, is_deleted=False, can_hide=True
    ).values_list("pk", flat=True)
    visible = set(candidates.filter(pk__in=open_flags.values("comment_id")))
    for comment_id, clause in open_flags.values_list("comment_id", "clause"):
        if comment_id in visible and comment_id not in seen:
            seen.add(comment_id)
            items.append((comment_id, clause))
    result = _bulk_run(
        items=items,
        actor=actor,
        action=Decision.Action.HIDE,
        clause="",
        reason=text,
        source=BulkDecision.Source.CRISIS,
        close_flags=False,
        page=page,
    )
    if result.batch is not None:
        return result.batch
    return BulkDecision.objects.create(
        action=Decision.Action.HIDE,
        reason=text,
        source=BulkDecision.Source.CRISIS,
        actor=actor,
        created_at=now,
    )


def _crisis_unhide(page, actor, latest: CrisisModeChange | None, reason: str):
    """Unhide what the crisis hid (its bulk decision) that is still hidden and whose newest
    decision is still the crisis's hide."""
    if latest is None or latest.batch_id is None:
        return None
    hidden = Decision.objects.filter(batch_id=latest.batch_id, action=Decision.Action.HIDE)
    items = []
    for decision in hidden.select_related("comment"):
        newest = (
            Decision.objects.filter(comment_id=decision.comment_id)
            .order_by("-created_at", "-id")
            .values_list("pk", flat=True)
            .first()
        )
        if newest == decision.pk and not decision.comment.is_deleted:
            items.append((decision.comment_id, decision.clause))
    if not items:
        return None
    text = _("Unhidden as crisis mode was switched off: %(reason)s") % {
        "reason": reason or _("no reason given")
    }
    result = _bulk_run(
        items=items,
        actor=actor,
        action=Decision.Action.UNHIDE,
        clause="",
        reason=text,
        source=BulkDecision.Source.CRISIS_UNDO,
        close_flags=False,
        page=page,
    )
    return result.batch
