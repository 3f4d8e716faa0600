"""The moderation audit log: append-only, hash-chained, never holding a comment's text."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .decisions import BulkDecision, Decision
from .outbox import ModerationAction


class AuditEntry(models.Model):
    """The moderation audit log: every decision, outbox result and crisis-mode switch.

    Append-only: the admin is read-only, no code path updates or deletes a row, and on
    PostgreSQL a trigger refuses UPDATE and DELETE (migration 0005). Each row carries a hash
    over its content and the previous row's hash (``moderation.audit_chain``), so an edit made
    around the trigger is found by ``manage.py verify_audit``. It never holds the
    comment's text, so purging text after the retention period leaves the log whole.
    """

    class Event(models.TextChoices):
        DECISION = "decision", _("Decision")
        BULK_DECISION = "bulk_decision", _("Bulk decision")
        ACTION_DONE = "action_done", _("Done on Facebook")
        ACTION_FAILED = "action_failed", _("Facebook action failed")
        ACTION_RETRIED = "action_retried", _("Facebook action retried")
        CRISIS_ON = "crisis_on", _("Crisis mode switched on")
        CRISIS_OFF = "crisis_off", _("Crisis mode switched off")
        TEXT_PURGED = "text_purged", _("Comment text purged after the retention period")
        STALE_FLAGS_CLOSED = "stale_flags_closed", _("Flags closed after a rule change")
        PAGE_WITHDRAWN = "page_withdrawn", _("Page withdrawn: open flags closed")
        RETENTION_RUN = "retention_run", _("Retention run")
        DISCLOSURE_RELEASED = "disclosure_released", _("Disclosure export released")
        CHAIN_ANCHOR = "chain_anchor", _("Daily audit chain anchor")

    event = models.CharField(_("event"), max_length=20, choices=Event.choices)
    created_at = models.DateTimeField(_("at"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
        help_text=_("Empty for the system (a rule or the outbox worker)."),
    )
    page = models.ForeignKey(
        "pages.OfficialPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("page"),
    )
    comment = models.ForeignKey(
        "comments.Comment",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("comment"),
    )
    decision = models.ForeignKey(
        Decision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decision"),
    )
    action = models.ForeignKey(
        ModerationAction,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Facebook action"),
    )
    batch = models.ForeignKey(
        BulkDecision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("bulk decision"),
    )
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    # The hash chain (moderation.audit_chain): written once, with the row, never changed.
    prev_hash = models.CharField(_("previous row's hash"), max_length=64, editable=False)
    row_hash = models.CharField(_("hash"), max_length=64, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        indexes = [
            models.Index(fields=["page", "-created_at"], name="audit_page_created"),
            models.Index(fields=["actor", "-created_at"], name="audit_actor_created"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.event}"
