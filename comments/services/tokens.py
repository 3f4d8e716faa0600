"""Token health: the daily check that a page token still works with the scopes moderation
needs."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import TokenInvalidGraphError
from pages.models import OfficialPage
from pages.services import page_connection_mark_broken

from ..notifications import notify_sync_problem

REQUIRED_SCOPES = ("pages_read_engagement", "pages_read_user_content", "pages_manage_engagement")


def page_token_check(*, page_id: int, client: GraphClient | None = None) -> bool:
    """Daily token health: `/debug_token` says whether the page token still works and has
    the scopes moderation needs. A dead token marks the connection broken; a missing scope
    alerts the department and the ICT office. Returns True when healthy."""
    page = OfficialPage.objects.select_related("department").get(pk=page_id)
    client = client or GraphClient.from_settings()
    try:
        data = client.debug_token(page.page_access_token())
    except TokenInvalidGraphError:
        data = {"is_valid": False}
    if not data.get("is_valid"):
        page_connection_mark_broken(
            page_id=page.pk, reason=_("The daily token check found the page token invalid.")
        )
        return False
    missing = [scope for scope in REQUIRED_SCOPES if scope not in (data.get("scopes") or [])]
    if missing:
        notify_sync_problem(
            page=page,
            problem=_("The page token lacks permissions: %(scopes)s")
            % {"scopes": ", ".join(missing)},
        )
        return False
    return True
