"""What goes with every simulated answer: the trace id, Facebook's usage headers, paging
URLs, and a drawn fault turned into the error Facebook would send."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import urlencode

from .objects import Page
from .seeded import mix
from .wire import GraphFault, HtmlError


class ResponseParts:
    """Mixin of Simulator: trace ids, usage headers, URLs and fault errors."""

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
