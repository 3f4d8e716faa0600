"""Writing, screening, approving and pausing posts: the only writers of `Post.status`
(together with `publishing.services.worker` for what the worker does)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from pages.models import OPERATING_STATUSES, OfficialPage

from ..models import MAX_IMAGES, DisasterModeChange, Post, PostEvent, PostImage, PostStatus
from ..screening import screen_post
from ..selectors import (
    approval_lapse_days,
    page_publish_problem,
    pause_reason,
    post_roles,
    post_unacknowledged,
    user_writes_for,
)
from ..transitions import ACTIONS, SYSTEM, Action, allowed, target_status

IMAGE_TYPES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


@dataclass(frozen=True)
class PostData:
    """What the author writes (the form's cleaned data)."""

    text: str
    link: str
    target_at: datetime


@dataclass(frozen=True)
class ImageUpload:
    filename: str
    content: bytes
    alt_text: str

    def __repr__(self) -> str:
        return f"ImageUpload({self.filename!r}, {len(self.content)} bytes)"


@dataclass
class ImageChanges:
    """Images to add, to remove (ids) and new alternative texts (id -> text)."""

    add: list[ImageUpload] = field(default_factory=list)
    remove: list[int] = field(default_factory=list)
    alt_texts: dict[int, str] = field(default_factory=dict)


def _image_type(content: bytes) -> str | None:
    for magic, content_type in IMAGE_TYPES.items():
        if content.startswith(magic):
            return content_type
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


def _event(
    post: Post,
    actor: User | None,
    action: str,
    from_status: str,
    now: datetime,
    comment: str = "",
    text: str = "",
) -> PostEvent:
    return PostEvent.objects.create(
        post=post,
        actor=actor,
        created_at=now,
        action=action,
        from_status=from_status,
        to_status=post.status,
        comment=comment,
        text=text,
    )


def _validate(data: PostData, *, now: datetime) -> None:
    if not data.text.strip() and not data.link:
        raise DomainError(_("Write the text of the post."))
    if len(data.text) > 63206:
        raise DomainError(_("Facebook does not accept posts longer than 63,206 characters."))
    if data.target_at <= now:
        raise DomainError(_("Choose a publishing time in the future."))


def _apply_images(post: Post, changes: ImageChanges) -> None:
    if changes.remove:
        post.images.filter(pk__in=changes.remove).delete()
    for image in post.images.filter(pk__in=list(changes.alt_texts)):
        alt = changes.alt_texts[image.pk].strip()
        if not alt:
            raise DomainError(_("Every image needs an alternative text."))
        if alt != image.alt_text:
            image.alt_text = alt[:500]
            image.save(update_fields=["alt_text"])
    if post.images.count() + len(changes.add) > MAX_IMAGES:
        raise DomainError(_("A post can carry at most ten images."))
    max_bytes = int(getattr(settings, "PUBLISHING_IMAGE_MAX_BYTES", 4 * 1024 * 1024))
    position = post.images.order_by("-position").values_list("position", flat=True).first() or 0
    for upload in changes.add:
        if not upload.alt_text.strip():
            raise DomainError(
                _("The image %(name)s needs an alternative text.") % {"name": upload.filename}
            )
        content_type = _image_type(upload.content)
        if content_type is None:
            raise DomainError(
                _("%(name)s is not a JPEG, PNG, GIF or WebP image.") % {"name": upload.filename}
            )
        if len(upload.content) > max_bytes:
            raise DomainError(
                _("%(name)s is larger than %(mb)d MB.")
                % {"name": upload.filename, "mb": max_bytes // (1024 * 1024)}
            )
        position += 1
        PostImage.objects.create(
            post=post,
            position=position,
            filename=upload.filename[:200],
            content_type=content_type,
            content=upload.content,
            size=len(upload.content),
            alt_text=upload.alt_text.strip()[:500],
        )


def _screen(post: Post) -> None:
    """Screen the post again; acknowledgements stay for findings that are still there."""
    post.findings = screen_post(post.text, post.link, list(post.images.all()))
    if post.link and post.link_check.get("url") == post.link:
        from ..screening import link_check_finding

        extra = link_check_finding(post.link, post.link_check)
        if extra:
            post.findings.append(extra)
    keys = {f["key"] for f in post.findings}
    post.acknowledged = [k for k in post.acknowledged or [] if k in keys]


def _queue_link_check(post: Post) -> None:
    if post.link and post.link_check.get("url") != post.link:
        from ..tasks import post_link_check_task

        post_id = post.pk
        transaction.on_commit(lambda: post_link_check_task.delay(post_id))


def post_create(
    *, actor: User, page_id: int, data: PostData, images: Iterable[ImageUpload] = ()
) -> Post:
    """A new draft for a page, screened at once. Only operators of the page's department
    write posts. The link check is queued for the worker."""
    now = timezone.now()
    with transaction.atomic():
        page = OfficialPage.objects.select_related("department").get(pk=page_id)
        if not user_writes_for(user=actor, page=page):
            raise PermissionDeniedError(
                _("Only operators of the page's department write its posts.")
            )
        if page.status not in OPERATING_STATUSES:
            raise DomainError(_("This page is not operating, so nothing can be published on it."))
        _validate(data, now=now)
        post = Post(
            page=page, author=actor, text=data.text, link=data.link, target_at=data.target_at
        )
        try:
            post.full_clean(exclude=["findings", "acknowledged", "link_check"])
        except ValidationError as exc:
            raise DomainError(" ".join(exc.messages)) from exc
        post.save()
        _apply_images(post, ImageChanges(add=list(images)))
        _screen(post)
        post.save(update_fields=["findings", "acknowledged"])
        _event(post, actor, "create", PostStatus.DRAFT, now, text=post.text)
        _queue_link_check(post)
    return post


def post_update(
    *, actor: User, post_id: int, data: PostData, images: ImageChanges | None = None
) -> Post:
    """Change a post's text, link, time or images. A post waiting for approval or approved
    goes back to draft: its approval is withdrawn and it must be submitted again."""
    now = timezone.now()
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("page", "author").get(pk=post_id)
        roles = post_roles(user=actor, post=post)
        if not allowed(post.status, Action.EDIT, roles):
            if "writer" not in roles:
                raise PermissionDeniedError(
                    _("Only operators of the page's department write its posts.")
                )
            raise InvalidTransitionError(_("This post can no longer be changed."))
        _validate(data, now=now)
        before = post.status
        had_approval = post.approved_at is not None
        post.text, post.link, post.target_at = data.text, data.link, data.target_at
        post.status = PostStatus.DRAFT
        _withdraw_approval(post)
        _apply_images(post, images or ImageChanges())
        _screen(post)
        post.save()
        _event(
            post,
            actor,
            "edit",
            before,
            now,
            comment=_("The approval was withdrawn: the post must be approved again.")
            if had_approval
            else "",
            text=post.text,
        )
        _queue_link_check(post)
    return post


def _withdraw_approval(post: Post) -> None:
    post.approved_by = None
    post.approved_at = None
    post.approval_expires_at = None
    post.approved_text = ""
    post.approved_link = ""
    post.pause_reason = ""


def post_acknowledge(*, actor: User, post_id: int, key: str) -> Post:
    """The author (or another writer) acknowledges one finding, one at a time."""
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("page").get(pk=post_id)
        if "writer" not in post_roles(user=actor, post=post):
            raise PermissionDeniedError(
                _("Only operators of the page's department write its posts.")
            )
        if post.status not in (PostStatus.DRAFT, PostStatus.RETURNED, PostStatus.LAPSED):
            raise InvalidTransitionError(_("Findings are acknowledged before submitting."))
        if key not in {f["key"] for f in post.findings if f.get("ack", True)}:
            raise DomainError(_("This finding is no longer there."))
        if key not in post.acknowledged:
            post.acknowledged = [*post.acknowledged, key]
            post.save(update_fields=["acknowledged", "updated_at"])
            finding = next(f for f in post.findings if f["key"] == key)
            _event(
                post,
                actor,
                "acknowledge",
                post.status,
                timezone.now(),
                comment=f"{finding['label']}: {finding['excerpt']}",
            )
    return post


Apply = Callable[[Post, datetime], None]


def post_transition(
    *, post_id: int, action: str, actor: User | None, comment: str = "", apply: Apply | None = None
) -> Post:
    """Take one action of the table on a post: lock the row, check the actor's roles and the
    table, run the action's own checks, write `status` and the event (same transaction),
    and queue what follows after commit."""
    spec = ACTIONS.get(action)
    if spec is None:
        raise InvalidTransitionError(_("Unknown action."))
    comment = (comment or "").strip()
    now = timezone.now()
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("page", "author").get(pk=post_id)
        roles = post_roles(user=actor, post=post)
        if actor is not None and spec.decides and actor.pk == post.author_id:
            raise PermissionDeniedError(
                _("You wrote this post: someone else must approve it, as the activity policy says.")
            )
        if not allowed(post.status, action, roles):
            if target_status(post.status, action) is None:
                raise InvalidTransitionError(
                    _("This action is not possible while the post is “%(status)s”.")
                    % {"status": post.get_status_display()}
                )
            raise PermissionDeniedError(_("You may not do this to this post."))
        if spec.comment_required and not comment:
            raise DomainError(_("Please give a reason."))
        before = post.status
        _CHECKS.get(action, _no_check)(post, now, comment)
        if apply is not None:
            apply(post, now)
        post.status = target_status(before, action) or before
        post.save()
        text = post.approved_text if action in (Action.APPROVE, Action.PUBLISHED) else ""
        _event(post, actor, action, before, now, comment=comment, text=text)
        if post.status == PostStatus.SCHEDULED:
            from .worker import post_queue_if_due

            transaction.on_commit(lambda: post_queue_if_due(post_id=post.pk))
    return post


def _no_check(post: Post, now: datetime, comment: str) -> None:
    return None


def _check_submit(post: Post, now: datetime, comment: str) -> None:
    if post_unacknowledged(post=post):
        raise DomainError(_("Acknowledge every finding of the screening before submitting."))
    problem = page_publish_problem(page=post.page)
    if problem:
        raise DomainError(problem)
    post.submitted_at = now
    post.decision_comment = ""


def _check_approve(post: Post, now: datetime, comment: str) -> None:
    problem = page_publish_problem(page=post.page)
    if problem:
        raise DomainError(problem)
    post.approved_at = now
    post.approval_expires_at = now + timedelta(days=approval_lapse_days())
    post.approved_text = post.text
    post.approved_link = post.link
    post.decision_comment = comment
    post.failure_message = ""


def _check_decision(post: Post, now: datetime, comment: str) -> None:
    post.decision_comment = comment


def _check_resume(post: Post, now: datetime, comment: str) -> None:
    reason = pause_reason(page=post.page)
    if reason == "disaster":
        raise DomainError(_("Disaster mode is still on: switch it off before resuming posts."))
    if reason == "crisis":
        raise DomainError(_("Crisis mode is still on for this page: switch it off first."))
    if post.approval_expires_at and post.approval_expires_at <= now:
        raise DomainError(_("The approval has lapsed: the post must be approved again."))
    post.pause_reason = ""


def _check_retry(post: Post, now: datetime, comment: str) -> None:
    problem = page_publish_problem(page=post.page)
    if problem:
        raise DomainError(problem)
    if post.approval_expires_at and post.approval_expires_at <= now:
        raise DomainError(_("The approval has lapsed: the post must be approved again."))
    post.failure_message = ""
    post.first_attempt_at = None
    post.lease_until = None


def _check_lapse(post: Post, now: datetime, comment: str) -> None:
    _withdraw_approval(post)


_CHECKS: dict[str, Callable[[Post, datetime, str], None]] = {
    Action.SUBMIT: _check_submit,
    Action.APPROVE: _check_approve,
    Action.RETURN: _check_decision,
    Action.REJECT: _check_decision,
    Action.RESUME: _check_resume,
    Action.RETRY: _check_retry,
    Action.LAPSE: _check_lapse,
}


def post_approve(*, post_id: int, actor: User, comment: str = "") -> Post:
    """The approver the activity policy names approves (never the author)."""
    if actor is None:
        raise PermissionDeniedError(_("You may not do this to this post."))

    def apply(post: Post, now: datetime) -> None:
        post.approved_by = actor

    return post_transition(
        post_id=post_id, action=Action.APPROVE, actor=actor, comment=comment, apply=apply
    )


def disaster_mode_set(*, actor: User, enabled: bool, reason: str = "") -> DisasterModeChange:
    """The ICT office switches the city-wide disaster mode (災害時). Switching it on pauses
    every scheduled post of every page at once; switching it off resumes nothing by itself
    (each paused post is resumed one by one)."""
    from ishinomaki_sns.common.permissions import user_can

    from ..selectors import disaster_mode_on

    if not user_can(actor, "publishing.set_disaster_mode"):
        raise PermissionDeniedError(_("You may not switch disaster mode."))
    with transaction.atomic():
        DisasterModeChange.objects.select_for_update().all().exists()
        if disaster_mode_on() == enabled:
            raise InvalidTransitionError(
                _("Disaster mode is already on.") if enabled else _("Disaster mode is already off.")
            )
        change = DisasterModeChange.objects.create(
            enabled=enabled, reason=(reason or "").strip(), actor=actor, created_at=timezone.now()
        )
    if enabled:
        posts_pause_held()
    return change


def posts_pause_held() -> int:
    """Pause every scheduled post of the pages in crisis mode (or all, in disaster mode)."""
    from ..selectors import paused_page_ids

    held = paused_page_ids()
    scheduled = Post.objects.filter(status=PostStatus.SCHEDULED)
    if held is not None:
        scheduled = scheduled.filter(page_id__in=held)
    count = 0
    for post_id in scheduled.values_list("pk", flat=True):
        try:
            post_pause(post_id=post_id, actor=None)
            count += 1
        except DomainError:
            continue
    return count


def post_pause(*, post_id: int, actor: User | None) -> Post:
    """Hold a scheduled post because its page is in crisis mode or disaster mode is on."""

    def apply(post: Post, now: datetime) -> None:
        reason = pause_reason(page=post.page)
        if not reason:
            raise DomainError(_("Nothing pauses this page's posts now."))
        post.pause_reason = reason

    return post_transition(post_id=post_id, action=Action.PAUSE, actor=actor, apply=apply)


__all__ = [
    "SYSTEM",
    "ImageChanges",
    "ImageUpload",
    "PostData",
    "disaster_mode_set",
    "post_acknowledge",
    "post_approve",
    "post_create",
    "post_pause",
    "post_transition",
    "post_update",
    "posts_pause_held",
]
