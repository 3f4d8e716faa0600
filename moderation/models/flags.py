"""Flags: a rule fired on a comment. Flags cite a rule and its version, and stay as public
records after the comment is hidden or deleted on Facebook."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from guidelines.clauses import URGENT, Clause

from .rules import Rule


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
