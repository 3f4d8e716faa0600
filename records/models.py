"""Public records: disclosure requests, retention classes and legal holds, retention runs,
daily anchors of the audit chain, and the secretariat's time-to-hide target.

The portal's posts, comments, decisions and policies are administrative records (行政文書):
they are produced on a disclosure request (情報公開請求) with personal information redacted,
and kept for a retention period after which they are anonymised or deleted, unless a legal
hold stops it. Written only by ``records.services``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DisclosureRequest(models.Model):
    """One disclosure request: what to export, the built ZIP, and who released it.

    The creator may not release it: a second person reviews the redactions on the preview
    (the four-eyes rule, enforced in ``records.services.disclosure_release`` and by a
    database constraint).
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready for review")
        RELEASED = "released", _("Released")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("File deleted after retention")

    class Content(models.TextChoices):
        POSTS = "posts", _("Posts")
        COMMENTS = "comments", _("Comments")
        DECISIONS = "decisions", _("Decisions with reasons")
        POLICIES = "policies", _("Activity and operating policy versions")
        AUDIT = "audit", _("Audit log rows")

    reference = models.CharField(
        _("request reference"), max_length=100, help_text=_("The disclosure request's number.")
    )
    pages = models.ManyToManyField("pages.OfficialPage", related_name="+", verbose_name=_("pages"))
    date_from = models.DateField(_("Start date"))
    date_to = models.DateField(_("End date"))
    contents = models.JSONField(_("contents"), default=list)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("requested by"),
    )
    created_at = models.DateTimeField(_("requested at"))
    progress_done = models.PositiveBigIntegerField(_("rows written"), default=0)
    progress_total = models.PositiveBigIntegerField(_("rows to write"), default=0)
    file_path = models.CharField(_("file"), max_length=500, blank=True)
    file_size = models.PositiveBigIntegerField(_("file size"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    preview = models.JSONField(_("redaction preview"), default=dict, blank=True)
    built_at = models.DateTimeField(_("built at"), null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed and released by"),
    )
    released_at = models.DateTimeField(_("released at"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("disclosure request")
        verbose_name_plural = _("disclosure requests")
        permissions = [
            ("request_disclosure", "Can request a disclosure export"),
            ("release_disclosure", "Can review and release a disclosure export"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    status__in=["queued", "building", "ready", "released", "failed", "expired"]
                ),
                name="records_disclosure_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(released_by__isnull=True)
                | ~models.Q(released_by=models.F("created_by")),
                name="records_disclosure_second_person",
            ),
            models.CheckConstraint(
                condition=models.Q(date_from__lte=models.F("date_to")),
                name="records_disclosure_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def progress_percent(self) -> int:
        if not self.progress_total:
            return 100 if self.status in {"ready", "released"} else 0
        return min(100, int(self.progress_done * 100 / self.progress_total))


class RecordKind(models.TextChoices):
    """Each kind of record the retention job knows, with its action when it expires."""

    POSTS = "posts", _("Posts (text)")
    COMMENTS = "comments", _("Comments left visible (text and author)")
    MODERATED_TEXT = "moderated_text", _("Text of hidden or deleted comments")
    COMMENT_REVISIONS = "comment_revisions", _("Earlier texts of edited comments")
    WEBHOOK_DELIVERIES = "webhook_deliveries", _("Webhook deliveries")
    SYNC_RUNS = "sync_runs", _("Sync runs")
    DISCLOSURE_FILES = "disclosure_files", _("Disclosure export files")
    DECISIONS = "decisions", _("Flags, decisions and the audit log")


class RetentionClass(models.TextChoices):
    Y1 = "1", _("1 year")
    Y3 = "3", _("3 years")
    Y5 = "5", _("5 years")
    Y10 = "10", _("10 years")
    Y30 = "30", _("30 years")
    PERMANENT = "permanent", _("Permanent")


class RetentionPolicy(models.Model):
    """The retention class the ICT office set for one kind of record (defaults in
    ``records.retention.DEFAULTS`` apply to kinds without a row)."""

    kind = models.CharField(
        _("kind of record"), max_length=30, choices=RecordKind.choices, unique=True
    )
    retention = models.CharField(_("retention"), max_length=10, choices=RetentionClass.choices)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("set by"),
    )
    updated_at = models.DateTimeField(_("set at"))

    class Meta:
        verbose_name = _("retention class")
        verbose_name_plural = _("retention classes")
        permissions = [
            ("manage_retention", "Can set retention classes and legal holds"),
            ("view_retention", "Can see retention classes, holds and runs"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.retention}"


class LegalHold(models.Model):
    """A legal hold (訴訟ホールド): while in force, nothing of the page, or nothing dated in
    the range, is anonymised or deleted. Lifted, never deleted."""

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("Empty: every page."),
    )
    starts_on = models.DateField(_("Start date"), null=True, blank=True)
    ends_on = models.DateField(_("End date"), null=True, blank=True)
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("placed by"),
    )
    created_at = models.DateTimeField(_("placed at"))
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lifted by"),
    )
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False)
                | models.Q(starts_on__isnull=False)
                | models.Q(ends_on__isnull=False),
                name="records_hold_has_scope",
            ),
        ]

    def __str__(self) -> str:
        return f"hold {self.pk}"


class RetentionRun(models.Model):
    """One run of the retention job (or its dry-run report): per kind, what it found and did."""

    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    dry_run = models.BooleanField(_("report only"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("run by"),
    )
    report = models.JSONField(_("report"), default=list)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("retention run")
        verbose_name_plural = _("retention runs")

    def __str__(self) -> str:
        return f"retention {self.started_at:%Y-%m-%d %H:%M}"


class AuditAnchor(models.Model):
    """The audit chain's head at the end of a day, also written to the log and as an anchor
    row of the chain: a rewrite of the tail from that day on no longer matches it."""

    day = models.DateField(_("day"), unique=True)
    head_id = models.BigIntegerField(_("head row"))
    head_hash = models.CharField(_("head hash"), max_length=64)
    created_at = models.DateTimeField(_("written at"))

    class Meta:
        ordering = ["-day"]
        verbose_name = _("audit anchor")
        verbose_name_plural = _("audit anchors")

    def __str__(self) -> str:
        return f"{self.day} #{self.head_id}"


class ServiceTarget(models.Model):
    """The secretariat's time-to-hide target (one row, id 1): open flags older than it come
    first in the review queue and are counted on the dashboard."""

    minutes = models.PositiveIntegerField(_("target (minutes)"), default=24 * 60)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("set by"),
    )
    updated_at = models.DateTimeField(_("set at"), null=True, blank=True)

    class Meta:
        verbose_name = _("time-to-hide target")
        verbose_name_plural = _("time-to-hide targets")
        permissions = [
            ("view_service_figures", "Can see service figures and the monthly report"),
            ("set_service_target", "Can set the time-to-hide target"),
        ]

    def __str__(self) -> str:
        return f"{self.minutes} min"
