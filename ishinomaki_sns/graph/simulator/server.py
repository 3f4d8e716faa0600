"""The simulator's HTTP server: Graph API wire format, Login dialog, control API, webhooks.

Stdlib only (ThreadingHTTPServer), so it runs without Django: in-process for tests
(`SimulatorServer(world).start()`), or from `manage.py run_graph_simulator`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import socket
import threading
import time
from email.parser import BytesParser
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from ishinomaki_sns.common.logging import redact

from .accounts import AccountRoutes
from .content import ContentRoutes
from .control import ControlRoutes
from .delivery import WebhookDeliverer
from .faults import FaultSet
from .fields import FieldSyntaxError, parse_fields
from .insights import InsightRoutes
from .publishing import PublishingRoutes
from .state import Comment, Page, World, mix
from .wire import DEFAULT_VERSION, VERSION_RE, GraphFault, HtmlError, fb_time, gone

logger = logging.getLogger(__name__)


# Query parameters that carry several values (the Login dialog's page and permission boxes).
MULTI_VALUED = frozenset({"grant_page", "grant_scope"})


class Simulator(ContentRoutes, AccountRoutes, InsightRoutes, ControlRoutes, PublishingRoutes):
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

    def fault_error(self, rule: Any, page: Page | None) -> GraphFault:
        kind, params = rule.kind, rule.params
        if kind == "http_500":
            raise HtmlError()
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


def _multipart(content_type: str, raw: bytes) -> dict[str, Any]:
    """Form fields of a multipart body (files as bytes), as a photo upload sends them."""
    message = BytesParser(policy=default_policy).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        fields[name] = payload if part.get_filename() else payload.decode("utf-8", "replace")
    return fields


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
            # The Login dialog's check boxes repeat a name: keep every value, comma-joined.
            k: ",".join(v) if k in MULTI_VALUED else v[-1]
            for k, v in parse_qs(split.query, keep_blank_values=True).items()
        }
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            raw = self.rfile.read(length)
            ctype = self.headers.get("Content-Type", "")
            if ctype.startswith("multipart/form-data"):
                params.update(_multipart(ctype, raw))
            elif "json" in ctype:
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
        except HtmlError:
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
