"""Posts the city writes in the portal and publishes on its pages (issue 15).

A post is written as a draft for one official page, screened by the moderation engine,
approved by the approver the page's activity policy names (never its author), and
published by the worker at its target time, exactly once. The lifecycle is the table in
`publishing/transitions.py`; `status` is written only by `publishing.services`.
`PostEvent` is the post's audit log (append-only), and keeps the exact text approved and
published.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ishinomaki_sns.common.models import TimeStampedModel

MAX_IMAGES = 10


class PostStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Waiting for approval")
    RETURNED = "returned", _("Returned for changes")
    REJECTED = "rejected", _("Rejected")
    SCHEDULED = "scheduled", _("Approved, scheduled")
    PAUSED = "paused", _("Paused")
    PUBLISHING = "publishing", _("Being published")
    PUBLISHED = "published", _("Published")
    FAILED = "failed", _("Publishing failed")
    LAPSED = "lapsed", _("Approval lapsed")
    CANCELLED = "cancelled", _("Cancelled")
    DELETED = "deleted", _("Deleted from Facebook")


# Statuses in which the text may still change (a change withdraws any approval).
EDITABLE_STATUSES = (
    PostStatus.DRAFT,
    PostStatus.RETURNED,
    PostStatus.PENDING,
    PostStatus.SCHEDULED,
    PostStatus.PAUSED,
    PostStatus.FAILED,
    PostStatus.LAPSED,
)
# Statuses shown on the calendar.
CALENDAR_STATUSES = (
    PostStatus.PENDING,
    PostStatus.SCHEDULED,
    PostStatus.PAUSED,
    PostStatus.PUBLISHING,
    PostStatus.PUBLISHED,
    PostStatus.FAILED,
)


class Post(TimeStampedModel):
    """One post for one official page, from draft to published (or deleted) on Facebook.

    `approved_text`/`approved_link` are frozen at approval and are what the worker sends;
    `attempt_started_at`/`lease_until` record a publishing attempt before the request goes
    out, so that after a crash the worker looks for the post on the feed before retrying.
    """

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.PROTECT,
        related_name="city_posts",
        verbose_name=_("page"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"))
    link = models.URLField(_("link"), blank=True, max_length=500)
    target_at = models.DateTimeField(_("publish at"), db_index=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=PostStatus.choices,
        default=PostStatus.DRAFT,
        editable=False,
    )
    # Screening: what the engine found, which of it the author acknowledged, the link check.
    findings = models.JSONField(default=list, editable=False)
    acknowledged = models.JSONField(default=list, editable=False)
    link_check = models.JSONField(default=dict, editable=False)

    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("approved by"),
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True, editable=False)
    approval_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    approved_text = models.TextField(blank=True, editable=False)
    approved_link = models.CharField(max_length=500, blank=True, editable=False)
    decision_comment = models.TextField(_("decision comment"), blank=True, editable=False)
    pause_reason = models.CharField(max_length=200, blank=True, editable=False)

    attempt_count = models.PositiveIntegerField(default=0, editable=False)
    first_attempt_at = models.DateTimeField(null=True, blank=True, editable=False)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    facebook_post_id = models.CharField(max_length=80, blank=True, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    failure_message = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["target_at", "id"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        permissions = [
            ("view_all_posts", _("Can see every page's posts and calendar")),
            ("set_disaster_mode", _("Can pause every page's scheduled posts (disaster mode)")),
        ]
        constraints = [
            models.CheckConstraint(
                name="publishing_post_status_valid", condition=Q(status__in=PostStatus.values)
            ),
            models.UniqueConstraint(
                fields=["facebook_post_id"],
                condition=~Q(facebook_post_id=""),
                name="publishing_post_facebook_id_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page} {self.target_at:%Y-%m-%d %H:%M} ({self.status})"


class PostImage(models.Model):
    """An image stored with its post (bytes in the database: the post is one record), with
    the alternative text screen readers announce (required)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="images")
    position = models.PositiveSmallIntegerField(default=0)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=40)
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    alt_text = models.CharField(_("alternative text"), max_length=500)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("post image")
        verbose_name_plural = _("post images")

    def __str__(self) -> str:
        return self.filename


class PostCorrection(models.Model):
    """A request to correct (new message) or delete a published post. Goes through approval
    unless the page's responsible person marks it urgent; carried out by the worker."""

    class Kind(models.TextChoices):
        EDIT = "edit", _("Correct the text")
        DELETE = "delete", _("Delete the post")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved, being carried out")
        REJECTED = "rejected", _("Rejected")
        DONE = "done", _("Done on Facebook")
        FAILED = "failed", _("Failed")

    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="corrections")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    new_text = models.TextField(_("new text"), blank=True)
    reason = models.TextField(_("reason"))
    urgent = models.BooleanField(_("urgent"), default=False)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, editable=False
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    requested_at = models.DateTimeField(editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    done_at = models.DateTimeField(null=True, blank=True, editable=False)
    failure_message = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("post correction")
        verbose_name_plural = _("post corrections")
        constraints = [
            models.UniqueConstraint(
                fields=["post"],
                condition=Q(status__in=["pending", "approved"]),
                name="publishing_one_open_correction_per_post",
            ),
            models.CheckConstraint(
                name="publishing_correction_status_valid",
                condition=Q(status__in=["pending", "approved", "rejected", "done", "failed"]),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.post_id} {self.kind} ({self.status})"


class PostEvent(models.Model):
    """The post's audit log: who did what, when, from which status to which, with the text
    as it stood (approval and publishing keep the exact text). Append-only."""

    post = models.ForeignKey(Post, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("at"), db_index=True)
    action = models.CharField(_("action"), max_length=32)
    from_status = models.CharField(max_length=16, choices=PostStatus.choices)
    to_status = models.CharField(max_length=16, choices=PostStatus.choices)
    comment = models.TextField(_("comment"), blank=True)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("post event")
        verbose_name_plural = _("post events")

    def __str__(self) -> str:
        return f"{self.post_id} {self.action} {self.from_status}->{self.to_status}"

    @property
    def action_label(self) -> str:
        from .transitions import ACTIONS, EVENT_LABELS

        if self.action in EVENT_LABELS:
            return str(EVENT_LABELS[self.action])
        if self.action in ACTIONS:
            return str(ACTIONS[self.action].label)
        return self.action


class DisasterModeChange(models.Model):
    """The ICT office switched the city-wide disaster mode (災害時) on or off. Append-only;
    the newest row is the current state. While on, no scheduled post of any page goes out."""

    enabled = models.BooleanField(_("disaster mode on"))
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("disaster mode change")
        verbose_name_plural = _("disaster mode changes")

    def __str__(self) -> str:
        return f"disaster={'on' if self.enabled else 'off'} {self.created_at:%Y-%m-%d %H:%M}"
