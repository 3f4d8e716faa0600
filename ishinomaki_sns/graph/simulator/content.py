"""Posts, comments and page nodes: field selection, nested expansion, cursor and time paging."""

from __future__ import annotations

from typing import Any

from .fields import FieldSpec, parse_fields
from .objects import Comment, Page, Post
from .wire import MAX_LIMIT, GraphFault, _dec, _enc, _int_param, fb_time

COMMENT_FIELDS = {
    "id",
    "message",
    "from",
    "created_time",
    "parent",
    "is_hidden",
    "can_hide",
    "can_remove",
    "permalink_url",
    "attachment",
    "like_count",
    "comment_count",
    "can_comment",
    "user_likes",
    "is_private",
    "message_tags",
    "object",
}
POST_FIELDS = {
    "id",
    "message",
    "created_time",
    "updated_time",
    "is_published",
    "permalink_url",
    "from",
    "status_type",
    "story",
    "is_hidden",
    "comments",
    "full_picture",
    "privacy",
}
PAGE_FIELDS = {
    "id",
    "name",
    "link",
    "fan_count",
    "followers_count",
    "category",
    "about",
    "access_token",
    "username",
    "verification_status",
}


class ContentRoutes:
    """Mixin of Simulator: reading pages, posts and comments."""

    def require_page_token(self, token: Any, scope: str) -> None:
        if token.type != "PAGE":
            raise GraphFault(
                200,
                f"(#200) This action requires a Page access token with the {scope} permission",
                status=403,
            )

    def fields_or(self, params: dict[str, str], default: list[str]) -> list[FieldSpec]:
        specs = parse_fields(params.get("fields"))
        return specs or [FieldSpec(name) for name in default]

    def _check(self, specs: list[FieldSpec], allowed: set[str], node: str) -> None:
        for spec in specs:
            if spec.name not in allowed:
                raise GraphFault(
                    100,
                    f"(#100) Tried accessing nonexisting field ({spec.name}) on node type ({node})",
                )

    def render_comment(self, c: Comment, specs: list[FieldSpec], token: Any) -> dict[str, Any]:
        self._check(specs, COMMENT_FIELDS, "Comment")
        world = self.world
        post = world.posts[c.post_serial]
        out: dict[str, Any] = {}
        for spec in specs:
            name = spec.name
            if name == "id":
                out["id"] = c.id
            elif name == "message":
                out["message"] = c.message
            elif name == "from":
                if token is not None and token.type == "PAGE":  # others don't see commenters
                    out["from"] = {"name": c.from_name, "id": c.from_id}
            elif name == "created_time":
                out["created_time"] = fb_time(c.created)
            elif name == "parent":
                if c.parent_id:
                    parent = world.comment_get(c.parent_id, include_deleted=True)
                    if spec.children:
                        out["parent"] = (
                            self.render_comment(parent, spec.children, token)
                            if parent
                            else {"id": c.parent_id}
                        )
                    else:
                        out["parent"] = {
                            "created_time": fb_time(parent.created) if parent else "",
                            "message": parent.message if parent else "",
                            "id": c.parent_id,
                        }
            elif name == "is_hidden":
                out["is_hidden"] = world.is_hidden(c.id)
            elif name == "can_hide":
                out["can_hide"] = not c.is_page
            elif name == "can_remove":
                out["can_remove"] = True
            elif name == "permalink_url":
                out["permalink_url"] = (
                    f"https://www.facebook.com/{post.id.split('_')[0]}/posts/{post.part}?comment_id={c.id.split('_')[1]}"
                )
            elif name == "attachment":
                if c.attachment:
                    out["attachment"] = c.attachment
            elif name in ("like_count", "comment_count"):
                out[name] = 0
            elif name in ("can_comment", "user_likes", "is_private"):
                out[name] = name == "can_comment"
        return out

    def render_post(
        self,
        post: Post,
        specs: list[FieldSpec] | None,
        params: dict[str, str],
        token: Any,
        outer_limit: int = 1,
    ) -> dict[str, Any]:
        specs = specs or [FieldSpec("created_time"), FieldSpec("message"), FieldSpec("id")]
        self._check(specs, POST_FIELDS, "PagePost")
        world = self.world
        page = world.pages[post.page_index]
        out: dict[str, Any] = {}
        for spec in specs:
            name = spec.name
            if name == "id":
                out["id"] = post.id
            elif name == "message":
                out["message"] = post.message
            elif name == "created_time":
                out["created_time"] = fb_time(post.created)
            elif name == "updated_time":
                out["updated_time"] = fb_time(world.post_updated(post))
            elif name == "is_published":
                out["is_published"] = post.is_published
            elif name == "permalink_url":
                out["permalink_url"] = f"https://www.facebook.com/{page.id}/posts/{post.part}"
            elif name == "from":
                out["from"] = {"name": page.name, "id": page.id}
            elif name == "status_type":
                out["status_type"] = "mobile_status_update"
            elif name == "is_hidden":
                out["is_hidden"] = False
            elif name == "privacy":
                out["privacy"] = {"value": "EVERYONE"}
            elif name == "comments":
                nested = self.nested_comments(post, spec, params, token)
                if nested is not None:
                    out["comments"] = nested
        return out

    def nested_comments(
        self, post: Post, spec: FieldSpec, params: dict[str, str], token: Any
    ) -> dict[str, Any] | None:
        nested_params = {"access_token": params.get("access_token", ""), "pretty": "0"}
        mods = spec.modifiers
        nested_params["limit"] = mods.get("limit", "25")
        if "filter" in mods:
            nested_params["filter"] = mods["filter"]
        if "order" in mods:
            nested_params["order"] = mods["order"]
        if "summary" in mods:
            nested_params["summary"] = mods["summary"]
        if spec.children_text:
            nested_params["fields"] = spec.children_text
        result = self.comments_edge(post, None, nested_params, token, f"{post.id}/comments")
        if not result["data"] and "summary" not in result:
            return None
        return result

    def _comments_of(
        self, post: Post, parent_id: str | None, params: dict[str, str]
    ) -> list[Comment]:
        comments = self.world.post_comments(post)
        filt = params.get("filter", "toplevel")
        if parent_id is not None:
            comments = [c for c in comments if c.parent_id == parent_id]
        elif filt != "stream":
            comments = [c for c in comments if c.parent_id is None]
        since = _int_param(params, "since")
        until = _int_param(params, "until")
        if since is not None:
            comments = [c for c in comments if c.created >= since]
        if until is not None:
            comments = [c for c in comments if c.created <= until]
        return comments

    def comments_edge(
        self, post: Post, parent_id: str | None, params: dict[str, str], token: Any, path: str
    ) -> dict[str, Any]:
        specs = self.fields_or(params, ["created_time", "from", "message", "id"])
        self._check(specs, COMMENT_FIELDS, "Comment")
        limit = min(max(_int_param(params, "limit", 25) or 25, 1), MAX_LIMIT)
        order = params.get("order", "chronological")
        if order not in ("chronological", "reverse_chronological", "ranked"):
            raise GraphFault(
                100,
                "(#100) order must be one of the following values: chronological, reverse_chronological",
            )
        comments = self._comments_of(post, parent_id, params)
        if order == "reverse_chronological":
            comments.reverse()
        keys = [(c.created, c.k) for c in comments]
        start, end = 0, len(comments)
        if params.get("after"):
            ts, k = (int(x) for x in _dec(params["after"]).split(":"))
            cursor = (ts, k)
            start = next(
                (
                    i
                    for i, key in enumerate(keys)
                    if (key > cursor if order != "reverse_chronological" else key < cursor)
                ),
                len(keys),
            )
            end = min(start + limit, len(comments))
        elif params.get("before"):
            ts, k = (int(x) for x in _dec(params["before"]).split(":"))
            cursor = (ts, k)
            end = next(
                (
                    i
                    for i, key in enumerate(keys)
                    if (key >= cursor if order != "reverse_chronological" else key <= cursor)
                ),
                len(keys),
            )
            start = max(end - limit, 0)
        else:
            end = min(limit, len(comments))
        window = comments[start:end]
        data = [self.render_comment(c, specs, token) for c in window]
        result: dict[str, Any] = {"data": data}
        base = {k: v for k, v in params.items() if k not in ("after", "before", "__sim_skip")}
        base["limit"] = str(limit)
        if window:
            after = _enc(f"{window[-1].created}:{window[-1].k}")
            before = _enc(f"{window[0].created}:{window[0].k}")
            paging: dict[str, Any] = {"cursors": {"before": before, "after": after}}
            if end < len(comments):
                paging["next"] = self.url(path, {**base, "after": after})
            if start > 0:
                paging["previous"] = self.url(path, {**base, "before": before})
            result["paging"] = paging
        if params.get("summary") in ("true", "1", "total_count"):
            result["summary"] = {
                "order": order if order != "ranked" else "ranked",
                "total_count": len(comments),
                "can_comment": True,
            }
        return result

    def feed(self, page: Page, edge: str, params: dict[str, str], token: Any) -> dict[str, Any]:
        specs = parse_fields(params.get("fields")) or None
        limit = min(max(_int_param(params, "limit", 25) or 25, 1), MAX_LIMIT)
        for spec in specs or []:
            if spec.name == "comments":
                nested_limit = min(int(spec.modifiers.get("limit", "25") or 25), MAX_LIMIT)
                if limit * nested_limit > 5000:
                    raise GraphFault(
                        1,
                        "Please reduce the amount of data you're asking for, then retry your request",
                        status=500,
                    )
        posts = self.world.page_posts(page)
        since = _int_param(params, "since")
        until = _int_param(params, "until")
        token_serial = params.get("__paging_token")
        previous = params.get("__previous") == "1"
        if since is not None and not previous:
            posts = [p for p in posts if p.created >= since]
        if token_serial:
            serial = int(_dec(token_serial))
            if previous and since is not None:
                posts = [p for p in posts if (p.created, p.serial) > (since, serial)]
            elif until is not None:
                posts = [p for p in posts if (p.created, p.serial) < (until, serial)]
        elif until is not None:
            posts = [p for p in posts if p.created <= until]
        if previous:
            window = posts[-limit:]
            more = False
        else:
            window = posts[:limit]
            more = len(posts) > limit
        shown = window if edge != "published_posts" else [p for p in window if p.is_published]
        data = [self.render_post(p, specs, params, token) for p in shown]
        result: dict[str, Any] = {"data": data}
        base = {
            k: v
            for k, v in params.items()
            if k not in ("until", "since", "__paging_token", "__previous", "__sim_skip")
        }
        base["limit"] = str(limit)
        if window:
            paging: dict[str, Any] = {
                "previous": self.url(
                    f"{page.id}/{edge}",
                    {
                        **base,
                        "since": window[0].created,
                        "__paging_token": _enc(str(window[0].serial)),
                        "__previous": "1",
                    },
                ),
            }
            if more:
                # The caller's `since` still bounds the older pages.
                kept = {"since": since} if since is not None and not previous else {}
                paging["next"] = self.url(
                    f"{page.id}/{edge}",
                    {
                        **base,
                        **kept,
                        "until": window[-1].created,
                        "__paging_token": _enc(str(window[-1].serial)),
                    },
                )
            result["paging"] = paging
        return result

    def render_page(self, page: Page, params: dict[str, str], token: Any) -> dict[str, Any]:
        specs = self.fields_or(params, ["name", "id"])
        self._check(specs, PAGE_FIELDS, "Page")
        out: dict[str, Any] = {}
        for spec in specs:
            value = {
                "id": page.id,
                "name": page.name,
                "link": page.link,
                "fan_count": page.fan_count,
                "followers_count": page.followers_count,
                "category": page.category,
                "about": f"{page.name}の公式Facebookページです。",
                "username": None,
                "verification_status": "not_verified",
                "access_token": page.token if token.type == "USER" else None,
            }[spec.name]
            if value is not None:
                out[spec.name] = value
        return out
