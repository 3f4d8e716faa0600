"""The Graph client's posts and comments: reading the feed and comments, and the moderation
actions on them (hide, delete, block)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from ..errors import GoneGraphError, TransientGraphError
from ..times import parse_time, to_unix
from .transport import GraphTransport, _page_of

COMMENT_FIELDS: tuple[str, ...] = (
    "id",
    "message",
    "from",
    "created_time",
    "parent{id}",
    "is_hidden",
    "can_hide",
    "can_remove",
    "permalink_url",
    "attachment",
)
POST_FIELDS: tuple[str, ...] = (
    "id",
    "message",
    "created_time",
    "updated_time",
    "is_published",
    "permalink_url",
    "from",
)
NESTED_COMMENT_LIMIT = 100


def feed_fields(
    post_fields: Iterable[str] = POST_FIELDS,
    comment_fields: Iterable[str] = COMMENT_FIELDS,
    comment_limit: int = NESTED_COMMENT_LIMIT,
) -> str:
    """`id,message,...,comments.limit(100).filter(stream){id,message,...}`."""
    nested = ",".join(comment_fields)
    return ",".join(post_fields) + f",comments.limit({comment_limit}).filter(stream){{{nested}}}"


class GraphComments(GraphTransport):
    """Posts and comments of a page, read and moderated."""

    def feed(
        self,
        page_id: str,
        access_token: str,
        *,
        since: datetime | int | None = None,
        until: datetime | int | None = None,
        fields: str | None = None,
        limit: int = 25,
        edge: str = "feed",
    ) -> Iterator[dict]:
        """The page's posts (newest first) with their comments expanded in one go.

        Each yielded post is Facebook's JSON; when comments were requested, `post["comments"]`
        is `{"data": [every comment]}`: nested lists that have a `next` page are continued
        through `/{post-id}/comments?after=...`. Fails with code 1 ("reduce the amount of
        data") are retried once per halving of `limit`.
        """
        fields = fields or feed_fields()
        params: dict[str, Any] = {"fields": fields, "limit": limit}
        if since is not None:
            params["since"] = to_unix(since)
        if until is not None:
            params["until"] = to_unix(until)
        wants_comments = "comments" in fields
        while True:
            try:
                first = self.get(f"{page_id}/{edge}", params, access_token, page_id=page_id)
                break
            except TransientGraphError as exc:
                if (
                    exc.code == 1
                    and "reduce the amount" in exc.message.lower()
                    and params["limit"] > 1
                ):
                    params["limit"] = max(params["limit"] // 2, 1)
                    continue
                raise
        for post in self._follow_all(first, access_token, page_id):
            if wants_comments:
                nested = post.get("comments") or {}
                data = list(nested.get("data") or [])
                next_url = (nested.get("paging") or {}).get("next")
                if next_url:
                    more = self._follow(next_url, access_token, page_id)
                    data.extend(self._follow_all(more, access_token, page_id))
                post["comments"] = {"data": data}
                if "summary" in nested:
                    post["comments"]["summary"] = nested["summary"]
            yield post

    def feed_updated(
        self,
        page_id: str,
        access_token: str,
        since: datetime | int | None = None,
        *,
        limit: int = 100,
    ) -> Iterator[dict]:
        """`{"id", "updated_time": aware datetime}` of every post changed at or after `since`
        (all posts when None). `updated_time` moves when a post's comments change, so this is
        the cheap way to find new comments on old posts; the feed is ordered by creation, so
        the whole list is read (one call per `limit` posts)."""
        threshold = parse_time(since) if since is not None else None
        for post in self.paginate(
            f"{page_id}/feed",
            {"fields": "id,updated_time,created_time", "limit": limit},
            access_token,
            page_id=page_id,
        ):
            updated = parse_time(post.get("updated_time") or post.get("created_time"))
            if threshold is None or (updated is not None and updated >= threshold):
                yield {"id": post["id"], "updated_time": updated}

    def comments(
        self,
        object_id: str,
        access_token: str,
        *,
        since: datetime | int | None = None,
        fields: Iterable[str] = COMMENT_FIELDS,
        order: str = "reverse_chronological",
        limit: int = 100,
        page_id: str | None = None,
    ) -> Iterator[dict]:
        """Every comment on a post (or replies to a comment), replies included, flat
        (`filter=stream`), newest first by default, optionally only those created since."""
        params: dict[str, Any] = {
            "filter": "stream",
            "order": order,
            "summary": "true",
            "limit": limit,
            "fields": ",".join(fields),
        }
        if since is not None:
            params["since"] = to_unix(since)
        yield from self.paginate(
            f"{object_id}/comments", params, access_token, page_id=page_id or _page_of(object_id)
        )

    # --- moderation ----------------------------------------------------------------------------
    def set_comment_hidden(
        self, comment_id: str, access_token: str, hidden: bool, *, page_id: str | None = None
    ) -> bool:
        """Hide or unhide a comment. True when Facebook confirmed; False when the comment is
        already gone (nothing left to hide: treat as done)."""
        try:
            result = self.post(
                comment_id,
                {"is_hidden": "true" if hidden else "false"},
                access_token,
                page_id=page_id,
            )
        except GoneGraphError:
            return False
        return bool(result.get("success", True)) if isinstance(result, dict) else True

    def delete_comment(
        self, comment_id: str, access_token: str, *, page_id: str | None = None
    ) -> bool:
        """Delete a comment. True when deleted now, False when it was already gone (done)."""
        try:
            self.delete(comment_id, None, access_token, page_id=page_id)
        except GoneGraphError:
            return False
        return True

    def block_user(self, page_id: str, user_id: str, access_token: str) -> bool:
        """Block a person from the page (`{"USER_ID": true}`). Some blocks cannot be undone."""
        result = self.post(f"{page_id}/blocked", {"user": user_id}, access_token, page_id=page_id)
        return bool(isinstance(result, dict) and result.get(str(user_id)))
