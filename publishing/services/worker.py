"""What the worker does with posts: publish at the target time exactly once, check links,
sweep (pause, lapse, queue due posts), and carry corrections to Facebook.

Exactly once: the attempt is recorded (status `publishing`, a lease) and committed before
the request goes out. A later run that finds `publishing` with its lease run out does not
know whether Facebook accepted the post (the worker may have died between the request and
the reply), so it first looks for the post on the page's feed by time and exact text, and
only sends again when it is not there. No HTTP call happens inside a transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

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
    TransientGraphError,
)

from ..models import Post, PostEvent, PostStatus
from ..screening import check_link, link_check_finding
from ..selectors import page_publish_problem, pause_reason, posts_due
from ..transitions import Action
from .drafts import post_transition

logger = logging.getLogger(__name__)
# Facebook's created_time and our clock may differ a little; look back this far.
CLOCK_SKEW = timedelta(minutes=2)


def _lease() -> timedelta:
    return timedelta(seconds=float(getattr(settings, "PUBLISHING_ATTEMPT_LEASE_SECONDS", 120)))


@dataclass(frozen=True)
class _Attempt:
    post_id: int
    mode: str  # "post" or "reconcile"
    facebook_page_id: str
    token: str
    text: str
    link: str
    since: datetime

    def __repr__(self) -> str:  # keeps the token out of logs and tracebacks
        return f"_Attempt(post_id={self.post_id}, mode={self.mode!r})"


def failure_message(exc: GraphError) -> str:
    """What went wrong, in words for people, with what to do."""
    if isinstance(exc, PermissionGraphError):
        return _(
            "Facebook refused: the page's connection lacks the permission to publish "
            "(pages_manage_posts). Ask the department admin to connect the page again allowing "
            "publishing, then try again."
        )
    if isinstance(exc, TokenInvalidGraphError):
        return _(
            "The connection to Facebook no longer works (the token was invalidated). Ask the "
            "department admin to connect the page again, then try again."
        )
    if isinstance(exc, PolicyBlockedGraphError):
        return _(
            "Facebook has temporarily blocked this page for a policy reason. Contact the ICT "
            "Promotion Office before trying again."
        )
    return _(
        "Facebook refused the post (%(detail)s). Check the text, the link and the images, then "
        "try again or ask the ICT Promotion Office."
    ) % {"detail": str(exc)[:200]}


def _begin(post_id: int, now: datetime) -> _Attempt | str:
    """Record the attempt (committed before any request), or say why there is none."""
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("page").get(pk=post_id)
        if post.status == PostStatus.SCHEDULED:
            if post.target_at > now:
                return "not_due"
            if post.approval_expires_at is None or post.approval_expires_at <= now:
                post_transition(
                    post_id=post.pk,
                    action=Action.LAPSE,
                    actor=None,
                    comment=_("The approval lapsed before the post was published."),
                )
                return "lapsed"
            if pause_reason(page=post.page):
                from .drafts import post_pause

                post_pause(post_id=post.pk, actor=None)
                return "paused"
            problem = page_publish_problem(page=post.page)
            if problem:
                _fail_locked(post, problem, now)
                return "failed"

            def start(locked: Post, when: datetime) -> None:
                locked.attempt_count += 1
                locked.first_attempt_at = when
                locked.lease_until = when + _lease()

            post = post_transition(post_id=post.pk, action=Action.START, actor=None, apply=start)
            mode = "post"
        elif post.status == PostStatus.PUBLISHING:
            if post.lease_until and post.lease_until > now:
                return "in_flight"
            post.attempt_count += 1
            post.lease_until = now + _lease()
            post.save(update_fields=["attempt_count", "lease_until", "updated_at"])
            PostEvent.objects.create(
                post=post,
                actor=None,
                created_at=now,
                action="attempt_again",
                from_status=post.status,
                to_status=post.status,
                comment=_("An earlier attempt did not finish; looking for the post on Facebook."),
            )
            mode = "reconcile"
        else:
            return "nothing"
        return _Attempt(
            post_id=post.pk,
            mode=mode,
            facebook_page_id=post.page.facebook_page_id,
            token=post.page.page_access_token(),
            text=post.approved_text,
            link=post.approved_link,
            since=(post.first_attempt_at or now) - CLOCK_SKEW,
        )


def _fail_locked(post: Post, message: str, now: datetime) -> None:
    before = post.status
    post.status = PostStatus.FAILED
    post.failure_message = message
    post.lease_until = None
    post.save()
    PostEvent.objects.create(
        post=post,
        actor=None,
        created_at=now,
        action=Action.FAIL,
        from_status=before,
        to_status=post.status,
        comment=message,
    )


def _finish(post_id: int, facebook_post_id: str, *, recovered: bool) -> None:
    def apply(post: Post, now: datetime) -> None:
        post.facebook_post_id = facebook_post_id
        post.published_at = now
        post.lease_until = None

    post_transition(
        post_id=post_id,
        action=Action.PUBLISHED,
        actor=None,
        comment=_("Found on the page's feed after an interrupted attempt.") if recovered else "",
        apply=apply,
    )
    post = Post.objects.select_related("page").get(pk=post_id)
    page_id = post.page_id
    from comments.tasks import comments_sync_page_task

    # Residents' comments on the new post reach the review queue with the next sync.
    transaction.on_commit(lambda: comments_sync_page_task.apply_async((page_id,), countdown=5))


def post_publish(*, post_id: int, client: GraphClient | None = None) -> str:
    """Publish one post if it is due, exactly once. Returns what happened ("published",
    "recovered", "not_due", "lapsed", "paused", "failed", "in_flight", "nothing").
    Transient Facebook errors are raised (the task retries after backoff; the retry looks
    for the post first)."""
    attempt = _begin(post_id, timezone.now())
    if isinstance(attempt, str):
        return attempt
    client = client or GraphClient.from_settings()
    try:
        if attempt.mode == "reconcile":
            found = client.find_post(
                attempt.facebook_page_id, attempt.token, message=attempt.text, since=attempt.since
            )
            if found:
                with transaction.atomic():
                    _finish(post_id, found, recovered=True)
                return "recovered"
        photo_ids = [
            client.upload_photo(
                attempt.facebook_page_id,
                attempt.token,
                content=bytes(image.content),
                filename=image.filename,
                alt_text=image.alt_text,
            )
            for image in Post.objects.get(pk=post_id).images.all()
        ]
        facebook_post_id = client.publish_post(
            attempt.facebook_page_id,
            attempt.token,
            message=attempt.text,
            link=attempt.link,
            photo_ids=photo_ids,
        )
    except (TransientGraphError, ThrottledGraphError):
        # Nothing is in flight any more: let the retry (which looks first) go at once.
        Post.objects.filter(pk=post_id, status=PostStatus.PUBLISHING).update(
            lease_until=timezone.now()
        )
        raise
    except GraphError as exc:
        with transaction.atomic():
            post = Post.objects.select_for_update().get(pk=post_id)
            if post.status == PostStatus.PUBLISHING:
                _fail_locked(post, failure_message(exc), timezone.now())
        return "failed"
    with transaction.atomic():
        _finish(post_id, facebook_post_id, recovered=False)
    return "published"


def post_queue_if_due(*, post_id: int, now: datetime | None = None) -> bool:
    """Queue the publishing task for the target time when it is close (the sweep queues the
    others when their time comes). Duplicates are harmless: the task is guarded."""
    from ..tasks import post_publish_task

    now = now or timezone.now()
    post = Post.objects.filter(pk=post_id).only("status", "target_at", "lease_until").first()
    if post is None:
        return False
    window = timedelta(seconds=float(getattr(settings, "PUBLISHING_QUEUE_AHEAD_SECONDS", 90)))
    if post.status == PostStatus.SCHEDULED and post.target_at <= now + window:
        post_publish_task.apply_async((post_id,), eta=max(post.target_at, now))
        return True
    if post.status == PostStatus.PUBLISHING and post.lease_until and post.lease_until <= now:
        post_publish_task.delay(post_id)
        return True
    return False


def posts_sweep(*, now: datetime | None = None) -> int:
    """Every minute (beat): hold the scheduled posts of paused pages, lapse old approvals,
    and queue the posts whose time comes (and attempts whose worker died)."""
    from .drafts import posts_pause_held

    now = now or timezone.now()
    posts_pause_held()
    for post_id in Post.objects.filter(
        status__in=[PostStatus.SCHEDULED, PostStatus.PAUSED, PostStatus.FAILED],
        approval_expires_at__lte=now,
    ).values_list("pk", flat=True):
        post_transition(
            post_id=post_id,
            action=Action.LAPSE,
            actor=None,
            comment=_("The approval lapsed before the post was published."),
        )
    queued = 0
    for post_id in posts_due(now=now).values_list("pk", flat=True):
        queued += int(post_queue_if_due(post_id=post_id, now=now))
    return queued


def post_link_check(*, post_id: int) -> dict:
    """Check that the post's link answers (short timeout) and record the result as a
    finding to acknowledge when it does not. Run by the worker."""
    post = Post.objects.filter(pk=post_id).only("link").first()
    if post is None or not post.link:
        return {}
    link = post.link
    timeout = float(getattr(settings, "PUBLISHING_LINK_CHECK_TIMEOUT", 5.0))
    result = {**check_link(link, timeout), "url": link, "checked_at": timezone.now().isoformat()}
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post_id)
        if post.link != link:  # changed meanwhile: its own check is queued
            return result
        post.link_check = result
        finding = link_check_finding(link, result)
        findings = [f for f in post.findings if f.get("kind") != "link_check"]
        if finding:
            findings.append(finding)
        post.findings = findings
        post.save(update_fields=["link_check", "findings", "updated_at"])
    return result
