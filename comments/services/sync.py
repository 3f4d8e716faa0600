"""The sync: reading a page's posts and comments from the Graph API into the upserts.

HTTP calls happen outside any database transaction; each batch of posts is committed on its
own, and the page's watermark moves only after everything it covers is committed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import redis
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import (
    GraphError,
    PermissionGraphError,
    PolicyBlockedGraphError,
    ThrottledGraphError,
    TokenInvalidGraphError,
)
from pages.models import CLOSED_STATUSES, OfficialPage
from pages.services import (
    page_connection_mark_broken,
    page_connection_mark_ok,
    page_record_activity,
)

from ..models import CommentRevision, PageSyncState, Post, SyncRun
from ..notifications import notify_sync_problem
from .upserts import (
    UpsertResult,
    _comments_changed,
    _page_still_operating,
    comments_upsert_many,
    posts_upsert,
)

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
