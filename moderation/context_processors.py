"""Crisis mode in the header of every staff page: which pages, since when, by whom.

Read from the cache (``selectors.crisis_mode_state``), so a page costs no query while nothing
changes; only staff who review comments see it."""

from ishinomaki_sns.common.permissions import user_can

from .selectors import crisis_mode_state


def crisis_mode(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if not user_can(user, "moderation.review_flag"):
        return {}
    return {"crisis_mode_state": crisis_mode_state()}
