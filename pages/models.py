"""Official Facebook pages of the city's departments and their lifecycle.

A department (担当課) applies to open its page (開設), runs it under its activity policy,
has it reviewed for continuation (運用継続) and withdraws it (撤退). The lifecycle is the
table in `pages/transitions.py`; `status` is written only by `pages.services.page_transition`.

Rule chosen from the guidelines ("オフィシャルサイトは担当課ごとに作成"): a department has at most
one live page at a time (any status but withdrawn, rejected or cancelled). A change of
purpose is a revision of the activity policy, which the ICT office approves again; a new
page for the same department can be applied for once the old one is withdrawn.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ishinomaki_sns.common.crypto import EncryptedTextField, Secret
from ishinomaki_sns.common.models import TimeStampedModel


class PageStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Application submitted")
    RETURNED = "returned", _("Returned for changes")
    REJECTED = "rejected", _("Rejected")
    CANCELLED = "cancelled", _("Cancelled")
    APPROVED = "approved", _("Approved, waiting for connection")
    ACTIVE = "active", _("Active")
    REVIEW_DUE = "review_due", _("Continuation review open")
    CONTINUATION_ANSWERED = "continuation_answered", _("Continuation answered")
    WITHDRAWAL_REQUESTED = "withdrawal_requested", _("Withdrawal requested")
    WITHDRAWAL_APPROVED = "withdrawal_approved", _("Withdrawal approved, closing")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Statuses in which a page no longer occupies its department's slot.
CLOSED_STATUSES = (PageStatus.WITHDRAWN, PageStatus.REJECTED, PageStatus.CANCELLED)
# Statuses in which the page exists on Facebook and is run by the department.
OPERATING_STATUSES = (
    PageStatus.ACTIVE,
    PageStatus.REVIEW_DUE,
    PageStatus.CONTINUATION_ANSWERED,
    PageStatus.WITHDRAWAL_REQUESTED,
    PageStatus.WITHDRAWAL_APPROVED,
)
# Statuses listed in the public registry: the city vouches for the page.
REGISTRY_STATUSES = (
    PageStatus.ACTIVE,
    PageStatus.REVIEW_DUE,
    PageStatus.CONTINUATION_ANSWERED,
    PageStatus.WITHDRAWAL_REQUESTED,
)


class ConnectionState(models.TextChoices):
    NONE = "none", _("Not connected")
    OK = "ok", _("Connected")
    BROKEN = "broken", _("Broken")


class ReviewReason(models.TextChoices):
    YEARLY = "yearly", _("Yearly review date reached")
    DORMANT = "dormant", _("No posts for a long time")
    CONNECTION_BROKEN = "connection_broken", _("Connection to Facebook broken")
    MANUAL = "manual", _("Opened by the ICT Promotion Office")


class OfficialPage(TimeStampedModel):
    """A department's official Facebook page, from application to withdrawal.

    The row is kept forever (withdrawn pages stay as history). The Page access token is
    stored encrypted and read back as a `Secret`; it is never rendered, logged or exported.
    """

    department = models.ForeignKey(
        "accounts.Department",
        on_delete=models.PROTECT,
        related_name="official_pages",
        verbose_name=_("department"),
    )
    name = models.CharField(_("page name"), max_length=150)
    purpose = models.TextField(_("purpose"))
    responsible_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="responsible_pages",
        verbose_name=_("responsible person (運用管理責任者)"),
    )
    operators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="operated_pages",
        verbose_name=_("operators"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("applicant"),
    )
    status = models.CharField(
        _("status"),
        max_length=32,
        choices=PageStatus.choices,
        default=PageStatus.DRAFT,
        editable=False,
    )

    # Facebook connection (filled when the department connects the approved page).
    facebook_page_id = models.CharField(
        _("Facebook page ID"), max_length=32, blank=True, editable=False
    )
    facebook_url = models.URLField(_("Facebook URL"), blank=True, editable=False)
    facebook_username = models.CharField(
        _("Facebook user name"), max_length=100, blank=True, editable=False
    )
    access_token = EncryptedTextField(_("Page access token"), blank=True, editable=False)
    connection_state = models.CharField(
        _("connection"),
        max_length=16,
        choices=ConnectionState.choices,
        default=ConnectionState.NONE,
        editable=False,
    )
    connection_error = models.CharField(
        _("connection problem"), max_length=300, blank=True, editable=False
    )
    connection_checked_at = models.DateTimeField(
        _("connection checked at"), null=True, blank=True, editable=False
    )
    token_scopes = models.JSONField(_("token permissions"), default=list, editable=False)

    # Operation and continuation.
    opened_on = models.DateField(_("opened on"), null=True, blank=True, editable=False)
    last_post_at = models.DateTimeField(_("last post at"), null=True, blank=True, editable=False)
    # Dormancy is measured from the later of the last post and this moment (connection,
    # approved continuation), so a page just confirmed is not reopened for review at once.
    dormancy_baseline_at = models.DateTimeField(null=True, blank=True, editable=False)
    next_review_on = models.DateField(_("next review on"), null=True, blank=True, editable=False)
    review_reason = models.CharField(
        _("review reason"), max_length=32, choices=ReviewReason.choices, blank=True, editable=False
    )
    review_opened_at = models.DateTimeField(
        _("review opened at"), null=True, blank=True, editable=False
    )
    review_answer_due_on = models.DateField(
        _("review answer due on"), null=True, blank=True, editable=False
    )

    # Withdrawal checklist (all three before the page is withdrawn).
    closure_announced_at = models.DateTimeField(
        _("closure announced at"), null=True, blank=True, editable=False
    )
    token_revoked_at = models.DateTimeField(
        _("token revoked at"), null=True, blank=True, editable=False
    )
    records_kept_at = models.DateTimeField(
        _("records kept at"), null=True, blank=True, editable=False
    )
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["department__division__sort_order", "department__code", "-created_at"]
        verbose_name = _("official page")
        verbose_name_plural = _("official pages")
        permissions = [
            ("review_page", _("Can decide applications, continuation and withdrawal of pages")),
        ]
        constraints = [
            models.CheckConstraint(
                name="officialpage_status_valid", condition=Q(status__in=PageStatus.values)
            ),
            models.CheckConstraint(
                name="officialpage_connection_state_valid",
                condition=Q(connection_state__in=ConnectionState.values),
            ),
            models.UniqueConstraint(
                fields=["department"],
                condition=~Q(status__in=CLOSED_STATUSES),
                name="officialpage_one_live_page_per_department",
                violation_error_message=_("This department already has an official page."),
            ),
            models.UniqueConstraint(
                fields=["facebook_page_id"],
                condition=~Q(facebook_page_id="") & ~Q(status__in=CLOSED_STATUSES),
                name="officialpage_facebook_page_once",
                violation_error_message=_(
                    "This Facebook page is already connected to another official page."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def page_access_token(self) -> str:
        """The decrypted Page access token, for calling Facebook only (never log or show it)."""
        token = self.access_token
        if not token:
            return ""
        return token.reveal() if isinstance(token, Secret) else str(token)

    @property
    def has_token(self) -> bool:
        return bool(self.access_token)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def is_listed(self) -> bool:
        return self.status in REGISTRY_STATUSES

    @property
    def status_css(self) -> str:
        if self.status in (PageStatus.ACTIVE,):
            return "active"
        if self.status in (PageStatus.REJECTED, PageStatus.WITHDRAWN, PageStatus.CANCELLED):
            return "neutral"
        if self.status == PageStatus.REVIEW_DUE or self.connection_state == ConnectionState.BROKEN:
            return "attention"
        return "pending"


class PageRequest(models.Model):
    """A request waiting for the ICT office: to open, to continue, or to withdraw a page.

    Written only by the transition service. The database allows one pending request per
    page (like Wagtail's one in-progress workflow per page); the decision keeps who and when.
    """

    class Kind(models.TextChoices):
        OPEN = "open", _("Application to open")
        CONTINUATION = "continuation", _("Continuation answer")
        WITHDRAWAL = "withdrawal", _("Withdrawal request")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned")
        REJECTED = "rejected", _("Rejected")
        DECLINED = "declined", _("Declined")

    page = models.ForeignKey(
        OfficialPage, on_delete=models.CASCADE, related_name="requests", verbose_name=_("page")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_comment = models.TextField(_("decision comment"), blank=True)
    # The application as submitted (text per field), so that after a return both sides see
    # what changed since (pages/application_diff.py).
    snapshot = models.JSONField(_("as submitted"), default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("page request")
        verbose_name_plural = _("page requests")
        constraints = [
            models.UniqueConstraint(
                fields=["page"],
                condition=Q(status="pending"),
                name="pagerequest_one_pending_per_page",
            ),
            models.CheckConstraint(
                name="pagerequest_kind_valid",
                condition=Q(kind__in=["open", "continuation", "withdrawal"]),
            ),
            models.CheckConstraint(
                name="pagerequest_status_valid",
                condition=Q(status__in=["pending", "approved", "returned", "rejected", "declined"]),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page} — {self.get_kind_display()} ({self.get_status_display()})"


class PageEvent(models.Model):
    """One row of a page's timeline: who did what, when, from which status to which.

    Written in the same transaction as the change it records. Events that do not change the
    status (connection broken, policy revision approved) have `from_status == to_status`.
    """

    page = models.ForeignKey(
        OfficialPage, on_delete=models.CASCADE, related_name="events", verbose_name=_("page")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("actor"),
    )
    created_at = models.DateTimeField(_("at"), db_index=True)
    action = models.CharField(_("action"), max_length=32)
    from_status = models.CharField(_("from"), max_length=32, choices=PageStatus.choices)
    to_status = models.CharField(_("to"), max_length=32, choices=PageStatus.choices)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("page event")
        verbose_name_plural = _("page events")

    def __str__(self) -> str:
        return f"{self.page} {self.action} {self.from_status}→{self.to_status}"

    @property
    def action_label(self) -> str:
        from .transitions import ACTIONS, EVENT_LABELS

        if self.action in ACTIONS:
            return str(ACTIONS[self.action].label)
        return str(EVENT_LABELS.get(self.action, self.action))


# Kept in its own module (the worker's bookkeeping, not the lifecycle); imported here so that
# Django and `from pages.models import ...` find it.
from .models_webhooks import PageWebhookSubscription  # noqa: E402, F401
