"""Reads for insights, one module per idea:
- `charts`: the page and city charts (followers, reach, posts, comments, flag rate);
- `review`: the secretariat's review charts (time to decision, backlog);
- `health`: the page health dashboard;
- `weeks`: the time buckets they share.

Every read issues a fixed number of grouped queries whatever the data size. The names below
are re-exported so `from insights.selectors import pages_health` keeps working.
"""

from __future__ import annotations

from .charts import CityInsights, PageInsights, chart_find, city_insights, page_insights
from .health import BROKEN_SYNC, HealthState, PageHealth, pages_health
from .review import review_insights
from .weeks import DAYS, WEEKS

__all__ = [
    "BROKEN_SYNC",
    "DAYS",
    "WEEKS",
    "CityInsights",
    "HealthState",
    "PageHealth",
    "PageInsights",
    "chart_find",
    "city_insights",
    "page_insights",
    "pages_health",
    "review_insights",
]
