"""The simulator's HTTP server: Graph API wire format, Login dialog, control API, webhooks.

Stdlib only (ThreadingHTTPServer), so it runs without Django: in-process for tests
(`SimulatorServer(world).start()`), or from `manage.py run_graph_simulator`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import html
import json
import logging
import queue
import re
import socket
import threading
import time
import urllib.request
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from ishinomaki_sns.common.logging import redact

from .faults import FaultSet
from .fields import FieldSpec, FieldSyntaxError, parse_fields
from .state import STAFF_USER_ID, STAFF_USER_NAME, Comment, Page, Post, World, mix

logger = logging.getLogger(__name__)

VERSION_RE = re.compile(r"^/(v\d+\.\d+)(/.*)?$")
DEFAULT_VERSION = "v24.0"
MAX_LIMIT = 100
PAGE_METRICS = {
    "page_follows": "Lifetime follows of the page",
    "page_daily_follows": "Daily new follows",
    "page_daily_follows_unique": "Daily new follows (unique)",
    "page_daily_unfollows_unique": "Daily unfollows (unique)",
    "page_media_view": "Media views",
    "page_total_media_view_unique": "Unique media viewers",
    "page_post_engagements": "Post engagements",
    "page_views_total": "Page views",
    "page_video_views": "Video views",
    "page_actions_post_reactions_total": "Reactions on posts",
}
POST_METRICS = {
    "post_media_view": "Media views",
    "post_total_media_view_unique": "Unique media viewers",
    "post_clicks": "Clicks",
    "post_reactions_by_type_total": "Reactions by type",
}
COMMENT_FIELDS = {
    "id",
    "message",
    "from",
    "created_time",
    "parent",
    "is_hidden",
    "can_hide",
    "can_remove",
    "permalink_url",
    "attachment",
    "like_count",
    "comment_count",
    "can_comment",
    "user_likes",
    "is_private",
    "message_tags",
    "object",
}
POST_FIELDS = {
    "id",
    "message",
    "created_time",
    "updated_time",
    "is_published",
    "permalink_url",
    "from",
    "status_type",
    "story",
    "is_hidden",
    "comments",
    "full_picture",
    "privacy",
}
PAGE_FIELDS = {
    "id",
    "name",
    "link",
    "fan_count",
    "followers_count",
    "category",
    "about",
    "access_token",
    "username",
    "verification_status",
}


class GraphFault(Exception):
    """An error answer in Facebook's shape."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        status: int = 400,
        type_: str = "OAuthException",
        transient: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code, self.message, self.subcode, self.status = code, message, subcode, status
        self.type, self.transient, self.headers = type_, transient, headers or {}

    def payload(self, trace: str) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.transient:
            error["is_transient"] = True
        error["fbtrace_id"] = trace
        return {"error": error}


def gone(object_id: str, method: str = "get") -> GraphFault:
    return GraphFault(
        100,
        f"Unsupported {method} request. Object with ID '{object_id}' does not exist, cannot be "
        "loaded due to missing permissions, or does not support this operation. Please read the "
        "Graph API documentation at https://developers.facebook.com/docs/graph-api",
        subcode=33,
        type_="GraphMethodException",
    )


def fb_time(ts: int) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _enc(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _dec(text: str) -> str:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except ValueError:
        raise GraphFault(100, "(#100) Invalid cursor") from None


def _int_param(params: dict[str, str], name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return int(float(value))
    except ValueError:
        if name in ("since", "until"):
            try:  # Facebook also accepts dates
                return int(datetime.fromisoformat(value).replace(tzinfo=UTC).timestamp())
            except ValueError:
                pass
        raise GraphFault(100, f"(#100) Param {name} must be an integer") from None


class WebhookDeliverer:
    """Posts signed webhook envelopes to the configured URL from a background thread (so a
    Graph call that triggers one never waits for the portal), or synchronously on request."""

    def __init__(self, app_secret: str, url: str | None = None) -> None:
        self.app_secret = app_secret
        self.url = url
        self.log: list[dict[str, Any]] = []
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="sim-webhooks", daemon=True)
        self._thread.start()

    def sign(self, body: bytes) -> dict[str, str]:
        sha256 = hmac.new(self.app_secret.encode(), body, hashlib.sha256).hexdigest()
        sha1 = hmac.new(self.app_secret.encode(), body, hashlib.sha1).hexdigest()
        return {"X-Hub-Signature-256": f"sha256={sha256}", "X-Hub-Signature": f"sha1={sha1}"}

    def post(
        self, envelope: dict[str, Any], *, times: int = 1, url: str | None = None
    ) -> list[int]:
        target = url or self.url
        if not target:
            self.log.append({"envelope": envelope, "status": None, "error": "no webhook url"})
            return []
        body = json.dumps(envelope, separators=(",", ":")).encode()
        statuses = []
        for _ in range(times):
            request = urllib.request.Request(  # noqa: S310 - URL set by the operator
                target,
                data=body,
                method="POST",
                headers={
                    "Content-Type": "application/json",
                    "User-Agent": "facebookexternalua",
                    **self.sign(body),
                },
            )
            entry: dict[str, Any] = {"envelope": envelope, "status": None, "error": None}
            try:
                with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                    entry["status"] = response.status
            except urllib.error.HTTPError as exc:
                entry["status"] = exc.code
            except OSError as exc:
                entry["error"] = type(exc).__name__
            self.log.append(entry)
            statuses.append(entry["status"] or 0)
        return statuses

    def enqueue(self, envelope: dict[str, Any], times: int = 1) -> None:
        self._queue.put((envelope, times))

    def flush(self, timeout: float = 10.0) -> None:
        deadline = time.time() + timeout
        while self._queue.unfinished_tasks and time.time() < deadline:
            time.sleep(0.01)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                self.post(item[0], times=item[1])
            except Exception:  # a delivery failure must not kill the thread
                logger.exception("webhook delivery failed")
            finally:
                self._queue.task_done()

    def stop(self) -> None:
        self._queue.put(None)


class Simulator:
    """Request handling shared by all connections: routes, faults, usage, webhooks."""

    def __init__(
        self,
        world: World,
        *,
        faults: FaultSet | None = None,
        webhook_url: str | None = None,
        webhook_shape: str = "from",
        require_proof: bool = True,
        version: str = DEFAULT_VERSION,
    ) -> None:
        self.world = world
        self.faults = faults or FaultSet(world.seed)
        self.require_proof = require_proof
        self.version = version
        self.webhook_shape = webhook_shape
        self.webhooks = WebhookDeliverer(world.app_secret, webhook_url)
        self.calls = 0
        world.on_change = self._on_change
        self._local = threading.local()  # the request's host and version (threads share self)

    @property
    def base_url(self) -> str:
        return getattr(self._local, "base_url", "")

    @base_url.setter
    def base_url(self, value: str) -> None:
        self._local.base_url = value

    @property
    def version_used(self) -> str:
        return getattr(self._local, "version", self.version)

    @version_used.setter
    def version_used(self, value: str) -> None:
        self._local.version = value

    # --- webhooks ------------------------------------------------------------------------------
    def change_value(self, verb: str, comment: Comment, shape: str | None = None) -> dict[str, Any]:
        world = self.world
        post = world.posts[comment.post_serial]
        value: dict[str, Any] = {
            "item": "comment",
            "verb": verb,
            "comment_id": comment.id,
            "post_id": post.id,
            "parent_id": comment.parent_id or post.id,
            "created_time": comment.created,
            "post": {
                "id": post.id,
                "status_type": "mobile_status_update",
                "is_published": post.is_published,
                "updated_time": fb_time(world.post_updated(post)),
                "permalink_url": f"https://www.facebook.com/{post.id}",
                "promotion_status": "inactive",
            },
        }
        if (shape or self.webhook_shape) == "sender":
            value["sender_id"], value["sender_name"] = comment.from_id, comment.from_name
        else:
            value["from"] = {"id": comment.from_id, "name": comment.from_name}
        if verb in ("add", "edited"):
            value["message"] = comment.message
        return value

    def envelope(self, page_id: str, values: list[dict[str, Any]]) -> dict[str, Any]:
        now = int(time.time())
        return {
            "object": "page",
            "entry": [
                {
                    "id": page_id,
                    "time": now,
                    "changes": [{"field": "feed", "value": v} for v in values],
                }
            ],
        }

    def _on_change(self, verb: str, info: dict[str, Any]) -> None:
        comment: Comment = info["comment"]
        page = self.world.pages[self.world.posts[comment.post_serial].page_index]
        if "feed" not in self.world.subscriptions.get(page.id, []) or not self.webhooks.url:
            return
        self.webhooks.enqueue(self.envelope(page.id, [self.change_value(verb, comment)]))

    # --- response helpers -----------------------------------------------------------------------
    def trace(self) -> str:
        self.calls += 1
        return base64.b64encode(mix(self.world.seed, 99, self.calls).to_bytes(8, "big")).decode()[
            :11
        ]

    def usage_headers(
        self, page: Page | None, token_type: str | None, full: int | None = None, minutes: int = 0
    ) -> dict[str, str]:
        headers = {}
        app_pct = self.world.app_tick()
        headers["X-App-Usage"] = json.dumps(
            {"call_count": app_pct, "total_time": app_pct, "total_cputime": app_pct}
        )
        if page is not None and token_type == "PAGE":  # noqa: S105 - a token type
            pct = full if full is not None else self.world.usage_tick(page.id)
            headers["X-Business-Use-Case-Usage"] = json.dumps(
                {
                    page.id: [
                        {
                            "type": "pages",
                            "call_count": pct,
                            "total_cputime": max(pct - 3, 0),
                            "total_time": max(pct - 3, 0),
                            "estimated_time_to_regain_access": minutes,
                        }
                    ]
                }
            )
        return headers

    def url(self, path: str, params: dict[str, Any]) -> str:
        return f"{self.base_url}/{self.version_used}/{path.lstrip('/')}?{urlencode(params)}"

    # --- dispatch -------------------------------------------------------------------------------
    def handle(
        self, method: str, raw_path: str, params: dict[str, str], host: str
    ) -> tuple[int, dict[str, str], bytes, str | None]:
        """Returns (status, headers, body, special) where special is "drop"/"truncate"/None."""
        self.base_url = f"http://{host}"
        split = urlsplit(raw_path)
        path = split.path
        if path.startswith("/_sim/") or path == "/_sim":
            return self.control(method, path, params)
        match = VERSION_RE.match(path)
        self.version_used = match.group(1) if match else self.version
        rest = (match.group(2) or "/") if match else path
        if rest.startswith("/dialog/oauth"):
            return self.dialog(rest, params)
        headers = {"facebook-api-version": self.version_used, "x-fb-rev": "1000000"}
        trace = self.trace()
        headers["x-fb-trace-id"] = trace
        page: Page | None = None
        token_type: str | None = None
        special = None
        try:
            parts = [p for p in rest.split("/") if p]
            page = self.world.page_of(parts[0]) if parts else None
            token_info = self.authenticate(params, parts, page)
            token_type = token_info.type if token_info else None
            if page is None and token_info is not None and token_info.page_index is not None:
                page = self.world.pages[token_info.page_index]
            rule = self.faults.draw(
                page.id if page else None,
                rest,
                kinds=(
                    "http_500",
                    "transient",
                    "reduce_data",
                    "throttle",
                    "slow",
                    "truncated",
                    "drop",
                    "permission",
                    "policy",
                    "empty_page",
                ),
            )
            if rule is not None:
                if rule.kind == "slow":
                    time.sleep(float(rule.params.get("delay", 1.0)))
                elif rule.kind == "drop":
                    return 0, {}, b"", "drop"
                elif rule.kind == "truncated":
                    special = "truncate"
                elif rule.kind == "empty_page":
                    if (
                        method == "GET"
                        and "__sim_skip" not in params
                        and (
                            rest.endswith("/comments")
                            or rest.endswith("/feed")
                            or rest.endswith("/posts")
                            or rest.endswith("/published_posts")
                            or rest.endswith("/accounts")
                        )
                    ):
                        body = {
                            "data": [],
                            "paging": {"next": self.url(rest, {**params, "__sim_skip": "1"})},
                        }
                        headers.update(self.usage_headers(page, token_type))
                        return 200, headers, json.dumps(body).encode(), None
                else:
                    raise self.fault_error(rule, page)
            if (
                page is not None
                and token_type == "PAGE"  # noqa: S105 - a token type
                and self.world.usage.get((page.id, int(time.time()) // 3600), 0)
                >= self.world.page_call_budget
            ):
                raise GraphFault(
                    80001,
                    "(#80001) There have been too many calls to this Page account. "
                    "Wait a bit and try again. For more info, please refer to "
                    "https://developers.facebook.com/docs/graph-api/overview/rate-limiting.",
                    headers=self.usage_headers(page, token_type, full=100, minutes=60),
                )
            body = self.route(method, parts, params, token_info)
            headers.update(self.usage_headers(page, token_type))
            return 200, headers, json.dumps(body).encode(), special
        except GraphFault as fault:
            headers.update(fault.headers or self.usage_headers(page, token_type))
            return fault.status, headers, json.dumps(fault.payload(trace)).encode(), None
        except FieldSyntaxError as exc:
            return (
                400,
                headers,
                json.dumps(
                    GraphFault(100, f"(#100) Syntax error in fields: {exc}").payload(trace)
                ).encode(),
                None,
            )

    def fault_error(self, rule: Any, page: Page | None) -> GraphFault:
        kind, params = rule.kind, rule.params
        if kind == "http_500":
            raise _HtmlError()
        if kind == "transient":
            code = int(params.get("code", 2))
            message = {
                1: "An unknown error occurred",
                2: "An unexpected error has occurred. Please retry your request later.",
            }.get(code, "Temporary error")
            return GraphFault(code, message, status=500, transient=True)
        if kind == "reduce_data":
            return GraphFault(
                1,
                "Please reduce the amount of data you're asking for, then retry your request",
                status=500,
            )
        if kind == "throttle":
            code = int(params.get("code", 80001))
            minutes = int(params.get("minutes", 5))
            messages = {
                4: "(#4) Application request limit reached",
                17: "(#17) User request limit reached",
                32: "(#32) Page request limit reached",
                613: "(#613) Calls to this api have exceeded the rate limit.",
                80001: "(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.",
            }
            headers = self.usage_headers(page, "PAGE" if page else None, full=100, minutes=minutes)
            return GraphFault(code, messages.get(code, f"(#{code}) Rate limited"), headers=headers)
        if kind == "permission":
            code = int(params.get("code", 10))
            if code == 10:
                return GraphFault(
                    10,
                    "(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.",
                    status=403,
                )
            return GraphFault(code, f"(#{code}) Permissions error", status=403)
        if kind == "policy":
            return GraphFault(
                368,
                "The action attempted has been deemed abusive or is otherwise disallowed",
                subcode=1390008,
                status=400,
            )
        return GraphFault(2, "Unknown simulated fault", transient=True, status=500)

    # --- auth -----------------------------------------------------------------------------------
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
            from .state import TokenInfo

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

    # --- Graph routes ---------------------------------------------------------------------------
    def route(self, method: str, parts: list[str], params: dict[str, str], token: Any) -> Any:
        world = self.world
        if not parts:
            raise GraphFault(100, "Unsupported get request.", type_="GraphMethodException")
        head = parts[0]
        if head == "debug_token":
            return self.debug_token(params, token)
        if head == "oauth" and parts[1:] == ["access_token"]:
            return self.oauth_access_token(params)
        if head == "me":
            return self.me(parts[1:], params, token)
        kind, obj = world.resolve(head)
        edge = parts[1] if len(parts) > 1 else None
        if kind == "unknown":
            raise gone(head, method.lower())
        if token.type == "APP":
            raise GraphFault(200, "(#200) Provide valid app ID", status=403)
        page = world.page_of(head)
        if token.type == "PAGE" and token.page_index != page.index:
            raise GraphFault(
                10,
                "(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.",
                status=403,
            )
        if kind == "page":
            if edge is None and method == "GET":
                return self.render_page(obj, params, token)
            if edge in ("feed", "posts", "published_posts") and method == "GET":
                return self.feed(obj, edge, params, token)
            if edge == "insights" and method == "GET":
                return self.page_insights(obj, params)
            if edge == "blocked":
                return self.blocked(obj, method, params, token)
            if edge == "subscribed_apps":
                return self.subscribed_apps(obj, method, params, token)
        if kind == "post":
            if edge is None and method == "GET":
                return self.render_post(
                    obj, parse_fields(params.get("fields")) or None, params, token
                )
            if edge == "comments" and method == "GET":
                return self.comments_edge(obj, None, params, token, f"{obj.id}/comments")
            if edge == "insights" and method == "GET":
                return self.post_insights(obj, params)
        if kind == "comment":
            post, _k = obj
            comment = world.comment_get(head)
            if comment is None:
                raise gone(head, method.lower())
            if edge is None and method == "GET":
                return self.render_comment(
                    comment,
                    self.fields_or(params, ["created_time", "from", "message", "id"]),
                    token,
                )
            if edge is None and method == "POST":
                if "is_hidden" not in params:
                    raise GraphFault(100, "(#100) Missing or invalid parameter")
                self.require_page_token(token, "pages_manage_engagement")
                if comment.is_page:
                    raise GraphFault(100, "(#100) This comment cannot be hidden", status=400)
                world.comment_set_hidden(head, params["is_hidden"].lower() == "true")
                return {"success": True}
            if edge is None and method == "DELETE":
                self.require_page_token(token, "pages_manage_engagement")
                world.comment_delete(head)
                return {"success": True}
            if edge == "comments" and method == "GET":
                return self.comments_edge(post, head, params, token, f"{head}/comments")
        raise GraphFault(
            100, f"Unsupported {method.lower()} request.", type_="GraphMethodException"
        )

    def require_page_token(self, token: Any, scope: str) -> None:
        if token.type != "PAGE":
            raise GraphFault(
                200,
                f"(#200) This action requires a Page access token with the {scope} permission",
                status=403,
            )

    def fields_or(self, params: dict[str, str], default: list[str]) -> list[FieldSpec]:
        specs = parse_fields(params.get("fields"))
        return specs or [FieldSpec(name) for name in default]

    def _check(self, specs: list[FieldSpec], allowed: set[str], node: str) -> None:
        for spec in specs:
            if spec.name not in allowed:
                raise GraphFault(
                    100,
                    f"(#100) Tried accessing nonexisting field ({spec.name}) on node type ({node})",
                )

    def render_comment(self, c: Comment, specs: list[FieldSpec], token: Any) -> dict[str, Any]:
        self._check(specs, COMMENT_FIELDS, "Comment")
        world = self.world
        post = world.posts[c.post_serial]
        out: dict[str, Any] = {}
        for spec in specs:
            name = spec.name
            if name == "id":
                out["id"] = c.id
            elif name == "message":
                out["message"] = c.message
            elif name == "from":
                if token is not None and token.type == "PAGE":  # others don't see commenters
                    out["from"] = {"name": c.from_name, "id": c.from_id}
            elif name == "created_time":
                out["created_time"] = fb_time(c.created)
            elif name == "parent":
                if c.parent_id:
                    parent = world.comment_get(c.parent_id, include_deleted=True)
                    if spec.children:
                        out["parent"] = (
                            self.render_comment(parent, spec.children, token)
                            if parent
                            else {"id": c.parent_id}
                        )
                    else:
                        out["parent"] = {
                            "created_time": fb_time(parent.created) if parent else "",
                            "message": parent.message if parent else "",
                            "id": c.parent_id,
                        }
            elif name == "is_hidden":
                out["is_hidden"] = world.is_hidden(c.id)
            elif name == "can_hide":
                out["can_hide"] = not c.is_page
            elif name == "can_remove":
                out["can_remove"] = True
            elif name == "permalink_url":
                out["permalink_url"] = (
                    f"https://www.facebook.com/{post.id.split('_')[0]}/posts/{post.part}?comment_id={c.id.split('_')[1]}"
                )
            elif name == "attachment":
                if c.attachment:
                    out["attachment"] = c.attachment
            elif name in ("like_count", "comment_count"):
                out[name] = 0
            elif name in ("can_comment", "user_likes", "is_private"):
                out[name] = name == "can_comment"
        return out

    def render_post(
        self,
        post: Post,
        specs: list[FieldSpec] | None,
        params: dict[str, str],
        token: Any,
        outer_limit: int = 1,
    ) -> dict[str, Any]:
        specs = specs or [FieldSpec("created_time"), FieldSpec("message"), FieldSpec("id")]
        self._check(specs, POST_FIELDS, "PagePost")
        world = self.world
        page = world.pages[post.page_index]
        out: dict[str, Any] = {}
        for spec in specs:
            name = spec.name
            if name == "id":
                out["id"] = post.id
            elif name == "message":
                out["message"] = post.message
            elif name == "created_time":
                out["created_time"] = fb_time(post.created)
            elif name == "updated_time":
                out["updated_time"] = fb_time(world.post_updated(post))
            elif name == "is_published":
                out["is_published"] = post.is_published
            elif name == "permalink_url":
                out["permalink_url"] = f"https://www.facebook.com/{page.id}/posts/{post.part}"
            elif name == "from":
                out["from"] = {"name": page.name, "id": page.id}
            elif name == "status_type":
                out["status_type"] = "mobile_status_update"
            elif name == "is_hidden":
                out["is_hidden"] = False
            elif name == "privacy":
                out["privacy"] = {"value": "EVERYONE"}
            elif name == "comments":
                nested = self.nested_comments(post, spec, params, token)
                if nested is not None:
                    out["comments"] = nested
        return out

    def nested_comments(
        self, post: Post, spec: FieldSpec, params: dict[str, str], token: Any
    ) -> dict[str, Any] | None:
        nested_params = {"access_token": params.get("access_token", ""), "pretty": "0"}
        mods = spec.modifiers
        nested_params["limit"] = mods.get("limit", "25")
        if "filter" in mods:
            nested_params["filter"] = mods["filter"]
        if "order" in mods:
            nested_params["order"] = mods["order"]
        if "summary" in mods:
            nested_params["summary"] = mods["summary"]
        if spec.children_text:
            nested_params["fields"] = spec.children_text
        result = self.comments_edge(post, None, nested_params, token, f"{post.id}/comments")
        if not result["data"] and "summary" not in result:
            return None
        return result

    def _comments_of(
        self, post: Post, parent_id: str | None, params: dict[str, str]
    ) -> list[Comment]:
        comments = self.world.post_comments(post)
        filt = params.get("filter", "toplevel")
        if parent_id is not None:
            comments = [c for c in comments if c.parent_id == parent_id]
        elif filt != "stream":
            comments = [c for c in comments if c.parent_id is None]
        since = _int_param(params, "since")
        until = _int_param(params, "until")
        if since is not None:
            comments = [c for c in comments if c.created >= since]
        if until is not None:
            comments = [c for c in comments if c.created <= until]
        return comments

    def comments_edge(
        self, post: Post, parent_id: str | None, params: dict[str, str], token: Any, path: str
    ) -> dict[str, Any]:
        specs = self.fields_or(params, ["created_time", "from", "message", "id"])
        self._check(specs, COMMENT_FIELDS, "Comment")
        limit = min(max(_int_param(params, "limit", 25) or 25, 1), MAX_LIMIT)
        order = params.get("order", "chronological")
        if order not in ("chronological", "reverse_chronological", "ranked"):
            raise GraphFault(
                100,
                "(#100) order must be one of the following values: chronological, reverse_chronological",
            )
        comments = self._comments_of(post, parent_id, params)
        if order == "reverse_chronological":
            comments.reverse()
        keys = [(c.created, c.k) for c in comments]
        start, end = 0, len(comments)
        if params.get("after"):
            ts, k = (int(x) for x in _dec(params["after"]).split(":"))
            cursor = (ts, k)
            start = next(
                (
                    i
                    for i, key in enumerate(keys)
                    if (key > cursor if order != "reverse_chronological" else key < cursor)
                ),
                len(keys),
            )
            end = min(start + limit, len(comments))
        elif params.get("before"):
            ts, k = (int(x) for x in _dec(params["before"]).split(":"))
            cursor = (ts, k)
            end = next(
                (
                    i
                    for i, key in enumerate(keys)
                    if (key >= cursor if order != "reverse_chronological" else key <= cursor)
                ),
                len(keys),
            )
            start = max(end - limit, 0)
        else:
            end = min(limit, len(comments))
        window = comments[start:end]
        data = [self.render_comment(c, specs, token) for c in window]
        result: dict[str, Any] = {"data": data}
        base = {k: v for k, v in params.items() if k not in ("after", "before", "__sim_skip")}
        base["limit"] = str(limit)
        if window:
            after = _enc(f"{window[-1].created}:{window[-1].k}")
            before = _enc(f"{window[0].created}:{window[0].k}")
            paging: dict[str, Any] = {"cursors": {"before": before, "after": after}}
            if end < len(comments):
                paging["next"] = self.url(path, {**base, "after": after})
            if start > 0:
                paging["previous"] = self.url(path, {**base, "before": before})
            result["paging"] = paging
        if params.get("summary") in ("true", "1", "total_count"):
            result["summary"] = {
                "order": order if order != "ranked" else "ranked",
                "total_count": len(comments),
                "can_comment": True,
            }
        return result

    def feed(self, page: Page, edge: str, params: dict[str, str], token: Any) -> dict[str, Any]:
        specs = parse_fields(params.get("fields")) or None
        limit = min(max(_int_param(params, "limit", 25) or 25, 1), MAX_LIMIT)
        for spec in specs or []:
            if spec.name == "comments":
                nested_limit = min(int(spec.modifiers.get("limit", "25") or 25), MAX_LIMIT)
                if limit * nested_limit > 5000:
                    raise GraphFault(
                        1,
                        "Please reduce the amount of data you're asking for, then retry your request",
                        status=500,
                    )
        posts = self.world.page_posts(page)
        since = _int_param(params, "since")
        until = _int_param(params, "until")
        token_serial = params.get("__paging_token")
        previous = params.get("__previous") == "1"
        if since is not None and not previous:
            posts = [p for p in posts if p.created >= since]
        if token_serial:
            serial = int(_dec(token_serial))
            if previous and since is not None:
                posts = [p for p in posts if (p.created, p.serial) > (since, serial)]
            elif until is not None:
                posts = [p for p in posts if (p.created, p.serial) < (until, serial)]
        elif until is not None:
            posts = [p for p in posts if p.created <= until]
        if previous:
            window = posts[-limit:]
            more = False
        else:
            window = posts[:limit]
            more = len(posts) > limit
        shown = window if edge != "published_posts" else [p for p in window if p.is_published]
        data = [self.render_post(p, specs, params, token) for p in shown]
        result: dict[str, Any] = {"data": data}
        base = {
            k: v
            for k, v in params.items()
            if k not in ("until", "since", "__paging_token", "__previous", "__sim_skip")
        }
        base["limit"] = str(limit)
        if window:
            paging: dict[str, Any] = {
                "previous": self.url(
                    f"{page.id}/{edge}",
                    {
                        **base,
                        "since": window[0].created,
                        "__paging_token": _enc(str(window[0].serial)),
                        "__previous": "1",
                    },
                ),
            }
            if more:
                paging["next"] = self.url(
                    f"{page.id}/{edge}",
                    {
                        **base,
                        "until": window[-1].created,
                        "__paging_token": _enc(str(window[-1].serial)),
                    },
                )
            result["paging"] = paging
        return result

    def render_page(self, page: Page, params: dict[str, str], token: Any) -> dict[str, Any]:
        specs = self.fields_or(params, ["name", "id"])
        self._check(specs, PAGE_FIELDS, "Page")
        out: dict[str, Any] = {}
        for spec in specs:
            value = {
                "id": page.id,
                "name": page.name,
                "link": page.link,
                "fan_count": page.fan_count,
                "followers_count": page.followers_count,
                "category": page.category,
                "about": f"{page.name}の公式Facebookページです。",
                "username": None,
                "verification_status": "not_verified",
                "access_token": page.token if token.type == "USER" else None,
            }[spec.name]
            if value is not None:
                out[spec.name] = value
        return out

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
            pages = self.world.pages[start : start + limit]
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
                if start + limit < len(self.world.pages):
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

    def _metric_error(self) -> GraphFault:
        return GraphFault(100, "(#100) The value must be a valid insights metric")

    def page_insights(self, page: Page, params: dict[str, str]) -> dict[str, Any]:
        metrics = [m for m in params.get("metric", "").split(",") if m]
        if not metrics or any(m not in PAGE_METRICS for m in metrics):
            raise self._metric_error()
        period = params.get("period", "day")
        if period not in ("day", "week", "days_28"):
            raise GraphFault(
                100, "(#100) period must be one of the following values: day, week, days_28"
            )
        now = int(time.time()) // 86400 * 86400
        until = _int_param(params, "until", now)
        since = _int_param(params, "since", until - 2 * 86400)
        if until - since > 93 * 86400:
            raise GraphFault(
                100, "(#100) There cannot be more than 93 days (8035200 s) between since and until"
            )
        days = []
        day = (since // 86400 + 1) * 86400
        while day <= until:
            days.append(day)
            day += 86400
        data = []
        for metric in metrics:
            values = []
            for d in days:
                h = mix(self.world.seed, 20, page.index, d // 86400, hash_str(metric))
                if metric == "page_follows":
                    value = page.followers_count - int((now - d) / 86400 * 0.7)
                else:
                    value = int(h % 400 + (page.followers_count // 50))
                values.append({"value": value, "end_time": fb_time(d + 8 * 3600)})
            data.append(
                {
                    "name": metric,
                    "period": period,
                    "values": values,
                    "title": PAGE_METRICS[metric],
                    "description": PAGE_METRICS[metric],
                    "id": f"{page.id}/insights/{metric}/{period}",
                }
            )
        base = {k: v for k, v in params.items() if k not in ("since", "until")}
        span = max(until - since, 86400)
        return {
            "data": data,
            "paging": {
                "previous": self.url(
                    f"{page.id}/insights", {**base, "since": since - span, "until": since}
                ),
                "next": self.url(
                    f"{page.id}/insights", {**base, "since": until, "until": until + span}
                ),
            },
        }

    def post_insights(self, post: Post, params: dict[str, str]) -> dict[str, Any]:
        metrics = [m for m in params.get("metric", "").split(",") if m]
        if not metrics or any(m not in POST_METRICS for m in metrics):
            raise self._metric_error()
        data = []
        for metric in metrics:
            h = mix(self.world.seed, 21, post.serial, hash_str(metric))
            value: Any = int(h % 3000)
            if metric == "post_reactions_by_type_total":
                value = {"like": int(h % 50), "love": int(h % 7)}
            data.append(
                {
                    "name": metric,
                    "period": "lifetime",
                    "values": [{"value": value}],
                    "title": POST_METRICS[metric],
                    "description": POST_METRICS[metric],
                    "id": f"{post.id}/insights/{metric}/lifetime",
                }
            )
        return {"data": data}

    # --- Login dialog ---------------------------------------------------------------------------
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
            with world.lock:
                world.counter += 1
                code = f"AQsim{world.counter:04d}{mix(world.seed, 30, world.counter):016x}"
                scopes = [s for s in params.get("scope", "").split(",") if s] + ["public_profile"]
                world.codes[code] = {"redirect_uri": redirect_uri, "scopes": scopes, "used": False}
            query = urlencode({"code": code, "state": state})
            return 302, {"Location": f"{redirect_uri}{sep}{query}#_=_"}, b"", None
        pages = "".join(
            f"<li>{html.escape(p.name)}（ID {html.escape(p.id)}）</li>" for p in world.pages
        )
        scopes = "".join(
            f"<li><code>{html.escape(s)}</code></li>"
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
<ul id="pages">{pages}</ul>
<p>求められている権限:</p><ul id="scopes">{scopes}</ul>
<form method="get" action="/{self.version_used}/dialog/oauth/confirm">{hidden}
<button type="submit" name="continue" value="1">続行</button>
<button type="submit" name="cancel" value="1">キャンセル</button>
</form></body></html>"""
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode(), None

    # --- control API ----------------------------------------------------------------------------
    def control(
        self, method: str, path: str, params: dict[str, Any]
    ) -> tuple[int, dict[str, str], bytes, None]:
        world = self.world
        parts = [p for p in path.split("/") if p][1:]

        def ok(body: Any, status: int = 200) -> tuple[int, dict[str, str], bytes, None]:
            return (
                status,
                {"Content-Type": "application/json"},
                json.dumps(body, ensure_ascii=False).encode(),
                None,
            )

        try:
            if parts in ([], ["health"]):
                return ok({"ok": True})
            if parts == ["world"] and method == "GET":
                return ok(self.describe())
            if parts == ["reset"] and method == "POST":
                world.reset()
                self.faults.clear()
                self.webhooks.log.clear()
                return ok({"ok": True})
            if parts == ["config"] and method == "POST":
                if "webhook_url" in params:
                    self.webhooks.url = params["webhook_url"] or None
                if "webhook_shape" in params:
                    self.webhook_shape = params["webhook_shape"]
                if "require_proof" in params:
                    self.require_proof = bool(params["require_proof"])
                if "subscribe_all" in params:
                    for page in world.pages:
                        world.subscriptions[page.id] = ["feed"]
                return ok({"ok": True})
            if parts == ["posts"] and method == "POST":
                post = world.post_add(
                    params["page_id"], params.get("message", ""), created=params.get("created_time")
                )
                return ok({"id": post.id}, 201)
            if parts == ["comments"] and method == "POST":
                author = params.get("from") or {}
                comment = world.comment_add(
                    params["post_id"],
                    params.get("message", ""),
                    from_id=author.get("id"),
                    from_name=author.get("name"),
                    parent_id=params.get("parent_id"),
                    created=params.get("created_time"),
                )
                return ok(world.comment_state(comment.id), 201)
            if len(parts) >= 2 and parts[0] == "comments":
                cid = parts[1]
                if len(parts) == 2 and method == "GET":
                    state = world.comment_state(cid)
                    return ok(state) if state else ok({"error": "not found"}, 404)
                if parts[2:] == ["edit"] and method == "POST":
                    world.comment_edit(cid, params["message"])
                    return ok(world.comment_state(cid))
                if parts[2:] == ["delete"] and method == "POST":
                    world.comment_delete(cid)
                    return ok(world.comment_state(cid))
            if parts == ["activity"] and method == "POST":
                return ok(
                    {
                        "events": world.activity(
                            int(params.get("n", 10)), rng_seed=int(params.get("seed", 0))
                        )
                    }
                )
            if parts == ["faults"]:
                if method == "GET":
                    return ok({"faults": [r.as_dict() for r in self.faults.rules()]})
                if method == "DELETE":
                    self.faults.clear()
                    return ok({"ok": True})
                if method == "POST":
                    spec = dict(params)
                    rule = self.faults.add(
                        spec.pop("kind"),
                        spec.pop("rate", 1.0),
                        page_id=spec.pop("page_id", None),
                        count=spec.pop("count", None),
                        path=spec.pop("path", None),
                        **spec,
                    )
                    return ok(rule.as_dict(), 201)
            if len(parts) == 2 and parts[0] == "faults" and method == "DELETE":
                self.faults.remove(int(parts[1]))
                return ok({"ok": True})
            if parts == ["webhooks", "deliver"] and method == "POST":
                return ok(self.deliver(params))
            if parts == ["webhooks", "flush"] and method == "POST":
                self.webhooks.flush()
                return ok({"ok": True})
            if parts == ["webhooks", "log"] and method == "GET":
                return ok(
                    {
                        "deliveries": [
                            {"status": e["status"], "error": e["error"], "envelope": e["envelope"]}
                            for e in self.webhooks.log
                        ]
                    }
                )
        except (KeyError, ValueError, TypeError) as exc:
            return ok({"error": f"{type(exc).__name__}: {exc}"}, 400)
        return ok({"error": "unknown control endpoint"}, 404)

    def deliver(self, params: dict[str, Any]) -> dict[str, Any]:
        """Deliver a webhook now: for a comment (`comment_id` + `verb`) or raw `changes`."""
        world = self.world
        shape = params.get("shape")
        times = 2 if params.get("duplicate") else int(params.get("times", 1))
        if params.get("comment_id"):
            comment = world.comment_get(params["comment_id"], include_deleted=True)
            if comment is None:
                raise KeyError(params["comment_id"])
            page = world.pages[world.posts[comment.post_serial].page_index]
            values = [self.change_value(params.get("verb", "add"), comment, shape)]
        else:
            page = world.page_by_id[str(params["page_id"])]
            values = list(params.get("changes") or [])
        envelope = self.envelope(page.id, values)
        statuses = self.webhooks.post(envelope, times=times, url=params.get("url"))
        return {"statuses": statuses, "envelope": envelope}

    def describe(self) -> dict[str, Any]:
        world = self.world
        return {
            "seed": world.seed,
            "app_id": world.app_id,
            "version": self.version,
            "counts": {
                "pages": world.n_pages,
                "posts_per_page": world.n_posts,
                "comments_per_post": world.n_comments,
            },
            "pages": [{"id": p.id, "name": p.name, "access_token": p.token} for p in world.pages],
            "webhook_url": self.webhooks.url,
            "calls": self.calls,
        }


def hash_str(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class _HtmlError(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "GraphSimulator/1.0"
    sim: Simulator

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes: without this, Nagle + delayed ACK add 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        logger.debug(redact(format % args))

    def _params(self) -> dict[str, Any]:
        split = urlsplit(self.path)
        params: dict[str, Any] = {
            k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()
        }
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            raw = self.rfile.read(length)
            ctype = self.headers.get("Content-Type", "")
            if "json" in ctype:
                try:
                    body = json.loads(raw.decode() or "{}")
                except ValueError:
                    body = {}
                if isinstance(body, dict):
                    params.update(body)
            else:
                params.update(
                    {k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
                )
        return params

    def _dispatch(self, method: str) -> None:
        params = self._params()
        host = (
            self.headers.get("Host")
            or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        )
        try:
            status, headers, body, special = self.sim.handle(method, self.path, params, host)
        except _HtmlError:
            status, headers, body, special = (
                500,
                {"Content-Type": "text/html"},
                b"<html><body><h1>500 Internal Server Error</h1></body></html>",
                None,
            )
        if special == "drop":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if special == "truncate":
            body = body[: max(len(body) // 2, 1)]
        self.send_response(status)
        headers.setdefault("Content-Type", "application/json; charset=UTF-8")
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch("DELETE")


class _QuietServer(ThreadingHTTPServer):
    """Clients that time out or hang up (the slow and drop faults) are expected here: no
    tracebacks on stderr for them."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("simulator connection error from %s", client_address, exc_info=True)


class SimulatorServer:
    """The simulator on a local port. `start()` serves from a daemon thread; `url` is its base
    (what FACEBOOK_GRAPH_URL and FACEBOOK_DIALOG_URL point at); `stop()` shuts it down."""

    def __init__(
        self,
        world: World,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        faults: FaultSet | None = None,
        webhook_url: str | None = None,
        webhook_shape: str = "from",
        require_proof: bool = True,
        version: str = DEFAULT_VERSION,
    ) -> None:
        self.world = world
        self.sim = Simulator(
            world,
            faults=faults,
            webhook_url=webhook_url,
            webhook_shape=webhook_shape,
            require_proof=require_proof,
            version=version,
        )
        self.faults = self.sim.faults
        handler = type("Handler", (_Handler,), {"sim": self.sim})
        self.httpd = _QuietServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def webhooks(self) -> WebhookDeliverer:
        return self.sim.webhooks

    def start(self) -> SimulatorServer:
        self._thread = threading.Thread(
            target=self.httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="graph-simulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.sim.webhooks.stop()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
