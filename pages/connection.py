"""Connecting an approved page to Facebook: verify a Page access token, or obtain one
through Facebook Login (OAuth dialog → code → long-lived user token → /me/accounts).

Every function here talks to Facebook (through `ishinomaki_sns.graph.client.GraphClient`)
and must be called outside any database transaction; the result is then stored by
`pages.services.page_connection_store`. Tokens never reach a log line, a page or an
exception message.
"""

from __future__ import annotations

import hmac
import logging
import secrets

from django.utils.translation import gettext as _

from ishinomaki_sns.common.crypto import decrypt_text, encrypt_text
from ishinomaki_sns.common.errors import DomainError

from .facebook_urls import BadUrl, NotAFacebookUrl, parse_facebook_url
from .services import VerifiedConnection

logger = logging.getLogger(__name__)

# What the portal and the ingestion worker need (shared/GRAPH_API.md).
OAUTH_SCOPES = [
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
    "pages_manage_metadata",
    # Publishing the city's own posts (publishing app); without it a page cannot schedule.
    "pages_manage_posts",
]
SESSION_KEY = "pages_oauth"


def _client():
    try:
        from ishinomaki_sns.graph.client import GraphClient
    except ImportError as exc:  # the Graph API client ships on its own branch
        raise DomainError(_("The connection to Facebook is not available yet.")) from exc
    return GraphClient.from_settings()


def _graph_errors():
    from ishinomaki_sns.graph import errors

    return errors


def _explain(exc: Exception) -> DomainError:
    """Turn a Graph API error into a message for the department (no token in it)."""
    errors = _graph_errors()
    if isinstance(exc, errors.TokenInvalidGraphError):
        return DomainError(
            _("Facebook says this access token is not valid (expired or revoked). Issue a new one.")
        )
    if isinstance(exc, errors.PermissionGraphError):
        return DomainError(
            _("The token lacks a permission this portal needs, or you do not manage this page.")
        )
    if isinstance(exc, errors.TransientGraphError):
        return DomainError(_("Facebook did not answer. Please try again in a few minutes."))
    return DomainError(_("Facebook refused the request. Check the page ID and the token."))


def page_connection_verify(
    *, facebook_page_id: str, access_token: str, facebook_url: str = ""
) -> VerifiedConnection:
    """Ask Facebook whether `access_token` is a valid Page token for `facebook_page_id`.

    Checks `/debug_token` (valid, a PAGE token, of this page) and reads `/{page-id}`; the
    URL, when given, must name the same page. Raises DomainError with a clear message.
    """
    facebook_page_id = (facebook_page_id or "").strip()
    access_token = (access_token or "").strip()
    if not facebook_page_id.isdigit():
        raise DomainError(_("The Facebook page ID is a number."))
    if not access_token:
        raise DomainError(_("Enter the Page access token."))
    client = _client()
    errors = _graph_errors()
    try:
        info = client.debug_token(access_token)
        if not info.get("is_valid"):
            raise DomainError(
                _(
                    "Facebook says this access token is not valid (expired or revoked). Issue a new one."
                )
            )
        if str(info.get("type", "")).upper() != "PAGE":
            raise DomainError(
                _("This is not a Page access token. Use the token of the page itself.")
            )
        profile_id = str(info.get("profile_id") or "")
        if profile_id and profile_id != facebook_page_id:
            raise DomainError(_("This token belongs to another Facebook page."))
        page = client.get_page(
            facebook_page_id, access_token, fields=("id", "name", "username", "link")
        )
    except errors.GraphError as exc:
        logger.warning(
            "Token verification failed for page %s: %s", facebook_page_id, type(exc).__name__
        )
        raise _explain(exc) from None
    if str(page.get("id")) != facebook_page_id:
        raise DomainError(_("Facebook answered for another page. Check the page ID."))
    username = str(page.get("username") or "").lower()
    url = (facebook_url or "").strip()
    if url:
        try:
            ref = parse_facebook_url(url)
        except (BadUrl, NotAFacebookUrl) as exc:
            raise DomainError(str(exc)) from None
        if ref.page_id != facebook_page_id and (not username or ref.username != username):
            raise DomainError(_("The Facebook URL does not point to this page."))
    else:
        url = page.get("link") or f"https://www.facebook.com/{username or facebook_page_id}"
    return VerifiedConnection(
        facebook_page_id=facebook_page_id,
        facebook_url=url,
        username=username,
        name=str(page.get("name") or ""),
        access_token=access_token,
        scopes=tuple(info.get("scopes") or ()),
    )


# --------------------------------------------------------------------------- Facebook Login


def oauth_start(*, session, page_id: int, redirect_uri: str) -> str:
    """Remember a fresh `state` for this page in the session; return the dialog URL."""
    state = secrets.token_urlsafe(32)
    session[SESSION_KEY] = {"state": state, "page_id": page_id}
    return _client().oauth_dialog_url(redirect_uri, state, OAUTH_SCOPES)


def oauth_page_for_state(*, session, state: str) -> int:
    """The page id the dialog was opened for, if `state` is the one we issued."""
    stored = session.get(SESSION_KEY) or {}
    expected = str(stored.get("state") or "")
    if not expected or not state or not hmac.compare_digest(expected, str(state)):
        raise DomainError(_("The Facebook login could not be confirmed. Please start again."))
    return int(stored["page_id"])


def oauth_finish(*, session, code: str, redirect_uri: str) -> list[dict]:
    """Exchange the code for a long-lived user token (kept encrypted in the session only
    until the department picks its page) and list the pages that person manages."""
    if not code:
        raise DomainError(_("Facebook did not grant access. Please start again."))
    client = _client()
    errors = _graph_errors()
    try:
        short = client.exchange_code(code, redirect_uri)
        long_lived = client.exchange_long_lived_user_token(short)
        accounts = client.me_accounts(long_lived)
    except errors.GraphError as exc:
        raise _explain(exc) from None
    session[SESSION_KEY] = {**session.get(SESSION_KEY, {}), "user_token": encrypt_text(long_lived)}
    return [{"id": str(a.get("id")), "name": str(a.get("name") or "")} for a in accounts]


def oauth_choose(*, session, facebook_page_id: str) -> VerifiedConnection:
    """Take the chosen page's token from /me/accounts and verify it; forget the user token."""
    stored = session.get(SESSION_KEY) or {}
    if not stored.get("user_token"):
        raise DomainError(_("The Facebook login has expired. Please start again."))
    user_token = decrypt_text(stored["user_token"])
    client = _client()
    errors = _graph_errors()
    try:
        accounts = client.me_accounts(user_token)
    except errors.GraphError as exc:
        raise _explain(exc) from None
    chosen = next((a for a in accounts if str(a.get("id")) == str(facebook_page_id)), None)
    if chosen is None or not chosen.get("access_token"):
        raise DomainError(_("You do not manage this Facebook page."))
    verified = page_connection_verify(
        facebook_page_id=str(chosen["id"]), access_token=chosen["access_token"]
    )
    session.pop(SESSION_KEY, None)
    return verified
