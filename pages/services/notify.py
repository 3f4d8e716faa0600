"""E-mails to the people who must act next on a page (sent after commit)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import Role

from ..models import (
    OfficialPage,
)

logger = logging.getLogger(__name__)


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
