"""The Graph client's insights: page and post metrics, with the metrics Facebook rejects
reported instead of failing the whole request."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..errors import GraphError
from ..times import parse_time, to_unix
from .transport import GraphTransport, _page_of


@dataclass
class InsightsResult:
    """Insights per metric: `series[name] = [{"end_time": datetime|None, "value": ...}]`;
    `invalid` lists the metrics Facebook rejected (removed or unknown)."""

    series: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)
    raw: list[dict[str, Any]] = field(default_factory=list)


class GraphInsights(GraphTransport):
    """Page and post insights."""

    def page_insights(
        self,
        page_id: str,
        access_token: str,
        metrics: Iterable[str],
        since: datetime | int,
        until: datetime | int,
        period: str = "day",
    ) -> InsightsResult:
        """Daily (by default) values per metric. Facebook rejects the whole request when one
        metric is invalid (removed, e.g. page_impressions since 2025-11-15); then each metric
        is asked for alone so the valid ones still arrive and the invalid ones are reported."""
        params = {"period": period, "since": to_unix(since), "until": to_unix(until)}
        return self._insights(page_id, access_token, list(metrics), params, page_id)

    def post_insights(
        self, post_id: str, access_token: str, metrics: Iterable[str], period: str = "lifetime"
    ) -> InsightsResult:
        """Lifetime values of post metrics (e.g. post_media_view), invalid ones reported."""
        return self._insights(
            post_id, access_token, list(metrics), {"period": period}, _page_of(post_id)
        )

    def _insights(
        self,
        object_id: str,
        access_token: str,
        metrics: list[str],
        params: dict[str, Any],
        page_id: str | None,
    ) -> InsightsResult:
        result = InsightsResult()
        if not metrics:
            return result
        try:
            self._insights_into(result, object_id, access_token, metrics, params, page_id)
            return result
        except GraphError as exc:
            if not _is_invalid_metric(exc):
                raise
        if len(metrics) == 1:
            result.invalid.append(metrics[0])
            return result
        # Facebook rejects the whole request for one invalid metric: ask for each alone.
        for name in metrics:
            try:
                self._insights_into(result, object_id, access_token, [name], params, page_id)
            except GraphError as single:
                if not _is_invalid_metric(single):
                    raise
                result.invalid.append(name)
        return result

    def _insights_into(
        self,
        result: InsightsResult,
        object_id: str,
        access_token: str,
        metrics: list[str],
        params: dict[str, Any],
        page_id: str | None,
    ) -> None:
        payload = self.get(
            f"{object_id}/insights",
            {**params, "metric": ",".join(metrics)},
            access_token,
            page_id=page_id,
        )
        for item in payload.get("data") or []:
            result.raw.append(item)
            values = [
                {"end_time": parse_time(v.get("end_time")), "value": v.get("value")}
                for v in item.get("values") or []
            ]
            result.series.setdefault(item.get("name", ""), []).extend(values)


def _is_invalid_metric(exc: GraphError) -> bool:
    return exc.code == 100 and "metric" in exc.message.lower()
