"""What the publishing app adds to the home page: to-do items per role, and navigation."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from accounts.selectors import departments_managed_by, departments_visible_to
from ishinomaki_sns.common.permissions import user_can
from ishinomaki_sns.home import TodoItem

from .models import PostStatus
from .selectors import (
    corrections_to_approve,
    page_publish_problem,
    pages_for_posts_visible_to,
    posts_held,
    posts_to_approve,
    posts_visible_to,
)


def _may_see(user) -> bool:
    return user.is_authenticated and (
        user_can(user, "publishing.view_all_posts") or departments_visible_to(user=user).exists()
    )


def todo_items(user) -> list[TodoItem]:
    if not _may_see(user):
        return []
    items: list[TodoItem] = []
    url = reverse("publishing:list")
    to_approve = posts_to_approve(user=user)
    if to_approve:
        items.append(TodoItem(_("Posts to approve"), url, len(to_approve), "attention"))
    corrections = corrections_to_approve(user=user)
    if corrections:
        items.append(TodoItem(_("Corrections to approve"), url, len(corrections), "attention"))
    held = posts_held(user=user)
    if held:
        items.append(TodoItem(_("Paused scheduled posts"), url, len(held), "urgent"))
    mine = posts_visible_to(user=user).filter(author=user)
    returned = mine.filter(status=PostStatus.RETURNED).count()
    if returned:
        items.append(
            TodoItem(_("Posts returned to you"), f"{url}?status=returned", returned, "attention")
        )
    failed = posts_visible_to(user=user).filter(status=PostStatus.FAILED).count()
    if failed:
        items.append(
            TodoItem(_("Posts that failed to publish"), f"{url}?status=failed", failed, "urgent")
        )
    managed = departments_managed_by(user=user)
    for page in pages_for_posts_visible_to(user=user).filter(department__in=managed):
        problem = page_publish_problem(page=page)
        if problem:
            items.append(
                TodoItem(
                    _("Page cannot publish posts"),
                    reverse("pages:detail", args=[page.pk]),
                    None,
                    "attention",
                    f"{page.name}{pgettext('label separator', ': ')}{problem}",
                )
            )
    return items


def nav_items(request) -> list[dict]:
    if not _may_see(request.user):
        return []
    return [
        # A new post is written from its page (/pages/<id>/posts/new/): still this section.
        {
            "label": _("City posts"),
            "url": reverse("publishing:list"),
            "url_names": ("publishing:create",),
        },
        {"label": _("Post calendar"), "url": reverse("publishing:calendar"), "more": True},
    ]
