"""Crisis mode: the append-only switches of a page's crisis mode."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .decisions import BulkDecision


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
