"""Writers for posts and comments by Facebook's ids: the upserts every ingestion path (sync,
webhook) goes through, edits kept as revisions, deletions marked, never erased.

Every write here is an upsert keyed by Facebook's ids, so a retried task, an overlapping
sync window or a webhook delivered twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.graph.times import parse_time
from pages.models import CLOSED_STATUSES, OfficialPage

from ..models import Comment, CommentRevision, Post
from ..search import search_form


@dataclass
class UpsertResult:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    changed_ids: list[int] = field(default_factory=list)  # new or re-worded: to be screened


# --------------------------------------------------------------------------- parsing


def _parse_post(item: dict) -> dict:
    return {
        "message": item.get("message") or item.get("story") or "",
        "created_time": parse_time(item.get("created_time")),
        "updated_time": parse_time(item.get("updated_time") or item.get("created_time")),
        "permalink_url": (item.get("permalink_url") or "")[:500],
        "is_published": item.get("is_published", True) is not False,
    }


def _parse_comment(item: dict, post_facebook_id: str) -> dict:
    author = item.get("from") or {}
    parent = item.get("parent") or {}
    return {
        "facebook_id": str(item["id"]),
        "parent_facebook_id": str(parent.get("id") or post_facebook_id),
        "author_id": str(author.get("id") or ""),
        "author_name": str(author.get("name") or "")[:255],
        "message": item.get("message") or "",
        "created_time": parse_time(item.get("created_time")),
        "permalink_url": (item.get("permalink_url") or "")[:500],
        "is_hidden": bool(item.get("is_hidden", False)),
        "can_hide": item.get("can_hide", True) is not False,
        "can_remove": item.get("can_remove", True) is not False,
    }


# --------------------------------------------------------------------------- upserts


def posts_upsert(*, page: OfficialPage, items: list[dict], now: datetime) -> dict[str, Post]:
    """Insert or refresh posts by Facebook id; returns them by Facebook id."""
    if not items:
        return {}
    objs = [
        Post(
            page=page,
            facebook_id=str(item["id"]),
            raw={k: v for k, v in item.items() if k != "comments"},
            last_synced_at=now,
            **_parse_post(item),
        )
        for item in items
    ]
    # Deduplicate inside the batch: PostgreSQL refuses to upsert one key twice in a statement.
    unique = list({obj.facebook_id: obj for obj in objs}.values())
    Post.objects.bulk_create(
        unique,
        update_conflicts=True,
        unique_fields=["page", "facebook_id"],
        update_fields=[
            "message",
            "created_time",
            "updated_time",
            "permalink_url",
            "is_published",
            "raw",
            "last_synced_at",
        ],
    )
    saved = Post.objects.filter(page=page, facebook_id__in=[obj.facebook_id for obj in unique])
    return {post.facebook_id: post for post in saved}


def comments_upsert(
    *,
    page: OfficialPage,
    post: Post,
    items: Iterable[dict],
    now: datetime,
    source: str,
    complete: bool = False,
) -> UpsertResult:
    """Insert new comments, record edits (earlier text kept), refresh hidden state.

    `complete=True` means `items` is every comment Facebook has on the post (a full read):
    stored comments missing from it were deleted on Facebook and are marked so, never erased.
    """
    return comments_upsert_many(
        page=page, batches=[(post, list(items))], now=now, source=source, complete=complete
    )


def comments_upsert_many(
    *,
    page: OfficialPage,
    batches: list[tuple[Post, list[dict]]],
    now: datetime,
    source: str,
    complete: bool = False,
) -> UpsertResult:
    """`comments_upsert` for several posts in one round of queries (one SELECT, one INSERT,
    one UPDATE), which is what makes ingestion fast."""
    result = UpsertResult()
    parsed: dict[str, tuple[Post, dict, dict]] = {}
    for post, items in batches:
        for item in items:
            if item.get("id"):
                row = _parse_comment(item, post.facebook_id)
                parsed[row["facebook_id"]] = (post, row, item)
    existing = (
        {
            c.facebook_id: c
            for c in Comment.objects.filter(page=page, facebook_id__in=list(parsed)).only(
                "id", "facebook_id", "message", "is_hidden", "is_deleted", "deleted_at", "post_id"
            )
        }
        if parsed
        else {}
    )
    new_objs, changed, revisions = [], [], []
    for fb_id, (post, row, raw) in parsed.items():
        current = existing.get(fb_id)
        if current is None:
            new_objs.append(
                Comment(
                    page=page,
                    post=post,
                    raw=raw,
                    last_seen_at=now,
                    search_text=search_form(row["message"]),
                    **row,
                )
            )
            continue
        dirty = False
        # A hidden comment whose text the retention purge erased stays erased: Facebook still
        # returns it to the page, but the city keeps no copy beyond the retention period.
        purged = current.message == "" and current.is_hidden and row["is_hidden"]
        if row["message"] != current.message and not purged:
            revisions.append(
                CommentRevision(
                    comment_id=current.pk, message=current.message, replaced_at=now, source=source
                )
            )
            current.message = row["message"]
            current.search_text = search_form(row["message"])
            current.edited_at = now
            result.changed_ids.append(current.pk)
            dirty = True
        if row["is_hidden"] != current.is_hidden:
            current.is_hidden = row["is_hidden"]
            dirty = True
        if current.is_deleted:  # Facebook shows it again: it was not deleted after all
            current.is_deleted, current.deleted_at = False, None
            dirty = True
        if dirty:
            current.raw = raw
            current.last_seen_at = now
            changed.append(current)
    if new_objs:
        created = Comment.objects.bulk_create(
            new_objs,
            update_conflicts=True,
            unique_fields=["page", "facebook_id"],
            update_fields=["last_seen_at"],
        )
        result.new = len(created)
        result.changed_ids.extend(obj.pk for obj in created if obj.pk)
    if changed:
        Comment.objects.bulk_update(
            changed,
            [
                "message",
                "search_text",
                "edited_at",
                "is_hidden",
                "is_deleted",
                "deleted_at",
                "raw",
                "last_seen_at",
            ],
        )
        result.updated = len(changed)
    if revisions:
        CommentRevision.objects.bulk_create(revisions)
    if complete:
        gone = Comment.objects.filter(
            post__in=[post for post, _items in batches], is_deleted=False
        ).exclude(facebook_id__in=list(parsed))
        result.deleted = gone.update(is_deleted=True, deleted_at=now)
    return result


def _comments_changed(ids: list[int]) -> None:
    """Hand new and re-worded comments to the apps that screen them (moderation), after commit."""
    if not ids:
        return
    for module in app_modules("ingest_hooks"):
        module.comments_changed(list(ids))


def _page_still_operating(page_id: int) -> bool:
    """Lock the page row and check it is not withdrawn. Inside the writer's
    transaction: a withdrawal (which holds the same lock) either committed before, and then
    nothing is written, or waits until this batch commits and then closes what it added."""
    status = (
        OfficialPage.objects.select_for_update(of=("self",))
        .filter(pk=page_id)
        .values_list("status", flat=True)
        .first()
    )
    return status is not None and status not in CLOSED_STATUSES
