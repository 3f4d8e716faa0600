"""What the pages app adds to the home page: to-do items per role, and navigation."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import departments_managed_by
from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .models import ConnectionState, OfficialPage, PageStatus
from .selectors import (
    departments_open_for_application,
    pages_visible_to,
    pages_with_overdue_review,
)


def _list_url(status: str = "") -> str:
    url = reverse("pages:list")
    return f"{url}?status={status}" if status else url


def todo_items(user) -> list[TodoItem]:
    if not user.is_authenticated:
        return []
    items: list[TodoItem] = []
    if user_can(user, "pages.review_page"):
        counts = {
            status: OfficialPage.objects.filter(status=status).count()
            for status in (
                PageStatus.SUBMITTED,
                PageStatus.CONTINUATION_ANSWERED,
                PageStatus.WITHDRAWAL_REQUESTED,
            )
        }
        labels = {
            PageStatus.SUBMITTED: _("Applications to decide"),
            PageStatus.CONTINUATION_ANSWERED: _("Continuation answers to decide"),
            PageStatus.WITHDRAWAL_REQUESTED: _("Withdrawals to approve"),
        }
        for status, count in counts.items():
            if count:
                items.append(TodoItem(labels[status], _list_url(status), count, "attention"))
        overdue = list(pages_with_overdue_review(timezone.localdate()))
        if overdue:
            items.append(
                TodoItem(
                    _("Overdue continuation reviews"),
                    _list_url(PageStatus.REVIEW_DUE),
                    len(overdue),
                    "urgent",
                    ", ".join(f"{p.department.name_ja}「{p.name}」" for p in overdue[:5]),
                )
            )
        from guidelines.selectors import activity_policies_pending

        revisions = activity_policies_pending().count()
        if revisions:
            items.append(
                TodoItem(
                    _("Activity policy revisions to approve"), _list_url(), revisions, "attention"
                )
            )
    managed = departments_managed_by(user=user)
    if managed.exists():
        # A new admin whose department has no page yet: the first step, not an empty home.
        open_departments = list(departments_open_for_application(user=user))
        if open_departments:
            items.append(
                TodoItem(
                    _("Apply to open a page"),
                    reverse("pages:apply"),
                    len(open_departments),
                    "normal",
                    "、".join(department.name_ja for department in open_departments),
                )
            )
        mine = pages_visible_to(user=user).filter(department__in=managed)
        per_status = {
            PageStatus.RETURNED: (_("Returned applications to revise"), "attention"),
            PageStatus.DRAFT: (_("Draft applications to submit"), "normal"),
            PageStatus.APPROVED: (_("Approved pages to connect to Facebook"), "attention"),
            PageStatus.REVIEW_DUE: (_("Continuation reviews to answer"), "attention"),
            PageStatus.WITHDRAWAL_APPROVED: (_("Withdrawal checklists to complete"), "attention"),
        }
        for status, (label, urgency) in per_status.items():
            pages = list(mine.filter(status=status))
            if len(pages) == 1:
                items.append(
                    TodoItem(
                        label,
                        reverse("pages:detail", args=[pages[0].pk]),
                        1,
                        urgency,
                        pages[0].name,
                    )
                )
            elif pages:
                items.append(TodoItem(label, _list_url(status), len(pages), urgency))
        from guidelines.selectors import activity_policies_returned

        returned = list(activity_policies_returned(pages=mine))
        if returned:
            first = returned[0]
            items.append(
                TodoItem(
                    _("Returned activity policy revisions to revise"),
                    reverse("guidelines:policy_detail", args=[first.page_id, first.version])
                    if len(returned) == 1
                    else _list_url(),
                    len(returned),
                    "attention",
                    ", ".join(policy.page.name for policy in returned[:5]),
                )
            )
        broken = mine.filter(connection_state=ConnectionState.BROKEN).count()
        if broken:
            items.append(TodoItem(_("Broken Facebook connections"), _list_url(), broken, "urgent"))
    return items


def nav_items(request) -> list[dict]:
    user = request.user
    items = [{"label": _("Official pages"), "url": reverse("pages:list")}]
    if user_can(user, "pages.view_officialpage"):
        items.append(
            {"label": _("Training"), "url": reverse("guidelines:training_list"), "more": True}
        )
    items.append(
        {
            "label": _("Operating policy"),
            "url": reverse("guidelines:operating_policy_versions"),
            "more": True,
        }
    )
    items.append({"label": _("Registry"), "url": reverse("pages:registry"), "more": True})
    return items
