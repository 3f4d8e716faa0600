"""Storing a Facebook connection and the worker's view of it (broken, restored).

No HTTP call happens here: the Facebook checks live in `pages/connection.py` and run
before the transaction that stores their result.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.errors import DomainError

from ..models import (
    ConnectionState,
    OfficialPage,
    PageStatus,
    ReviewReason,
)
from ..transitions import (
    Action,
)
from .continuation import page_open_review
from .notify import _queue_mail
from .transition import _review_interval, page_event_record, page_transition
from .webhooks import page_webhooks_subscribe_queue

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifiedConnection:
    """What `pages.connection.page_connection_verify` found out from Facebook."""

    facebook_page_id: str
    facebook_url: str
    username: str
    name: str
    access_token: str
    scopes: tuple[str, ...] = ()

    def __repr__(self) -> str:  # keeps the token out of tracebacks and logs
        return f"VerifiedConnection(facebook_page_id={self.facebook_page_id!r}, name={self.name!r})"


def page_connection_store(
    *, page_id: int, actor: User, verified: VerifiedConnection
) -> OfficialPage:
    """Store a connection Facebook has just verified and make an approved page active.

    Callers must pass the result of `pages.connection.page_connection_verify` (done before,
    outside any transaction). For a page already operating this replaces its token
    (reconnection) and keeps its status. Department admins only.
    """

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        if (
            OfficialPage.objects.filter(facebook_page_id=verified.facebook_page_id)
            .exclude(pk=page.pk)
            .exclude(status__in=[PageStatus.WITHDRAWN, PageStatus.REJECTED, PageStatus.CANCELLED])
            .exists()
        ):
            raise DomainError(
                _("This Facebook page is already connected to another official page.")
            )
        if page.facebook_page_id and page.facebook_page_id != verified.facebook_page_id:
            raise DomainError(
                _(
                    "This official page is connected to another Facebook page "
                    "(ID %(id)s). A different page needs a new application."
                )
                % {"id": page.facebook_page_id}
            )
        page.facebook_page_id = verified.facebook_page_id
        page.facebook_url = verified.facebook_url
        page.facebook_username = verified.username
        page.access_token = verified.access_token
        page.token_scopes = list(verified.scopes)
        page.connection_state = ConnectionState.OK
        page.connection_error = ""
        page.connection_checked_at = now
        # Facebook sends the page's comments to our webhook once the worker has subscribed
        # the app (after commit; the row survives a broker that is down).
        page_webhooks_subscribe_queue(page=page)
        fields = [
            "facebook_page_id",
            "facebook_url",
            "facebook_username",
            "access_token",
            "token_scopes",
            "connection_state",
            "connection_error",
            "connection_checked_at",
        ]
        if page.opened_on is None:
            page.opened_on = timezone.localdate(now)
            page.next_review_on = page.opened_on + _review_interval()
            page.dormancy_baseline_at = now
            fields += ["opened_on", "next_review_on", "dormancy_baseline_at"]
        return fields

    return page_transition(
        page_id=page_id,
        action=Action.CONNECT,
        actor=actor,
        comment=_("Facebook page %(id)s connected.") % {"id": verified.facebook_page_id},
        apply=apply,
    )


def page_connection_mark_broken(*, page_id: int, reason: str) -> bool:
    """The ingestion worker found the page's token dead or its permission gone.

    Marks the connection broken (the page leaves `pages_for_sync`), opens a continuation
    review for an active page, and e-mails the department's admins and the ICT office.
    Idempotent: an already broken connection changes nothing and sends nothing (returns
    False). `reason` must not contain the token.
    """
    reason = (reason or "").strip()[:300] or _("The connection to Facebook failed.")
    with transaction.atomic():
        page = (
            OfficialPage.objects.select_for_update(of=("self",))
            .select_related("department", "responsible_person")
            .get(pk=page_id)
        )
        if page.connection_state == ConnectionState.BROKEN:
            return False
        now = timezone.now()
        page.connection_state = ConnectionState.BROKEN
        page.connection_error = reason
        page.connection_checked_at = now
        page.save(update_fields=["connection_state", "connection_error", "connection_checked_at"])
        page_event_record(page=page, action="connection_broken", actor=None, comment=reason)
        if page.status == PageStatus.ACTIVE:
            page_open_review(
                page_id=page.pk,
                actor=None,
                reason=ReviewReason.CONNECTION_BROKEN,
                comment=reason,
            )
        else:
            _queue_mail(
                page,
                audiences=("department", "ict"),
                actor=None,
                event={
                    "title": _("Connection to Facebook broken"),
                    "from_status": page.get_status_display(),
                    "to_status": page.get_status_display(),
                    "comment": reason,
                },
            )
    return True


def page_connection_mark_ok(*, page_id: int) -> bool:
    """The worker reached Facebook with the page's token again: the connection is OK.

    Idempotent (returns False when it already was). An open review stays open: the
    department still answers it.
    """
    with transaction.atomic():
        page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=page_id)
        now = timezone.now()
        was_broken = page.connection_state == ConnectionState.BROKEN
        if page.connection_state == ConnectionState.NONE or not page.has_token:
            return False
        page.connection_state = ConnectionState.OK
        page.connection_error = ""
        page.connection_checked_at = now
        page.save(update_fields=["connection_state", "connection_error", "connection_checked_at"])
        if was_broken:
            page_event_record(page=page, action="connection_ok", actor=None)
    return was_broken
