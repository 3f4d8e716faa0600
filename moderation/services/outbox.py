"""The outbox: carrying hide / unhide / delete / block to Facebook, and retrying.

``moderation_action_execute`` makes the Graph API call outside any transaction, then records
the outcome under a row lock with a status guard, so a duplicate task changes nothing.
Nothing is shown as hidden or deleted before Facebook confirms; a comment Facebook no
longer has counts as done for hide, unhide and delete (and is marked deleted).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from ishinomaki_sns.common.errors import InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import (
    GoneGraphError,
    GraphError,
    ThrottledGraphError,
    TransientGraphError,
)
from pages.models import CLOSED_STATUSES

from ..models import AuditEntry, ModerationAction
from ..outbox_errors import PAGE_WITHDRAWN, error_code_for
from .recording import _audit, _queue_action

logger = logging.getLogger(__name__)
K = ModerationAction.Kind
S = ModerationAction.Status


@dataclass(frozen=True)
class Outcome:
    """What the task should do next: ``done``, ``failed``, ``skipped``, or ``retry`` after
    ``delay`` seconds."""

    status: str
    delay: float = 0.0


def _backoff(attempts: int) -> float:
    base = float(settings.MODERATION_OUTBOX_BACKOFF_SECONDS)
    return min(base * (2 ** max(attempts - 1, 0)), float(settings.MODERATION_OUTBOX_BACKOFF_MAX))


def _call(client: GraphClient, action: ModerationAction) -> bool:
    """Carry one action to Facebook; False when the comment is already gone there."""
    comment = action.comment
    page = comment.page
    token = page.page_access_token()
    if action.kind == K.HIDE:
        return client.set_comment_hidden(
            comment.facebook_id, token, True, page_id=page.facebook_page_id
        )
    if action.kind == K.UNHIDE:
        return client.set_comment_hidden(
            comment.facebook_id, token, False, page_id=page.facebook_page_id
        )
    if action.kind == K.DELETE:
        return client.delete_comment(comment.facebook_id, token, page_id=page.facebook_page_id)
    client.block_user(page.facebook_page_id, comment.author_id, token)
    return True


def moderation_action_execute(*, action_id: int, client: GraphClient | None = None) -> Outcome:
    """Carry a pending outbox action to Facebook and record the result (the outbox task).

    Transient errors and throttling count an attempt and ask for a retry with backoff until
    ``MODERATION_OUTBOX_MAX_ATTEMPTS``; token, permission and policy errors fail at once.
    Every final outcome writes an audit entry.
    """
    action = ModerationAction.objects.select_related("comment__page").filter(pk=action_id).first()
    if action is None or action.status != S.PENDING:
        return Outcome("skipped")
    if action.comment.page.status in CLOSED_STATUSES:
        # Withdrawn while the task waited: nothing may reach Facebook with a discarded token.
        return _cancelled(action_id)
    client = client or GraphClient.from_settings()
    if action.sent_at is not None:
        # An earlier call started and its answer was never recorded (the worker died
        # mid-call): Facebook may have carried it out. Read its state rather than send twice.
        try:
            state = _state_on_facebook(client, action)
        except (TransientGraphError, ThrottledGraphError) as exc:
            retry_after = getattr(exc, "retry_after", None)
            return _attempt_failed(action_id, exc, transient=True, retry_after=retry_after)
        except GraphError as exc:
            return _attempt_failed(action_id, exc, transient=False)
        if state is not None:
            return _succeeded(action_id, gone=state == "gone")
    # Recorded (and committed) before the call: a death from here on is detectable.
    ModerationAction.objects.filter(pk=action_id, status=S.PENDING).update(sent_at=timezone.now())
    try:
        present = _call(client, action)
    except (TransientGraphError, ThrottledGraphError) as exc:
        retry_after = getattr(exc, "retry_after", None)
        return _attempt_failed(action_id, exc, transient=True, retry_after=retry_after)
    except GraphError as exc:
        return _attempt_failed(action_id, exc, transient=False)
    return _succeeded(action_id, gone=not present)


def _state_on_facebook(client: GraphClient, action: ModerationAction) -> str | None:
    """ "done" or "gone" when Facebook already shows the action's effect, else None (send).

    A block is sent again: blocking an author twice changes nothing on Facebook."""
    if action.kind == K.BLOCK:
        return None
    comment = action.comment
    page = comment.page
    try:
        data = client.get(
            comment.facebook_id,
            {"fields": "id,is_hidden"},
            page.page_access_token(),
            page_id=page.facebook_page_id,
        )
    except GoneGraphError:
        return "gone"
    if action.kind == K.DELETE:
        return None
    hidden = bool(data.get("is_hidden")) if isinstance(data, dict) else None
    return "done" if hidden == (action.kind == K.HIDE) else None


def _succeeded(action_id: int, *, gone: bool) -> Outcome:
    now = timezone.now()
    with transaction.atomic():
        action = (
            ModerationAction.objects.select_for_update()
            .select_related("comment__page")
            .get(pk=action_id)
        )
        if action.status != S.PENDING:
            return Outcome("skipped")
        action.status = S.DONE
        action.done_at = now
        action.updated_at = now
        action.attempts += 1
        action.last_error = ""
        action.sent_at = None
        action.save(
            update_fields=["status", "done_at", "updated_at", "attempts", "last_error", "sent_at"]
        )
        comment = action.comment
        if action.kind != K.BLOCK:
            if gone:
                Comment.objects.filter(pk=comment.pk, is_deleted=False).update(
                    is_deleted=True, deleted_at=now
                )
            elif action.kind == K.DELETE:
                Comment.objects.filter(pk=comment.pk).update(is_deleted=True, deleted_at=now)
            else:
                Comment.objects.filter(pk=comment.pk).update(is_hidden=action.kind == K.HIDE)
        _audit(
            AuditEntry.Event.ACTION_DONE,
            comment=comment,
            action=action,
            detail={"kind": action.kind, "already_gone": gone, "attempts": action.attempts},
            now=now,
        )
    return Outcome("done")


def _cancelled(action_id: int) -> Outcome:
    now = timezone.now()
    with transaction.atomic():
        action = ModerationAction.objects.select_for_update().get(pk=action_id)
        if action.status != S.PENDING:
            return Outcome("skipped")
        action.status = S.CANCELLED
        action.error_code = PAGE_WITHDRAWN
        action.updated_at = now
        action.save(update_fields=["status", "error_code", "updated_at"])
    return Outcome("skipped")


def _attempt_failed(
    action_id: int, exc: GraphError, *, transient: bool, retry_after: float | None = None
) -> Outcome:
    now = timezone.now()
    with transaction.atomic():
        action = (
            ModerationAction.objects.select_for_update()
            .select_related("comment__page")
            .get(pk=action_id)
        )
        if action.status != S.PENDING:
            return Outcome("skipped")
        action.attempts += 1
        action.last_error = f"{type(exc).__name__}: {exc}"[:500]
        action.error_code = error_code_for(exc)
        action.updated_at = now
        action.sent_at = None  # the answer (an error) is recorded
        give_up = not transient or action.attempts >= settings.MODERATION_OUTBOX_MAX_ATTEMPTS
        if give_up:
            action.status = S.FAILED
        action.save(
            update_fields=[
                "attempts",
                "last_error",
                "error_code",
                "updated_at",
                "status",
                "sent_at",
            ]
        )
        if give_up:
            _audit(
                AuditEntry.Event.ACTION_FAILED,
                comment=action.comment,
                action=action,
                detail={
                    "kind": action.kind,
                    "error": action.last_error,
                    "error_code": action.error_code,
                    "attempts": action.attempts,
                },
                now=now,
            )
    if give_up:
        logger.warning("moderation action %s failed: %s", action_id, action.last_error)
        return Outcome("failed")
    delay = _backoff(action.attempts)
    if retry_after:
        delay = max(delay, min(float(retry_after), float(settings.MODERATION_OUTBOX_BACKOFF_MAX)))
    return Outcome("retry", delay)


def moderation_action_retry(*, action_id: int, actor) -> ModerationAction:
    """Put a failed outbox action back in the queue (staff who decide flags), audited."""
    if not user_can(actor, "moderation.decide_flag"):
        raise PermissionDeniedError(_("You may not retry Facebook actions."))
    now = timezone.now()
    with transaction.atomic():
        action = (
            ModerationAction.objects.select_for_update()
            .select_related("comment__page")
            .filter(pk=action_id)
            .first()
        )
        if action is None or action.status != S.FAILED:
            raise InvalidTransitionError(_("Only a failed action can be retried."))
        if not action.is_retryable:
            raise InvalidTransitionError(
                _("Retrying cannot succeed: %(why)s") % {"why": action.error_explanation}
            )
        previous = action.last_error
        action.status = S.PENDING
        action.attempts = 0
        action.updated_at = now
        action.save(update_fields=["status", "attempts", "updated_at"])
        _audit(
            AuditEntry.Event.ACTION_RETRIED,
            actor=actor,
            comment=action.comment,
            action=action,
            detail={"kind": action.kind, "previous_error": previous},
            now=now,
        )
        _queue_action(action.pk)
    return action
