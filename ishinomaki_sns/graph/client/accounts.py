"""The Graph client's tokens, pages and login: the scopes a page token needs, the Login
dialog and code exchanges, token inspection, the pages a user manages, webhook subscription."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlencode

from .transport import GraphTransport

# What a connected page's token must carry (checked daily with debug_token).
REQUIRED_SCOPES: tuple[str, ...] = (
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
    "pages_manage_metadata",
)
# Publishing the city's own posts (POST /{page-id}/feed and /photos, edit, delete).
PUBLISH_SCOPE = "pages_manage_posts"
LOGIN_SCOPES: tuple[str, ...] = REQUIRED_SCOPES + ("read_insights", PUBLISH_SCOPE)


class GraphAccounts(GraphTransport):
    """Tokens, pages and Facebook Login."""

    @property
    def app_token(self) -> str:
        return f"{self.app_id}|{self._app_secret}"

    def debug_token(self, input_token: str) -> dict:
        """`/debug_token` inner `data`: is_valid, type, scopes, expires_at, ... (with the app
        token, so it also works for dead tokens)."""
        result = self.get("debug_token", {"input_token": input_token}, self.app_token)
        return dict(result.get("data") or {})

    def get_page(
        self,
        page_id: str,
        access_token: str,
        fields: Iterable[str] = ("id", "name", "link", "fan_count", "followers_count"),
    ) -> dict:
        """The page node with the given fields."""
        return self.get(page_id, {"fields": ",".join(fields)}, access_token, page_id=page_id)

    def oauth_dialog_url(
        self, redirect_uri: str, state: str, scopes: Iterable[str] = LOGIN_SCOPES
    ) -> str:
        """Where to send a staff member to connect pages (Facebook Login dialog)."""
        query = urlencode(
            {
                "client_id": self.app_id,
                "redirect_uri": redirect_uri,
                "state": state,
                "scope": ",".join(scopes),
                "response_type": "code",
            }
        )
        return f"{self.dialog_url}/{self.version}/dialog/oauth?{query}"

    def exchange_code(self, code: str, redirect_uri: str) -> str:
        """The user access token for a Login dialog `code` (same redirect_uri as the dialog)."""
        result = self.get(
            "oauth/access_token",
            {
                "client_id": self.app_id,
                "redirect_uri": redirect_uri,
                "client_secret": self._app_secret,
                "code": code,
            },
        )
        return str(result["access_token"])

    def exchange_long_lived_user_token(self, user_token: str) -> str:
        """A long-lived (~60 days) user token; page tokens minted from it never expire."""
        result = self.get(
            "oauth/access_token",
            {
                "grant_type": "fb_exchange_token",
                "client_id": self.app_id,
                "client_secret": self._app_secret,
                "fb_exchange_token": user_token,
            },
        )
        return str(result["access_token"])

    def me_accounts(self, user_token: str) -> list[dict]:
        """The pages the user can act on: id, name, access_token (page token), tasks."""
        return list(
            self.paginate(
                "me/accounts", {"fields": "id,name,access_token,tasks", "limit": 100}, user_token
            )
        )

    def subscribe_app(
        self, page_id: str, access_token: str, fields: Iterable[str] = ("feed",)
    ) -> bool:
        """Subscribe our app to the page's webhooks (needs pages_manage_metadata)."""
        result = self.post(
            f"{page_id}/subscribed_apps",
            {"subscribed_fields": ",".join(fields)},
            access_token,
            page_id=page_id,
        )
        return bool(isinstance(result, dict) and result.get("success"))

    def unsubscribe_app(self, page_id: str, access_token: str) -> bool:
        """Stop our app's webhooks for the page (`DELETE /{page-id}/subscribed_apps`, needs
        pages_manage_metadata). Token and permission errors are raised like any other call."""
        result = self.delete(f"{page_id}/subscribed_apps", None, access_token, page_id=page_id)
        return bool(isinstance(result, dict) and result.get("success"))
