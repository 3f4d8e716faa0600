"""Screening rules: what the engine matches, per operating-policy clause.

A rule belongs to one clause (its code, ``guidelines.clauses.Clause``), has a kind (term
list, regular expression, personal-information detectors, link rule, repetition, or
exceptions), a severity and a default action. Its ``config`` is validated by
``moderation.services`` before anything is stored, so the engine never meets an invalid
rule. Every change bumps the rule's ``version``, writes a ``RuleRevision`` with the old
values, and bumps the single global ``RulesVersion`` so that workers rebuild their engine.
Flags cite a rule and its version; decisions, outbox actions, crisis-mode switches and
the audit log record what the secretariat (or an auto-hide rule) did about them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from guidelines.clauses import URGENT, Clause
from ishinomaki_sns.common.models import TimeStampedModel


class Rule(TimeStampedModel):
    """One screening rule; written only by ``moderation.services``."""

    class Kind(models.TextChoices):
        TERMS = "terms", _("Term list")
        REGEX = "regex", _("Regular expression")
        PII = "pii", _("Personal information")
        LINK = "link", _("Links")
        REPETITION = "repetition", _("Repetition")
        EXCEPTION = "exception", _("Exceptions for every rule (innocent words)")
        PATTERN = "pattern", _("Pattern (a target and a predicate in one sentence)")
        # The learned scorer's flags (issue 11) cite this kind's one rule; the engine skips it.
        LEARNED = "learned", _("Learned model")

    class Severity(models.TextChoices):
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")
        CRITICAL = "critical", _("Critical")

    class Action(models.TextChoices):
        FLAG = "flag", _("Flag for review")
        AUTO_HIDE = "auto_hide", _("Hide automatically")

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    clause = models.CharField(_("clause"), max_length=40, choices=Clause.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    severity = models.CharField(
        _("severity"), max_length=10, choices=Severity.choices, default=Severity.MEDIUM
    )
    action = models.CharField(
        _("action"), max_length=10, choices=Action.choices, default=Action.FLAG
    )
    config = models.JSONField(_("configuration"), default=dict, blank=True)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the rule detects and why, for the people who review its flags."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        ordering = ["clause", "slug"]
        verbose_name = _("rule")
        verbose_name_plural = _("rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    kind__in=[
                        "terms",
                        "regex",
                        "pii",
                        "link",
                        "repetition",
                        "exception",
                        "pattern",
                        "learned",
                    ]
                ),
                name="moderation_rule_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(severity__in=["low", "medium", "high", "critical"]),
                name="moderation_rule_severity_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(action__in=["flag", "auto_hide"]),
                name="moderation_rule_action_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.slug})"


class RuleRevision(models.Model):
    """A change to a rule: who, when, what kind of change, and the values before it."""

    class Change(models.TextChoices):
        CREATED = "created", _("Created")
        UPDATED = "updated", _("Updated")
        ENABLED = "enabled", _("Enabled")
        DISABLED = "disabled", _("Disabled")

    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField(_("version"))
    change = models.CharField(_("change"), max_length=10, choices=Change.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    created_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    old_values = models.JSONField(_("values before"), default=dict, blank=True)
    new_values = models.JSONField(_("values after"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("rule revision")
        verbose_name_plural = _("rule revisions")
        constraints = [
            models.UniqueConstraint(fields=["rule", "version"], name="moderation_revision_unique")
        ]

    def __str__(self) -> str:
        return f"{self.rule_id} v{self.version} {self.change}"


class RulesVersion(models.Model):
    """The single global rules version (row id 1), bumped on every rule change.

    Workers compare it with the version their engine was built for and rebuild when it moved.
    """

    number = models.PositiveBigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("rules version")
        verbose_name_plural = _("rules versions")

    def __str__(self) -> str:
        return str(self.number)


class Flag(models.Model):
    """A rule fired on a comment: which clause, where in the text, under which rule version.

    Flags are public records: they stay after the comment is hidden or deleted on Facebook.
    Screening the same comment text again with the same rule version adds nothing (unique).
    """

    comment = models.ForeignKey(
        "comments.Comment",
        on_delete=models.PROTECT,
        related_name="flags",
        verbose_name=_("comment"),
    )
    rule = models.ForeignKey(
        Rule, on_delete=models.PROTECT, related_name="flags", verbose_name=_("rule")
    )
    rule_version = models.PositiveIntegerField(_("rule version"))
    clause = models.CharField(_("clause"), max_length=32, choices=Clause.choices)
    severity = models.CharField(_("severity"), max_length=16, choices=Rule.Severity.choices)
    spans = models.JSONField(
        _("matched spans"),
        default=list,
        help_text=_("[[start, end], ...] in code points of the text screened."),
    )
    message_screened = models.TextField(_("text screened"), blank=True)
    # A dictionary upgrade changes word boundaries and dictionary forms, and so which
    # comments a rule matches: each flag says which analyser read the text.
    analyser = models.CharField(_("analyser"), max_length=100, blank=True)
    score = models.FloatField(
        _("learned score"),
        null=True,
        blank=True,
        help_text=_(
            "The learned model's probability that the comment is harmful (its flags only)."
        ),
    )
    created_at = models.DateTimeField(_("flagged at"), db_index=True)
    decision = models.ForeignKey(
        "Decision",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="flags_closed",
        verbose_name=_("reviewed by decision"),
        help_text=_("The person's decision that closed this flag; empty while it is open."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "rule", "rule_version", "message_screened"],
                name="flag_once_per_rule_version_text",
            ),
        ]
        indexes = [
            models.Index(fields=["clause", "-created_at"], name="flag_clause_created"),
            models.Index(
                fields=["comment"],
                name="flag_open_comment",
                condition=models.Q(decision__isnull=True),
            ),
        ]
        permissions = [
            ("review_flag", "Can see the review queue of every page"),
            ("decide_flag", "Can decide on flagged comments"),
            ("set_crisis_mode", "Can switch a page's crisis mode"),
        ]

    def __str__(self) -> str:
        return f"{self.clause} on {self.comment_id}"

    @property
    def is_urgent(self) -> bool:
        return self.clause in URGENT


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
        from .outbox_errors import explain

        return explain(self.error_code)

    @property
    def is_retryable(self) -> bool:
        """A failed action whose retry can succeed (see `outbox_errors.can_retry`)."""
        from pages.models import OPERATING_STATUSES

        if self.status != self.Status.FAILED:
            return False
        from .outbox_errors import can_retry

        page = self.comment.page
        checked = page.connection_checked_at
        return can_retry(
            code=self.error_code,
            page_live=page.status in OPERATING_STATUSES and page.has_token,
            reconnected_since_failure=bool(
                checked and checked > self.updated_at and page.connection_state == "ok"
            ),
        )


class CrisisModeChange(models.Model):
    """The secretariat switched a page's crisis mode on or off (append-only; the newest row
    per page is the current state). While on, every newly flagged comment on the page is
    hidden at once, pending review."""

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.PROTECT,
        related_name="crisis_mode_changes",
        verbose_name=_("page"),
    )
    enabled = models.BooleanField(_("crisis mode on"))
    reason = models.TextField(_("reason"), blank=True)
    incident = models.ForeignKey(
        "incidents.Incident",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="crisis_mode_changes",
        verbose_name=_("incident"),
    )
    # Switching on may hide the flagged comments already on the page (one bulk decision);
    # switching off may unhide exactly those.
    batch = models.ForeignKey(
        BulkDecision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("bulk decision"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("switched by"),
    )
    created_at = models.DateTimeField(_("switched at"), db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("crisis mode change")
        verbose_name_plural = _("crisis mode changes")

    def __str__(self) -> str:
        return f"{self.page_id} crisis={'on' if self.enabled else 'off'}"


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
