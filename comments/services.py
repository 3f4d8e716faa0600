"""Writers for posts and comments: the sync, the webhook, and token health.

Every write here is an upsert keyed by Facebook's ids, so a retried task, an overlapping
sync window or a webhook delivered twice changes nothing. HTTP calls happen outside any
database transaction; each batch of posts is committed on its own, and the page's watermark
moves only after everything it covers is committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import redis
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import (
    GraphError,
    PermissionGraphError,
    PolicyBlockedGraphError,
    ThrottledGraphError,
    TokenInvalidGraphError,
)
from ishinomaki_sns.graph.times import parse_time
from ishinomaki_sns.graph.webhooks import FeedChange, parse_feed_changes, verify_signature
from pages.models import CLOSED_STATUSES, OfficialPage
from pages.services import (
    page_connection_mark_broken,
    page_connection_mark_ok,
    page_record_activity,
)

from .models import Comment, CommentRevision, PageSyncState, Post, SyncRun, WebhookDelivery
from .notifications import notify_sync_problem
from .search import search_form

logger = logging.getLogger(__name__)

POST_BATCH = 25  # posts committed together (one feed page with their comments)


class SyncSkipped(Exception):
    """The page is paused, or another worker holds its sync lock: nothing was done."""


@dataclass
class SyncResult:
    page_id: int
    kind: str
    posts: int = 0
    new: int = 0
    updated: int = 0
    deleted: int = 0
    calls: int = 0
    changed_ids: list[int] = field(default_factory=list)

    def add(self, other: UpsertResult) -> None:
        self.new += other.new
        self.updated += other.updated
        self.deleted += other.deleted
        self.changed_ids.extend(other.changed_ids)


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


# --------------------------------------------------------------------------- the sync


def _redis() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL)


def sync_state_for(page: OfficialPage) -> PageSyncState:
    state, _created = PageSyncState.objects.get_or_create(
        page=page, defaults={"sync_interval_seconds": settings.COMMENTS_SYNC_INTERVAL_SECONDS}
    )
    return state


def _batched(iterator: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in iterator:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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


def _store_posts_with_comments(
    page: OfficialPage, batch: list[dict], *, source: str, complete: bool, result: SyncResult, lock
) -> None:
    now = timezone.now()
    with transaction.atomic():
        if not _page_still_operating(page.pk):
            raise SyncSkipped(_("The page was withdrawn during the sync; nothing more is read."))
        posts = posts_upsert(page=page, items=batch, now=now)
        batch_result = comments_upsert_many(
            page=page,
            batches=[
                (posts[str(item["id"])], (item.get("comments") or {}).get("data") or [])
                for item in batch
            ],
            now=now,
            source=source,
            complete=complete,
        )
        changed = list(batch_result.changed_ids)
        transaction.on_commit(lambda: _comments_changed(changed))
    result.posts += len(batch)
    result.add(batch_result)
    if lock is not None:
        lock.extend(settings.COMMENTS_SYNC_LOCK_TTL_SECONDS, replace_ttl=True)


def page_sync(*, page_id: int, full: bool = False, client: GraphClient | None = None) -> SyncResult:
    """Read a page's new comments (or, with `full`, re-read every comment in the window).

    Ordinary sync: posts created since the watermark come with their comments in one feed
    read; older posts whose `updated_time` moved (new comments on old posts) have their new
    comments read by `since`. Full sync re-reads all posts of COMMENTS_FULL_SYNC_WINDOW_DAYS
    with every comment, recording edits and deletions made on Facebook.

    One sync per page at a time (a Redis lock with a TTL, so a crashed worker's lock
    expires). Graph errors are recorded on the page's sync state and re-raised: transient
    ones for the task to retry; a dead token marks the page's connection broken.
    Called by `comments_sync_page_task` and `manage.py sync_comments`.
    """
    page = OfficialPage.objects.select_related("department").get(pk=page_id)
    if page.status in CLOSED_STATUSES:
        raise SyncSkipped(_("The page is withdrawn: it is no longer read."))
    state = sync_state_for(page)
    now = timezone.now()
    if state.paused_until and state.paused_until > now:
        raise SyncSkipped(
            _("Paused by Facebook's rate limit until %(time)s.")
            % {"time": timezone.localtime(state.paused_until).strftime("%H:%M")}
        )
    client = client or GraphClient.from_settings()
    lock = _redis().lock(
        f"comments:sync:{page.pk}", timeout=settings.COMMENTS_SYNC_LOCK_TTL_SECONDS, blocking=False
    )
    if not lock.acquire(blocking=False):
        raise SyncSkipped(_("Another sync of this page is running."))
    initial = state.watermark is None
    kind = SyncRun.Kind.FULL if full or initial else SyncRun.Kind.ORDINARY
    run = SyncRun.objects.create(page=page, kind=kind, started_at=now)
    result = SyncResult(page_id=page.pk, kind=kind)
    calls_before = client.calls
    PageSyncState.objects.filter(pk=state.pk).update(last_attempt_at=now)
    try:
        token = page.page_access_token()
        fb_page = page.facebook_page_id
        if kind == SyncRun.Kind.FULL:
            # The first read takes the page's whole history; later full re-reads the window.
            since = (
                None if initial else now - timedelta(days=settings.COMMENTS_FULL_SYNC_WINDOW_DAYS)
            )
            source = CommentRevision.Source.FULL
            for batch in _batched(
                client.feed(fb_page, token, since=since, limit=POST_BATCH), POST_BATCH
            ):
                # Nothing stored can be missing on a first read: skip the deletion check.
                _store_posts_with_comments(
                    page, batch, source=source, complete=not initial, result=result, lock=lock
                )
        else:
            if state.watermark is None:  # cannot happen: an ordinary sync follows a first one
                raise RuntimeError("ordinary sync without a watermark")
            since = state.watermark - timedelta(seconds=settings.COMMENTS_SYNC_OVERLAP_SECONDS)
            source = CommentRevision.Source.SYNC
            # New posts, with their comments, in one expanded read.
            seen_posts: set[str] = set()
            for batch in _batched(
                client.feed(fb_page, token, since=since, limit=POST_BATCH), POST_BATCH
            ):
                seen_posts.update(str(item["id"]) for item in batch)
                _store_posts_with_comments(
                    page, batch, source=source, complete=False, result=result, lock=lock
                )
            # Older posts whose comments changed: only their new comments.
            for touched in client.feed_updated(fb_page, token, since=since):
                post_id = str(touched["id"])
                if post_id in seen_posts:
                    continue
                comments = list(client.comments(post_id, token, since=since, page_id=fb_page))
                if not comments:
                    continue
                post = Post.objects.filter(page=page, facebook_id=post_id).first()
                item = {"id": post_id, "comments": {"data": comments}}
                if post is None:  # a post we have never seen (older than our first read)
                    item.update(
                        client.get(
                            post_id,
                            {"fields": "id,message,created_time,updated_time,permalink_url"},
                            token,
                            page_id=fb_page,
                        )
                    )
                else:
                    item.update(post.raw)
                    item["updated_time"] = (
                        touched["updated_time"].isoformat()
                        if touched.get("updated_time")
                        else post.raw.get("updated_time")
                    )
                _store_posts_with_comments(
                    page, [item], source=source, complete=False, result=result, lock=lock
                )
    except TokenInvalidGraphError as exc:
        _record_failure(state, PageSyncState.Status.BROKEN, exc)
        page_connection_mark_broken(
            page_id=page.pk,
            reason=_("Facebook rejected the page token (code %(code)s).") % {"code": exc.code},
        )
        _finish(run, result, client.calls - calls_before, error=str(exc))
        raise
    except ThrottledGraphError as exc:
        pause = exc.retry_after or min(
            60 * 2**state.consecutive_failures, settings.COMMENTS_MAX_PAUSE_SECONDS
        )
        _record_failure(
            state,
            PageSyncState.Status.THROTTLED,
            exc,
            paused_until=timezone.now() + timedelta(seconds=pause),
        )
        _finish(run, result, client.calls - calls_before, error=str(exc))
        raise
    except PolicyBlockedGraphError as exc:
        _record_failure(
            state,
            PageSyncState.Status.BLOCKED,
            exc,
            paused_until=timezone.now() + timedelta(hours=1),
        )
        notify_sync_problem(
            page=page,
            problem=_("Facebook has temporarily blocked the page for a policy reason (code 368)."),
        )
        _finish(run, result, client.calls - calls_before, error=str(exc))
        raise
    except PermissionGraphError as exc:
        if state.status != PageSyncState.Status.PERMISSION:
            notify_sync_problem(
                page=page,
                problem=_(
                    "A permission the portal needs is missing (code %(code)s). Reconnect the page with every permission."
                )
                % {"code": exc.code},
            )
        _record_failure(state, PageSyncState.Status.PERMISSION, exc)
        _finish(run, result, client.calls - calls_before, error=str(exc))
        raise
    except GraphError as exc:
        _record_failure(state, PageSyncState.Status.ERROR, exc)
        _finish(run, result, client.calls - calls_before, error=str(exc))
        raise
    except SyncSkipped as exc:  # withdrawn meanwhile: the watermark stays, the run says why
        _finish(run, result, client.calls - calls_before, error=str(exc))
        raise
    finally:
        # The lock may have expired meanwhile (someone else may hold it now): not ours to free.
        with contextlib.suppress(redis.exceptions.LockError):
            lock.release()
    # Everything read is committed: only now may the watermark move.
    PageSyncState.objects.filter(pk=state.pk).update(
        status=PageSyncState.Status.OK,
        watermark=now,
        last_success_at=timezone.now(),
        consecutive_failures=0,
        last_error="",
        paused_until=None,
        **({"last_full_sync_at": timezone.now()} if kind == SyncRun.Kind.FULL else {}),
    )
    result.calls = client.calls - calls_before
    _finish(run, result, result.calls)
    latest = (
        Post.objects.filter(page=page, raw__from__id=page.facebook_page_id)
        .order_by("-created_time")
        .values_list("created_time", flat=True)
        .first()
    )
    if latest:
        page_record_activity(page_id=page.pk, last_post_at=latest)
    if page.connection_state == "broken":
        page_connection_mark_ok(page_id=page.pk)
    return result


def _record_failure(
    state: PageSyncState, status: str, exc: Exception, paused_until: datetime | None = None
) -> None:
    PageSyncState.objects.filter(pk=state.pk).update(
        status=status,
        last_error=str(exc)[:500],
        consecutive_failures=state.consecutive_failures + 1,
        paused_until=paused_until,
    )


def _finish(run: SyncRun, result: SyncResult, calls: int, error: str = "") -> None:
    run.finished_at = timezone.now()
    run.posts, run.comments_new, run.comments_updated, run.comments_deleted = (
        result.posts,
        result.new,
        result.updated,
        result.deleted,
    )
    run.calls, run.error = calls, error[:500]
    run.save(
        update_fields=[
            "finished_at",
            "posts",
            "comments_new",
            "comments_updated",
            "comments_deleted",
            "calls",
            "error",
        ]
    )


# --------------------------------------------------------------------------- webhooks


class WebhookRejected(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def webhook_receive(*, raw_body: bytes, signature: str | None) -> WebhookDelivery | None:
    """Verify a delivery's signature over the raw bytes, then store it once.

    Returns the new delivery (to be processed by a task), or None for a duplicate of one
    already stored. Raises WebhookRejected (403 bad signature, 400 not JSON): nothing stored.
    """
    if not settings.FACEBOOK_APP_SECRET or not verify_signature(
        raw_body, signature, settings.FACEBOOK_APP_SECRET
    ):
        raise WebhookRejected(403, "invalid signature")
    try:
        body = json.loads(raw_body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WebhookRejected(400, "body is not JSON") from exc
    if not isinstance(body, dict):
        raise WebhookRejected(400, "body is not a JSON object")
    digest = hashlib.sha256(raw_body).hexdigest()
    try:
        with transaction.atomic():
            return WebhookDelivery.objects.create(body_sha256=digest, body=body)
    except IntegrityError:
        return None


def webhook_process(*, delivery_id: int) -> int:
    """Apply a stored delivery's comment changes; idempotent (a second run changes nothing)."""
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    if delivery.processed_at is not None:
        return 0
    changes = parse_feed_changes(delivery.body)
    applied = 0
    for change in changes:
        if change.item == "comment" and change.comment_id:
            applied += _apply_comment_change(change)
        elif (
            change.item in {"status", "post", "photo", "video"}
            and change.verb == "add"
            and change.post_id
        ):
            applied += _apply_post_change(change)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        processed_at=timezone.now(), changes=applied
    )
    return applied


def _page_for(change: FeedChange) -> OfficialPage | None:
    """The operating page a change is about; a withdrawn page's webhooks are ignored."""
    return (
        OfficialPage.objects.filter(facebook_page_id=change.page_id)
        .exclude(status__in=CLOSED_STATUSES)
        .first()
    )


def _apply_post_change(change: FeedChange) -> int:
    page = _page_for(change)
    if page is None:
        return 0
    item = {
        "id": change.post_id,
        "message": change.message or "",
        "created_time": change.created_time.isoformat() if change.created_time else None,
    }
    with transaction.atomic():
        if not _page_still_operating(page.pk):
            return 0
        if not Post.objects.filter(page=page, facebook_id=change.post_id).exists():
            posts_upsert(page=page, items=[item], now=timezone.now())
    return 1


def _apply_comment_change(change: FeedChange) -> int:
    page = _page_for(change)
    if page is None or not change.post_id:
        return 0
    now = timezone.now()
    with transaction.atomic():
        if not _page_still_operating(page.pk):  # withdrawn since the lookup
            return 0
        post = Post.objects.filter(page=page, facebook_id=change.post_id).first()
        if post is None:
            post = posts_upsert(page=page, items=[{"id": change.post_id}], now=now)[change.post_id]
        if change.verb in {"add", "edited"}:
            item: dict[str, Any] = {
                "id": change.comment_id,
                "message": change.message or "",
                "created_time": change.created_time.isoformat() if change.created_time else None,
                "from": {"id": change.from_id, "name": change.from_name} if change.from_id else {},
                "parent": {"id": change.parent_id or change.post_id},
            }
            existing = Comment.objects.filter(page=page, facebook_id=change.comment_id).first()
            if existing is not None:
                item["is_hidden"] = existing.is_hidden  # a webhook does not tell the hidden state
            result = comments_upsert(
                page=page, post=post, items=[item], now=now, source=CommentRevision.Source.WEBHOOK
            )
            changed = list(result.changed_ids)
            transaction.on_commit(lambda: _comments_changed(changed))
        elif change.verb == "remove":
            Comment.objects.filter(
                page=page, facebook_id=change.comment_id, is_deleted=False
            ).update(is_deleted=True, deleted_at=now)
        elif change.verb in {"hide", "unhide"}:
            Comment.objects.filter(page=page, facebook_id=change.comment_id).update(
                is_hidden=change.verb == "hide"
            )
    return 1


# --------------------------------------------------------------------------- token health

REQUIRED_SCOPES = ("pages_read_engagement", "pages_read_user_content", "pages_manage_engagement")


def page_token_check(*, page_id: int, client: GraphClient | None = None) -> bool:
    """Daily token health: `/debug_token` says whether the page token still works and has
    the scopes moderation needs. A dead token marks the connection broken; a missing scope
    alerts the department and the ICT office. Returns True when healthy."""
    page = OfficialPage.objects.select_related("department").get(pk=page_id)
    client = client or GraphClient.from_settings()
    try:
        data = client.debug_token(page.page_access_token())
    except TokenInvalidGraphError:
        data = {"is_valid": False}
    if not data.get("is_valid"):
        page_connection_mark_broken(
            page_id=page.pk, reason=_("The daily token check found the page token invalid.")
        )
        return False
    missing = [scope for scope in REQUIRED_SCOPES if scope not in (data.get("scopes") or [])]
    if missing:
        notify_sync_problem(
            page=page,
            problem=_("The page token lacks permissions: %(scopes)s")
            % {"scopes": ", ".join(missing)},
        )
        return False
    return True
