"""Correcting or deleting a published post: through approval, unless the page's
responsible person marks the request urgent; carried out on Facebook by the worker, every
step in the post's audit log."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from ishinomaki_sns.common.errors import DomainError, InvalidTransitionError, PermissionDeniedError
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import GraphError, ThrottledGraphError, TransientGraphError

from ..models import Post, PostCorrection, PostEvent, PostStatus
from ..selectors import post_roles
from ..transitions import APPROVER, WRITER, Action


def _log(post: Post, actor: User | None, action: str, comment: str, text: str = "") -> None:
    PostEvent.objects.create(
        post=post,
        actor=actor,
        created_at=timezone.now(),
        action=action,
        from_status=post.status,
        to_status=post.status,
        comment=comment,
        text=text,
    )


def _queue(correction_id: int) -> None:
    from ..tasks import correction_execute_task

    transaction.on_commit(lambda: correction_execute_task.delay(correction_id))


def correction_request(
    *, actor: User, post_id: int, kind: str, reason: str, new_text: str = "", urgent: bool = False
) -> PostCorrection:
    """Ask to correct or delete a published post. Writers and approvers of the page may ask;
    only the page's responsible person may mark it urgent, which skips approval."""
    reason = (reason or "").strip()
    new_text = (new_text or "").strip()
    if kind not in PostCorrection.Kind.values:
        raise DomainError(_("Choose whether to correct or to delete the post."))
    if not reason:
        raise DomainError(_("Please give a reason."))
    if kind == PostCorrection.Kind.EDIT and not new_text:
        raise DomainError(_("Write the corrected text."))
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("page").get(pk=post_id)
        roles = post_roles(user=actor, post=post)
        is_responsible = actor.pk == post.page.responsible_person_id
        if not (roles & {WRITER, APPROVER} or is_responsible):
            raise PermissionDeniedError(_("You may not correct this post."))
        if post.status != PostStatus.PUBLISHED:
            raise InvalidTransitionError(_("Only a published post can be corrected or deleted."))
        if urgent and not is_responsible:
            raise PermissionDeniedError(
                _("Only the page's responsible person may mark a correction urgent.")
            )
        now = timezone.now()
        correction = PostCorrection(
            post=post,
            kind=kind,
            new_text=new_text if kind == PostCorrection.Kind.EDIT else "",
            reason=reason,
            urgent=urgent,
            requested_by=actor,
            requested_at=now,
        )
        if urgent:
            correction.status = PostCorrection.Status.APPROVED
            correction.decided_by = actor
            correction.decided_at = now
        try:
            with transaction.atomic():
                correction.save()
        except IntegrityError as exc:
            raise DomainError(_("A correction of this post is already open.")) from exc
        _log(
            post,
            actor,
            f"correction_{kind}_urgent" if urgent else f"correction_{kind}_requested",
            reason,
            text=correction.new_text,
        )
        if urgent:
            _queue(correction.pk)
    return correction


def correction_decide(
    *, actor: User, correction_id: int, approve: bool, comment: str = ""
) -> PostCorrection:
    """An approver of the page (not the requester) approves or rejects a correction."""
    with transaction.atomic():
        correction = (
            PostCorrection.objects.select_for_update()
            .select_related("post__page")
            .get(pk=correction_id)
        )
        post = correction.post
        if (
            APPROVER not in post_roles(user=actor, post=post)
            or actor.pk == correction.requested_by_id
        ):
            raise PermissionDeniedError(
                _("Someone other than the requester, named by the activity policy, decides.")
            )
        if correction.status != PostCorrection.Status.PENDING:
            raise InvalidTransitionError(_("This correction has already been decided."))
        if not approve and not (comment or "").strip():
            raise DomainError(_("Please give a reason."))
        correction.status = (
            PostCorrection.Status.APPROVED if approve else PostCorrection.Status.REJECTED
        )
        correction.decided_by = actor
        correction.decided_at = timezone.now()
        correction.save(update_fields=["status", "decided_by", "decided_at"])
        _log(
            post,
            actor,
            "correction_approved" if approve else "correction_rejected",
            (comment or "").strip(),
        )
        if approve:
            _queue(correction.pk)
    return correction


def correction_execute(*, correction_id: int, client: GraphClient | None = None) -> str:
    """Carry an approved correction to Facebook (`POST /{post-id}` with the new message, or
    `DELETE /{post-id}`). Idempotent: only an approved correction is carried out; transient
    errors are raised for the task to retry."""
    correction = PostCorrection.objects.select_related("post__page").get(pk=correction_id)
    if correction.status != PostCorrection.Status.APPROVED:
        return correction.status
    post = correction.post
    token = post.page.page_access_token()
    client = client or GraphClient.from_settings()
    try:
        if correction.kind == PostCorrection.Kind.EDIT:
            client.edit_post(post.facebook_post_id, token, message=correction.new_text)
        else:
            client.delete_post(post.facebook_post_id, token)
    except (TransientGraphError, ThrottledGraphError):
        raise
    except GraphError as exc:
        from .worker import failure_message

        with transaction.atomic():
            locked = PostCorrection.objects.select_for_update().get(pk=correction_id)
            if locked.status == PostCorrection.Status.APPROVED:
                locked.status = PostCorrection.Status.FAILED
                locked.failure_message = failure_message(exc)
                locked.save(update_fields=["status", "failure_message"])
                _log(post, None, "correction_failed", locked.failure_message)
        return "failed"
    with transaction.atomic():
        locked = PostCorrection.objects.select_for_update().get(pk=correction_id)
        if locked.status != PostCorrection.Status.APPROVED:
            return locked.status
        locked.status = PostCorrection.Status.DONE
        locked.done_at = timezone.now()
        locked.save(update_fields=["status", "done_at"])
        if locked.kind == PostCorrection.Kind.EDIT:
            Post.objects.filter(pk=post.pk).update(approved_text=locked.new_text)
            _log(post, None, "correction_done", locked.reason, text=locked.new_text)
        else:
            from .drafts import post_transition

            post_transition(
                post_id=post.pk, action=Action.DELETED, actor=None, comment=locked.reason
            )
    return "done"
