"""E-mails about a page's connection to Facebook, to the department's admins and the ICT office."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import Role


def _recipients(page) -> list[str]:
    admins = User.objects.filter(
        is_active=True,
        role_assignments__revoked_at__isnull=True,
        role_assignments__role=Role.DEPARTMENT_ADMIN,
        role_assignments__department=page.department,
    )
    ict = User.objects.filter(
        is_active=True,
        role_assignments__revoked_at__isnull=True,
        role_assignments__role=Role.ICT_OFFICE,
    )
    return sorted({u.email for u in [*admins, *ict] if u.email})


def notify_sync_problem(*, page, problem: str) -> None:
    """Queue, after commit, an e-mail saying what is wrong with the page's connection."""
    recipients = _recipients(page)
    if not recipients:
        return
    subject = _("[SNS portal] %(page)s: problem reading Facebook") % {"page": page.name}
    body = render_to_string(
        "comments/email_sync_problem.txt",
        {"page": page, "problem": problem, "base_url": settings.PORTAL_BASE_URL},
    )
    transaction.on_commit(lambda: send_mail(subject, body, None, recipients, fail_silently=False))
