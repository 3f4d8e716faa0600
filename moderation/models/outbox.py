"""The outbox: the calls to Facebook that decisions need, carried out after commit."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .decisions import Decision


class ModerationAction(models.Model):
    """The outbox: one call to Facebook that a decision needs (hide, unhide, delete, block).

    Written with the decision, carried out after commit by a Celery task with retries. The
    comment's ``is_hidden`` / ``is_deleted`` change only when Facebook confirms.
    """

    class Kind(models.TextChoices):
        HIDE = "hide", _("Hide")
        UNHIDE = "unhide", _("Unhide")
        DELETE = "delete", _("Delete")
        BLOCK = "block", _("Block the author")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for Facebook")
        DONE = "done", _("Done on Facebook")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled (not sent)")

    decision = models.ForeignKey(
        Decision, on_delete=models.PROTECT, related_name="actions", verbose_name=_("decision")
    )
    comment = models.ForeignKey(
        "comments.Comment",
        on_delete=models.PROTECT,
        related_name="moderation_actions",
        verbose_name=_("comment"),
    )
    kind = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, editable=False
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    # Why it failed or was cancelled, as a code (moderation/outbox_errors.py explains it).
    error_code = models.CharField(_("error code"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("queued at"), db_index=True)
    updated_at = models.DateTimeField(_("updated at"))
    done_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    sent_at = models.DateTimeField(
        _("sent at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When a call to Facebook started and its answer is not recorded yet. If the worker "
            "dies mid-call, the next attempt reads Facebook's state instead of sending again."
        ),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("Facebook action")
        verbose_name_plural = _("Facebook actions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["hide", "unhide", "delete", "block"]),
                name="moderation_action_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "done", "failed", "cancelled"]),
                name="moderation_action_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="done") | models.Q(done_at__isnull=False),
                name="moderation_action_done_has_time",
            ),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="modaction_status")]

    def __str__(self) -> str:
        return f"{self.kind} {self.comment_id} ({self.status})"

    @property
    def error_explanation(self) -> str:
        """What the failure or cancellation means and what to do (in the user's language)."""
        from ..outbox_errors import explain

        return explain(self.error_code)

    @property
    def is_retryable(self) -> bool:
        """A failed action whose retry can succeed (see `outbox_errors.can_retry`)."""
        from pages.models import OPERATING_STATUSES

        if self.status != self.Status.FAILED:
            return False
        from ..outbox_errors import can_retry

        page = self.comment.page
        checked = page.connection_checked_at
        return can_retry(
            code=self.error_code,
            page_live=page.status in OPERATING_STATUSES and page.has_token,
            reconnected_since_failure=bool(
                checked and checked > self.updated_at and page.connection_state == "ok"
            ),
        )
