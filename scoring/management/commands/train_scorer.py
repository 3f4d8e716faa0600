"""Train a new version of the learned scorer: ``manage.py train_scorer [--labels FILE]``.

``--labels FILE`` (``-`` for standard input) first stores the file's JSON lines
``{"message": str, "harmful": bool, "clause": optional code}`` as training examples (never
as comments); a bad line gets a message with its number and the run goes on. The new
model is a candidate: the secretariat accepts it on the models page (or ``--accept``).
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ishinomaki_sns.common.errors import DomainError
from scoring.models import ScorerModel
from scoring.services import scorer_train, scorer_transition, training_examples_import
from scoring.transitions import Action


class Command(BaseCommand):
    help = "Train a new learned-scorer model (a candidate) from decisions and labels files."
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("--labels", help="JSON-lines file of labelled texts ('-': stdin).")
        parser.add_argument(
            "--share",
            type=float,
            default=None,
            help="Most clean comments flagged, as a fraction (default SCORER_DEFAULT_SHARE).",
        )
        parser.add_argument("--no-train", action="store_true", help="Only store the labels.")
        parser.add_argument("--accept", action="store_true", help="Make the new model active.")

    def handle(self, *args, labels=None, share=None, no_train=False, accept=False, **options):
        if labels:
            self._import(labels, options.get("stdin"))
        if no_train:
            return
        try:
            model = scorer_train(actor=None, trigger=ScorerModel.Trigger.COMMAND, share=share)
        except DomainError as error:
            raise CommandError(error.message) from None
        # Each figure on its own line with what it means: a clerk runs this too, and
        # "5-fold cross-validation" alone said nothing to them.
        figures = {
            "version": model.version,
            "harmful": model.n_harmful,
            "clean": model.n_clean,
            "seconds": model.seconds,
            "threshold": model.threshold,
            "recall": model.recall * 100,
            "ffr": model.false_flag_rate * 100,
            "folds": model.folds,
            "rest": model.folds - 1,
            "size": model.artefact_size,
        }
        lines = [
            _(
                "Model v%(version)d trained on %(harmful)d harmful and %(clean)d clean "
                "examples in %(seconds).1f s (a candidate: not used until accepted)."
            ),
            _("  Expected recall %(recall).1f %%: the share of harmful examples the model flags."),
            _(
                "  False flags %(ffr).1f %%: the share of clean examples the model flags "
                "by mistake."
            ),
            _("  Threshold %(threshold).3f: a comment scoring this or more is flagged."),
            _(
                "  How the figures were measured (%(folds)d-fold cross-validation): the "
                "examples were split into %(folds)d groups; each group was tested on a model "
                "trained on the other %(rest)d, so every figure comes from examples the model "
                "had not seen."
            ),
            _("  Model size: %(size)d bytes."),
        ]
        for line in lines:
            self.stdout.write(line % figures)
        if accept:
            scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=None)
            self.stdout.write(_("Model v%(version)d is now active.") % {"version": model.version})

    def _import(self, path: str, stdin) -> None:
        if path == "-":
            result = training_examples_import(lines=stdin or sys.stdin, source_name="stdin")
        else:
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    result = training_examples_import(lines=handle, source_name=path)
            except OSError as error:
                raise CommandError(
                    _("Cannot read the labels file: %(error)s") % {"error": error.strerror}
                ) from None
        for number, message in result.errors:
            self.stderr.write(
                _("Line %(line)d: %(message)s") % {"line": number, "message": message}
            )
        self.stdout.write(
            _("Labels: %(added)d added, %(updated)d updated, %(errors)d lines refused.")
            % {"added": result.added, "updated": result.updated, "errors": len(result.errors)}
        )
