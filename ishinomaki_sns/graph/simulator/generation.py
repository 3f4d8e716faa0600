"""Building the world from its seed: pages, posts and their tokens, generated comments (text,
author, replies, prohibited and spam shares), people's names, and Facebook-like ids."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from . import texts
from .objects import (
    COMMENT_BASE,
    COMMENT_STRIDE,
    N_USERS,
    PAGE_BASE,
    PAGE_SCOPES,
    POST_BASE,
    SPAM_USER,
    STAFF_USER_ID,
    USER_BASE,
    Comment,
    Page,
    Post,
    TokenInfo,
)
from .seeded import mix, unit


class WorldGeneration:
    """Mixin of World: construction from the seed, ids, generated comments."""

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
