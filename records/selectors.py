"""Reads for public records, scoped to the user: disclosure requests, retention, the target,
time-to-hide figures and overdue flags."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.db.models import Min, OuterRef, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from comments.models import Comment
from guidelines.models import ActivityPolicy, ActivityPolicyStatus
from ishinomaki_sns.common.permissions import user_can
from moderation.models import Decision, Flag, ModerationAction

from .figures import HideTime
from .models import DisclosureRequest, LegalHold, RetentionPolicy, RetentionRun, ServiceTarget
from .office_hours import OfficeHours
from .retention import DEFAULTS

DEFAULT_TARGET_MINUTES = 24 * 60
HIDING = [Decision.Action.HIDE, Decision.Action.DELETE]


def disclosure_requests_visible_to(*, user) -> QuerySet[DisclosureRequest]:
    """Disclosure requests, newest first (ICT office, secretariat, auditor)."""
    if not user_can(user, "records.view_disclosurerequest"):
        return DisclosureRequest.objects.none()
    return DisclosureRequest.objects.select_related("created_by", "released_by").prefetch_related(
        "pages"
    )


def disclosure_get_for_user_or_404(*, user, request_id) -> DisclosureRequest:
    """The request, or 404 when it does not exist or the user may not see requests."""
    try:
        return disclosure_requests_visible_to(user=user).get(pk=int(request_id))
    except (DisclosureRequest.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def disclosure_available_actions(*, request: DisclosureRequest, user) -> list[str]:
    """What the user may do with the request now: "release" (a second person, once built)
    and "download" (once released; the requester and releasers only)."""
    actions = []
    if (
        request.status == DisclosureRequest.Status.READY
        and request.created_by_id != user.pk
        and user_can(user, "records.release_disclosure")
    ):
        actions.append("release")
    if request.status in (DisclosureRequest.Status.READY, DisclosureRequest.Status.RELEASED) and (
        user_can(user, "records.release_disclosure")
    ):
        actions.append("download" if request.status == "released" else "download_draft")
    return actions


def retention_classes() -> list[dict]:
    """Every kind of record with its class in force and whether it is the default."""
    from .models import RecordKind
    from .retention import FIXED, SPECS

    set_classes = {p.kind: p for p in RetentionPolicy.objects.select_related("updated_by")}
    rows = []
    for kind, label in RecordKind.choices:
        policy = set_classes.get(kind)
        rows.append(
            {
                "kind": kind,
                "label": label,
                "retention": policy.retention if policy else DEFAULTS[kind],
                "default": DEFAULTS[kind],
                "action": SPECS[kind].action,
                "fixed": kind in FIXED,
                "policy": policy,
            }
        )
    return rows


def legal_holds(*, active_only: bool = False) -> QuerySet[LegalHold]:
    holds = LegalHold.objects.select_related("page", "created_by", "lifted_by")
    return holds.filter(lifted_at__isnull=True) if active_only else holds


def retention_runs(*, limit: int = 20) -> list[RetentionRun]:
    return list(RetentionRun.objects.select_related("actor")[:limit])


def service_target_minutes() -> int:
    """The secretariat's time-to-hide target in minutes (a day until one is set)."""
    minutes = ServiceTarget.objects.filter(pk=1).values_list("minutes", flat=True).first()
    return minutes or DEFAULT_TARGET_MINUTES


def overdue_flag_cutoff(*, now: dt.datetime | None = None) -> dt.datetime:
    """Open flags created before this moment are older than the target."""
    return (now or timezone.now()) - dt.timedelta(minutes=service_target_minutes())


def overdue_open_comments(*, pages: QuerySet, now: dt.datetime | None = None) -> int:
    """How many comments on ``pages`` (already scoped to the user) have an open flag older
    than the target (from the flags' side: open flags are few next to comments)."""
    return (
        Flag.objects.filter(
            decision__isnull=True,
            created_at__lt=overdue_flag_cutoff(now=now),
            comment__page__in=pages,
        )
        .values("comment_id")
        .distinct()
        .count()
    )


def office_hours_by_page(*, page_ids: list[int] | None = None) -> dict[int, OfficeHours]:
    """Each page's office hours from its activity policy in force (default when empty)."""
    policies = ActivityPolicy.objects.filter(status=ActivityPolicyStatus.IN_FORCE)
    if page_ids is not None:
        policies = policies.filter(page_id__in=page_ids)
    return {
        page_id: OfficeHours.from_data(data)
        for page_id, data in policies.values_list("page_id", "office_hours")
    }


def hide_times(*, page_ids: list[int], start: dt.datetime, end: dt.datetime) -> Iterator[HideTime]:
    """The timeline of every comment on the pages, written in [start, end), that Facebook
    confirmed hidden or deleted: first flag, first hide/delete decision, first confirmation."""
    first_flag = (
        Flag.objects.filter(comment=OuterRef("pk")).order_by("created_at").values("created_at")[:1]
    )
    first_decision = Decision.objects.filter(comment=OuterRef("pk"), action__in=HIDING).order_by(
        "created_at", "pk"
    )
    confirmed = Min(
        "moderation_actions__done_at",
        filter=Q(
            moderation_actions__status=ModerationAction.Status.DONE,
            moderation_actions__kind__in=[ModerationAction.Kind.HIDE, ModerationAction.Kind.DELETE],
        ),
    )
    rows = (
        Comment.objects.filter(page_id__in=page_ids, created_time__gte=start, created_time__lt=end)
        .annotate(
            confirmed=confirmed,
            flagged=Subquery(first_flag),
            decided=Subquery(first_decision.values("created_at")[:1]),
            clause=Subquery(first_decision.values("clause")[:1]),
        )
        .filter(confirmed__isnull=False)
        .values_list("page_id", "clause", "created_time", "flagged", "decided", "confirmed")
        .order_by()
    )
    for page_id, clause, created, flagged, decided, done in rows.iterator(chunk_size=5000):
        if created is None:  # excluded by the filter; keeps the type checker sure
            continue
        yield HideTime(page_id, clause or "other", created, flagged, decided, done)
