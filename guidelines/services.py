"""Writers for the operating policy and training records. (The activity policy, which
belongs to a page, is written by `pages.services.activity_policy`: pages depend on
guidelines, never the other way.)"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from .models import (
    OperatingPolicy,
    OperatingPolicyClause,
    TrainingAttendance,
    TrainingSession,
)

MANAGE_TRAINING = "guidelines.manage_training"
MANAGE_OPERATING_POLICY = "guidelines.manage_operating_policy"


def _validation_message(exc: ValidationError) -> str:
    return " ".join(str(m) for m in exc.messages)


# --------------------------------------------------------------------------- training


def _require_training_manager(actor: User) -> None:
    if not user_can(actor, MANAGE_TRAINING):
        raise PermissionDeniedError(_("Only the ICT Promotion Office records training."))


@transaction.atomic
def training_session_save(
    *,
    actor: User,
    title: str,
    held_on: date,
    location: str = "",
    notes: str = "",
    session_id: int | None = None,
) -> TrainingSession:
    """Create or edit a training session (ICT office)."""
    _require_training_manager(actor)
    session = (
        TrainingSession.objects.select_for_update().get(pk=session_id)
        if session_id
        else TrainingSession()
    )
    session.title, session.held_on = title.strip(), held_on
    session.location, session.notes = location.strip(), notes.strip()
    try:
        session.full_clean()
    except ValidationError as exc:
        raise DomainError(_validation_message(exc)) from exc
    session.save()
    return session


@transaction.atomic
def training_attendance_set(*, actor: User, session_id: int, users: list[User]) -> None:
    """Record exactly who attended a session (ICT office); re-running changes nothing."""
    _require_training_manager(actor)
    session = TrainingSession.objects.select_for_update().get(pk=session_id)
    wanted = {user.pk for user in users}
    current = set(session.attendance.values_list("user_id", flat=True))
    session.attendance.filter(user_id__in=current - wanted).delete()
    TrainingAttendance.objects.bulk_create(
        [
            TrainingAttendance(session=session, user_id=user_id, recorded_by=actor)
            for user_id in sorted(wanted - current)
        ],
        ignore_conflicts=True,
    )


# --------------------------------------------------------------------------- operating policy

OPERATING_POLICY_TEXT_FIELDS = (
    "title_ja",
    "title_en",
    "preamble_ja",
    "preamble_en",
    "response_ja",
    "response_en",
    "ip_ja",
    "ip_en",
    "disclaimer_ja",
    "disclaimer_en",
)
CLAUSE_TEXT_FIELDS = ("text_ja", "text_en", "response_ja", "response_en")


def _require_policy_manager(actor: User) -> None:
    if not user_can(actor, MANAGE_OPERATING_POLICY):
        raise PermissionDeniedError(
            _("Only the ICT Promotion Office drafts and publishes the operating policy.")
        )


@transaction.atomic
def operating_policy_draft_start(*, actor: User) -> OperatingPolicy:
    """Start the next version as a copy of the newest one (ICT office). Returns the draft in
    progress if there is one: one draft at a time."""
    _require_policy_manager(actor)
    draft = OperatingPolicy.objects.select_for_update().filter(published_at__isnull=True).first()
    if draft is not None:
        return draft
    latest = OperatingPolicy.objects.order_by("-version").first()
    if latest is None:
        raise DomainError(_("There is no operating policy to start from."))
    clauses = list(latest.clauses.all())
    draft = OperatingPolicy.objects.create(
        version=latest.version + 1,
        adopted_on=None,
        **{name: getattr(latest, name) for name in OPERATING_POLICY_TEXT_FIELDS},
    )
    OperatingPolicyClause.objects.bulk_create(
        [
            OperatingPolicyClause(
                policy=draft,
                code=clause.code,
                position=clause.position,
                **{name: getattr(clause, name) for name in CLAUSE_TEXT_FIELDS},
            )
            for clause in clauses
        ]
    )
    return draft


@transaction.atomic
def operating_policy_update(
    *, actor: User, policy_id: int, data: dict, clauses: dict[str, dict]
) -> OperatingPolicy:
    """Edit a draft version: its sections and the wording of each clause (by code)."""
    _require_policy_manager(actor)
    policy = OperatingPolicy.objects.select_for_update().get(pk=policy_id)
    if policy.is_published:
        raise InvalidTransitionError(_("A published version cannot be changed."))
    for name in OPERATING_POLICY_TEXT_FIELDS:
        if name in data:
            setattr(policy, name, (data[name] or "").strip())
    if "adopted_on" in data:
        policy.adopted_on = data["adopted_on"]
    try:
        policy.full_clean()
    except ValidationError as exc:
        raise DomainError(_validation_message(exc)) from exc
    policy.save()
    for clause in policy.clauses.all():
        values = clauses.get(clause.code)
        if not values:
            continue
        for name in CLAUSE_TEXT_FIELDS:
            if name in values:
                setattr(clause, name, (values[name] or "").strip())
        try:
            clause.full_clean()
        except ValidationError as exc:
            raise DomainError(f"{clause.code}: {_validation_message(exc)}") from exc
        clause.save()
    return policy


@transaction.atomic
def operating_policy_publish(*, actor: User, policy_id: int) -> OperatingPolicy:
    """Publish a draft (ICT office) once the HQ has adopted it; it becomes the policy shown
    at /policy/ and is frozen from then on."""
    _require_policy_manager(actor)
    policy = OperatingPolicy.objects.select_for_update().get(pk=policy_id)
    if policy.is_published:
        raise InvalidTransitionError(_("This version is already published."))
    if policy.adopted_on is None:
        raise DomainError(_("Enter the date the HQ adopted this version before publishing."))
    if policy.clauses.count() == 0:
        raise DomainError(_("A version without clauses cannot be published."))
    policy.published_at = timezone.now()
    policy.published_by = actor
    policy.save(update_fields=["published_at", "published_by", "updated_at"])
    return policy
