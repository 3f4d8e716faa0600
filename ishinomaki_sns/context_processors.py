"""Values every template needs: the viewer's roles and the navigation for them."""

from accounts.roles import Role
from accounts.selectors import user_roles

from .common.discovery import app_modules


def _nav_items(request) -> list[dict]:
    """Each app's home.py may offer `nav_items(request)`: [{"label", "url"}], and optionally
    "url_names": views of that section whose address lies elsewhere (a page's new post is at
    /pages/<id>/posts/new/ but belongs to the city's posts)."""
    items: list[dict] = []
    for module in app_modules("home"):
        producer = getattr(module, "nav_items", None)
        if producer is not None:
            items.extend(producer(request))
    current = _current_item(request, items)
    for item in items:
        item["current"] = item is current
    return items


def _current_item(request, items: list[dict]) -> dict | None:
    """The one section the page belongs to: the item naming the page's view, else the item
    whose address is the longest start of the page's (/moderation/rules/ is the rules, not
    the review queue at /moderation/)."""
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match is not None else ""
    for item in items:
        if view_name and view_name in item.get("url_names", ()):
            return item
    candidates = [i for i in items if i["url"] != "/" and request.path.startswith(i["url"])]
    return max(candidates, key=lambda i: len(i["url"]), default=None)


def _split_nav(items: list[dict]) -> dict:
    """Daily work in the bar; set-up and reference pages (rules, training, policy, registry,
    access review) behind one "More" menu, so the bar stays one line for every role."""
    return {
        "portal_nav_items": [item for item in items if not item.get("more")],
        "portal_nav_more": [item for item in items if item.get("more")],
    }


def portal(request):
    user = getattr(request, "user", None)
    roles = user_roles(user=user) if user is not None else set()
    return {
        "viewer_roles": roles,
        "viewer_role_labels": [Role(role).label for role in Role.values if role in roles],
        "viewer_is_ict": Role.ICT_OFFICE in roles,
        "viewer_is_secretariat": Role.SECRETARIAT in roles,
        "viewer_is_auditor": Role.AUDITOR in roles,
        "viewer_is_department_staff": bool(
            roles & {Role.DEPARTMENT_ADMIN, Role.DEPARTMENT_OPERATOR}
        ),
        **_split_nav(_nav_items(request) if user is not None and user.is_authenticated else []),
    }
