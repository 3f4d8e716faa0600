"""The simulated world: pages, posts and comments, deterministic from a seed.

Comments are generated on demand from (seed, post, index) and only changes are stored
(new comments, edits, deletions, hidden flags), so 50 pages x 200 posts x 50 comments cost
almost no memory. Ids look like Facebook's: page `1020304050xxxxx`, post `{page-id}_{post}`,
comment `{post}_{comment}`, where the numbers encode the position in the world.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from . import texts

PAGE_BASE = 102030405060000
POST_BASE = 1_000_000_000_000_000
COMMENT_BASE = 2_000_000_000_000_000
COMMENT_STRIDE = 100_000  # comments per post addressable in ids
USER_BASE = 3_000_000_000_000_000
STAFF_USER_ID = "3999000000000001"
STAFF_USER_NAME = "石巻 市職員"
N_USERS = 2000
SPAM_USER = N_USERS + 1

PAGE_SCOPES = [
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
    "pages_manage_metadata",
    "pages_manage_posts",
    "read_insights",
    "public_profile",
]
PAGE_TASKS = ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"]
MASK = (1 << 64) - 1


def _splitmix(x: int) -> int:
    x = (x + 0x9E3779B97F4A7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return x ^ (x >> 31)


def mix(*parts: int) -> int:
    """A deterministic 64-bit hash of integers (Python's hash() is salted per process)."""
    x = 0
    for part in parts:
        x = _splitmix(x ^ (part & MASK))
    return x


def unit(*parts: int) -> float:
    """A deterministic float in [0, 1)."""
    return (mix(*parts) >> 11) / float(1 << 53)


# The world `make run` serves and `seed_demo` connects its pages to (ids and tokens follow
# from the seed, so both processes agree without talking to each other).
DEMO_WORLD = {"pages": 5, "posts": 40, "comments": 20, "seed": 1}


@dataclass
class Page:
    """A simulated Facebook page with its (fake) page token."""

    index: int
    id: str
    name: str
    category: str
    token: str
    fan_count: int
    followers_count: int

    @property
    def link(self) -> str:
        return f"https://www.facebook.com/{self.id}"


@dataclass
class Post:
    """A post on a page; `base_comments` of its comments are generated from the seed."""

    serial: int
    page_index: int
    id: str
    created: int
    message: str
    is_published: bool
    base_comments: int

    @property
    def part(self) -> str:
        return self.id.split("_", 1)[1]


@dataclass
class Comment:
    """A comment as stored or generated (before the world's edits are applied)."""

    id: str
    post_serial: int
    k: int
    created: int
    message: str
    from_id: str
    from_name: str
    parent_id: str | None = None
    category: str = "ordinary"
    attachment: dict | None = None
    is_page: bool = False


@dataclass
class TokenInfo:
    """What the simulator knows about an access token."""

    type: str  # PAGE, USER, APP
    page_index: int | None = None
    user_id: str | None = None
    scopes: list[str] = field(default_factory=list)
    issued_at: int = 0
    expires_at: int = 0
    # For a USER token from the Login dialog: the pages the person granted (None: all).
    page_ids: list[str] | None = None


class World:
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

    # --- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.pages: list[Page] = []
        for i in range(self.n_pages):
            name, category = texts.PAGE_NAMES[i % len(texts.PAGE_NAMES)]
            if i >= len(texts.PAGE_NAMES):
                name = f"{name}（{i // len(texts.PAGE_NAMES) + 1}）"
            token = f"EAASIMPAGE{i:03d}x{mix(self.seed, 7, i):016x}"
            followers = 300 + mix(self.seed, 8, i) % 20000
            self.pages.append(
                Page(
                    i,
                    str(PAGE_BASE + (self.seed % 1000) * 1000 + i),
                    name,
                    category,
                    token,
                    int(followers * 0.9),
                    followers,
                )
            )
        self.page_by_id = {p.id: p for p in self.pages}
        self.posts: list[Post] = []
        spacing = self.span / max(self.n_posts, 1)
        for i in range(self.n_pages):
            for j in range(self.n_posts):
                serial = i * self.n_posts + j
                created = int(
                    self.anchor - 3600 - j * spacing - unit(self.seed, 1, serial) * spacing * 0.5
                )
                self.posts.append(
                    Post(
                        serial=serial,
                        page_index=i,
                        id=f"{self.pages[i].id}_{POST_BASE + serial}",
                        created=created,
                        message=self._post_message(serial, created),
                        is_published=unit(self.seed, 2, serial) >= 0.02,
                        base_comments=self.n_comments,
                    )
                )
        self.post_by_part = {p.part: p for p in self.posts}
        self.tokens: dict[str, TokenInfo] = {}
        for page in self.pages:
            self.tokens[page.token] = TokenInfo(
                "PAGE", page.index, STAFF_USER_ID, list(PAGE_SCOPES), self.anchor - 86400 * 30, 0
            )
        # Changes since generation.
        self.added: dict[int, list[Comment]] = {}
        self.edits: dict[str, tuple[str, int]] = {}
        self.deleted: dict[str, int] = {}
        self.hidden: dict[str, bool] = {}
        self.touched: dict[int, int] = {}
        self.blocked: dict[str, set[str]] = {}
        self.subscriptions: dict[str, list[str]] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self.usage: dict[tuple[str, int], int] = {}
        self.app_calls: dict[int, int] = {}
        self.counter = 0
        # Posts published through the API: their link and photos, and deleted posts.
        self.post_extra: dict[int, dict[str, Any]] = {}
        self.deleted_posts: set[int] = set()
        self.photos: dict[str, dict[str, Any]] = {}
        self._comment_cache = lru_cache(maxsize=4096)(self._generate_comments)

    def reset(self) -> None:
        """Forget every change (new comments, edits, deletions, hidden, blocks, codes)."""
        with self.lock:
            self._build()

    def _text(self, template: str, *parts: int) -> str:
        h = mix(self.seed, *parts)
        return template.format(
            event=texts.EVENTS[h % len(texts.EVENTS)],
            place=texts.PLACES[(h >> 8) % len(texts.PLACES)],
            product=texts.PRODUCTS[(h >> 16) % len(texts.PRODUCTS)],
            weather=texts.WEATHER[(h >> 24) % len(texts.WEATHER)],
            m=(h >> 32) % 12 + 1,
            d=(h >> 40) % 28 + 1,
            name=self.user_name((h >> 44) % N_USERS),
        )

    def _post_message(self, serial: int, created: int) -> str:
        template = texts.POSTS[mix(self.seed, 3, serial) % len(texts.POSTS)]
        return self._text(template, 4, serial)

    def user_id(self, n: int) -> str:
        return str(USER_BASE + n)

    def user_name(self, n: int) -> str:
        if n == SPAM_USER:
            return "フォロー 募集中"
        h = mix(self.seed, 5, n)
        if h % 17 == 0:
            return texts.LATIN_NAMES[(h >> 8) % len(texts.LATIN_NAMES)]
        return (
            texts.FAMILY[(h >> 8) % len(texts.FAMILY)]
            + " "
            + texts.GIVEN[(h >> 16) % len(texts.GIVEN)]
        )

    # --- ids ---------------------------------------------------------------------------------
    def comment_id(self, post: Post, k: int) -> str:
        return f"{post.part}_{COMMENT_BASE + post.serial * COMMENT_STRIDE + k}"

    def resolve(self, object_id: str) -> tuple[str, Any]:
        """("page", Page) / ("post", Post) / ("comment", (Post, k)) / ("unknown", None)."""
        object_id = str(object_id)
        if object_id in self.page_by_id:
            return "page", self.page_by_id[object_id]
        head, sep, tail = object_id.partition("_")
        if not sep or not tail.isdigit():
            return "unknown", None
        if head in self.page_by_id:
            post = self.post_by_part.get(tail)
            if post and post.serial in self.deleted_posts:
                return "unknown", None
            if post and post.page_index == self.page_by_id[head].index:
                return "post", post
            return "unknown", None
        post = self.post_by_part.get(head)
        if post is None:
            return "unknown", None
        serial, k = divmod(int(tail) - COMMENT_BASE, COMMENT_STRIDE)
        if serial != post.serial or k < 0:
            return "unknown", None
        return "comment", (post, k)

    def page_of(self, object_id: str) -> Page | None:
        kind, obj = self.resolve(object_id)
        if kind == "page":
            return obj
        if kind == "post":
            return self.pages[obj.page_index]
        if kind == "comment":
            return self.pages[obj[0].page_index]
        return None

    # --- generation --------------------------------------------------------------------------
    def _comment_time(self, post: Post, k: int) -> int:
        n = max(post.base_comments, 1)
        step = 3 * 86400 / n
        created = int(
            post.created + 60 + k * step + unit(self.seed, 9, post.serial, k) * step * 0.9
        )
        return min(created, self.anchor - (n - k) * 7)

    def _generate_comments(self, serial: int) -> tuple[Comment, ...]:
        post = self.posts[serial]
        page = self.pages[post.page_index]
        result: list[Comment] = []
        top_level: list[Comment] = []
        for k in range(post.base_comments):
            h = mix(self.seed, 10, serial, k)
            r = (h >> 11) / float(1 << 53)
            author = (h >> 3) % N_USERS
            parent: Comment | None = None
            attachment = None
            is_page = False
            if top_level and r < 0.3:
                parent = top_level[(h >> 20) % len(top_level)]
                if parent.category == "question" and (h >> 40) % 3 == 0 and not parent.is_page:
                    category, template = texts.PAGE_REPLIES[(h >> 24) % len(texts.PAGE_REPLIES)]
                    is_page = True
                else:
                    category, template = texts.REPLIES[(h >> 24) % len(texts.REPLIES)]
            elif r > 1.0 - self.prohibited_share:
                category, template = texts.PROHIBITED[(h >> 24) % len(texts.PROHIBITED)]
            elif r > 1.0 - self.prohibited_share - 0.02:
                category, template = texts.SPAM
                author = SPAM_USER
            else:
                category, template = texts.ORDINARY[(h >> 24) % len(texts.ORDINARY)]
            message = self._text(template, 11, serial, k)
            if category == "reply" and parent is not None and "{name}" in template:
                message = template.format(
                    name=parent.from_name.split(" ")[0], place=texts.PLACES[h % len(texts.PLACES)]
                )
            if "http" in message:
                url = message[message.index("http") :].split()[0]
                attachment = {"type": "share", "url": url, "target": {"url": url}, "title": url}
            comment = Comment(
                id=self.comment_id(post, k),
                post_serial=serial,
                k=k,
                created=self._comment_time(post, k),
                message=message,
                from_id=page.id if is_page else self.user_id(author),
                from_name=page.name if is_page else self.user_name(author),
                parent_id=parent.id if parent else None,
                category=category,
                attachment=attachment,
                is_page=is_page,
            )
            result.append(comment)
            if parent is None:
                top_level.append(comment)
        return tuple(result)

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
