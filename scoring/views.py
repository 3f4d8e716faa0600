"""The learned scorer's screens: the models, one model next to the active one, accepting,
rejecting and rolling back (each confirmed first), the threshold with its expected figures
before saving, and starting a training run.

Thin views: check the permission, read through selectors, call one service, turn a domain
error into a message. Who: ``scoring.view_scorermodel`` reads (secretariat, ICT office,
auditor), ``scoring.manage_scorermodel`` acts (secretariat, ICT office); others get 403.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from .forms import ThresholdForm
from .learn import MIN_PER_CLASS, point_for_share
from .selectors import (
    MANAGE,
    VIEW,
    scorer_events,
    scorer_model_active,
    scorer_model_get_for_user_or_404,
    scorer_model_previous,
    scorer_models_visible_to,
    scorer_training_failures,
    training_data_counts,
    training_examples_counts,
)
from .services import scorer_threshold_set, scorer_transition
from .tasks import scorer_train_task
from .transitions import Action, actions_for


class ScorerPermissionMixin(LoginRequiredMixin):
    """Signed-in holders of ``permission`` (globally); everyone else gets 403."""

    permission = VIEW

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not user_can(request.user, self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _clause_rows(model, active) -> list[dict]:
    codes = sorted(set(model.per_clause) | set(active.per_clause if active else {}))
    return [
        {
            "code": code,
            "label": Clause(code).label if code in Clause.values else code,
            "model": model.per_clause.get(code),
            "active": active.per_clause.get(code) if active else None,
        }
        for code in codes
    ]


class ScorerModelListView(ScorerPermissionMixin, View):
    """Every model version with its figures; the active one first in the summary."""

    def get(self, request):
        return render(
            request,
            "scoring/scorermodel_list.html",
            {
                "models": scorer_models_visible_to(user=request.user)[:50],
                "active": scorer_model_active(),
                "examples": training_examples_counts(),
                "events": scorer_events()[:20],
                "failures": scorer_training_failures()[:5],
                "can_manage": user_can(request.user, MANAGE),
                "available": training_data_counts(now=timezone.now()),
                "minimum": MIN_PER_CLASS,
            },
        )


class ScorerModelDetailView(ScorerPermissionMixin, View):
    """One model's figures next to the active model's, its curve and its history."""

    def get(self, request, version):
        model = scorer_model_get_for_user_or_404(user=request.user, version=version)
        active = scorer_model_active()
        can_manage = user_can(request.user, MANAGE)
        return render(
            request,
            "scoring/scorermodel_detail.html",
            {
                "model": model,
                "active": active if active is not None and active.pk != model.pk else None,
                "clause_rows": _clause_rows(model, active),
                "events": scorer_events(model=model),
                "actions": _action_buttons(model) if can_manage else [],
                "can_manage": can_manage,
                "threshold_form": ThresholdForm(
                    curve=model.curve, initial={"share": _share_in_effect(model)}
                )
                if can_manage and model.status in ("candidate", "active")
                else None,
            },
        )


def action_label(action: Action, *, previous) -> str:
    """The button's words: a rollback with no earlier model to go back to does not promise
    one (「前のモデルに戻す」 there would be untrue); it stops learned scoring instead."""
    if action == Action.ROLLBACK and previous is None:
        return _("Stop using this model (screen with the rules only)")
    return str(action.label)


def _action_buttons(model) -> list[tuple[str, str]]:
    """(action, label) for each action the table allows from the model's status."""
    actions = [Action(a) for a in actions_for(model.status)]
    previous = scorer_model_previous(model=model) if Action.ROLLBACK in actions else None
    return [(action.value, action_label(action, previous=previous)) for action in actions]


def _share_in_effect(model) -> str:
    """The offered share whose threshold is the model's: the curve keeps one point per
    distinct threshold, so the stored share (5 %) may sit on a smaller point (3 %); without
    this the form would start on its first choice (0 %), not on what is in force."""
    return repr(model.share_in_effect)


class ScorerModelTransitionView(ScorerPermissionMixin, View):
    """GET: confirm accepting, rejecting or rolling back, with the figures side by side;
    POST: do it."""

    permission = MANAGE

    def _action(self, action: str) -> Action:
        if action not in Action.values:
            raise Http404
        return Action(action)

    def get(self, request, version, action):
        model = scorer_model_get_for_user_or_404(user=request.user, version=version)
        action = self._action(action)
        active = scorer_model_active()
        previous = None
        if action == Action.ROLLBACK:
            previous = scorer_model_previous(model=model)
        return render(
            request,
            "scoring/scorermodel_confirm.html",
            {
                "model": model,
                "action": action,
                "allowed": action in actions_for(model.status),
                "active": active if active is not None and active.pk != model.pk else None,
                "previous": previous,
                "action_label": action_label(action, previous=previous),
            },
        )

    def post(self, request, version, action):
        model = scorer_model_get_for_user_or_404(user=request.user, version=version)
        action = self._action(action)
        try:
            scorer_transition(model_id=model.pk, action=action, actor=request.user)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _transition_message(action, model.version))
        return redirect("scoring:model_detail", version=model.version)


def _transition_message(action, version: int) -> str:
    """What changed, in the reviewer's words: a rollback says which model scores now (「v2
    をロールバックしました」 left the reader to guess)."""
    if action == Action.ACCEPT:
        return _("Model v%(version)d is now active.") % {"version": version}
    if action == Action.REJECT:
        return _("Model v%(version)d has been rejected.") % {"version": version}
    active = scorer_model_active()
    if active is None:
        return _(
            "Model v%(version)d is no longer used; comments are screened by the rules only."
        ) % {"version": version}
    return _("Model v%(version)d is no longer used; v%(active)d scores comments again.") % {
        "version": version,
        "active": active.version,
    }


class ScorerThresholdView(ScorerPermissionMixin, View):
    """GET with ``share``: the expected recall and false-flag rate at that share, from the
    cross-validation curve, before anything is saved. POST: save it."""

    permission = MANAGE

    def get(self, request, version):
        model = scorer_model_get_for_user_or_404(user=request.user, version=version)
        form = ThresholdForm(request.GET or None, curve=model.curve)
        preview = None
        if form.is_bound and form.is_valid():
            preview = point_for_share(model.curve, form.cleaned_data["share"])
        return render(
            request,
            "scoring/scorermodel_threshold.html",
            {"model": model, "form": form, "preview": preview},
            status=400 if form.is_bound and not form.is_valid() else 200,
        )

    def post(self, request, version):
        model = scorer_model_get_for_user_or_404(user=request.user, version=version)
        form = ThresholdForm(request.POST, curve=model.curve)
        if form.is_valid():
            try:
                scorer_threshold_set(
                    model_id=model.pk, actor=request.user, share=form.cleaned_data["share"]
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("The threshold has been saved."))
                return redirect("scoring:model_detail", version=model.version)
        return render(
            request,
            "scoring/scorermodel_threshold.html",
            {"model": model, "form": form, "preview": None},
            status=400,
        )


class ScorerTrainView(ScorerPermissionMixin, View):
    """POST: start training a new candidate model in the worker."""

    permission = MANAGE

    def post(self, request):
        # A run with too few examples fails in the worker, where nobody sees it: say so here,
        # with what to do, instead of announcing a model that never comes.
        available = training_data_counts(now=timezone.now())
        if available["harmful"] < MIN_PER_CLASS or available["clean"] < MIN_PER_CLASS:
            messages.error(
                request,
                _(
                    "Training needs at least %(minimum)d harmful and %(minimum)d clean examples; "
                    "there are %(harmful)d harmful and %(clean)d clean. Record more decisions in "
                    "the review queue (hide or delete: harmful; keep as a false flag: clean), or "
                    "have the ICT office load a labels file."
                )
                % {"minimum": MIN_PER_CLASS, **available},
            )
            return redirect("scoring:model_list")
        scorer_train_task.delay(request.user.pk)
        messages.success(
            request,
            _("Training has started in the background; the new model appears here in a minute."),
        )
        return redirect("scoring:model_list")
