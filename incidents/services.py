"""The only writers of incidents and impersonation reports.

Every change writes an `IncidentEvent` in the same transaction; e-mails go after commit.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import Role
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can
from pages.facebook_urls import BadUrl, NotAFacebookUrl, parse_facebook_url
from pages.models import OfficialPage

from .models import (
    UNRESOLVED_STATUSES,
    ImpersonationReport,
    Incident,
    IncidentEvent,
    IncidentKind,
    IncidentSource,
    IncidentStatus,
)
from .transitions import ACTIONS, MANAGE, next_status


def _may_report(actor: User, page: OfficialPage | None) -> bool:
    """The ICT office and the secretariat anywhere; department staff (admins, operators)
    for their own department's page. The auditor only reads."""
    from accounts.selectors import user_departments

    if user_can(actor, MANAGE):
        return True
    return page is not None and user_departments(user=actor).filter(pk=page.department_id).exists()


def _event(incident: Incident, *, actor, action: str, old: str, comment: str = "", now=None):
    return IncidentEvent.objects.create(
        incident=incident,
        actor=actor,
        created_at=now or timezone.now(),
        action=action,
        from_status=old,
        to_status=incident.status,
        comment=comment,
    )


def incident_open(
    *,
    actor: User,
    kind: str,
    title: str,
    description: str = "",
    page: OfficialPage | None = None,
    comment_ids: Iterable[int] = (),
) -> Incident:
    """Record an incident reported by a person (status open).

    Who may call: the ICT office and the secretariat for any page (or none), department
    staff for their own department's page (staff report trouble at once). Side effects:
    a timeline event; after commit, the secretariat and the ICT office are e-mailed.
    """
    if kind not in IncidentKind.values:
        raise DomainError(_("Choose a kind of incident."))
    if not _may_report(actor, page):
        raise PermissionDeniedError(_("You may not report an incident for this page."))
    title = (title or "").strip()
    if not title:
        raise DomainError(_("Please give the incident a title."))
    now = timezone.now()
    with transaction.atomic():
        incident = Incident(
            kind=kind,
            status=IncidentStatus.OPEN,
            source=IncidentSource.STAFF,
            title=title,
            description=description.strip(),
            page=page,
            opened_by=actor,
            opened_at=now,
        )
        incident.full_clean()
        incident.save()
        ids = list(comment_ids)
        if ids and page is not None:
            incident.comments.set(page.comments.filter(pk__in=ids))
        _event(incident, actor=actor, action="open", old=IncidentStatus.OPEN, now=now)
        _notify(incident, reason=_("An incident was reported."))
    return incident


def incident_transition(
    *, incident_id: int, action: str, actor: User, comment: str = ""
) -> Incident:
    """Move an incident along `incidents/transitions.py`; the only writer of `status`.

    Who may call: holders of `incidents.manage_incident` (ICT office, secretariat).
    Refuses (domain errors, nothing written) an unknown action, one the table does not
    allow from the current status, or a missing comment where one is required (the
    resolution). Resolving or dismissing closes the incident's open impersonation reports,
    so the registry stops warning; reopening reopens them.
    """
    spec = ACTIONS.get(action)
    if spec is None:
        raise InvalidTransitionError(_("Unknown action."))
    if not user_can(actor, MANAGE):
        raise PermissionDeniedError(_("You may not change this incident."))
    comment = (comment or "").strip()
    with transaction.atomic():
        try:
            incident = Incident.objects.select_for_update().get(pk=incident_id)
        except Incident.DoesNotExist as exc:
            raise DomainError(_("The incident does not exist.")) from exc
        new_status = next_status(incident.status, action)
        if new_status is None:
            raise InvalidTransitionError(
                _("This is not possible while the incident is “%(status)s”.")
                % {"status": incident.get_status_display()}
            )
        if spec.comment_required and not comment:
            raise DomainError(_("Please write a comment (the reason) for this action."))
        now = timezone.now()
        old = incident.status
        incident.status = new_status
        fields = ["status"]
        if new_status in (IncidentStatus.RESOLVED, IncidentStatus.DISMISSED):
            incident.resolved_at = now
            incident.resolution = comment
            fields += ["resolved_at", "resolution"]
            incident.impersonation_reports.filter(status=ImpersonationReport.Status.OPEN).update(
                status=ImpersonationReport.Status.CLOSED, closed_at=now
            )
        elif new_status in UNRESOLVED_STATUSES and old not in UNRESOLVED_STATUSES:
            incident.resolved_at = None
            fields += ["resolved_at"]
            incident.impersonation_reports.update(
                status=ImpersonationReport.Status.OPEN, closed_at=None
            )
        try:
            with transaction.atomic():
                incident.save(update_fields=fields)
        except IntegrityError as exc:
            # Reopening a spike incident while a newer one is unresolved for the same page.
            raise InvalidTransitionError(
                _("Another suspected incident is already open for this page.")
            ) from exc
        _event(incident, actor=actor, action=action, old=old, comment=comment, now=now)
    return incident


def incident_assign(*, incident_id: int, actor: User, owner: User | None) -> Incident:
    """Give the incident an owner (a holder of the ICT office or secretariat role).

    Who may call: holders of `incidents.manage_incident`. Writes a timeline event.
    """
    if not user_can(actor, MANAGE):
        raise PermissionDeniedError(_("You may not change this incident."))
    if owner is not None and not user_can(owner, MANAGE):
        raise DomainError(_("The owner must belong to the ICT office or the secretariat."))
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident_id)
        incident.owner = owner
        incident.save(update_fields=["owner"])
        _event(
            incident,
            actor=actor,
            action="assign",
            old=incident.status,
            comment=str(owner) if owner else "—",
        )
    return incident


def incident_note(*, incident_id: int, actor: User, comment: str) -> IncidentEvent:
    """Add an action to the timeline (what was done: reported to Facebook, replied, ...).

    Who may call: whoever may report an incident for its page.
    """
    comment = (comment or "").strip()
    if not comment:
        raise DomainError(_("Please write what was done."))
    incident = Incident.objects.select_related("page__department").get(pk=incident_id)
    if not _may_report(actor, incident.page):
        raise PermissionDeniedError(_("You may not change this incident."))
    return _event(incident, actor=actor, action="note", old=incident.status, comment=comment)


def impersonation_report_create(
    *, actor: User, fake_url: str, reported_by_name: str, description: str = ""
) -> ImpersonationReport:
    """Record a fake page in the city's name and open its impersonation incident.

    Who may call: the ICT office and the secretariat. The address must be a Facebook page
    address (read like the registry's verify does); it must not be an official page.
    While the report is open, `/registry/` warns about the address and `/registry/verify`
    answers `official: false` with the warning. Side effects: an incident (kind
    impersonation, open) with its event; after commit, e-mails to the secretariat and ICT.
    """
    from pages.selectors import registry_page_find

    if not user_can(actor, MANAGE):
        raise PermissionDeniedError(_("You may not record impersonation reports."))
    fake_url = (fake_url or "").strip()
    try:
        ref = parse_facebook_url(fake_url)
    except (BadUrl, NotAFacebookUrl) as exc:
        raise DomainError(str(exc)) from exc
    if registry_page_find(page_id=ref.page_id, username=ref.username) is not None:
        raise DomainError(_("This address is one of the city's official pages."))
    reported_by_name = (reported_by_name or "").strip()
    if not reported_by_name:
        raise DomainError(_("Please say who reported the fake page."))
    now = timezone.now()
    with transaction.atomic():
        incident = Incident(
            kind=IncidentKind.IMPERSONATION,
            status=IncidentStatus.OPEN,
            source=IncidentSource.IMPERSONATION_REPORT,
            title=_("Fake page: %(url)s") % {"url": fake_url[:150]},
            description=description.strip(),
            opened_by=actor,
            opened_at=now,
        )
        incident.full_clean()
        incident.save()
        report = ImpersonationReport(
            fake_url=fake_url,
            fake_page_id=ref.page_id,
            fake_username=ref.username,
            reported_by_name=reported_by_name,
            recorded_by=actor,
            reported_at=now,
            incident=incident,
        )
        report.full_clean()
        report.save()
        _event(
            incident,
            actor=actor,
            action="report",
            old=IncidentStatus.OPEN,
            comment=_("Reported by %(who)s") % {"who": reported_by_name},
            now=now,
        )
        _notify(incident, reason=_("A fake page in the city's name was reported."))
    return report


def incident_open_suspected_spike(
    *, page: OfficialPage, title: str, detection: dict, comment_ids: list[int]
) -> Incident | None:
    """Open a suspected flaming incident found by spike detection (system, no actor).

    Once per page while unresolved: returns None when one is already open (the database
    constraint is the guard, so two detectors running at once cannot both open one).
    Side effects: a timeline event; after commit, the secretariat and the ICT office are
    e-mailed.
    """
    now = timezone.now()
    try:
        with transaction.atomic():
            incident = Incident.objects.create(
                kind=IncidentKind.FLAMING,
                status=IncidentStatus.SUSPECTED,
                source=IncidentSource.SPIKE,
                title=title,
                page=page,
                opened_at=now,
                detection=detection,
            )
            if comment_ids:
                incident.comments.set(comment_ids)
            _event(
                incident,
                actor=None,
                action="detect",
                old=IncidentStatus.SUSPECTED,
                comment=detection.get("summary", ""),
                now=now,
            )
            _notify(incident, reason=_("Spike detection opened a suspected incident."))
    except IntegrityError:
        return None
    return incident


def _recipients() -> list[str]:
    users = User.objects.filter(
        is_active=True,
        role_assignments__revoked_at__isnull=True,
        role_assignments__role__in=[Role.ICT_OFFICE, Role.SECRETARIAT],
    ).distinct()
    return sorted({u.email for u in users if u.email})


def _notify(incident: Incident, *, reason: str) -> None:
    """After commit, e-mail the secretariat and the ICT office about the incident."""
    recipients = _recipients()
    if not recipients:
        return
    subject = _("[SNS portal] %(kind)s: %(title)s") % {
        "kind": incident.get_kind_display(),
        "title": incident.title,
    }
    body = render_to_string(
        "incidents/email_incident.txt",
        {"incident": incident, "reason": reason, "base_url": settings.PORTAL_BASE_URL},
    )
    transaction.on_commit(lambda: send_mail(subject, body, None, recipients, fail_silently=False))
