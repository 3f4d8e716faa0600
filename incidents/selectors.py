"""Reads about incidents and impersonation reports, scoped to the user who asks."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from accounts.models import User
from accounts.selectors import departments_visible_to
from ishinomaki_sns.common.permissions import user_can

from .models import UNRESOLVED_STATUSES, ImpersonationReport, Incident
from .transitions import ACTIONS, MANAGE, actions_from


def incidents_visible_to(*, user: User) -> QuerySet[Incident]:
    """Every incident for the ICT office, secretariat and auditor; department staff see the
    incidents of their own department's pages (not city-wide ones without a page)."""
    if not user.is_authenticated:
        return Incident.objects.none()
    base = Incident.objects.select_related("page__department", "owner", "opened_by")
    if user_can(user, "incidents.view_all_incidents"):
        return base
    departments = departments_visible_to(user=user)
    return base.filter(page__department__in=departments)


def incident_get_for_user_or_404(*, user: User, incident_id: int) -> Incident:
    """The incident if `user` may see it, else Http404 (existence must not leak)."""
    try:
        return incidents_visible_to(user=user).get(pk=incident_id)
    except (Incident.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def incident_available_actions(*, incident: Incident, user: User) -> list[tuple[str, object]]:
    """The transitions `user` may take now: drives the buttons and the view's check."""
    if not user_can(user, MANAGE):
        return []
    return [(name, ACTIONS[name]) for name in actions_from(incident.status)]


def incident_events(*, incident: Incident):
    return incident.events.select_related("actor").order_by("created_at", "id")


def incidents_unresolved_count(*, user: User) -> int:
    return incidents_visible_to(user=user).filter(status__in=UNRESOLVED_STATUSES).count()


def impersonation_reports_open() -> QuerySet[ImpersonationReport]:
    """Open reports of fake pages: the public registry warns about each one (public data:
    the fake address only, never who reported it)."""
    return ImpersonationReport.objects.filter(status=ImpersonationReport.Status.OPEN).order_by(
        "-reported_at"
    )


def impersonation_report_find(
    *, page_id: str = "", username: str = ""
) -> ImpersonationReport | None:
    """The open report whose fake page has this id or user name (as parse_facebook_url reads
    it), or None. Public (the registry's verify answer)."""
    condition = Q(pk__in=[])
    if page_id:
        condition |= Q(fake_page_id=page_id)
    if username:
        condition |= Q(fake_username__iexact=username)
    return impersonation_reports_open().filter(condition).first()


def impersonation_warning(report: ImpersonationReport) -> str:
    """The public warning about a reported fake page (plain text; templates escape it)."""
    from django.utils.translation import gettext as _

    return _(
        "Warning: %(url)s is NOT an official page of Ishinomaki City. It has been reported as "
        "an impersonation; do not follow it or send it personal information."
    ) % {"url": report.fake_url}
