"""Writers for posts and comments, one module per idea:
- `upserts`: posts and comments stored by Facebook's ids (edits kept, deletions marked);
- `sync`: reading a page from the Graph API into the upserts, one sync per page at a time;
- `webhooks`: deliveries verified, stored once and applied through the same upserts;
- `tokens`: the daily token health check.

The names below are re-exported so `from comments.services import page_sync` keeps working.
"""

from __future__ import annotations

from .sync import POST_BATCH, SyncResult, SyncSkipped, page_sync, sync_state_for
from .tokens import REQUIRED_SCOPES, page_token_check
from .upserts import UpsertResult, comments_upsert, comments_upsert_many, posts_upsert
from .webhooks import WebhookRejected, webhook_process, webhook_receive

__all__ = [
    "POST_BATCH",
    "REQUIRED_SCOPES",
    "SyncResult",
    "SyncSkipped",
    "UpsertResult",
    "WebhookRejected",
    "comments_upsert",
    "comments_upsert_many",
    "page_sync",
    "page_token_check",
    "posts_upsert",
    "sync_state_for",
    "webhook_process",
    "webhook_receive",
]
