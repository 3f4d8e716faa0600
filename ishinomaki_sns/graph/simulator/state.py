"""The simulated world: pages, posts and comments, deterministic from a seed.

Comments are generated on demand from (seed, post, index) and only changes are stored
(new comments, edits, deletions, hidden flags), so 50 pages x 200 posts x 50 comments cost
almost no memory. Ids look like Facebook's: page `1020304050xxxxx`, post `{page-id}_{post}`,
comment `{post}_{comment}`, where the numbers encode the position in the world.

`World` is put together from `generation` (building from the seed) and `changes` (reads and
writes of what changed since); the objects and constants are re-exported from `objects` and
`seeded` so `from .state import Page, mix` keeps working.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from .changes import WorldChanges
from .generation import WorldGeneration
from .objects import (
    COMMENT_BASE,
    COMMENT_STRIDE,
    DEMO_WORLD,
    N_USERS,
    PAGE_BASE,
    PAGE_SCOPES,
    PAGE_TASKS,
    POST_BASE,
    SPAM_USER,
    STAFF_USER_ID,
    STAFF_USER_NAME,
    USER_BASE,
    Comment,
    Page,
    Post,
    TokenInfo,
)
from .seeded import MASK, mix, unit

__all__ = [
    "COMMENT_BASE",
    "COMMENT_STRIDE",
    "DEMO_WORLD",
    "MASK",
    "N_USERS",
    "PAGE_BASE",
    "PAGE_SCOPES",
    "PAGE_TASKS",
    "POST_BASE",
    "SPAM_USER",
    "STAFF_USER_ID",
    "STAFF_USER_NAME",
    "USER_BASE",
    "Comment",
    "Page",
    "Post",
    "TokenInfo",
    "World",
    "mix",
    "unit",
]


class World(WorldChanges, WorldGeneration):
    """Pages x posts x comments from a seed, plus every change made since (thread-safe).

    Mutations used by the control API and the Graph endpoints: `comment_add`, `comment_edit`,
    `comment_delete`, `comment_set_hidden`, `post_add`; reads: `page_posts`, `post_comments`,
    `comment_get`. `on_change` (set by the server) receives webhook-worthy changes.
    """

    def __init__(
        self,
        *,
        pages: int = 3,
        posts: int = 20,
        comments: int = 10,
        seed: int = 1,
        app_id: str = "1234567890",
        app_secret: str = "sim-app-secret",  # noqa: S107 - the simulator's own fake secret
        anchor: int | None = None,
        span_days: int = 730,
        prohibited_share: float = 0.1,
        page_call_budget: int = 1_000_000,
    ) -> None:
        if comments >= COMMENT_STRIDE // 2:
            raise ValueError("too many comments per post")
        self.n_pages, self.n_posts, self.n_comments = pages, posts, comments
        self.seed = seed
        self.app_id = str(app_id)
        self.app_secret = app_secret
        # Content is a function of the seed; times are relative to the anchor (default: the
        # start of the current hour, so that generated comments lie in the past).
        self.anchor = anchor if anchor is not None else int(time.time()) // 3600 * 3600
        self.span = span_days * 86400
        self.prohibited_share = prohibited_share
        self.page_call_budget = page_call_budget
        self.lock = threading.RLock()
        self.on_change: Callable[[str, dict[str, Any]], None] | None = None
        self._build()

    def reset(self) -> None:
        """Forget every change (new comments, edits, deletions, hidden, blocks, codes)."""
        with self.lock:
            self._build()

    # --- tokens ------------------------------------------------------------------------------
    def mint_token(self, kind: str, **info: Any) -> str:
        with self.lock:
            self.counter += 1
            token = f"EAASIM{kind}{self.counter:04d}x{mix(self.seed, 15, self.counter):016x}"
            self.tokens[token] = TokenInfo(kind, **info)
        return token

    def usage_tick(self, page_id: str) -> int:
        """Count one call against the page's hourly budget; returns percent used."""
        bucket = int(time.time()) // 3600
        with self.lock:
            key = (page_id, bucket)
            self.usage[key] = self.usage.get(key, 0) + 1
            return min(int(self.usage[key] * 100 / max(self.page_call_budget, 1)), 100)

    def app_tick(self) -> int:
        bucket = int(time.time()) // 3600
        with self.lock:
            self.app_calls[bucket] = self.app_calls.get(bucket, 0) + 1
            return min(int(self.app_calls[bucket] * 100 / max(self.page_call_budget * 20, 1)), 100)
