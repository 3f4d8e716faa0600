"""The one Graph API client: everything in the portal that talks to Facebook goes through it.

`GraphClient` is put together from one part per idea:
- `transport`: HTTP, `appsecret_proof`, timeouts, errors, the page usage meter, paging;
- `comments`: the feed, comments, and the moderation actions on them;
- `publishing`: the city's own posts, written as the page;
- `accounts`: tokens, pages, Facebook Login, webhook subscription;
- `insights`: page and post metrics.

Tests and the demo point `FACEBOOK_GRAPH_URL` at the simulator; nothing else differs.
"""

from __future__ import annotations

from ..times import parse_time
from .accounts import LOGIN_SCOPES, PUBLISH_SCOPE, REQUIRED_SCOPES, GraphAccounts
from .comments import COMMENT_FIELDS, NESTED_COMMENT_LIMIT, POST_FIELDS, GraphComments, feed_fields
from .insights import GraphInsights, InsightsResult
from .publishing import GraphPublishing
from .transport import GraphTransport, appsecret_proof

__all__ = [
    "COMMENT_FIELDS",
    "LOGIN_SCOPES",
    "NESTED_COMMENT_LIMIT",
    "POST_FIELDS",
    "PUBLISH_SCOPE",
    "REQUIRED_SCOPES",
    "GraphClient",
    "GraphTransport",
    "InsightsResult",
    "appsecret_proof",
    "feed_fields",
    "parse_time",
]


class GraphClient(GraphComments, GraphPublishing, GraphAccounts, GraphInsights):
    """A Graph API client bound to one app. Thread-compatible (one per thread is simplest).

    `calls` counts HTTP requests made (benchmarks report Graph calls per comment).
    """
