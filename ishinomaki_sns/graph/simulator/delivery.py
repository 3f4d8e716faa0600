"""Signed webhook deliveries to the portal, like Facebook's (X-Hub-Signature-256)."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
import urllib.error
import urllib.request
from typing import Any

logger = logging.getLogger(__name__)


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
