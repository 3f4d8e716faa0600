"""Webhook payloads: a change in the world (a comment added, edited, removed, hidden) as
the `feed` change value Facebook sends, queued for delivery when the page is subscribed."""

from __future__ import annotations

import time
from typing import Any

from .objects import Comment
from .wire import fb_time


class FeedChanges:
    """Mixin of Simulator: the webhook deliveries of world changes."""

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
