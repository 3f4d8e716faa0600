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
import time

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

# Without these the portal cannot read or moderate the page's comments.
REQUIRED_SCOPES = (
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
)
# Without these the page works, less well (no webhooks: changes arrive by polling only).
OPTIONAL_SCOPES = ("pages_manage_metadata",)
# How long the Login dialog may stay open before its `state` is refused.
STATE_MAX_AGE_SECONDS = 15 * 60


class ConnectError(DomainError):
    """A Facebook Login step failed in a way the person can fix by logging in again.

    `kind` names the case (for tests and the template); `page_id` is the official page the
    login was for, when known, so the error page can offer to start again.
    """

    def __init__(self, message, *, kind: str, page_id: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.page_id = page_id


def oauth_start(*, session, page_id: int, redirect_uri: str, rerequest: bool = False) -> str:
    """Remember a fresh `state` for this page in the session; return the dialog URL.

    `rerequest` asks Facebook to show permissions the person declined before again
    (Facebook shows a declined permission only with `auth_type=rerequest`).
    """
    state = secrets.token_urlsafe(32)
    session[SESSION_KEY] = {"state": state, "page_id": page_id, "started_at": int(time.time())}
    url = _client().oauth_dialog_url(redirect_uri, state, OAUTH_SCOPES)
    return url + "&auth_type=rerequest" if rerequest else url


def oauth_page_for_state(*, session, state: str) -> int:
    """The page id the dialog was opened for, if `state` is the one we issued and recent."""
    stored = session.get(SESSION_KEY) or {}
    expected = str(stored.get("state") or "")
    page_id = int(stored["page_id"]) if stored.get("page_id") else None
    if not expected or not state or not hmac.compare_digest(expected, str(state)):
        raise ConnectError(
            _(
                "The Facebook login could not be matched to this session (it was started in "
                "another window, or already used). Start the connection again from the page."
            ),
            kind="state",
            page_id=page_id,
        )
    if time.time() - int(stored.get("started_at") or 0) > STATE_MAX_AGE_SECONDS:
        raise ConnectError(
            _("The Facebook login took too long and has expired. Please log in again."),
            kind="expired",
            page_id=page_id,
        )
    return int(page_id or 0)


def oauth_denied(*, page_id: int, reason: str) -> ConnectError:
    """The error for a dialog that came back with `error=...` (the person said no)."""
    if reason == "user_denied":
        message = _(
            "You cancelled the Facebook login, so the portal received no access. To connect "
            "the page, log in again and press “Continue” with every page permission ticked."
        )
    else:
        message = _("Facebook did not grant access. Please log in again.")
    return ConnectError(message, kind="denied", page_id=page_id)


def oauth_finish(*, session, page_id: int, code: str, redirect_uri: str) -> list[dict]:
    """Exchange the code for a long-lived user token (kept encrypted in the session only
    until the department picks its page), check the permissions granted and list the pages
    that person granted. Raises ConnectError for a missing required permission or no page;
    a missing optional permission is kept as a warning in the session (`oauth_warnings`)."""
    if not code:
        raise oauth_denied(page_id=page_id, reason="")
    client = _client()
    errors = _graph_errors()
    try:
        short = client.exchange_code(code, redirect_uri)
        long_lived = client.exchange_long_lived_user_token(short)
        granted = set(client.debug_token(long_lived).get("scopes") or ())
        accounts = client.me_accounts(long_lived)
    except errors.GraphError as exc:
        explained = _explain(exc)
        raise ConnectError(explained.message, kind="graph", page_id=page_id) from None
    missing = [scope for scope in REQUIRED_SCOPES if scope not in granted]
    if missing:
        raise ConnectError(
            _(
                "Facebook did not grant the permission(s) %(scopes)s, without which the portal "
                "cannot read or moderate the page's comments. Log in again and keep every "
                "permission ticked."
            )
            % {"scopes": ", ".join(missing)},
            kind="scope",
            page_id=page_id,
        )
    if not accounts:
        raise ConnectError(
            _(
                "No Facebook page was shared with the portal. Log in again and tick the "
                "department's page, with an account that manages it."
            ),
            kind="no_page",
            page_id=page_id,
        )
    listed = [{"id": str(a.get("id")), "name": str(a.get("name") or "")} for a in accounts]
    session[SESSION_KEY] = {
        **session.get(SESSION_KEY, {}),
        "user_token": encrypt_text(long_lived),
        "accounts": listed,
        "warnings": [scope for scope in OPTIONAL_SCOPES if scope not in granted],
    }
    return listed


def oauth_session_accounts(*, session, page_id: int) -> tuple[list[dict], list[str]]:
    """The pages (id, name) and missing optional permissions of the login in progress for
    this official page; ConnectError when there is none (expired or another page's)."""
    stored = session.get(SESSION_KEY) or {}
    if not stored.get("user_token") or int(stored.get("page_id") or 0) != page_id:
        raise ConnectError(
            _("The Facebook login has expired. Please log in again."),
            kind="expired",
            page_id=page_id,
        )
    return list(stored.get("accounts") or []), list(stored.get("warnings") or [])


def oauth_choose(*, session, page_id: int, facebook_page_id: str) -> VerifiedConnection:
    """Take the chosen page's token from /me/accounts and verify it. The user token stays
    in the session until `oauth_forget` (after the connection is stored), so a wrong
    choice can be corrected without logging in again."""
    oauth_session_accounts(session=session, page_id=page_id)
    user_token = decrypt_text(session[SESSION_KEY]["user_token"])
    client = _client()
    errors = _graph_errors()
    try:
        accounts = client.me_accounts(user_token)
    except errors.GraphError as exc:
        raise _explain(exc) from None
    chosen = next((a for a in accounts if str(a.get("id")) == str(facebook_page_id)), None)
    if chosen is None or not chosen.get("access_token"):
        raise DomainError(_("Choose one of the pages listed."))
    return page_connection_verify(
        facebook_page_id=str(chosen["id"]), access_token=chosen["access_token"]
    )


def oauth_forget(*, session) -> None:
    """Drop the login state and the user token from the session."""
    session.pop(SESSION_KEY, None)
