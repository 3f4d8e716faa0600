"""Withdrawal: deciding a request and completing the checklist (with every app's clean-up)."""

from __future__ import annotations

import logging
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError

from ..models import (
    ConnectionState,
    OfficialPage,
)
from ..transitions import (
    Action,
)
from .transition import page_transition
from .webhooks import page_webhooks_unsubscribe_queue

logger = logging.getLogger(__name__)


def page_decide_withdrawal(
    *, page_id: int, action: str, actor: User, comment: str = ""
) -> OfficialPage:
    """The ICT office approves a withdrawal request (the department then completes the
    checklist) or declines it (the page is active again, any open review is closed)."""
    if action not in (Action.APPROVE_WITHDRAWAL, Action.DECLINE_WITHDRAWAL):
        raise InvalidTransitionError(_("Unknown action."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        if action != Action.DECLINE_WITHDRAWAL:
            return []
        page.review_reason = ""
        page.review_opened_at = None
        page.review_answer_due_on = None
        return ["review_reason", "review_opened_at", "review_answer_due_on"]

    return page_transition(
        page_id=page_id, action=action, actor=actor, comment=comment, apply=apply
    )


def page_complete_withdrawal(
    *,
    page_id: int,
    actor: User,
    closure_announced: bool,
    token_revoked: bool,
    records_kept: bool,
    comment: str = "",
) -> OfficialPage:
    """Finish an approved withdrawal once the checklist is done: closure announced on the
    page, the token revoked on Facebook, the records kept. Our stored token is erased; the
    page leaves the public registry (listed there as withdrawn, with the date); its row and
    timeline stay. Under the same lock, every app's `page_hooks.page_withdrawn` cleans up:
    moderation closes the open flags (one audited bulk close) and cancels the outbox. The
    sync and webhooks skip a withdrawn page (they check under the same lock); after commit
    the worker asks Facebook to stop the page's webhooks (`webhooks.py`: the request is a row
    written in this transaction, so a broker that is down only delays it). A second
    withdrawal is refused by the table (InvalidTransitionError)."""

    def check(page: OfficialPage) -> None:
        if not (closure_announced and token_revoked and records_kept):
            raise DomainError(_("Complete every item of the withdrawal checklist first."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        page.closure_announced_at = page.token_revoked_at = page.records_kept_at = now
        page.withdrawn_on = timezone.localdate(now)
        # Facebook is asked by the worker, after commit, to stop the page's webhooks.
        page_webhooks_unsubscribe_queue(page=page)
        page.access_token = ""
        page.token_scopes = []
        page.connection_error = ""
        page.connection_state = ConnectionState.NONE
        page.review_reason = ""
        page.review_opened_at = None
        page.review_answer_due_on = None
        for module in app_modules("page_hooks"):
            hook = getattr(module, "page_withdrawn", None)
            if hook is not None:
                hook(page=page, actor=actor, now=now)
        return [
            "closure_announced_at",
            "token_revoked_at",
            "records_kept_at",
            "withdrawn_on",
            "access_token",
            "token_scopes",
            "connection_error",
            "connection_state",
            "review_reason",
            "review_opened_at",
            "review_answer_due_on",
        ]

    return page_transition(
        page_id=page_id,
        action=Action.COMPLETE_WITHDRAWAL,
        actor=actor,
        comment=comment,
        check=check,
        apply=apply,
    )
