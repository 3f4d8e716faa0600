"""The learned scorer's records: labelled examples, model versions, their history, scores.

A ``ScorerModel`` is one trained version: who or what trained it, on how many examples,
its cross-validated figures, its flag threshold and the fitted model itself (compressed
pickle bytes with their SHA-256, checked before loading). At most one is active (a partial
unique constraint); its ``status`` is written only by ``scoring.services.scorer_transition``
and every change is an append-only ``ScorerEvent``. ``TrainingExample`` rows are labels
given in files (never comments); ``CommentScore`` is what a model said about a comment.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from guidelines.clauses import Clause


class TrainingExample(models.Model):
    """A labelled text from a file given to ``train_scorer --labels`` (or the demo).

    Kept as a training example only: it never becomes a comment. The same text given again
    replaces the earlier label (unique SHA-256 of the text).
    """

    class Source(models.TextChoices):
        FILE = "file", _("Labels file")
        DEMO = "demo", _("Demo data")

    message = models.TextField(_("text"))
    message_sha256 = models.CharField(_("SHA-256 of the text"), max_length=64, unique=True)
    harmful = models.BooleanField(_("harmful"))
    clause = models.CharField(_("clause"), max_length=32, choices=Clause.choices, blank=True)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    source_name = models.CharField(_("file"), max_length=255, blank=True)
    line = models.PositiveIntegerField(_("line"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("given by"),
    )
    created_at = models.DateTimeField(_("given at"))

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("training example")
        verbose_name_plural = _("training examples")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(harmful=True) | models.Q(clause=""),
                name="scoring_example_clean_has_no_clause",
            )
        ]

    def __str__(self) -> str:
        return f"{'harmful' if self.harmful else 'clean'} {self.message[:30]}"


class ScorerModel(models.Model):
    """One trained version of the learned scorer, with its figures and its artefact."""

    class Status(models.TextChoices):
        CANDIDATE = "candidate", _("Candidate")
        ACTIVE = "active", _("Active")
        RETIRED = "retired", _("Retired")
        REJECTED = "rejected", _("Rejected")

    class Trigger(models.TextChoices):
        COMMAND = "command", _("Started by the ICT office on the server")
        SCREEN = "screen", _("Started on the models page")
        SCHEDULE = "schedule", _("Weekly retraining")
        DEMO = "demo", _("Demo data")

    version = models.PositiveIntegerField(_("version"), unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CANDIDATE,
        editable=False,
    )  # fmt: skip
    trigger = models.CharField(_("trained by"), max_length=10, choices=Trigger.choices)
    trained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("trained at"))
    seconds = models.FloatField(_("training time (s)"))
    n_harmful = models.PositiveIntegerField(_("harmful examples"))
    n_clean = models.PositiveIntegerField(_("clean examples"))
    sources = models.JSONField(
        _("examples by source"),
        default=dict,
        help_text=_("decisions_harmful, decisions_clean, unflagged_sample, file_harmful, ..."),
    )
    folds = models.PositiveSmallIntegerField(_("cross-validation folds"))
    share = models.FloatField(_("allowed share of clean comments flagged"))
    threshold = models.FloatField(_("flag threshold"))
    false_flag_rate = models.FloatField(_("expected false-flag rate"))
    recall = models.FloatField(_("expected recall"))
    precision = models.FloatField(_("expected precision"))
    brier = models.FloatField(_("Brier score"))
    clause_accuracy = models.FloatField(_("clause accuracy"), null=True, blank=True)
    per_clause = models.JSONField(_("figures per clause"), default=dict)
    curve = models.JSONField(_("threshold curve"), default=list)
    analyser = models.CharField(_("analyser"), max_length=200, blank=True)
    library = models.CharField(_("library"), max_length=100, blank=True)
    artefact = models.BinaryField(_("model"), editable=False)
    artefact_sha256 = models.CharField(_("SHA-256 of the model"), max_length=64, editable=False)
    artefact_size = models.PositiveIntegerField(_("model size (bytes)"), editable=False)
    activated_at = models.DateTimeField(_("activated at"), null=True, blank=True)

    class Meta:
        ordering = ["-version"]
        verbose_name = _("scorer model")
        verbose_name_plural = _("scorer models")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["candidate", "active", "retired", "rejected"]),
                name="scoring_model_status_valid",
            ),
            models.UniqueConstraint(
                fields=["status"],
                condition=models.Q(status="active"),
                name="scoring_one_active_model",
            ),
            models.CheckConstraint(
                condition=models.Q(share__gte=0, share__lte=1), name="scoring_model_share_valid"
            ),
        ]
        permissions = [("manage_scorermodel", "Can train, accept, roll back and tune the scorer")]

    def __str__(self) -> str:
        return f"v{self.version} ({self.status})"

    @property
    def share_in_effect(self) -> float:
        """The limit in force, as the screens state it: the offered share (a curve point)
        whose threshold is the model's. The curve keeps one point per distinct threshold,
        so a stored 5 % may sit on the 3 % point; saying 「最大 5 %」 beside choices that
        stop at 3 % contradicted the page."""
        from .learn import point_for_share

        point = point_for_share(self.curve, self.share)
        return point["share"] if point is not None else self.share


class ScorerEvent(models.Model):
    """Append-only history of the models: trained, accepted, rejected, rolled back,
    threshold changed; with who (empty for the schedule) and the figures at that moment."""

    class Kind(models.TextChoices):
        # Its own context: "Trained" elsewhere is a person who took the SNS course (受講済み).
        TRAINED = "trained", pgettext_lazy("scorer event", "Trained")
        ACCEPTED = "accepted", _("Accepted (made active)")
        REJECTED = "rejected", _("Rejected")
        ROLLED_BACK = "rolled_back", _("Rolled back")
        REACTIVATED = "reactivated", _("Active again after a rollback")
        RETIRED = "retired", _("Retired by a newer model")
        THRESHOLD = "threshold", _("Threshold changed")

    model = models.ForeignKey(
        ScorerModel, on_delete=models.PROTECT, related_name="events", verbose_name=_("model")
    )
    kind = models.CharField(_("event"), max_length=12, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    created_at = models.DateTimeField(_("at"), db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("scorer event")
        verbose_name_plural = _("scorer events")

    def __str__(self) -> str:
        return f"v{self.model_id} {self.kind}"


class ScorerTrainingFailure(models.Model):
    """A training run that made no model: when, what started it (and who), and why.

    Training runs in the worker, where nobody sees an error; without this row a failed run
    left no trace and the models page kept promising a model that never came. Written only
    by ``scoring.services.scorer_train``; ``reason`` is a code, shown in the reader's
    language (``detail`` holds its figures, e.g. the example counts).
    """

    class Reason(models.TextChoices):
        TOO_FEW = "too_few", _("Not enough labelled examples")
        ERROR = "error", _("Unexpected error")

    created_at = models.DateTimeField(_("failed at"), db_index=True)
    trigger = models.CharField(_("started by"), max_length=10, choices=ScorerModel.Trigger.choices)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("started by (person)"),
    )
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("failed training run")
        verbose_name_plural = _("failed training runs")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reason__in=["too_few", "error"]),
                name="scoring_training_failure_reason_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.reason}"


class CommentScore(models.Model):
    """What one model said about one comment's text: probability of harmful and clause.

    Written for every comment screened while a model is active; the review queue sorts
    on the newest score of each comment.
    """

    comment = models.ForeignKey(
        "comments.Comment",
        on_delete=models.CASCADE,
        related_name="learned_scores",
        verbose_name=_("comment"),
    )
    model = models.ForeignKey(
        ScorerModel, on_delete=models.PROTECT, related_name="scores", verbose_name=_("model")
    )
    score = models.FloatField(_("score"))
    clause = models.CharField(_("predicted clause"), max_length=32, choices=Clause.choices)
    flagged = models.BooleanField(_("at or above the threshold"))
    created_at = models.DateTimeField(_("scored at"))

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("comment score")
        verbose_name_plural = _("comment scores")
        constraints = [
            models.UniqueConstraint(fields=["comment", "model"], name="scoring_score_once")
        ]
        indexes = [models.Index(fields=["comment", "-created_at"], name="scoring_score_latest")]

    def __str__(self) -> str:
        return f"{self.comment_id}: {self.score:.2f}"
