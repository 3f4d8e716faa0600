"""Publishing as a page: `POST /{page-id}/feed`, `POST /{page-id}/photos`, `POST /{post-id}`
(edit the message) and `DELETE /{post-id}`, each needing a Page token with
`pages_manage_posts`. A post published here appears in the page's feed and receives a few
simulated comments at once (one of them breaks the operating policy), so the portal's whole
loop (publish, sync, screen, review) runs against the simulator.
"""

from __future__ import annotations

import json
from typing import Any

from . import texts
from .objects import Page, Post
from .seeded import mix
from .wire import GraphFault

PHOTO_BASE = 4_000_000_000_000_000
# Facebook's wording when the token lacks the permission (code 200).
MISSING_POSTS_PERMISSION = (
    "(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts "
    "as an admin with sufficient administrative permission"
)
MAX_MESSAGE_LENGTH = 63206
# The resident's bad comment on a new post is one the portal's rules catch for sure.
DETECTABLE = [t for t in texts.PROHIBITED if t[0] in ("privacy", "defamation", "threat")]


class PublishingRoutes:
    """Mixin of Simulator: what the portal's publishing worker calls."""

    def require_posts_permission(self, token: Any) -> None:
        if token.type != "PAGE" or "pages_manage_posts" not in (token.scopes or []):
            raise GraphFault(200, MISSING_POSTS_PERMISSION, status=403)

    def publish_feed(self, page: Page, params: dict[str, Any], token: Any) -> dict[str, Any]:
        self.require_posts_permission(token)
        message = str(params.get("message") or "")
        link = str(params.get("link") or "")
        media = []
        for key in sorted(k for k in params if k.startswith("attached_media[")):
            try:
                fbid = str(json.loads(params[key])["media_fbid"])
            except (ValueError, KeyError, TypeError):
                raise GraphFault(100, "(#100) Invalid attached_media parameter") from None
            photo = self.world.photos.get(fbid)
            if photo is None or photo["page_id"] != page.id:
                raise GraphFault(100, f"(#100) Invalid media_fbid {fbid}")
            media.append(fbid)
        if not (message or link or media):
            raise GraphFault(100, "(#100) Missing message or attachment")
        if len(message) > MAX_MESSAGE_LENGTH:
            raise GraphFault(100, "(#100) The message is too long")
        post = self.world.post_add(page.id, message)
        with self.world.lock:
            self.world.post_extra[post.serial] = {"link": link, "photos": media}
            for fbid in media:
                self.world.photos[fbid]["post_id"] = post.id
        self.comment_on_new_post(post)
        return {"id": post.id}

    def publish_photo(self, page: Page, params: dict[str, Any], token: Any) -> dict[str, Any]:
        self.require_posts_permission(token)
        source = params.get("source")
        url = params.get("url")
        if not source and not url:
            raise GraphFault(324, "(#324) Requires upload file", type_="OAuthException")
        published = str(params.get("published", "true")).lower() != "false"
        with self.world.lock:
            self.world.counter += 1
            photo_id = str(PHOTO_BASE + self.world.counter)
            self.world.photos[photo_id] = {
                "page_id": page.id,
                "bytes": len(source) if isinstance(source, bytes | str) else 0,
                "published": published,
                "post_id": None,
            }
        if not published:
            return {"id": photo_id}
        post = self.world.post_add(
            page.id, str(params.get("message") or params.get("caption") or "")
        )
        with self.world.lock:
            self.world.post_extra[post.serial] = {"link": "", "photos": [photo_id]}
            self.world.photos[photo_id]["post_id"] = post.id
        self.comment_on_new_post(post)
        return {"id": photo_id, "post_id": post.id}

    def edit_post(self, post: Post, params: dict[str, Any], token: Any) -> dict[str, Any]:
        self.require_posts_permission(token)
        if "message" not in params:
            raise GraphFault(100, "(#100) Missing or invalid parameter")
        with self.world.lock:
            post.message = str(params["message"])
            self.world.touched[post.serial] = self.world._now()
        return {"success": True}

    def delete_post(self, post: Post, token: Any) -> dict[str, Any]:
        self.require_posts_permission(token)
        with self.world.lock:
            self.world.deleted_posts.add(post.serial)
        return {"success": True}

    def comment_on_new_post(self, post: Post) -> None:
        """Residents answer a new post at once: ordinary comments and one that breaks the
        operating policy (so it reaches the review queue after a sync)."""
        world = self.world
        count = getattr(world, "comments_on_publish", 3)
        for k in range(count):
            h = mix(world.seed, 21, post.serial, k)
            pool = DETECTABLE if k == count - 1 else texts.ORDINARY
            category, template = pool[h % len(pool)]
            world.comment_add(
                post.id,
                world._text(template, 22, post.serial, k),
                category=category,
                created=post.created,
            )
