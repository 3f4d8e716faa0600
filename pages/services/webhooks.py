"""Stopping a withdrawn page's webhooks on Facebook (`DELETE /{page-id}/subscribed_apps`).

The withdrawal discards the stored token in its own transaction and queues this call for
the worker after commit (no HTTP call inside a request or a transaction, STYLE.md). The
task carries the token sealed with the field-encryption key (never in clear in the broker),
so nothing of it stays in the database. The outcome is one row on the page's timeline, in
the reader's language: a token already revoked (the checklist asks for that) or an error
from Facebook never undoes the withdrawal; webhooks of a withdrawn page are ignored anyway.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from ishinomaki_sns.common.crypto import decrypt_text, encrypt_text
from ishinomaki_sns.common.logging import register_secret
from ishinomaki_sns.common.queue import enqueue_on_commit
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import (
    GraphError,
    PermissionGraphError,
    ThrottledGraphError,
    TokenInvalidGraphError,
    TransientGraphError,
)

from ..models import OfficialPage, PageEvent, PageStatus
from .transition import page_event_record

logger = logging.getLogger(__name__)

UNSUBSCRIBED = "webhooks_unsubscribed"
UNSUBSCRIBE_FAILED = "webhooks_unsubscribe_failed"

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


def page_webhooks_unsubscribe_queue(*, page: OfficialPage) -> None:
    """Queue the unsubscribe for after the withdrawal commits (called by the withdrawal,
    before it erases the token). A page never connected to Facebook has nothing to stop."""
    from ..tasks import page_webhooks_unsubscribe_task

    if not page.facebook_page_id:
        return
    token = page.page_access_token()
    sealed = encrypt_text(token) if token else ""
    enqueue_on_commit(page_webhooks_unsubscribe_task, page.pk, page.facebook_page_id, sealed)


def _record(page_id: int, action: str, message: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        message = gettext(message)
    with transaction.atomic():
        page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=page_id)
        page_event_record(page=page, action=action, actor=None, comment=message)
    return "done" if action == UNSUBSCRIBED else "failed"


def page_webhooks_unsubscribe(
    *,
    page_id: int,
    facebook_page_id: str,
    sealed_token: str,
    final: bool = True,
    client: GraphClient | None = None,
) -> str:
    """Ask Facebook to stop the app's webhooks for a withdrawn page and record the outcome
    on its timeline (system, no actor). Returns "done", "failed", "skipped" (recorded
    already: a duplicate delivery) or "retry" (a temporary error and `final` is False).
    Called only by `page_webhooks_unsubscribe_task`."""
    if not OfficialPage.objects.filter(pk=page_id, status=PageStatus.WITHDRAWN).exists():
        return "skipped"  # not withdrawn (any more): nothing to stop
    if PageEvent.objects.filter(
        page_id=page_id, action__in=[UNSUBSCRIBED, UNSUBSCRIBE_FAILED]
    ).exists():
        return "skipped"
    if not sealed_token:
        return _record(page_id, UNSUBSCRIBE_FAILED, NO_TOKEN)
    token = decrypt_text(sealed_token)
    register_secret(token)  # redacted from every log line of this process
    client = client or GraphClient.from_settings()
    try:
        client.unsubscribe_app(facebook_page_id, token)
    except TokenInvalidGraphError:
        return _record(page_id, UNSUBSCRIBE_FAILED, TOKEN_GONE)
    except PermissionGraphError:
        return _record(page_id, UNSUBSCRIBE_FAILED, NO_PERMISSION)
    except (TransientGraphError, ThrottledGraphError) as exc:
        if not final:
            return "retry"
        logger.warning("webhook unsubscribe gave up for page %s: %s", page_id, exc)
        return _record(page_id, UNSUBSCRIBE_FAILED, FACEBOOK_ERROR)
    except GraphError as exc:
        logger.warning("webhook unsubscribe failed for page %s: %s", page_id, exc)
        return _record(page_id, UNSUBSCRIBE_FAILED, FACEBOOK_ERROR)
    return _record(page_id, UNSUBSCRIBED, DONE)
