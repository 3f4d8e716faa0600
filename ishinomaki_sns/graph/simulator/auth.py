"""Access tokens as Facebook checks them: `appsecret_proof`, the app token, unknown, dead
and expired tokens."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

from .objects import Page
from .wire import GraphFault


class AuthRoutes:
    """Mixin of Simulator: authenticating a request's token."""

    def authenticate(self, params: dict[str, str], parts: list[str], page: Page | None) -> Any:
        token = params.get("access_token")
        if parts and parts[0] == "oauth":
            return None
        if not token:
            raise GraphFault(104, "An access token is required to request this resource.")
        world = self.world
        app_token = f"{world.app_id}|{world.app_secret}"
        proof = params.get("appsecret_proof")
        if proof is not None:
            expected = hmac.new(
                world.app_secret.encode(), token.encode(), hashlib.sha256
            ).hexdigest()
            if not hmac.compare_digest(proof, expected):
                raise GraphFault(
                    100,
                    "Invalid appsecret_proof provided in the API argument",
                    type_="GraphMethodException",
                )
        elif self.require_proof:
            raise GraphFault(
                100,
                "API calls from the server require an appsecret_proof argument",
                type_="GraphMethodException",
            )
        if token == app_token:
            from .objects import TokenInfo

            return TokenInfo("APP")
        info = world.tokens.get(token)
        if info is None:
            raise GraphFault(190, "Invalid OAuth access token - Cannot parse access token")
        if info.type == "PAGE" and self.faults.has("dead_token", world.pages[info.page_index].id):
            raise GraphFault(
                190,
                "Error validating access token: The session has been invalidated because the user "
                "changed their password or Facebook has changed the session for security reasons.",
                subcode=460,
            )
        if info.expires_at and info.expires_at < time.time():
            raise GraphFault(
                190, "Error validating access token: Session has expired.", subcode=463
            )
        return info
