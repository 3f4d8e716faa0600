"""Reads about training, the operating policy and activity policies."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from accounts.models import User
from accounts.roles import Role
from ishinomaki_sns.common.permissions import user_can
from pages.models import CLOSED_STATUSES, OfficialPage

from .models import (
    ActivityPolicy,
    ActivityPolicyStatus,
    OperatingPolicy,
    TrainingAttendance,
    TrainingSession,
)


def user_attended_training(*, user: User) -> bool:
    """True when `user` attended at least one SNS course (庁内勉強会)."""
    return TrainingAttendance.objects.filter(user=user).exists()


def training_sessions_visible_to(*, user: User) -> QuerySet[TrainingSession]:
    """Sessions with their attendance counts; the ICT office, secretariat and auditor see them."""
    if not user_can(user, "pages.view_officialpage"):
        return TrainingSession.objects.none()
    return TrainingSession.objects.annotate(attendee_count=Count("attendance"))


def training_missing_people() -> list[dict]:
    """Who still has to attend a course: responsible persons of live pages and department
    admins, with their department. Sorted by department."""
    attended = set(TrainingAttendance.objects.values_list("user_id", flat=True))
    rows: dict[int, dict] = {}
    for page in (
        OfficialPage.objects.exclude(status__in=CLOSED_STATUSES)
        .select_related("responsible_person", "department")
        .order_by("department__code")
    ):
        person = page.responsible_person
        if person.pk not in attended:
            row = rows.setdefault(
                person.pk, {"user": person, "department": page.department, "pages": []}
            )
            row["pages"].append(page)
    admins = (
        User.objects.filter(
            is_active=True,
            role_assignments__role=Role.DEPARTMENT_ADMIN,
            role_assignments__revoked_at__isnull=True,
        )
        .exclude(pk__in=attended)
        .prefetch_related("role_assignments__department")
        .distinct()
    )
    for admin in admins:
        if admin.pk in rows:
            continue
        departments = [
            ra.department
            for ra in admin.role_assignments.all()
            if ra.revoked_at is None and ra.role == Role.DEPARTMENT_ADMIN
        ]
        rows[admin.pk] = {"user": admin, "department": departments[0], "pages": []}
    return sorted(rows.values(), key=lambda r: (r["department"].code, r["user"].username))


def operating_policy_current() -> OperatingPolicy | None:
    """The operating policy in force: the newest published version."""
    return (
        OperatingPolicy.objects.filter(published_at__isnull=False)
        .order_by("-version")
        .prefetch_related("clauses")
        .first()
    )


def operating_policies_published() -> QuerySet[OperatingPolicy]:
    return OperatingPolicy.objects.filter(published_at__isnull=False).order_by("-version")


def operating_policy_versions_for_staff(*, user: User) -> QuerySet[OperatingPolicy]:
    """Every version for the ICT office (drafts included); published ones for other staff."""
    if user_can(user, "guidelines.manage_operating_policy"):
        return OperatingPolicy.objects.order_by("-version")
    return operating_policies_published()


def activity_policy_in_force(*, page: OfficialPage) -> ActivityPolicy | None:
    return page.activity_policies.filter(status=ActivityPolicyStatus.IN_FORCE).first()


def activity_policy_revision(*, page: OfficialPage) -> ActivityPolicy | None:
    """The version being written or waiting for approval, if any."""
    return page.activity_policies.filter(
        status__in=[ActivityPolicyStatus.DRAFT, ActivityPolicyStatus.PENDING]
    ).first()


def activity_policies_returned(*, pages: QuerySet[OfficialPage]) -> QuerySet[ActivityPolicy]:
    """Revisions of these pages that the ICT office returned (back to draft with its decision
    recorded) and the department has not submitted again: the department's to-do."""
    return ActivityPolicy.objects.filter(
        page__in=pages,
        status=ActivityPolicyStatus.DRAFT,
        version__gt=1,
        decided_at__isnull=False,
    ).select_related("page")


def activity_policies_pending() -> QuerySet[ActivityPolicy]:
    """Revisions of operating pages waiting for the ICT office (not v1: it is the application)."""
    return ActivityPolicy.objects.filter(
        status=ActivityPolicyStatus.PENDING, version__gt=1
    ).select_related("page__department")
