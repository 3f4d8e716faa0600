"""Training from the models page with too few examples: the secretariat is told how many
more are needed and what to do, and no run is queued (before, 「学習を始めました」 was
shown and the run failed unseen in the worker, so the promised model never came)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from scoring.selectors import training_data_collect, training_data_counts
from scoring.services import training_examples_import
from tests.integration.scoring.test_labels_and_access import _labels

pytestmark = pytest.mark.django_db


def test_secretariat_cannot_start_training_without_enough_examples(
    client, secretariat_user, monkeypatch
):
    queued = []
    monkeypatch.setattr("scoring.views.scorer_train_task.delay", queued.append)
    training_examples_import(lines=_labels(4), source_name="labels.jsonl")
    client.force_login(secretariat_user)

    html = client.post(reverse("scoring:train"), follow=True).content.decode()

    assert queued == []
    assert "学習には有害・問題なしの例がそれぞれ 10 件以上必要です" in html
    assert "（現在 有害 4 件、問題なし 4 件）" in html
    assert "コメント確認で判断を記録する" in html
    assert "学習を始めました" not in html


def test_models_page_counts_the_examples_a_run_would_use(client, secretariat_user, monkeypatch):
    queued = []
    monkeypatch.setattr("scoring.views.scorer_train_task.delay", queued.append)
    training_examples_import(lines=_labels(12), source_name="labels.jsonl")
    client.force_login(secretariat_user)

    html = client.get(reverse("scoring:model_list")).content.decode()
    assert "学習に使える例：有害 12 件、問題なし 12 件（それぞれ 10 件以上必要です）" in html
    assert "manage.py" not in html  # the empty list speaks to the secretariat, not a shell

    client.post(reverse("scoring:train"))
    assert queued == [secretariat_user.pk]


def test_counts_match_what_a_training_run_collects(decided_pages):
    now = timezone.now()
    counts = training_data_counts(now=now)
    data = training_data_collect(now=now, seed=1)
    harmful = sum(data.examples.harmful)
    assert counts == {"harmful": harmful, "clean": len(data.examples.harmful) - harmful}
    assert counts["harmful"] >= 10


def test_auditor_is_not_told_to_press_a_button_they_do_not_have(client, auditor_user):
    client.force_login(auditor_user)
    html = client.get(reverse("scoring:model_list")).content.decode()
    assert "まだモデルを学習していません。" in html
    assert "新しいモデルを学習する" not in html
