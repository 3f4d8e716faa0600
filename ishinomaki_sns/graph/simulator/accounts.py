"""Tokens and people: /me, /me/accounts, /debug_token, OAuth code exchange, the Login dialog,
blocking and webhook subscriptions."""

from __future__ import annotations

import html
import time
from typing import Any
from urllib.parse import urlencode

from .objects import STAFF_USER_ID, STAFF_USER_NAME, Page
from .seeded import mix
from .wire import MAX_LIMIT, GraphFault, _dec, _enc, _int_param, gone


class AccountRoutes:
    """Mixin of Simulator: tokens, login, page administration."""

    def me(self, rest: list[str], params: dict[str, str], token: Any) -> Any:
        if token.type == "PAGE":
            page = self.world.pages[token.page_index]
            if not rest:
                return self.render_page(page, params, token)
            raise gone("me")
        if token.type != "USER":
            raise GraphFault(
                2500,
                "An active access token must be used to query information about the current user.",
            )
        if not rest:
            return {"name": STAFF_USER_NAME, "id": STAFF_USER_ID}
        if rest == ["accounts"]:
            specs = self.fields_or(
                params, ["access_token", "category", "category_list", "name", "id", "tasks"]
            )
            limit = min(max(_int_param(params, "limit", 25) or 25, 1), MAX_LIMIT)
            start = int(_dec(params["after"])) + 1 if params.get("after") else 0
            granted = self.world.pages
            if token.page_ids is not None:  # the person chose pages in the Login dialog
                granted = [p for p in granted if p.id in token.page_ids]
            pages = granted[start : start + limit]
            data = []
            for page in pages:
                full = {
                    "access_token": page.token,
                    "category": page.category,
                    "category_list": [{"id": "2235", "name": page.category}],
                    "name": page.name,
                    "id": page.id,
                    "tasks": ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"],
                }
                data.append({s.name: full[s.name] for s in specs if s.name in full})
            result: dict[str, Any] = {"data": data}
            if pages:
                paging: dict[str, Any] = {
                    "cursors": {
                        "before": _enc(str(start)),
                        "after": _enc(str(start + len(pages) - 1)),
                    }
                }
                if start + limit < len(granted):
                    base = {k: v for k, v in params.items() if k != "after"}
                    paging["next"] = self.url(
                        "me/accounts",
                        {**base, "limit": str(limit), "after": paging["cursors"]["after"]},
                    )
                result["paging"] = paging
            return result
        raise gone("me")

    def debug_token(self, params: dict[str, str], token: Any) -> dict[str, Any]:
        if token.type not in ("APP", "USER"):
            raise GraphFault(
                100,
                "(#100) You must provide an app access token, or a user access token that is an owner or developer of the app",
            )
        world = self.world
        input_token = params.get("input_token", "")
        info = world.tokens.get(input_token)
        data: dict[str, Any] = {
            "app_id": world.app_id,
            "application": "Ishinomaki SNS Portal (simulated)",
        }
        if info is None:
            data.update(
                {
                    "type": "USER",
                    "is_valid": False,
                    "scopes": [],
                    "error": {
                        "code": 190,
                        "message": "Invalid OAuth access token - Cannot parse access token",
                    },
                }
            )
            return {"data": data}
        data.update(
            {
                "type": info.type,
                "data_access_expires_at": world.anchor + 90 * 86400,
                "expires_at": info.expires_at,
                "is_valid": True,
                "issued_at": info.issued_at,
                "scopes": list(info.scopes),
                "granular_scopes": [
                    {"scope": s}
                    for s in info.scopes
                    if s.startswith("pages_") or s == "read_insights"
                ],
                "user_id": info.user_id,
            }
        )
        if info.type == "PAGE":
            page = world.pages[info.page_index]
            data["profile_id"] = page.id
            for item in data["granular_scopes"]:
                item["target_ids"] = [page.id]
            if self.faults.has("dead_token", page.id):
                data["is_valid"] = False
                data["error"] = {
                    "code": 190,
                    "message": "Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.",
                    "subcode": 460,
                }
        if info.expires_at and info.expires_at < time.time():
            data["is_valid"] = False
        return {"data": data}

    def oauth_access_token(self, params: dict[str, str]) -> dict[str, Any]:
        world = self.world
        if params.get("client_id") != world.app_id:
            raise GraphFault(101, "Error validating application. Invalid application ID.")
        if params.get("client_secret") != world.app_secret:
            raise GraphFault(1, "Error validating client secret.")
        now = int(time.time())
        if params.get("grant_type") == "fb_exchange_token":
            info = world.tokens.get(params.get("fb_exchange_token", ""))
            if info is None or info.type != "USER":
                raise GraphFault(190, "Invalid OAuth access token - Cannot parse access token")
            token = world.mint_token(
                "USER",
                user_id=info.user_id,
                scopes=list(info.scopes),
                issued_at=now,
                expires_at=now + 5183944,
                page_ids=info.page_ids,
            )
            return {"access_token": token, "token_type": "bearer", "expires_in": 5183944}
        code = params.get("code", "")
        grant = world.codes.get(code)
        if grant is None:
            raise GraphFault(100, "Invalid verification code format.", subcode=36007)
        if grant["used"]:
            raise GraphFault(100, "This authorization code has been used.", subcode=36009)
        if params.get("redirect_uri") != grant["redirect_uri"]:
            raise GraphFault(
                100,
                "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
                subcode=36008,
            )
        grant["used"] = True
        token = world.mint_token(
            "USER",
            user_id=STAFF_USER_ID,
            scopes=grant["scopes"],
            issued_at=now,
            expires_at=now + 6552,
            page_ids=grant.get("page_ids"),
        )
        return {"access_token": token, "token_type": "bearer", "expires_in": 6552}

    def blocked(self, page: Page, method: str, params: dict[str, str], token: Any) -> Any:
        if method == "GET":
            return {"data": [{"id": u} for u in sorted(self.world.blocked.get(page.id, set()))]}
        self.require_page_token(token, "pages_manage_engagement")
        users = [u for u in (params.get("user") or params.get("uid") or "").split(",") if u]
        if not users:
            raise GraphFault(100, "(#100) The parameter user is required")
        with self.world.lock:
            self.world.blocked.setdefault(page.id, set()).update(users)
        return dict.fromkeys(users, True)

    def subscribed_apps(self, page: Page, method: str, params: dict[str, str], token: Any) -> Any:
        self.require_page_token(token, "pages_manage_metadata")
        world = self.world
        if method == "GET":
            fields = world.subscriptions.get(page.id)
            if not fields:
                return {"data": []}
            return {
                "data": [
                    {
                        "category": "Business",
                        "link": "https://example.invalid/",
                        "name": "Ishinomaki SNS Portal (simulated)",
                        "id": world.app_id,
                        "subscribed_fields": fields,
                    }
                ]
            }
        if method == "DELETE":
            world.subscriptions.pop(page.id, None)
            return {"success": True}
        fields = [f for f in params.get("subscribed_fields", "").split(",") if f]
        if not fields:
            raise GraphFault(100, "(#100) The parameter subscribed_fields is required.")
        world.subscriptions[page.id] = fields
        return {"success": True}

    def dialog(self, rest: str, params: dict[str, str]) -> tuple[int, dict[str, str], bytes, None]:
        world = self.world
        redirect_uri = params.get("redirect_uri", "")
        if params.get("client_id") != world.app_id or not redirect_uri.startswith(
            ("http://", "https://")
        ):
            body = "<!doctype html><meta charset=utf-8><title>エラー</title><p>アプリIDまたはリダイレクトURIが正しくありません。</p>"
            return 400, {"Content-Type": "text/html; charset=utf-8"}, body.encode(), None
        state = params.get("state", "")
        sep = "&" if "?" in redirect_uri else "?"
        if rest.startswith("/dialog/oauth/confirm"):
            if params.get("cancel"):
                query = urlencode(
                    {
                        "error": "access_denied",
                        "error_code": "200",
                        "error_description": "Permissions error",
                        "error_reason": "user_denied",
                        "state": state,
                    }
                )
                return 302, {"Location": f"{redirect_uri}{sep}{query}#_=_"}, b"", None
            asked = [s for s in params.get("scope", "").split(",") if s]
            page_ids: list[str] | None = None
            if params.get("choose"):
                # The dialog's check boxes: like Facebook's, a person may grant only some
                # pages and decline some permissions ("Edit access").
                chosen = set(params.get("grant_page", "").split(","))
                page_ids = [p.id for p in world.pages if p.id in chosen]
                declined = set(asked) - set(params.get("grant_scope", "").split(","))
                asked = [s for s in asked if s not in declined]
            with world.lock:
                world.counter += 1
                code = f"AQsim{world.counter:04d}{mix(world.seed, 30, world.counter):016x}"
                scopes = [*asked, "public_profile"]
                world.codes[code] = {
                    "redirect_uri": redirect_uri,
                    "scopes": scopes,
                    "page_ids": page_ids,
                    "used": False,
                }
            query = urlencode({"code": code, "state": state})
            return 302, {"Location": f"{redirect_uri}{sep}{query}#_=_"}, b"", None
        pages = "".join(
            f'<li><label><input type="checkbox" name="grant_page" value="{html.escape(p.id)}"'
            f" checked> {html.escape(p.name)}（ID {html.escape(p.id)}）</label></li>"
            for p in world.pages
        )
        scopes = "".join(
            f'<li><label><input type="checkbox" name="grant_scope" value="{html.escape(s)}"'
            f" checked> <code>{html.escape(s)}</code></label></li>"
            for s in params.get("scope", "").split(",")
            if s
        )
        hidden = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(params.get(k, ""))}">'
            for k in ("client_id", "redirect_uri", "state", "scope", "response_type")
        )
        body = f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>Facebookでログイン（シミュレーター）</title></head>
<body>
<h1>Facebookでログイン（シミュレーター）</h1>
<p>{html.escape(STAFF_USER_NAME)} としてログインしています。アプリ「石巻市SNSポータル」が次のページへのアクセスを求めています。</p>
<form method="get" action="/{self.version_used}/dialog/oauth/confirm">{hidden}
<input type="hidden" name="choose" value="1">
<p>アクセスを許可するページ:</p><ul id="pages">{pages}</ul>
<p>求められている権限:</p><ul id="scopes">{scopes}</ul>
<button type="submit" name="continue" value="1">続行</button>
<button type="submit" name="cancel" value="1">キャンセル</button>
</form></body></html>"""
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode(), None
