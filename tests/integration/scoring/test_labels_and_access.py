"""Labels files (bad lines answered line by line, labels never become comments) and the
permission matrix of every scorer view."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from comments.models import Comment
from scoring.models import ScorerModel, TrainingExample
from scoring.services import scorer_train
from tests.access import Access, actors, assert_access  # noqa: F401 - actors is a fixture

pytestmark = pytest.mark.django_db

HARMFUL = [
    "市長は無能、辞めろ",
    "職員をぶっ殺す",
    "副業で月収50万円、連絡はLINEへ",
    "よそ者は出ていけ",
]
CLEAN = [
    "いつもありがとうございます",
    "駐車場はありますか",
    "楽しみにしています",
    "雨でも開催しますか",
]


def _labels(count: int = 15) -> list[str]:
    lines = []
    for i in range(count):
        clause = ["defamation", "threat", "commercial", "discrimination"][i % 4]
        lines.append(json.dumps({"message": f"{HARMFUL[i % 4]}{i}", "harmful": True,
                                 "clause": clause}, ensure_ascii=False))  # fmt: skip
        lines.append(json.dumps({"message": f"{CLEAN[i % 4]}{i}", "harmful": False},
                                ensure_ascii=False))  # fmt: skip
    return lines


def test_bad_labels_file_is_answered_line_by_line_and_the_run_goes_on(tmp_path):
    good = _labels()
    bad = [
        "{not json",
        json.dumps({"harmful": True}),
        json.dumps({"message": "ばか", "harmful": "yes"}),
        json.dumps({"message": "ばか", "harmful": True, "clause": "nonsense"}),
        json.dumps({"message": "ありがとう", "harmful": False, "clause": "threat"}),
        "[1, 2]",
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join([*good, *bad, ""]), encoding="utf-8")
    comments_before = Comment.objects.count()
    out, err = io.StringIO(), io.StringIO()
    with translation.override("ja"):
        call_command("train_scorer", labels=str(path), stdout=out, stderr=err)
    messages = err.getvalue().splitlines()
    first_bad = len(good) + 1
    assert [m.split(" 行目")[0] for m in messages] == [str(first_bad + i) for i in range(6)]
    assert "JSON" in messages[0] and '"message"' in messages[1] and '"harmful"' in messages[2]
    assert '"clause"' in messages[3] and "条項" in messages[4]
    assert "追加 30 件" in out.getvalue() and "6 行" in out.getvalue()
    assert TrainingExample.objects.count() == 30
    assert Comment.objects.count() == comments_before  # labels are never comments
    model = ScorerModel.objects.get()
    assert model.sources["files_harmful"] == 15 and model.sources["files_clean"] == 15
    assert set(model.per_clause) == {"defamation", "threat", "commercial", "discrimination"}


def test_same_text_again_replaces_its_label(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"message": "微妙な表現", "harmful": True}, ensure_ascii=False))
    call_command("train_scorer", labels=str(path), no_train=True, stdout=io.StringIO())
    path.write_text(json.dumps({"message": "微妙な表現", "harmful": False}, ensure_ascii=False))
    call_command("train_scorer", labels=str(path), no_train=True, stdout=io.StringIO())
    assert list(TrainingExample.objects.values_list("harmful", flat=True)) == [False]


def test_missing_labels_file_is_a_clear_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("train_scorer", labels=str(tmp_path / "nope.jsonl"), no_train=True)


@pytest.fixture
def model(db):
    from scoring.services import training_examples_import

    training_examples_import(lines=_labels(), source_name="test")
    return scorer_train(actor=None, trigger="command")


READERS = frozenset({"ict", "secretariat", "auditor"})
MANAGERS = frozenset({"ict", "secretariat"})


@pytest.mark.parametrize(
    "access",
    [
        Access(reverse("scoring:model_list"), READERS),
        Access(lambda c: reverse("scoring:model_detail", args=[c["model"].version]), READERS),
        Access(
            lambda c: reverse("scoring:model_transition", args=[c["model"].version, "accept"]),
            MANAGERS,
        ),
        Access(
            lambda c: reverse("scoring:model_threshold", args=[c["model"].version]),
            MANAGERS,
            data={"share": "0.0"},
        ),
    ],
    ids=["list", "detail", "confirm", "threshold-preview"],
)
def test_scorer_views_permission_matrix(client, actors, model, access):  # noqa: F811
    assert_access(client, actors, access, {"model": model})


def test_scorer_posts_permission_matrix(client, actors, model, monkeypatch):  # noqa: F811
    queued = []
    monkeypatch.setattr("scoring.views.scorer_train_task.delay", queued.append)
    assert_access(client, actors, Access(reverse("scoring:train"), MANAGERS, method="post",
                                         ok_status=(302,)))  # fmt: skip
    assert len(queued) == 2
    threshold = reverse("scoring:model_threshold", args=[model.version])
    assert_access(client, actors, Access(threshold, MANAGERS, method="post",
                                         data={"share": "0.0"}, ok_status=(302,)))  # fmt: skip
    model.refresh_from_db()
    assert model.share == 0.0
    # Reject (a POST that changes state): only the managers; the second one finds it done.
    url = reverse("scoring:model_transition", args=[model.version, "reject"])
    assert_access(client, actors, Access(url, MANAGERS, method="post", ok_status=(302,)))
    model.refresh_from_db()
    assert model.status == "rejected"
    # A rejected model's threshold cannot change: a message, not a 500.
    client.force_login(actors["secretariat"])
    refused = client.post(threshold, {"share": "0.0"})
    assert refused.status_code == 400


def test_unknown_model_and_action_are_404(client, secretariat_user, model):
    client.force_login(secretariat_user)
    assert client.get(reverse("scoring:model_detail", args=[999])).status_code == 404
    bad = reverse("scoring:model_transition", args=[model.version, "explode"])
    assert client.get(bad).status_code == 404
    assert client.post(bad).status_code == 404


def test_learned_rule_cannot_be_edited_like_a_term_list(client, secretariat_user, db):
    client.force_login(secretariat_user)
    assert client.get(reverse("moderation:rule_update", args=["learned-scorer"])).status_code == 404
    assert client.get(reverse("moderation:rule_create", args=["learned"])).status_code == 404
    detail = client.get(reverse("moderation:rule_detail", args=["learned-scorer"]))
    assert reverse("scoring:model_list") in detail.content.decode()


def test_demo_seeds_an_active_model_from_the_simulators_comments(secretariat_user):
    from scoring import demo

    demo.seed(password="demo")
    model = ScorerModel.objects.get()
    assert model.status == "active" and model.trigger == "demo"
    assert TrainingExample.objects.filter(source="demo", harmful=True).exists()
    assert model.recall > 0.8 and "threat" in model.per_clause
    demo.seed(password="demo")  # idempotent
    assert ScorerModel.objects.count() == 1
