"""The simulator's request handling, shared by all connections: a path is split into version
and object, authenticated, given its drawn fault or usage limit, and routed to the Graph
endpoints (the route mixins), the Login dialog or the control API under `/_sim/`.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any
from urllib.parse import urlsplit

from .accounts import AccountRoutes
from .auth import AuthRoutes
from .content import ContentRoutes
from .control import ControlRoutes
from .delivery import WebhookDeliverer
from .faults import FaultSet
from .feed_changes import FeedChanges
from .fields import FieldSyntaxError, parse_fields
from .insights import InsightRoutes
from .objects import Page
from .publishing import PublishingRoutes
from .responses import ResponseParts
from .state import World
from .wire import DEFAULT_VERSION, VERSION_RE, GraphFault, gone


class Simulator(
    ContentRoutes,
    AccountRoutes,
    InsightRoutes,
    ControlRoutes,
    PublishingRoutes,
    AuthRoutes,
    ResponseParts,
    FeedChanges,
):
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
            if method != "GET":
                # The write is done; the answer is late (a worker may die while it waits).
                late = self.faults.draw(page.id if page else None, rest, kinds=("slow_reply",))
                if late is not None:
                    time.sleep(float(late.params.get("delay", 5.0)))
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
            if edge == "feed" and method == "POST":
                return self.publish_feed(obj, params, token)
            if edge == "photos" and method == "POST":
                return self.publish_photo(obj, params, token)
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
            if edge is None and method == "POST":
                return self.edit_post(obj, params, token)
            if edge is None and method == "DELETE":
                return self.delete_post(obj, token)
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
