"""Our app's webhook subscription on a page's Facebook side (`/{page-id}/subscribed_apps`).

Kept apart from `OfficialPage` because it is the worker's bookkeeping, not the lifecycle:
one row per page saying what Facebook should do (`target`), whether that is done yet
(`state`) and what went wrong last. The row is written in the same transaction as the
change that calls for the work (a connection, a withdrawal), so the work survives a broker
that is down at that moment: the beat sweep queues every pending row again.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ishinomaki_sns.common.crypto import EncryptedTextField, Secret


class PageWebhookSubscription(models.Model):
    """Whether the page's `feed` webhooks come to us, and the pending work to make it so.

    Written only by `pages.services.webhooks`. `generation` grows each time new work is
    asked for, so a worker that finishes old work never overwrites the new request.
    `sealed_token` holds the page's token (encrypted at rest) only while an unsubscribe of a
    withdrawn page is pending: the withdrawal erases the page's own token.
    """

    class Target(models.TextChoices):
        SUBSCRIBED = "subscribed", _("Receive notifications")
        UNSUBSCRIBED = "unsubscribed", _("Stop notifications")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for Facebook")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class Error(models.TextChoices):
        NONE = "", _("No error")
        TRANSIENT = "transient", _("Facebook did not answer; retrying automatically")
        NO_TOKEN = "no_token", _("No token is stored for the page")
        TOKEN = "token", _("The page's token is no longer valid")
        PERMISSION = "permission", _("The token lacks the pages_manage_metadata permission")
        FACEBOOK = "facebook", _("Facebook answered with an error")

    page = models.OneToOneField(
        "pages.OfficialPage",
        on_delete=models.CASCADE,
        related_name="webhook_subscription",
        verbose_name=_("page"),
    )
    target = models.CharField(_("wanted"), max_length=16, choices=Target.choices)
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.PENDING
    )
    generation = models.PositiveIntegerField(default=1, editable=False)
    sealed_token = EncryptedTextField(blank=True, default="", editable=False)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # When the work may run next (now, or after a temporary error's back-off).
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    # While an attempt runs (a worker holds the row); past it, a dead worker's row is free.
    leased_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    last_error = models.CharField(
        _("last error"), max_length=16, choices=Error.choices, blank=True, default=""
    )
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    subscribed_at = models.DateTimeField(_("subscribed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
        constraints = [
            models.CheckConstraint(
                name="pagewebhooksubscription_target_valid",
                condition=Q(target__in=["subscribed", "unsubscribed"]),
            ),
            models.CheckConstraint(
                name="pagewebhooksubscription_state_valid",
                condition=Q(state__in=["pending", "done", "failed"]),
            ),
        ]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(state="pending"),
                name="pagewebhooksub_pending_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.page_id} {self.target} ({self.state})"

    def token(self) -> str:
        """The sealed token, decrypted, for calling Facebook only (never log or show it)."""
        value = self.sealed_token
        if not value:
            return ""
        return value.reveal() if isinstance(value, Secret) else str(value)

    @property
    def is_receiving(self) -> bool:
        return self.target == self.Target.SUBSCRIBED and self.state == self.State.DONE

    @property
    def is_failed_subscription(self) -> bool:
        return self.target == self.Target.SUBSCRIBED and self.state == self.State.FAILED
