"""The one transition service of the page lifecycle, and who may take an action.

Every status change goes through `page_transition`: it locks the row, checks the
permission and the table, writes a `PageEvent` in the same transaction and queues the
e-mails with `transaction.on_commit`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Department, User
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from ..models import (
    OfficialPage,
    PageEvent,
    PageRequest,
    PageStatus,
)
from ..transitions import (
    ACTIONS,
    CLOSES_REQUEST,
    NOTIFY,
    OPENS_REQUEST,
    next_status,
)
from .notify import _queue_mail

logger = logging.getLogger(__name__)


def _review_interval() -> timedelta:
    return timedelta(days=settings.PAGES_REVIEW_INTERVAL_DAYS)


def user_can_on_department(user: User | None, perm: str, department: Department) -> bool:
    """Department permissions are checked on the department (guardian); city-wide ones
    (e.g. `pages.review_page`) globally, since guardian refuses a foreign app's object."""
    return user_can(user, perm, department if perm.startswith("accounts.") else None)


def _may(actor: User | None, permissions: Iterable[str], page: OfficialPage) -> bool:
    return any(user_can_on_department(actor, perm, page.department) for perm in permissions)


def page_is_own_request(page: OfficialPage, request: PageRequest | None, actor: User) -> bool:
    """True when `actor` filed the request now pending (or created the application):
    such a person may not decide it, the ICT office's own page included."""
    if request is None:
        return False
    if request.submitted_by_id == actor.pk:
        return True
    return request.kind == PageRequest.Kind.OPEN and page.created_by_id == actor.pk


def _pending_request(page: OfficialPage) -> PageRequest | None:
    return page.requests.filter(status=PageRequest.Status.PENDING).first()


Hook = Callable[[OfficialPage, datetime], list[str]]


def page_transition(
    *,
    page_id: int,
    action: str,
    actor: User | None,
    comment: str = "",
    check: Callable[[OfficialPage], None] | None = None,
    apply: Hook | None = None,
) -> OfficialPage:
    """Move a page along the lifecycle table; the only writer of `OfficialPage.status`.

    Who may call: anyone holding the action's permission on the page's department
    (`pages/transitions.py`); `actor=None` only for system actions (opening a review).
    Refuses (domain errors, nothing written) on a missing permission, an action the
    table does not allow from the current status, a decision by the person who filed the
    request, or a missing comment where one is required. Side effects in the same
    transaction: the pending `PageRequest` is opened or closed, a `PageEvent` is written;
    after commit, the people who must act next are e-mailed. `check` and `apply` let the
    composite services below add their own guard and field changes under the same lock.
    """
    spec = ACTIONS.get(action)
    if spec is None:
        raise InvalidTransitionError(_("Unknown action."))
    comment = (comment or "").strip()
    with transaction.atomic():
        try:
            page = (
                OfficialPage.objects.select_for_update(of=("self",))
                .select_related("department", "responsible_person")
                .get(pk=page_id)
            )
        except OfficialPage.DoesNotExist as exc:
            raise DomainError(_("The page does not exist.")) from exc
        if actor is None:
            if not spec.system_allowed:
                raise PermissionDeniedError(_("This action needs a person."))
        elif not _may(actor, spec.permissions, page):
            raise PermissionDeniedError(_("You may not do this to this page."))
        new_status = next_status(page.status, action)
        if new_status is None:
            raise InvalidTransitionError(
                _("This is not possible while the page is “%(status)s”.")
                % {"status": page.get_status_display()}
            )
        pending = _pending_request(page)
        if spec.decides:
            if pending is None:
                raise InvalidTransitionError(_("There is no pending request to decide."))
            if actor is not None and page_is_own_request(page, pending, actor):
                raise PermissionDeniedError(_("You may not decide on your own request."))
        if spec.comment_required and not comment:
            raise DomainError(_("Please write a comment (the reason) for this action."))
        if check is not None:
            check(page)

        now = timezone.now()
        old_status = page.status
        page.status = new_status
        changed = ["status", "updated_at"]
        if apply is not None:
            changed += apply(page, now)
        page.save(update_fields=sorted(set(changed)))

        if action in CLOSES_REQUEST and pending is not None:
            pending.status = CLOSES_REQUEST[action]
            pending.decided_by = actor
            pending.decided_at = now
            pending.decision_comment = comment
            pending.save(update_fields=["status", "decided_by", "decided_at", "decision_comment"])
        if action in OPENS_REQUEST:
            # Requests are filed by people (submit, answer, request withdrawal), never the system.
            if actor is None:
                raise InvalidTransitionError(_("This action needs a person."))
            try:
                with transaction.atomic():
                    PageRequest.objects.create(
                        page=page,
                        kind=OPENS_REQUEST[action],
                        submitted_by=actor,
                        submitted_at=now,
                        reason=comment,
                    )
            except IntegrityError as exc:  # the constraint: one pending request per page
                raise InvalidTransitionError(
                    _("Another request for this page is already waiting for a decision.")
                ) from exc

        PageEvent.objects.create(
            page=page,
            actor=actor,
            created_at=now,
            action=action,
            from_status=old_status,
            to_status=new_status,
            comment=comment,
        )
        _queue_mail(
            page,
            audiences=NOTIFY.get(action, ()),
            actor=actor,
            event={
                "title": str(spec.label),
                "from_status": PageStatus(old_status).label,
                "to_status": PageStatus(new_status).label,
                "comment": comment,
            },
        )
    return page


def page_event_record(
    *, page: OfficialPage, action: str, actor: User | None, comment: str = "", at=None
) -> PageEvent:
    """A timeline row for something that does not change the status (a policy revision,
    the connection breaking or recovering). Call inside the caller's transaction."""
    return PageEvent.objects.create(
        page=page,
        actor=actor,
        created_at=at or timezone.now(),
        action=action,
        from_status=page.status,
        to_status=page.status,
        comment=comment,
    )
