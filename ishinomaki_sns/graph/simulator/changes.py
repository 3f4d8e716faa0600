"""The world as changed since generation: reads with edits, deletions and hidden flags
applied, and the changes themselves (comments added, edited, deleted, hidden; posts added),
each reported to the server for webhooks."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from . import texts
from .objects import N_USERS, POST_BASE, Comment, Page, Post
from .seeded import mix


class WorldChanges:
    """Mixin of World: reads and writes of the changes made since generation."""

    # --- reads -------------------------------------------------------------------------------
    def post_updated(self, post: Post) -> int:
        """Last change to the post or its comments."""
        latest = post.created
        if post.base_comments:
            latest = max(latest, self._comment_time(post, post.base_comments - 1))
        return max(latest, self.touched.get(post.serial, 0))

    def page_posts(self, page: Page) -> list[Post]:
        """Newest first (creation time, then id)."""
        start = page.index * self.n_posts
        with self.lock:
            posts = self.posts[start : start + self.n_posts] + [
                p for p in self.posts[self.n_pages * self.n_posts :] if p.page_index == page.index
            ]
            posts = [p for p in posts if p.serial not in self.deleted_posts]
        return sorted(posts, key=lambda p: (p.created, p.serial), reverse=True)

    def _all_comments(self, post: Post) -> list[Comment]:
        base = list(self._comment_cache(post.serial)) if post.base_comments else []
        return base + list(self.added.get(post.serial, ()))

    def _apply(self, comment: Comment) -> Comment:
        edit = self.edits.get(comment.id)
        return replace(comment, message=edit[0]) if edit else comment

    def post_comments(self, post: Post) -> list[Comment]:
        """Every live comment of a post in chronological order, edits applied; comments
        deleted (and replies to deleted comments) left out."""
        with self.lock:
            deleted = self.deleted
            result = []
            for c in self._all_comments(post):
                if c.id in deleted or (c.parent_id and c.parent_id in deleted):
                    continue
                result.append(self._apply(c) if c.id in self.edits else c)
        result.sort(key=lambda c: (c.created, c.k))
        return result

    def comment_get(self, comment_id: str, *, include_deleted: bool = False) -> Comment | None:
        kind, obj = self.resolve(comment_id)
        if kind != "comment":
            return None
        post, k = obj
        with self.lock:
            if k < post.base_comments:
                comment = self._comment_cache(post.serial)[k]
            else:
                comment = next((c for c in self.added.get(post.serial, ()) if c.k == k), None)
                if comment is None:
                    return None
            gone = comment.id in self.deleted or (
                comment.parent_id is not None and comment.parent_id in self.deleted
            )
            if gone and not include_deleted:
                return None
            return self._apply(comment)

    def comment_state(self, comment_id: str) -> dict[str, Any] | None:
        """Everything about a comment, for the control API and tests."""
        comment = self.comment_get(comment_id, include_deleted=True)
        if comment is None:
            return None
        post = self.posts[comment.post_serial]
        with self.lock:
            return {
                "id": comment.id,
                "post_id": post.id,
                "page_id": self.pages[post.page_index].id,
                "parent_id": comment.parent_id,
                "message": comment.message,
                "from": {"id": comment.from_id, "name": comment.from_name},
                "created_time": comment.created,
                "is_hidden": self.hidden.get(comment.id, False),
                "is_deleted": comment.id in self.deleted
                or (comment.parent_id is not None and comment.parent_id in self.deleted),
                "is_edited": comment.id in self.edits,
                "category": comment.category,
            }

    def is_hidden(self, comment_id: str) -> bool:
        return self.hidden.get(comment_id, False)

    # --- writes ------------------------------------------------------------------------------
    def _now(self) -> int:
        return int(time.time())

    def _notify(self, verb: str, comment: Comment, **extra: Any) -> None:
        if self.on_change is not None:
            self.on_change(verb, {"comment": comment, **extra})

    def comment_add(
        self,
        post_id: str,
        message: str,
        *,
        from_id: str | None = None,
        from_name: str | None = None,
        parent_id: str | None = None,
        created: int | None = None,
        category: str = "added",
        notify: bool = True,
    ) -> Comment:
        """A new comment (by a resident unless from_id is given), on any post, old ones too."""
        kind, post = self.resolve(post_id)
        if kind != "post":
            raise KeyError(post_id)
        if parent_id is not None and self.comment_get(parent_id) is None:
            raise KeyError(parent_id)
        with self.lock:
            extra = self.added.setdefault(post.serial, [])
            k = post.base_comments + len(extra)
            self.counter += 1
            n = mix(self.seed, 12, self.counter) % N_USERS
            comment = Comment(
                id=self.comment_id(post, k),
                post_serial=post.serial,
                k=k,
                created=int(created if created is not None else self._now()),
                message=message,
                from_id=str(from_id or self.user_id(n)),
                from_name=from_name or self.user_name(n),
                parent_id=parent_id,
                category=category,
                is_page=str(from_id) == self.pages[post.page_index].id,
            )
            extra.append(comment)
            self.touched[post.serial] = max(self._now(), comment.created)
        if notify:
            self._notify("add", comment)
        return comment

    def comment_edit(self, comment_id: str, message: str, *, notify: bool = True) -> Comment:
        """The author edits the text (created_time does not change)."""
        comment = self.comment_get(comment_id)
        if comment is None:
            raise KeyError(comment_id)
        with self.lock:
            self.edits[comment_id] = (message, self._now())
            self.touched[comment.post_serial] = self._now()
        comment = replace(comment, message=message)
        if notify:
            self._notify("edited", comment)
        return comment

    def comment_delete(self, comment_id: str, *, notify: bool = True) -> bool:
        """Delete (by the author, or the page through the API). False if already gone."""
        comment = self.comment_get(comment_id)
        if comment is None:
            return False
        with self.lock:
            self.deleted[comment_id] = self._now()
            self.touched[comment.post_serial] = self._now()
        if notify:
            self._notify("remove", comment)
        return True

    def comment_set_hidden(self, comment_id: str, hidden: bool, *, notify: bool = True) -> bool:
        """Hide/unhide; False if the comment is gone."""
        comment = self.comment_get(comment_id)
        if comment is None:
            return False
        with self.lock:
            changed = self.hidden.get(comment_id, False) != hidden
            self.hidden[comment_id] = hidden
        if notify and changed:
            self._notify("hide" if hidden else "unhide", comment)
        return True

    def post_add(self, page_id: str, message: str, *, created: int | None = None) -> Post:
        """A new post on a page (no generated comments)."""
        page = self.page_by_id[str(page_id)]
        with self.lock:
            serial = len(self.posts)
            post = Post(
                serial=serial,
                page_index=page.index,
                id=f"{page.id}_{POST_BASE + serial}",
                created=int(created if created is not None else self._now()),
                message=message,
                is_published=True,
                base_comments=0,
            )
            self.posts.append(post)
            self.post_by_part[post.part] = post
        return post

    def activity(self, n: int, *, rng_seed: int = 0) -> list[dict[str, Any]]:
        """n random changes (new comments on any post, edits, deletions), for demos."""
        events = []
        for step in range(n):
            h = mix(self.seed, 13, rng_seed, step)
            post = self.posts[h % len(self.posts)]
            live = self.post_comments(post)
            action = (h >> 8) % 10
            if live and action == 0:
                target = live[(h >> 16) % len(live)]
                self.comment_edit(target.id, target.message + "（追記）")
                events.append({"verb": "edited", "comment_id": target.id})
            elif live and action == 1:
                target = live[(h >> 16) % len(live)]
                self.comment_delete(target.id)
                events.append({"verb": "remove", "comment_id": target.id})
            else:
                pool = texts.ORDINARY + texts.PROHIBITED
                category, template = pool[(h >> 16) % len(pool)]
                comment = self.comment_add(
                    post.id, self._text(template, 14, rng_seed, step), category=category
                )
                events.append({"verb": "add", "comment_id": comment.id})
        return events
