"""Incidents on the city's pages, and reports of fake pages in the city's name.

An incident (flaming 炎上, impersonation なりすまし, account compromise, a wrong post, other)
has an owner, a status, a resolution and a timeline of actions (`IncidentEvent`), and is
linked to the page and the comments concerned. Its lifecycle is the table in
`incidents/transitions.py`; `status` is written only by `incidents.services.incident_transition`.

Spike detection opens *suspected* incidents by itself; the database allows one unresolved
spike incident per page, so the periodic job opens it once, not on every run.
An impersonation report records a fake page's address and who reported it; while it is
open, the public registry warns about that address.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class IncidentKind(models.TextChoices):
    FLAMING = "flaming", _("Flaming (炎上)")
    IMPERSONATION = "impersonation", _("Impersonation (なりすまし)")
    COMPROMISE = "compromise", _("Account compromise")
    WRONG_POST = "wrong_post", _("Wrong post")
    OTHER = "other", _("Other")


class IncidentStatus(models.TextChoices):
    SUSPECTED = "suspected", _("Suspected")
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


UNRESOLVED_STATUSES = (IncidentStatus.SUSPECTED, IncidentStatus.OPEN)


class IncidentSource(models.TextChoices):
    STAFF = "staff", _("Reported by staff")
    SPIKE = "spike", _("Spike detection")
    IMPERSONATION_REPORT = "impersonation_report", _("Impersonation report")


class Incident(models.Model):
    """Trouble on (or about) the city's pages and the city's response to it."""

    kind = models.CharField(_("kind"), max_length=20, choices=IncidentKind.choices)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=IncidentStatus.choices,
        default=IncidentStatus.OPEN,
        editable=False,
    )
    source = models.CharField(
        _("source"),
        max_length=24,
        choices=IncidentSource.choices,
        default=IncidentSource.STAFF,
        editable=False,
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    page = models.ForeignKey(
        "pages.OfficialPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="incidents",
        verbose_name=_("page"),
    )
    comments = models.ManyToManyField(
        "comments.Comment", blank=True, related_name="incidents", verbose_name=_("comments")
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="owned_incidents",
        verbose_name=_("owner"),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("opened by"),
    )
    opened_at = models.DateTimeField(_("opened at"), editable=False, db_index=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True, editable=False)
    resolution = models.TextField(_("resolution"), blank=True, editable=False)
    # What the detector measured (counts, baseline) for a spike incident.
    detection = models.JSONField(_("detection"), default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["-opened_at", "-id"]
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")
        permissions = [
            ("manage_incident", _("Can open, assign, resolve and dismiss any incident")),
            ("view_all_incidents", _("Can see every incident")),
        ]
        constraints = [
            models.CheckConstraint(
                name="incident_status_valid", condition=Q(status__in=IncidentStatus.values)
            ),
            models.CheckConstraint(
                name="incident_kind_valid", condition=Q(kind__in=IncidentKind.values)
            ),
            models.UniqueConstraint(
                fields=["page"],
                condition=Q(source="spike", status__in=["suspected", "open"]),
                name="incident_one_unresolved_spike_per_page",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_unresolved(self) -> bool:
        return self.status in UNRESOLVED_STATUSES

    @property
    def status_css(self) -> str:
        css: dict[str, str] = {
            IncidentStatus.SUSPECTED.value: "attention",
            IncidentStatus.OPEN.value: "broken",
            IncidentStatus.RESOLVED.value: "done",
        }
        return css.get(str(self.status), "neutral")


class IncidentEvent(models.Model):
    """One line of an incident's timeline: who did what, when (status change or a note)."""

    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="events", verbose_name=_("incident")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("actor"),
    )
    created_at = models.DateTimeField(_("at"))
    action = models.CharField(_("action"), max_length=24)
    from_status = models.CharField(_("from"), max_length=16, choices=IncidentStatus.choices)
    to_status = models.CharField(_("to"), max_length=16, choices=IncidentStatus.choices)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("incident event")
        verbose_name_plural = _("incident events")

    def __str__(self) -> str:
        return f"{self.incident_id} {self.action}"

    @property
    def action_label(self) -> str:
        from .transitions import action_label

        return action_label(self.action)


class ImpersonationReport(models.Model):
    """A fake page in the city's name: its address, who reported it, and its incident.

    `fake_page_id` / `fake_username` are what `pages.facebook_urls.parse_facebook_url` reads
    from the address, so that every way of writing it matches. Open while its incident is.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    fake_url = models.CharField(_("address of the fake page"), max_length=2000)
    fake_page_id = models.CharField(max_length=32, blank=True, editable=False, db_index=True)
    fake_username = models.CharField(max_length=100, blank=True, editable=False, db_index=True)
    reported_by_name = models.CharField(
        _("reported by"),
        max_length=200,
        help_text=_("Who told the city about it (a resident, a department, ...)."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("recorded by"),
    )
    reported_at = models.DateTimeField(_("reported at"), editable=False)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN, editable=False
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    incident = models.ForeignKey(
        Incident,
        on_delete=models.PROTECT,
        related_name="impersonation_reports",
        editable=False,
        verbose_name=_("incident"),
    )

    class Meta:
        ordering = ["-reported_at"]
        verbose_name = _("impersonation report")
        verbose_name_plural = _("impersonation reports")
        constraints = [
            models.CheckConstraint(
                name="impersonationreport_status_valid", condition=Q(status__in=["open", "closed"])
            ),
        ]

    def __str__(self) -> str:
        return self.fake_url
