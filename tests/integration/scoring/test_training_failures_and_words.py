"""The models page, read by the secretariat: a failed training run is on record (when, what
started it, why, in Japanese) instead of vanishing in the worker; the rollback button does
not promise an earlier model that does not exist; the stated limit of clean comments
flagged is the one the threshold choices offer; library and command names stay out of the
secretariat's way (folded for the ICT office)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ishinomaki_sns.common.errors import DomainError
from scoring.models import ScorerTrainingFailure
from scoring.services import scorer_train, scorer_transition, training_examples_import
from scoring.tasks import scorer_train_task
from scoring.transitions import Action
from tests.integration.scoring.test_labels_and_access import _labels

pytestmark = pytest.mark.django_db


def test_failed_training_run_is_recorded_and_shown_on_the_models_page(client, secretariat_user):
    training_examples_import(lines=_labels(4), source_name="labels.jsonl")

    # The worker's task swallows the domain error: before, nothing was left of the run.
    assert scorer_train_task(secretariat_user.pk) is None

    failure = ScorerTrainingFailure.objects.get()
    assert failure.reason == ScorerTrainingFailure.Reason.TOO_FEW
    assert failure.trigger == "screen" and failure.started_by == secretariat_user
    assert failure.detail == {"harmful": 4, "clean": 4}

    client.force_login(secretariat_user)
    html = client.get(reverse("scoring:model_list")).content.decode()
    section = html.split('id="training-failures"')[1].split("</section>")[0]
    assert "失敗した学習" in html
    assert "モデル画面から開始" in section  # what started it
    assert secretariat_user.username in section  # who
    assert (
        "学習用の例が足りませんでした（有害 4件・問題なし 4件。それぞれ10件以上必要です）"
        in section
    )


def test_unexpected_training_error_is_recorded_then_raised(secretariat_user, monkeypatch):
    training_examples_import(lines=_labels(12), source_name="labels.jsonl")

    def broken(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr("scoring.learn.train", broken)
    with pytest.raises(MemoryError):
        scorer_train(actor=None, trigger="schedule")
    failure = ScorerTrainingFailure.objects.get()
    assert failure.reason == "error" and failure.trigger == "schedule"
    assert failure.started_by is None and failure.detail["error"] == "MemoryError"


def test_too_few_examples_from_the_schedule_is_recorded(secretariat_user):
    with pytest.raises(DomainError):
        scorer_train(actor=None, trigger="schedule")
    assert ScorerTrainingFailure.objects.filter(reason="too_few", trigger="schedule").exists()


def test_rollback_of_the_first_model_does_not_promise_a_previous_one(client, secretariat_user):
    training_examples_import(lines=_labels(12), source_name="labels.jsonl")
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=secretariat_user)
    client.force_login(secretariat_user)

    html = client.get(reverse("scoring:model_detail", args=[first.version])).content.decode()
    button = html.split('data-action="rollback"')[1].split("</a>")[0]
    assert "このモデルの使用をやめる（ルールだけで判定）" in button
    assert "前のモデル" not in button
    confirm = client.get(
        reverse("scoring:model_transition", args=[first.version, "rollback"])
    ).content.decode()
    assert "このモデルの使用をやめる（ルールだけで判定）：v" in confirm

    second = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=second.pk, action=Action.ACCEPT, actor=secretariat_user)
    html = client.get(reverse("scoring:model_detail", args=[second.version])).content.decode()
    button = html.split('data-action="rollback"')[1].split("</a>")[0]
    assert "ルールだけで判定" not in button  # there is a model to go back to


def test_threshold_page_states_the_limit_its_choices_offer(client, secretariat_user):
    training_examples_import(lines=_labels(12), source_name="labels.jsonl")
    model = scorer_train(actor=None, trigger="command", share=0.05)
    offered = [point["share"] for point in model.curve]
    in_effect = max(share for share in offered if share <= 0.05)
    client.force_login(secretariat_user)

    html = client.get(reverse("scoring:model_threshold", args=[model.version])).content.decode()
    now = html.split("現在：")[1].split("</p>")[0] if "現在：" in html else html
    assert f"最大 {in_effect * 100:g} %" in now
    if in_effect != 0.05:
        assert "5.0 %" not in now
    # Every offered choice is written the same way as the stated limit.
    assert f">{in_effect * 100:g} %</option>" in html


def test_models_page_keeps_library_and_command_names_for_the_ict_office(client, secretariat_user):
    training_examples_import(lines=_labels(12), source_name="labels.jsonl")
    model = scorer_train(actor=None, trigger="command")
    client.force_login(secretariat_user)

    html = client.get(reverse("scoring:model_detail", args=[model.version])).content.decode()
    details = html.split('id="model-tech"')[1].split("</details>")[0]
    assert "scikit-learn" in details
    outside = html.replace(details, "")
    assert "scikit-learn" not in outside and "sudachi" not in outside
    assert "train_scorer" not in html and "manage.py" not in html
    assert "ICT担当がサーバーで開始" in html

    listing = client.get(reverse("scoring:model_list")).content.decode()
    assert "train_scorer" not in listing and "scikit-learn" not in listing
