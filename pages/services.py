"""Writers for official pages: applications, the one transition service, and the
interfaces the ingestion worker calls (connection health, activity, periodic reviews).

Every status change goes through `page_transition` (or the composite services below that
call it): it locks the row, checks the permission and the table, writes a `PageEvent` in
the same transaction and queues the e-mails with `transaction.on_commit`.
No HTTP call happens here: the Facebook checks live in `pages/connection.py` and run
before the transaction that stores their result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import Department, RoleAssignment, User
from accounts.roles import Role
from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from .models import (
    ConnectionState,
    OfficialPage,
    PageEvent,
    PageRequest,
    PageStatus,
    ReviewReason,
)
from .transitions import (
    ACTIONS,
    CLOSES_REQUEST,
    MANAGE,
    NOTIFY,
    OPENS_REQUEST,
    Action,
    next_status,
)

logger = logging.getLogger(__name__)

APPLICATION_FIELDS = ("name", "purpose", "responsible_person")


def _review_interval() -> timedelta:
    return timedelta(days=settings.PAGES_REVIEW_INTERVAL_DAYS)


# --------------------------------------------------------------------------- notifications


def _ict_office_users() -> list[User]:
    return list(
        User.objects.filter(
            is_active=True,
            role_assignments__role=Role.ICT_OFFICE,
            role_assignments__revoked_at__isnull=True,
        ).distinct()
    )


def _department_people(page: OfficialPage) -> list[User]:
    admins = User.objects.filter(
        is_active=True,
        role_assignments__role=Role.DEPARTMENT_ADMIN,
        role_assignments__department_id=page.department_id,
        role_assignments__revoked_at__isnull=True,
    ).distinct()
    people = {user.pk: user for user in admins}
    if page.responsible_person.is_active:
        people[page.responsible_person_id] = page.responsible_person
    return list(people.values())


def _recipients(page: OfficialPage, audiences: Iterable[str], actor: User | None) -> list[str]:
    people: dict[int, User] = {}
    for audience in audiences:
        group = _ict_office_users() if audience == "ict" else _department_people(page)
        people.update({user.pk: user for user in group})
    if actor is not None:
        people.pop(actor.pk, None)  # the actor knows what they just did
    return sorted({user.email for user in people.values() if user.email})


def _queue_mail(
    page: OfficialPage, *, audiences: Iterable[str], actor: User | None, event: dict
) -> None:
    """Send after commit, so that nobody is told about a change that was rolled back."""
    recipients = _recipients(page, audiences, actor)
    if not recipients:
        return
    url = settings.PORTAL_BASE_URL.rstrip("/") + reverse("pages:detail", args=[page.pk])
    context = {
        "page_name": page.name,
        "department": page.department.name_ja,
        "actor": str(actor) if actor else _("the system"),
        "url": url,
        **event,
    }

    def send() -> None:
        with translation.override("ja"):
            subject = _("[Ishinomaki SNS] %(page)s: %(what)s") % {
                "page": page.name,
                "what": event["title"],
            }
            body = render_to_string("emails/page_event.txt", context)
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        except Exception:  # a mail server problem must not undo a committed decision
            logger.exception("Could not send the notification for page %s", page.pk)

    transaction.on_commit(send)


# --------------------------------------------------------------------------- permissions


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


# --------------------------------------------------------------------------- the transition


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


# --------------------------------------------------------------------------- applications


@dataclass
class ApplicationData:
    """What a department fills in to apply: the page and its activity policy (v1)."""

    name: str
    purpose: str
    responsible_person: User
    operators: list[User] = field(default_factory=list)
    policy: dict = field(default_factory=dict)


def _department_members(department: Department) -> set[int]:
    return set(
        RoleAssignment.objects.filter(
            department=department,
            revoked_at__isnull=True,
            role__in=[Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR],
        ).values_list("user_id", flat=True)
    )


def _check_people(department: Department, data: ApplicationData) -> None:
    members = _department_members(department)
    if data.responsible_person.pk not in members:
        raise DomainError(_("The responsible person must be a member of the department."))
    outsiders = [user for user in data.operators if user.pk not in members]
    if outsiders:
        raise DomainError(_("Every operator must be a member of the department."))


@transaction.atomic
def page_application_create(
    *, actor: User, department: Department, data: ApplicationData
) -> OfficialPage:
    """Start an application (draft) to open a department's page, with its activity policy v1.

    Who may call: an admin of `department`. Refused when the department already has a live
    page (one per department, see models.py) or a person is not of the department.
    """
    if not user_can(actor, MANAGE, department):
        raise PermissionDeniedError(_("You may not apply for this department."))
    if (
        OfficialPage.objects.filter(department=department)
        .exclude(status__in=[PageStatus.WITHDRAWN, PageStatus.REJECTED, PageStatus.CANCELLED])
        .exists()
    ):
        raise DomainError(
            _("This department already has an official page or an application in progress.")
        )
    _check_people(department, data)
    page = OfficialPage(
        department=department,
        name=data.name.strip(),
        purpose=data.purpose.strip(),
        responsible_person=data.responsible_person,
        created_by=actor,
    )
    page.full_clean(exclude=["operators"])
    try:
        with transaction.atomic():
            page.save()
    except IntegrityError as exc:  # a concurrent application won the race
        raise DomainError(
            _("This department already has an official page or an application in progress.")
        ) from exc
    page.operators.set(data.operators)
    from guidelines.services import activity_policy_create

    activity_policy_create(page=page, actor=actor, data=data.policy, version=1)
    page_event_record(page=page, action="create", actor=actor)
    return page


@transaction.atomic
def page_application_update(*, page_id: int, actor: User, data: ApplicationData) -> OfficialPage:
    """Edit an application while it is a draft or returned for changes (department admins)."""
    page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=page_id)
    if not user_can(actor, MANAGE, page.department):
        raise PermissionDeniedError(_("You may not edit this application."))
    if page.status not in (PageStatus.DRAFT, PageStatus.RETURNED):
        raise InvalidTransitionError(
            _("The application can only be edited as a draft or after it was returned.")
        )
    _check_people(page.department, data)
    page.name = data.name.strip()
    page.purpose = data.purpose.strip()
    page.responsible_person = data.responsible_person
    page.full_clean(exclude=["operators"], validate_constraints=False)
    page.save(update_fields=["name", "purpose", "responsible_person", "updated_at"])
    page.operators.set(data.operators)
    from guidelines.services import activity_policy_update

    draft = page.activity_policies.get(version=1)
    activity_policy_update(policy_id=draft.pk, actor=actor, data=data.policy, via_page=True)
    return page


def page_submit(*, page_id: int, actor: User, comment: str = "") -> OfficialPage:
    """Submit (or resubmit) the application to the ICT office.

    Refused unless the responsible person attended an SNS course (庁内勉強会). The activity
    policy v1 goes to "waiting for approval" with the page.
    """
    from guidelines.selectors import user_attended_training
    from guidelines.services import activity_policy_transition

    def check(page: OfficialPage) -> None:
        if not user_attended_training(user=page.responsible_person):
            raise DomainError(
                _(
                    "The responsible person (%(name)s) has not attended the SNS course yet. "
                    "The application can be submitted after they attend."
                )
                % {"name": page.responsible_person}
            )

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        policy = page.activity_policies.get(version=1)
        activity_policy_transition(policy_id=policy.pk, action="submit", actor=actor, via_page=True)
        return []

    from .application_diff import application_snapshot

    with transaction.atomic():
        page = page_transition(
            page_id=page_id,
            action=Action.SUBMIT,
            actor=actor,
            comment=comment,
            check=check,
            apply=apply,
        )
        # What was submitted, to show what changes after a return (both sides see it).
        PageRequest.objects.filter(page=page, status=PageRequest.Status.PENDING).update(
            snapshot=application_snapshot(page)
        )
    return page


def page_decide_application(
    *, page_id: int, action: str, actor: User, comment: str = ""
) -> OfficialPage:
    """The ICT office approves, returns or rejects an application; the activity policy v1
    follows (in force / back to draft / rejected)."""
    from guidelines.services import activity_policy_transition

    policy_action = {Action.APPROVE: "approve", Action.RETURN: "return", Action.REJECT: "reject"}
    if action not in policy_action:
        raise InvalidTransitionError(_("Unknown action."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        policy = page.activity_policies.get(version=1)
        activity_policy_transition(
            policy_id=policy.pk,
            action=policy_action[action],
            actor=actor,
            comment=comment,
            via_page=True,
        )
        return []

    return page_transition(
        page_id=page_id, action=action, actor=actor, comment=comment, apply=apply
    )


# --------------------------------------------------------------------------- connection


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


# --------------------------------------------------------------------------- continuation


def _open_review_apply(reason: str) -> Hook:
    def apply(page: OfficialPage, now: datetime) -> list[str]:
        page.review_reason = reason
        page.review_opened_at = now
        page.review_answer_due_on = timezone.localdate(now) + timedelta(
            days=settings.PAGES_REVIEW_ANSWER_DAYS
        )
        return ["review_reason", "review_opened_at", "review_answer_due_on"]

    return apply


def page_open_review(
    *, page_id: int, actor: User | None, reason: str = ReviewReason.MANUAL, comment: str = ""
) -> OfficialPage:
    """Open a continuation review of an active page (the ICT office by hand, or the system
    for the yearly date, dormancy or a broken connection). The department must answer by
    `review_answer_due_on`; after that the review is overdue on the ICT office's home."""
    if reason not in ReviewReason.values:
        raise DomainError(_("Unknown review reason."))
    return page_transition(
        page_id=page_id,
        action=Action.OPEN_REVIEW,
        actor=actor,
        comment=comment or str(ReviewReason(reason).label),
        apply=_open_review_apply(reason),
    )


def page_answer_continue(
    *, page_id: int, actor: User, policy_confirmed: bool, comment: str = ""
) -> OfficialPage:
    """The department answers a review: continue. Either it confirms the activity policy in
    force, or it has submitted a revision (waiting for approval) that the ICT office then
    approves together with the continuation."""
    from guidelines.models import ActivityPolicyStatus

    def check(page: OfficialPage) -> None:
        has_revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).exists()
        if not policy_confirmed and not has_revision:
            raise DomainError(
                _(
                    "Confirm the activity policy in force, or submit a revised activity "
                    "policy first."
                )
            )

    return page_transition(
        page_id=page_id, action=Action.ANSWER_CONTINUE, actor=actor, comment=comment, check=check
    )


def page_decide_continuation(
    *, page_id: int, action: str, actor: User, comment: str = ""
) -> OfficialPage:
    """The ICT office approves the continuation (next review in a year; a pending policy
    revision is approved with it) or returns the answer."""
    from guidelines.models import ActivityPolicyStatus
    from guidelines.services import activity_policy_transition

    if action not in (Action.APPROVE_CONTINUATION, Action.RETURN_CONTINUATION):
        raise InvalidTransitionError(_("Unknown action."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        if action != Action.APPROVE_CONTINUATION:
            return []
        revision = page.activity_policies.filter(status=ActivityPolicyStatus.PENDING).first()
        if revision is not None:
            activity_policy_transition(
                policy_id=revision.pk, action="approve", actor=actor, comment=comment
            )
        page.next_review_on = timezone.localdate(now) + _review_interval()
        page.dormancy_baseline_at = now
        page.review_reason = ""
        page.review_opened_at = None
        page.review_answer_due_on = None
        return [
            "next_review_on",
            "dormancy_baseline_at",
            "review_reason",
            "review_opened_at",
            "review_answer_due_on",
        ]

    return page_transition(
        page_id=page_id, action=action, actor=actor, comment=comment, apply=apply
    )


# --------------------------------------------------------------------------- withdrawal


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
    sync and webhooks skip a withdrawn page (they check under the same lock). A second
    withdrawal is refused by the table (InvalidTransitionError)."""

    def check(page: OfficialPage) -> None:
        if not (closure_announced and token_revoked and records_kept):
            raise DomainError(_("Complete every item of the withdrawal checklist first."))

    def apply(page: OfficialPage, now: datetime) -> list[str]:
        page.closure_announced_at = page.token_revoked_at = page.records_kept_at = now
        page.withdrawn_on = timezone.localdate(now)
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


# --------------------------------------------------------------------------- worker interface


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


def page_record_activity(*, page_id: int, last_post_at: datetime) -> None:
    """Record the time of the page's latest post (used for dormancy). Only moves forward,
    so replays and out-of-order calls from the worker are harmless."""
    if timezone.is_naive(last_post_at):
        raise ValueError("last_post_at must be timezone-aware")
    OfficialPage.objects.filter(pk=page_id).filter(
        Q(last_post_at__isnull=True) | Q(last_post_at__lt=last_post_at)
    ).update(last_post_at=last_post_at)


def pages_open_due_reviews(now: datetime | None = None) -> list[tuple[int, str]]:
    """Open the continuation reviews that are due (run daily by Celery beat).

    An active page is due when its yearly review date has come, or when it has not posted
    for `PAGES_DORMANCY_DAYS` days (counted from its last post or, if later, its connection
    or last approved continuation). Idempotent: only active pages are considered, and
    opening a review moves the page out of "active". Returns (page id, reason) pairs.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    cutoff = now - timedelta(days=settings.PAGES_DORMANCY_DAYS)
    active = OfficialPage.objects.filter(status=PageStatus.ACTIVE)
    due: dict[int, str] = {}
    for page_id in active.filter(next_review_on__lte=today).values_list("pk", flat=True):
        due[page_id] = ReviewReason.YEARLY
    dormant = active.filter(
        Q(last_post_at__isnull=True) | Q(last_post_at__lt=cutoff),
        Q(dormancy_baseline_at__isnull=True) | Q(dormancy_baseline_at__lt=cutoff),
    )
    for page_id in dormant.values_list("pk", flat=True):
        due.setdefault(page_id, ReviewReason.DORMANT)
    opened = []
    for page_id, reason in sorted(due.items()):
        try:
            page_open_review(page_id=page_id, actor=None, reason=reason)
        except DomainError:  # changed meanwhile (e.g. a withdrawal was requested): skip
            continue
        opened.append((page_id, reason))
    return opened
