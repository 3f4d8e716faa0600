"""Writers for a page's activity policy (活用方針): versions, revisions and their decisions.

It belongs to the page (the model lives in `guidelines.models` with the other policy
documents): pages depend on guidelines, never the other way.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from guidelines.clauses import Clause
from guidelines.models import ActivityPolicy, ActivityPolicyStatus
from guidelines.review_dates import (
    review_date_default,
    review_date_is_allowed,
    review_date_problem,
)
from guidelines.transitions import POLICY_ACTIONS, policy_next_status
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from ..models import OPERATING_STATUSES, OfficialPage
from .notify import _queue_mail
from .transition import page_event_record, user_can_on_department

EDITABLE_POLICY_FIELDS = list(ActivityPolicy.CONTENT_FIELDS)


def _validation_message(exc: ValidationError) -> str:
    return " ".join(str(m) for m in exc.messages)


def _apply_policy_data(policy: ActivityPolicy, data: dict) -> None:
    for name in EDITABLE_POLICY_FIELDS:
        if name in data:
            value = data[name]
            setattr(policy, name, value.strip() if isinstance(value, str) else value)
    unknown = [code for code in policy.deletion_clauses or [] if code not in Clause.values]
    if unknown:
        raise DomainError(_("Unknown operating policy clause."))
    # The same rule as the form's (one definition), so no caller stores a date it would refuse.
    problem = review_date_problem(policy.review_date) if "review_date" in data else None
    if problem:
        raise DomainError(problem)
    try:
        policy.full_clean(exclude=["page", "created_by"], validate_constraints=False)
    except ValidationError as exc:
        raise DomainError(_validation_message(exc)) from exc


def activity_policy_create(
    *, page: OfficialPage, actor: User, data: dict, version: int
) -> ActivityPolicy:
    """Write a new draft version of a page's activity policy (v1 with the application)."""
    policy = ActivityPolicy(page=page, version=version, created_by=actor)
    _apply_policy_data(policy, data)
    try:
        with transaction.atomic():
            policy.save()
    except IntegrityError as exc:
        raise DomainError(_("A revision of this activity policy is already in progress.")) from exc
    return policy


@transaction.atomic
def activity_policy_revision_start(*, page_id: int, actor: User) -> ActivityPolicy:
    """Start a revision of an operating page's activity policy (department admins).

    The new draft starts as a copy of the version in force, which stays in force until the
    ICT office approves the revision. Only one revision may be in progress.
    """
    page = OfficialPage.objects.select_for_update(of=("self",)).get(pk=page_id)
    if not user_can(actor, "accounts.manage_department_pages", page.department):
        raise PermissionDeniedError(_("You may not revise this page's activity policy."))
    if page.status not in OPERATING_STATUSES:
        raise InvalidTransitionError(
            _("The activity policy can be revised while the page is operating.")
        )
    existing = page.activity_policies.filter(
        status__in=[ActivityPolicyStatus.DRAFT, ActivityPolicyStatus.PENDING]
    ).first()
    if existing is not None:
        return existing
    current = page.activity_policies.filter(status=ActivityPolicyStatus.IN_FORCE).first()
    data = {}
    if current is not None:
        data = {name: getattr(current, name) for name in EDITABLE_POLICY_FIELDS}
        data["change_note"] = ""
        if not review_date_is_allowed(data.get("review_date")):
            # The date in force has come (that is why the page is reviewed): propose the next.
            data["review_date"] = review_date_default()
    latest = page.activity_policies.aggregate(v=Max("version"))["v"] or 0
    return activity_policy_create(page=page, actor=actor, data=data, version=latest + 1)


@transaction.atomic
def activity_policy_update(
    *, policy_id: int, actor: User, data: dict, via_page: bool = False
) -> ActivityPolicy:
    """Edit a draft version. Version 1 is edited through the page's application
    (`via_page=True`), later versions directly by the department's admins."""
    policy = (
        ActivityPolicy.objects.select_for_update(of=("self",))
        .select_related("page__department")
        .get(pk=policy_id)
    )
    if not user_can(actor, "accounts.manage_department_pages", policy.page.department):
        raise PermissionDeniedError(_("You may not edit this activity policy."))
    if policy.status != ActivityPolicyStatus.DRAFT:
        raise InvalidTransitionError(_("Only a draft activity policy can be edited."))
    if policy.version == 1 and not via_page:
        raise InvalidTransitionError(_("Edit the first version through the application."))
    _apply_policy_data(policy, data)
    policy.save()
    return policy


def activity_policy_transition(
    *, policy_id: int, action: str, actor: User, comment: str = "", via_page: bool = False
) -> ActivityPolicy:
    """Move a policy version along `guidelines/transitions.py`; the only writer of its status.

    Approving supersedes the version in force. The person who submitted a version may not
    decide it. A revision (not the application's v1, which moves with the page:
    `via_page=True`) is recorded on the page's timeline and e-mailed like a page event.
    """
    if action not in POLICY_ACTIONS:
        raise InvalidTransitionError(_("Unknown action."))
    permission, decides, comment_required, label = POLICY_ACTIONS[action]
    comment = (comment or "").strip()
    with transaction.atomic():
        policy = (
            ActivityPolicy.objects.select_for_update(of=("self",))
            .select_related("page__department", "page__responsible_person")
            .get(pk=policy_id)
        )
        page = policy.page
        if not user_can_on_department(actor, permission, page.department):
            raise PermissionDeniedError(_("You may not do this to this activity policy."))
        if not via_page and (policy.version == 1 or page.status not in OPERATING_STATUSES):
            raise InvalidTransitionError(
                _("This activity policy is decided together with the page's application.")
            )
        new_status = policy_next_status(policy.status, action)
        if new_status is None:
            raise InvalidTransitionError(
                _("This is not possible while the activity policy is “%(status)s”.")
                % {"status": policy.get_status_display()}
            )
        if decides and policy.submitted_by_id == actor.pk:
            raise PermissionDeniedError(_("You may not decide on your own request."))
        if comment_required and not comment:
            raise DomainError(_("Please write a comment (the reason) for this action."))
        now = timezone.now()
        fields = ["status", "updated_at"]
        if action == "submit":
            policy.submitted_by, policy.submitted_at = actor, now
            policy.decided_by, policy.decided_at, policy.decision_comment = None, None, ""
            fields += ["submitted_by", "submitted_at", "decided_by", "decided_at"]
        else:
            policy.decided_by, policy.decided_at, policy.decision_comment = actor, now, comment
            fields += ["decided_by", "decided_at"]
        fields.append("decision_comment")
        if new_status == ActivityPolicyStatus.IN_FORCE:
            page.activity_policies.filter(status=ActivityPolicyStatus.IN_FORCE).exclude(
                pk=policy.pk
            ).update(status=ActivityPolicyStatus.SUPERSEDED, updated_at=now)
        policy.status = new_status
        policy.save(update_fields=fields)
        if not via_page:
            note = _("Activity policy v%(version)s") % {"version": policy.version}
            page_event_record(
                page=page,
                action=f"policy_{action}",
                actor=actor,
                comment=f"{note}: {comment}" if comment else note,
                at=now,
            )
            _queue_mail(
                page,
                audiences=("ict",) if action == "submit" else ("department",),
                actor=actor,
                event={
                    "title": f"{label} (v{policy.version})",
                    "from_status": page.get_status_display(),
                    "to_status": page.get_status_display(),
                    "comment": comment,
                },
            )
    return policy
