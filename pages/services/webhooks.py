"""Our app's webhooks on a page's Facebook side (`/{page-id}/subscribed_apps`, field `feed`).

Connecting a page (or replacing its token) asks for a subscription; withdrawing it asks for
the unsubscribe. Either way the request is a `PageWebhookSubscription` row written in the
same transaction as the change (an outbox), and a task is queued after commit: no HTTP call
inside a request or a transaction (STYLE.md). When the broker is down the row stays pending
and the beat sweep (`page_webhooks_sweep`) queues it again, so nothing is lost.

The worker claims a pending row with a lease (one attempt at a time), calls Facebook, and
records the outcome under the row's `generation` (work asked for since wins). Temporary
errors are retried with exponential backoff up to PAGES_WEBHOOKS_MAX_ATTEMPTS; a permanent
one (dead token, missing permission) is recorded and shown to the ICT office, who may retry.
Unsubscribing a page that is not subscribed is a success on Facebook's side too.

The withdrawal erases the page's token, so the row keeps it (encrypted at rest) until the
unsubscribe is done. Tokens never reach a log line: the worker registers the decrypted
token with the redaction filter before any call.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.crypto import decrypt_text
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.logging import register_secret
from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.common.queue import enqueue, enqueue_on_commit
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import (
    GoneGraphError,
    GraphError,
    PermissionGraphError,
    ThrottledGraphError,
    TokenInvalidGraphError,
    TransientGraphError,
)

from ..models import OPERATING_STATUSES, OfficialPage, PageStatus, PageWebhookSubscription
from ..transitions import REVIEW
from .transition import page_event_record

logger = logging.getLogger(__name__)

Sub = PageWebhookSubscription
SUBSCRIBED = "webhooks_subscribed"
SUBSCRIBE_FAILED = "webhooks_subscribe_failed"
UNSUBSCRIBED = "webhooks_unsubscribed"
UNSUBSCRIBE_FAILED = "webhooks_unsubscribe_failed"
FIELDS = ("feed",)

# Written on the timeline in the site's language (Japanese), whatever the worker's locale.
NO_TOKEN = gettext_noop(
    "Facebook notifications (webhooks) could not be stopped: no token was stored for the "
    "page. They are ignored for a withdrawn page; to stop them, remove the app in the page's "
    "Facebook settings (Business integrations)."
)
TOKEN_GONE = gettext_noop(
    "Facebook notifications (webhooks) could not be stopped: the page's token was already "
    "revoked. They are ignored for a withdrawn page; to stop them, remove the app in the "
    "page's Facebook settings (Business integrations)."
)
NO_PERMISSION = gettext_noop(
    "Facebook notifications (webhooks) could not be stopped: the token lacks the "
    "pages_manage_metadata permission. They are ignored for a withdrawn page; remove the app "
    "in the page's Facebook settings to stop them."
)
FACEBOOK_ERROR = gettext_noop(
    "Facebook notifications (webhooks) could not be stopped: Facebook answered with an "
    "error. They are ignored for a withdrawn page; remove the app in the page's Facebook "
    "settings to stop them."
)
DONE = gettext_noop("Facebook notifications (webhooks) for this page were stopped.")
SUBSCRIBE_DONE = gettext_noop(
    "Facebook notifications (webhooks) for new comments are now sent to the portal."
)
SUBSCRIBE_FAILED_MESSAGE = gettext_noop(
    "Facebook notifications (webhooks) could not be turned on: %(reason)s. New comments "
    "still arrive by the regular reading, only later."
)
UNSUBSCRIBE_MESSAGES: dict[str, str] = {
    Sub.Error.NO_TOKEN: NO_TOKEN,
    Sub.Error.TOKEN: TOKEN_GONE,
    Sub.Error.PERMISSION: NO_PERMISSION,
    Sub.Error.FACEBOOK: FACEBOOK_ERROR,
}


def _request(page: OfficialPage, *, target: str, token: str = "") -> Sub:
    """Ask for `target` (inside the caller's transaction, the page row locked): a pending
    row with a new generation, queued after commit."""
    from ..tasks import page_webhooks_sync_task

    now = timezone.now()
    sub, created = Sub.objects.select_for_update().get_or_create(
        page=page, defaults={"target": target, "next_attempt_at": now, "sealed_token": token}
    )
    if not created:
        sub.target = target
        sub.state = Sub.State.PENDING
        sub.generation += 1
        sub.sealed_token = token
        sub.attempts = 0
        sub.next_attempt_at = now
        sub.last_error = Sub.Error.NONE
        sub.last_error_at = None
        sub.save()
    enqueue_on_commit(page_webhooks_sync_task, page.pk)
    return sub


def page_webhooks_subscribe_queue(*, page: OfficialPage) -> None:
    """Ask for the page's `feed` webhooks: called by `page_connection_store` when a page is
    connected or its token replaced, inside its transaction (the page row locked)."""
    _request(page, target=Sub.Target.SUBSCRIBED)


def page_webhooks_unsubscribe_queue(*, page: OfficialPage) -> None:
    """Ask Facebook to stop the page's webhooks: called by the withdrawal inside its
    transaction, before it erases the page's token (kept on the row, encrypted, until the
    unsubscribe is done). A page never connected to Facebook has nothing to stop."""
    if not page.facebook_page_id:
        return
    _request(page, target=Sub.Target.UNSUBSCRIBED, token=page.page_access_token())


def page_webhooks_adopt_legacy(*, page_id: int, sealed_token: str) -> None:
    """An unsubscribe queued by the previous release (the token sealed in the message, no
    row): record it as a pending row so it runs, and is retried, like any other. Nothing
    happens for a page not withdrawn, one that has a row, or one whose outcome is on its
    timeline already."""
    with transaction.atomic():
        page = (
            OfficialPage.objects.select_for_update(of=("self",))
            .filter(pk=page_id, status=PageStatus.WITHDRAWN)
            .first()
        )
        if (
            page is None
            or Sub.objects.filter(page=page).exists()
            or page.events.filter(action__in=[UNSUBSCRIBED, UNSUBSCRIBE_FAILED]).exists()
        ):
            return
        token = decrypt_text(sealed_token) if sealed_token else ""
        Sub.objects.create(
            page=page, target=Sub.Target.UNSUBSCRIBED, sealed_token=token, next_attempt_at=None
        )


def page_webhooks_retry(*, page_id: int, actor: User) -> Sub:
    """The ICT office (`pages.review_page`) asks again for a subscription that failed for
    good (e.g. after the department granted the missing permission). Only a failed
    subscription of a connected, operating page can be retried."""
    if not user_can(actor, REVIEW):
        raise PermissionDeniedError(_("You may not retry this page's notifications."))
    with transaction.atomic():
        page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=page_id)
        sub = Sub.objects.filter(page=page).first()
        if (
            sub is None
            or sub.target != Sub.Target.SUBSCRIBED
            or sub.state != Sub.State.FAILED
            or page.status not in OPERATING_STATUSES
            or not page.has_token
        ):
            raise DomainError(_("There is no failed notification subscription to retry."))
        return _request(page, target=Sub.Target.SUBSCRIBED)


def _due(now):
    return (
        Sub.objects.filter(state=Sub.State.PENDING)
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .filter(Q(leased_until__isnull=True) | Q(leased_until__lte=now))
    )


def page_webhooks_sweep(*, limit: int = 500) -> int:
    """Beat: queue again every pending row whose time has come (its task was lost with the
    broker, or the worker died mid-attempt and the lease ran out). Returns how many."""
    from ..tasks import page_webhooks_sync_task

    ids = list(
        _due(timezone.now()).order_by("next_attempt_at").values_list("page_id", flat=True)[:limit]
    )
    return sum(1 for page_id in ids if enqueue(page_webhooks_sync_task, page_id))


def _backoff(attempts: int) -> float:
    delay = settings.PAGES_WEBHOOKS_BACKOFF_SECONDS * 2 ** max(attempts - 1, 0)
    return float(min(delay, settings.PAGES_WEBHOOKS_BACKOFF_MAX))


def _claim(page_id: int) -> Sub | None:
    """Take the page's pending work for one attempt (the lease keeps a second task off)."""
    now = timezone.now()
    lease = now + timedelta(seconds=settings.PAGES_WEBHOOKS_LEASE_SECONDS)
    with transaction.atomic():
        sub = _due(now).select_for_update(skip_locked=True).filter(page_id=page_id).first()
        if sub is None:
            return None
        Sub.objects.filter(pk=sub.pk).update(
            attempts=F("attempts") + 1, last_attempt_at=now, leased_until=lease
        )
    sub.attempts += 1
    sub.leased_until = lease
    return sub


def _in_site_language(message: object, params: dict[str, object] | None = None) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        text = gettext(str(message))
        return text % {k: str(v) for k, v in params.items()} if params else text


def _finish(sub: Sub, *, error: str = "", retry_in: float | None = None) -> str:
    """Record the attempt's outcome, unless new work was asked for meanwhile."""
    now = timezone.now()
    subscribing = sub.target == Sub.Target.SUBSCRIBED
    with transaction.atomic():
        page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=sub.page_id)
        current = Sub.objects.select_for_update().get(pk=sub.pk)
        if current.generation != sub.generation or current.state != Sub.State.PENDING:
            # New work was asked for during this attempt; its task may have found the row
            # leased and skipped it: queue it again now that the lease is released (ours
            # only: past it, another attempt may hold a lease of its own).
            Sub.objects.filter(pk=sub.pk, leased_until=sub.leased_until).update(leased_until=None)
            if current.state == Sub.State.PENDING:
                from ..tasks import page_webhooks_sync_task

                enqueue_on_commit(page_webhooks_sync_task, sub.page_id)
            return "skipped"
        update: dict[str, object] = {
            "last_error": error,
            "last_error_at": now if error else None,
            "leased_until": None,
        }
        if retry_in is not None:
            update["next_attempt_at"] = now + timedelta(seconds=retry_in)
            Sub.objects.filter(pk=sub.pk).update(**update)
            return "retry"
        update.update(state=Sub.State.FAILED if error else Sub.State.DONE, next_attempt_at=None)
        if not subscribing:
            update["sealed_token"] = ""  # done with it, either way
        if not error:
            update["subscribed_at" if subscribing else "unsubscribed_at"] = now
        Sub.objects.filter(pk=sub.pk).update(**update)
        if subscribing:
            reason = Sub.Error(error).label
            action, comment = (
                (SUBSCRIBE_FAILED, _in_site_language(SUBSCRIBE_FAILED_MESSAGE, {"reason": reason}))
                if error
                else (SUBSCRIBED, _in_site_language(SUBSCRIBE_DONE))
            )
        else:
            action, comment = (
                (UNSUBSCRIBE_FAILED, _in_site_language(UNSUBSCRIBE_MESSAGES[error]))
                if error
                else (UNSUBSCRIBED, _in_site_language(DONE))
            )
        page_event_record(page=page, action=action, actor=None, comment=comment)
    return "failed" if error else "done"


def page_webhooks_sync(*, page_id: int, client: GraphClient | None = None) -> str:
    """Carry out the page's pending subscribe or unsubscribe (the worker only, through
    `page_webhooks_sync_task`). Returns "done", "failed" (recorded, with a timeline row),
    "retry" (a temporary error; the row says when) or "skipped" (nothing pending now: a
    duplicate task, or another attempt holds the lease)."""
    sub = _claim(page_id)
    if sub is None:
        return "skipped"
    page = OfficialPage.objects.get(pk=page_id)
    subscribing = sub.target == Sub.Target.SUBSCRIBED
    if subscribing and page.status not in OPERATING_STATUSES:
        return _finish(sub, error=Sub.Error.NO_TOKEN)
    token = page.page_access_token() if subscribing else sub.token()
    if not token or not page.facebook_page_id:
        return _finish(sub, error=Sub.Error.NO_TOKEN)
    register_secret(token)  # redacted from every log line of this process
    client = client or GraphClient.from_settings()
    try:
        if subscribing:
            client.subscribe_app(page.facebook_page_id, token, FIELDS)
        else:
            client.unsubscribe_app(page.facebook_page_id, token)
    except TokenInvalidGraphError:
        outcome = _finish(sub, error=Sub.Error.TOKEN)
        if subscribing and outcome == "failed":
            from .connection import page_connection_mark_broken

            page_connection_mark_broken(
                page_id=page_id, reason=_in_site_language(Sub.Error.TOKEN.label)
            )
        return outcome
    except PermissionGraphError:
        return _finish(sub, error=Sub.Error.PERMISSION)
    except GoneGraphError as exc:
        if not subscribing:  # the page is gone from Facebook: nothing left to stop
            return _finish(sub)
        logger.warning("webhook subscribe failed for page %s: %s", page_id, exc)
        return _finish(sub, error=Sub.Error.FACEBOOK)
    except (TransientGraphError, ThrottledGraphError) as exc:
        if sub.attempts < settings.PAGES_WEBHOOKS_MAX_ATTEMPTS:
            return _finish(sub, error=Sub.Error.TRANSIENT, retry_in=_backoff(sub.attempts))
        logger.warning("webhook %s gave up for page %s: %s", sub.target, page_id, exc)
        return _finish(sub, error=Sub.Error.FACEBOOK)
    except GraphError as exc:
        logger.warning("webhook %s failed for page %s: %s", sub.target, page_id, exc)
        return _finish(sub, error=Sub.Error.FACEBOOK)
    return _finish(sub)


def page_webhooks_retry_delay(*, page_id: int) -> float | None:
    """Seconds until the page's pending work may run again (for the task's own retry)."""
    sub = Sub.objects.filter(page_id=page_id, state=Sub.State.PENDING).first()
    if sub is None or sub.next_attempt_at is None:
        return None
    return max((sub.next_attempt_at - timezone.now()).total_seconds(), 1.0)
