"""The simulator's HTTP server: the stdlib connection handling around `Simulator` (query and
form parsing, multipart uploads, dropped and truncated answers), and `SimulatorServer`.

Stdlib only (ThreadingHTTPServer), so it runs without Django: in-process for tests
(`SimulatorServer(world).start()`), or from `manage.py run_graph_simulator`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
from email.parser import BytesParser
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ishinomaki_sns.common.logging import redact

from .delivery import WebhookDeliverer
from .dispatch import Simulator
from .faults import FaultSet
from .state import World
from .wire import DEFAULT_VERSION, HtmlError

logger = logging.getLogger(__name__)


# Query parameters that carry several values (the Login dialog's page and permission boxes).
MULTI_VALUED = frozenset({"grant_page", "grant_scope"})


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
