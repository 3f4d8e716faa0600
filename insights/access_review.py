"""Access review flags from the pages' lifecycle (found by accounts.access_review_rows).

"Operators of withdrawn pages": a department admin or operator whose department has
official pages, all of them withdrawn (or otherwise closed), holds a role that no page
needs any more. A department that never had a page is not flagged (it may be applying).
"""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from accounts.roles import Role
from pages.models import CLOSED_STATUSES, OfficialPage, PageStatus


def access_flags(assignments) -> dict[int, list[str]]:
    """{assignment_id: [reason]} for department roles whose department's pages are all
    withdrawn (at least one withdrawn, none live). One query."""
    department_ids = {
        a.department_id
        for a in assignments
        if a.department_id and a.role in (Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR)
    }
    if not department_ids:
        return {}
    counts = (
        OfficialPage.objects.filter(department_id__in=department_ids)
        .values("department_id")
        .annotate(
            withdrawn=Count("pk", filter=Q(status=PageStatus.WITHDRAWN)),
            live=Count("pk", filter=~Q(status__in=CLOSED_STATUSES)),
        )
        .order_by()
    )
    only_withdrawn = {
        row["department_id"] for row in counts if row["withdrawn"] and not row["live"]
    }
    reason = _("Operator of withdrawn pages only: the department has no live page")
    return {
        a.pk: [reason]
        for a in assignments
        if a.department_id in only_withdrawn
        and a.role in (Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR)
    }
