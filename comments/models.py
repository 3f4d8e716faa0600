"""Posts and comments read from Facebook, kept as public records.

Rows are keyed by Facebook's own ids per page (unique constraints), so every sync, retry and
webhook is an upsert: running the same read twice changes nothing. Nothing is ever erased:
a comment deleted on Facebook is marked deleted, an edited one keeps its earlier texts in
`CommentRevision`. `raw` keeps exactly what Facebook sent beside the parsed fields.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Post(models.Model):
    """A post on an official page (the page's own, or a visitor's post on it)."""

    page = models.ForeignKey(
        "pages.OfficialPage", on_delete=models.PROTECT, related_name="posts", verbose_name=_("page")
    )
    facebook_id = models.CharField(_("Facebook post id"), max_length=100)
    message = models.TextField(_("message"), blank=True)
    created_time = models.DateTimeField(_("created on Facebook"), null=True, blank=True)
    updated_time = models.DateTimeField(_("updated on Facebook"), null=True, blank=True)
    permalink_url = models.URLField(_("permalink"), max_length=500, blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    raw = models.JSONField(_("as Facebook sent it"), default=dict)
    first_seen_at = models.DateTimeField(_("first seen"), auto_now_add=True)
    last_synced_at = models.DateTimeField(_("last read"), null=True, blank=True)

    class Meta:
        ordering = ["-created_time"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        constraints = [
            models.UniqueConstraint(fields=["page", "facebook_id"], name="post_unique_per_page")
        ]
        indexes = [models.Index(fields=["page", "-created_time"], name="post_page_created")]

    def __str__(self) -> str:
        return self.facebook_id


class Comment(models.Model):
    """A comment or reply on a post, as Facebook last showed it to us."""

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.PROTECT,
        related_name="comments",
        verbose_name=_("page"),
    )
    post = models.ForeignKey(
        Post, on_delete=models.PROTECT, related_name="comments", verbose_name=_("post")
    )
    facebook_id = models.CharField(_("Facebook comment id"), max_length=120)
    parent_facebook_id = models.CharField(
        _("parent id"),
        max_length=120,
        blank=True,
        help_text=_("The post's id for a top-level comment."),
    )
    author_id = models.CharField(_("author id"), max_length=64, blank=True)
    author_name = models.CharField(_("author name"), max_length=255, blank=True)
    message = models.TextField(_("message"), blank=True)
    # The message in the screening's matching form (moderation.engine.normalize), written at
    # ingestion, so a search for ばか finds バカ, ﾊﾞｶ and ば か through one trigram index.
    search_text = models.TextField(_("search form"), blank=True, default="", editable=False)
    created_time = models.DateTimeField(_("created on Facebook"), null=True, blank=True)
    # Set (never cleared) by the moderation services when they raise a comment's first flag:
    # the review queue's text search reads the few flagged comments through a partial index
    # (migration 0003) instead of every comment, which a two-character needle cannot avoid.
    has_flags = models.BooleanField(_("flagged"), default=False, db_default=False, editable=False)
    permalink_url = models.URLField(_("permalink"), max_length=500, blank=True)
    is_hidden = models.BooleanField(_("hidden on Facebook"), default=False)
    is_deleted = models.BooleanField(_("deleted on Facebook"), default=False)
    deleted_at = models.DateTimeField(_("deletion seen at"), null=True, blank=True)
    edited_at = models.DateTimeField(_("edit seen at"), null=True, blank=True)
    can_hide = models.BooleanField(default=True)
    can_remove = models.BooleanField(default=True)
    raw = models.JSONField(_("as Facebook sent it"), default=dict)
    first_seen_at = models.DateTimeField(_("first seen"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last seen"), null=True, blank=True)

    class Meta:
        ordering = ["-created_time"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        constraints = [
            models.UniqueConstraint(fields=["page", "facebook_id"], name="comment_unique_per_page"),
            models.CheckConstraint(
                condition=Q(is_deleted=False) | Q(deleted_at__isnull=False),
                name="comment_deleted_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["page", "-created_time"], name="comment_page_created"),
            models.Index(fields=["post", "created_time"], name="comment_post_created"),
            models.Index(fields=["author_id"], name="comment_author"),
        ]

    def __str__(self) -> str:
        return self.facebook_id

    @property
    def is_reply(self) -> bool:
        return bool(self.parent_facebook_id) and self.parent_facebook_id != self.post.facebook_id


class CommentRevision(models.Model):
    """An earlier text of a comment, kept when its author edited it on Facebook."""

    class Source(models.TextChoices):
        SYNC = "sync", _("Sync")
        FULL = "full", _("Full re-read")
        WEBHOOK = "webhook", _("Webhook")

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("comment")
    )
    message = models.TextField(_("earlier text"))
    replaced_at = models.DateTimeField(_("replaced at"))
    source = models.CharField(_("seen by"), max_length=16, choices=Source.choices)

    class Meta:
        ordering = ["-replaced_at"]
        verbose_name = _("comment revision")
        verbose_name_plural = _("comment revisions")

    def __str__(self) -> str:
        return f"{self.comment_id}@{self.replaced_at:%Y-%m-%d %H:%M}"


class PageSyncState(models.Model):
    """Where the worker stands with one page: the watermark, the last outcome, a pause.

    The watermark moves only after the comments it covers are committed, so a crash at any
    point means the next sync reads the same window again (upserts make that harmless).
    """

    class Status(models.TextChoices):
        NEVER = "never", _("Not synced yet")
        OK = "ok", _("OK")
        THROTTLED = "throttled", _("Throttled by Facebook")
        BROKEN = "broken", _("Token no longer valid")
        PERMISSION = "permission", _("Permission missing")
        BLOCKED = "blocked", _("Blocked by Facebook")
        ERROR = "error", _("Temporary error")

    page = models.OneToOneField(
        "pages.OfficialPage",
        on_delete=models.CASCADE,
        related_name="sync_state",
        verbose_name=_("page"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEVER
    )
    watermark = models.DateTimeField(_("read up to"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last successful sync"), null=True, blank=True)
    last_full_sync_at = models.DateTimeField(_("last full re-read"), null=True, blank=True)
    paused_until = models.DateTimeField(_("paused until"), null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(_("consecutive failures"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    sync_interval_seconds = models.PositiveIntegerField(_("sync interval (seconds)"), default=300)

    class Meta:
        verbose_name = _("sync state")
        verbose_name_plural = _("sync states")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.status}"


class SyncRun(models.Model):
    """One sync of one page: what it read and what it changed (for health and benchmarks)."""

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("Ordinary")
        FULL = "full", _("Full re-read")

    page = models.ForeignKey(
        "pages.OfficialPage",
        on_delete=models.CASCADE,
        related_name="sync_runs",
        verbose_name=_("page"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    posts = models.PositiveIntegerField(default=0)
    comments_new = models.PositiveIntegerField(default=0)
    comments_updated = models.PositiveIntegerField(default=0)
    comments_deleted = models.PositiveIntegerField(default=0)
    calls = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["page", "-started_at"], name="syncrun_page_started")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.kind} {self.started_at:%Y-%m-%d %H:%M}"


class WebhookDelivery(models.Model):
    """A signed delivery from Facebook, stored before it is processed (reply 200 fast).

    Facebook may deliver the same body twice; the body's digest is unique, so a duplicate
    is recognised and dropped before anything is processed again.
    """

    body_sha256 = models.CharField(max_length=64, unique=True)
    body = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    changes = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-received_at"]

    def __str__(self) -> str:
        return f"webhook {self.pk} {self.received_at:%Y-%m-%d %H:%M:%S}"
