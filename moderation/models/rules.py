"""Screening rules: what the engine matches, per operating-policy clause.

A rule belongs to one clause (its code, ``guidelines.clauses.Clause``), has a kind (term
list, regular expression, personal-information detectors, link rule, repetition, or
exceptions), a severity and a default action. Its ``config`` is validated by
``moderation.services`` before anything is stored, so the engine never meets an invalid
rule. Every change bumps the rule's ``version``, writes a ``RuleRevision`` with the old
values, and bumps the single global ``RulesVersion`` so that workers rebuild their engine.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from guidelines.clauses import Clause
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
