"""The operating policy (運用方針), the activity policies (活用方針) of pages, and SNS training.

- The operating policy is public and versioned; the Regional Informatization Promotion HQ
  adopts each version, the ICT office drafts and publishes it. Clauses carry the stable
  codes of `guidelines.clauses.Clause` that rules, flags and decisions cite.
- An activity policy is a page's own policy, one row per version. The version in force
  stays in force while a revision waits for the ICT office's approval.
- Training sessions (庁内勉強会) and who attended them: a page's responsible person must
  have attended before the application can be submitted.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ishinomaki_sns.common.models import TimeStampedModel

from .clauses import Clause


class TrainingSession(TimeStampedModel):
    """One SNS course (庁内勉強会 / SNS活用講座) held for staff."""

    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("held on"))
    location = models.CharField(_("location"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="TrainingAttendance",
        through_fields=("session", "user"),
        related_name="training_sessions",
        verbose_name=_("attendees"),
    )

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        permissions = [("manage_training", _("Can record training sessions and attendance"))]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"


class TrainingAttendance(models.Model):
    """A staff member attended a training session (recorded by the ICT office)."""

    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="attendance"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="training_attendance"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("training attendance")
        verbose_name_plural = _("training attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"], name="trainingattendance_once_per_session"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.session}"


class OperatingPolicy(TimeStampedModel):
    """One version of the public operating policy. A draft until published; then frozen.

    The newest published version is the policy in force and is shown at /policy/.
    """

    version = models.PositiveIntegerField(_("version"), unique=True)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    preamble_ja = models.TextField(_("preamble (Japanese)"))
    preamble_en = models.TextField(_("preamble (English)"))
    response_ja = models.TextField(_("the city's response (Japanese)"), blank=True)
    response_en = models.TextField(_("the city's response (English)"), blank=True)
    ip_ja = models.TextField(_("intellectual property (Japanese)"))
    ip_en = models.TextField(_("intellectual property (English)"))
    disclaimer_ja = models.TextField(_("disclaimer (Japanese)"))
    disclaimer_en = models.TextField(_("disclaimer (English)"))
    adopted_on = models.DateField(_("adopted by the HQ on"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-version"]
        verbose_name = _("operating policy version")
        verbose_name_plural = _("operating policy versions")
        permissions = [("manage_operating_policy", _("Can draft and publish the operating policy"))]
        constraints = [
            models.CheckConstraint(
                name="operatingpolicy_published_needs_adoption",
                condition=Q(published_at__isnull=True) | Q(adopted_on__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"v{self.version} {self.title_ja}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def localized(self, field: str, language: str) -> str:
        suffix = "en" if language.startswith("en") else "ja"
        return getattr(self, f"{field}_{suffix}")


class OperatingPolicyClause(models.Model):
    """A prohibited kind of post (禁止事項) in one version, with the city's default response."""

    policy = models.ForeignKey(OperatingPolicy, on_delete=models.CASCADE, related_name="clauses")
    code = models.CharField(_("code"), max_length=32, choices=Clause.choices)
    position = models.PositiveSmallIntegerField(_("position"))
    text_ja = models.TextField(_("clause (Japanese)"))
    text_en = models.TextField(_("clause (English)"))
    response_ja = models.TextField(_("default response (Japanese)"))
    response_en = models.TextField(_("default response (English)"))

    class Meta:
        ordering = ["position"]
        verbose_name = _("operating policy clause")
        verbose_name_plural = _("operating policy clauses")
        constraints = [
            models.UniqueConstraint(fields=["policy", "code"], name="clause_code_once_per_policy"),
            models.CheckConstraint(name="clause_code_valid", condition=Q(code__in=Clause.values)),
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.text_ja[:30]}"

    def localized(self, field: str, language: str) -> str:
        suffix = "en" if language.startswith("en") else "ja"
        return getattr(self, f"{field}_{suffix}")


class ActivityPolicyStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Waiting for approval")
    IN_FORCE = "in_force", _("In force")
    SUPERSEDED = "superseded", _("Superseded")
    REJECTED = "rejected", _("Rejected")


class ActivityPolicy(TimeStampedModel):
    """One version of a page's activity policy (活用方針).

    Version 1 travels with the application to open the page and comes into force when the
    page is approved. Later versions are revisions: the version in force stays in force
    until the ICT office approves the revision. `status` is written only by
    `pages.services.activity_policy_transition`.
    """

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.CASCADE,
        related_name="activity_policies",
        verbose_name=_("page"),
    )
    version = models.PositiveIntegerField(_("version"), editable=False)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ActivityPolicyStatus.choices,
        default=ActivityPolicyStatus.DRAFT,
        editable=False,
    )
    purpose = models.TextField(_("purpose"))
    target_audience = models.TextField(_("target audience"))
    content_themes = models.TextField(_("content to post"))
    posting_frequency = models.CharField(_("posting frequency"), max_length=200)
    posting_hours = models.CharField(
        _("hours"), max_length=200, default="平日 8:30〜17:15（必要に応じて時間外も投稿）"
    )
    # The hours above as data (records.office_hours reads it): {"weekdays": [0..6], "start":
    # "08:30", "end": "17:15", "holidays": true, "closed": ["12-29", ...]}; empty = default.
    office_hours = models.JSONField(_("office hours (structured)"), default=dict, blank=True)
    posters = models.TextField(_("who posts"))
    post_approver = models.CharField(_("who approves posts"), max_length=200)
    comment_handling = models.TextField(_("how comments and messages are handled"))
    inquiries_to = models.CharField(_("where questions go"), max_length=300)
    engagement_rules = models.TextField(_("like, share and follow rules"))
    deletion_standard = models.TextField(_("deletion standard"))
    deletion_clauses = models.JSONField(
        _("operating policy clauses applied"), default=list, blank=True
    )
    review_date = models.DateField(_("review date"))
    change_note = models.TextField(_("what changed and why"), blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    decision_comment = models.TextField(_("decision comment"), blank=True, editable=False)

    # Fields shown and compared, in order (the form, the detail page and the diff use them).
    CONTENT_FIELDS = (
        "purpose",
        "target_audience",
        "content_themes",
        "posting_frequency",
        "posting_hours",
        "posters",
        "post_approver",
        "comment_handling",
        "inquiries_to",
        "engagement_rules",
        "deletion_standard",
        "deletion_clauses",
        "review_date",
        "change_note",
    )

    class Meta:
        ordering = ["page", "-version"]
        verbose_name = _("activity policy")
        verbose_name_plural = _("activity policies")
        constraints = [
            models.UniqueConstraint(fields=["page", "version"], name="activitypolicy_version_once"),
            models.UniqueConstraint(
                fields=["page"],
                condition=Q(status="in_force"),
                name="activitypolicy_one_in_force_per_page",
            ),
            models.UniqueConstraint(
                fields=["page"],
                condition=Q(status__in=["draft", "pending"]),
                name="activitypolicy_one_revision_per_page",
            ),
            models.CheckConstraint(
                name="activitypolicy_status_valid",
                condition=Q(status__in=ActivityPolicyStatus.values),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page} v{self.version}"

    @property
    def clause_labels(self) -> list[str]:
        return [str(Clause(code).label) for code in self.deletion_clauses if code in Clause.values]
