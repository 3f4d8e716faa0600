"""The webhook: a delivery verified over its raw bytes and stored once, then its feed
changes applied through the same upserts as the sync (idempotent)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ishinomaki_sns.graph.webhooks import FeedChange, parse_feed_changes, verify_signature
from pages.models import CLOSED_STATUSES, OfficialPage

from ..models import Comment, CommentRevision, Post, WebhookDelivery
from .upserts import _comments_changed, _page_still_operating, comments_upsert, posts_upsert


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
