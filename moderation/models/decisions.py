"""Decisions: what the secretariat (or an auto-hide rule) decided about a comment, the bulk
decisions that group many, and the reason templates the decision forms offer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from guidelines.clauses import Clause


class BulkDecision(models.Model):
    """One decision taken on many comments at once (the queue's bulk form, or crisis mode
    hiding the flagged comments already on a page): its items are the ``Decision`` rows that
    point at it, and the audit log holds ONE entry for it, which expands to those items."""

    class Source(models.TextChoices):
        QUEUE = "queue", _("Review queue selection")
        FILTER = "filter", _("Every comment matching a filter")
        CRISIS = "crisis", _("Crisis mode")
        CRISIS_UNDO = "crisis_undo", _("Crisis mode switched off")

    action = models.CharField(_("decision"), max_length=16)
    clause = models.CharField(_("clause cited"), max_length=32, blank=True)
    reason = models.TextField(_("reason"))
    source = models.CharField(
        _("source"), max_length=16, choices=Source.choices, default=Source.QUEUE
    )
    filter_query = models.CharField(_("filter"), max_length=2000, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decided by"),
    )
    created_at = models.DateTimeField(_("decided at"), db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("bulk decision")
        verbose_name_plural = _("bulk decisions")

    def __str__(self) -> str:
        return f"bulk {self.action} #{self.pk}"


class ReasonTemplate(models.Model):
    """A reason the secretariat writes once and picks in the decision forms, per clause."""

    clause = models.CharField(_("clause"), max_length=32, choices=Clause.choices)
    title = models.CharField(_("title"), max_length=100)
    text = models.TextField(_("reason"), max_length=2000)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["clause", "title", "id"]
        verbose_name = _("reason template")
        verbose_name_plural = _("reason templates")

    def __str__(self) -> str:
        return self.title


class Decision(models.Model):
    """What the secretariat (or an auto-hide rule) decided about a comment. Never edited or
    deleted: a later decision supersedes an earlier one; together they are the audit log."""

    class Action(models.TextChoices):
        KEEP = "keep", _("Keep (false flag)")
        HIDE = "hide", _("Hide")
        UNHIDE = "unhide", _("Unhide")
        DELETE = "delete", _("Delete")
        BLOCK = "block", _("Block the author")
        ESCALATE = "escalate", _("Escalate (police)")
        # Closes a withdrawn page's open flags (one audited bulk close, ページ廃止).
        PAGE_WITHDRAWN = "page_withdrawn", _("Closed: page withdrawn")

    comment = models.ForeignKey(
        "comments.Comment",
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("comment"),
    )
    action = models.CharField(_("decision"), max_length=16, choices=Action.choices)
    # Keeping a comment (a false flag) cites no clause.
    clause = models.CharField(_("clause cited"), max_length=32, choices=Clause.choices, blank=True)
    reason = models.TextField(_("reason"))
    batch = models.ForeignKey(
        BulkDecision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("bulk decision"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decided by"),
        help_text=_("Empty for an automatic decision by a rule."),
    )
    created_at = models.DateTimeField(_("decided at"), db_index=True)
    # An escalation (a threat) records whom the city told at the police.
    police_station = models.CharField(_("police station"), max_length=200, blank=True)
    police_officer = models.CharField(_("officer"), max_length=200, blank=True)
    police_reference = models.CharField(_("police reference"), max_length=200, blank=True)
    police_contacted_at = models.DateTimeField(_("police contacted at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    action__in=[
                        "keep",
                        "hide",
                        "unhide",
                        "delete",
                        "block",
                        "escalate",
                        "page_withdrawn",
                    ]
                ),
                name="decision_action_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(action="escalate") | ~models.Q(police_station=""),
                name="decision_escalation_names_police",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.comment_id}"
