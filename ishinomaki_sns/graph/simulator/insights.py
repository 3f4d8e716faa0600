"""Page and post insights: plausible daily series; removed metrics give the real error."""

from __future__ import annotations

import time
from typing import Any

from .objects import Page, Post
from .seeded import mix
from .wire import GraphFault, _int_param, fb_time, hash_str

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


class InsightRoutes:
    """Mixin of Simulator: /{page-id}/insights and /{post-id}/insights."""

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
