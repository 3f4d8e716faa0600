"""Decisions in, train_scorer, a model version with figures, acceptance, scoring of new
comments (scores, learned flags that hide nothing), the queue's score and なぜ, rollback."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from comments.models import Comment
from moderation.models import Decision, Flag, Rule
from moderation.selectors import engine_for_current_rules
from moderation.services import comments_screen, crisis_mode_set, rule_set_enabled
from scoring.models import CommentScore, ScorerEvent, ScorerModel
from scoring.services import (
    scorer_retrain_weekly,
    scorer_train,
    scorer_transition,
    training_examples_import,
)
from scoring.transitions import Action

pytestmark = pytest.mark.django_db

HARMFUL = "市長は無能。さっさと辞めろ"
INNOCENT = "いつも情報ありがとうございます！"


def test_decisions_train_a_candidate_with_cross_validated_figures(decided_pages):
    out = io.StringIO()
    call_command("train_scorer", stdout=out)
    model = ScorerModel.objects.get()
    assert f"v{model.version}" in out.getvalue()
    # Each figure says what it means, in Japanese a clerk reads (not "5-fold" alone).
    text = out.getvalue()
    assert f"見込み再現率 {model.recall * 100:.1f} %：有害な例のうち" in text
    assert f"誤検知率 {model.false_flag_rate * 100:.1f} %：問題のない例のうち" in text
    assert f"しきい値 {model.threshold:.3f}：スコアがこの値以上" in text
    assert (
        f"{model.folds} 分割交差検証）：学習データを {model.folds} つに分け、"
        f"{model.folds - 1} つで学習したモデルで残りの 1 つを試す"
    ) in text
    assert "cross-validation" not in text and "recall" not in text
    assert model.status == ScorerModel.Status.CANDIDATE and model.trigger == "command"
    human = Decision.objects.filter(actor__isnull=False)
    assert model.sources["decisions_harmful"] == human.exclude(action="keep").count()
    assert model.sources["decisions_clean"] == human.filter(action="keep").count()
    assert model.sources["unflagged_sample"] > 0
    assert model.n_harmful == model.sources["decisions_harmful"]
    assert model.false_flag_rate <= 0.05 and model.recall > 0.8
    assert "defamation" in model.per_clause and model.per_clause["defamation"]["support"] > 0
    assert model.curve and model.artefact_size == len(bytes(model.artefact)) > 0
    assert ScorerEvent.objects.filter(model=model, kind="trained").exists()
    # A candidate scores nothing.
    comments_screen(comment_ids=list(Comment.objects.values_list("pk", flat=True)[:5]))
    assert not CommentScore.objects.exists()


def test_accepted_model_scores_new_comments_and_flags_without_hiding(
    client, decided_pages, resident_comment, secretariat_user
):
    model = scorer_train(actor=secretariat_user, trigger="screen")
    client.force_login(secretariat_user)
    confirm = client.get(reverse("scoring:model_transition", args=[model.version, "accept"]))
    assert confirm.status_code == 200 and "data-figure" in confirm.content.decode()
    response = client.post(reverse("scoring:model_transition", args=[model.version, "accept"]))
    assert response.status_code == 302
    model.refresh_from_db()
    assert model.status == "active" and model.activated_at is not None

    page = decided_pages[0]
    crisis_mode_set(page_id=page.pk, actor=secretariat_user, enabled=True, reason="訓練")
    harmful = resident_comment(page, HARMFUL + "！", author="9100")
    innocent = resident_comment(page, INNOCENT, author="9101")
    scores = {s.comment_id: s for s in CommentScore.objects.filter(model=model)}
    assert scores[harmful.pk].score >= model.threshold > scores[innocent.pk].score
    learned = Flag.objects.get(comment=harmful, rule__kind="learned")
    assert learned.clause == "defamation" and learned.score == pytest.approx(
        scores[harmful.pk].score
    )
    assert not Flag.objects.filter(comment=innocent, rule__kind="learned").exists()
    # Learned flags never hide by themselves, not even in crisis mode.
    assert not Decision.objects.filter(comment=harmful, flags_closed__rule__kind="learned").exists()
    only_learned = Comment.objects.create(
        page=page, post=harmful.post, facebook_id="learned-only-1", message="市長は無能、辞めて",
        created_time=harmful.created_time, author_id="9102",
    )  # fmt: skip
    # The shipped pattern rules catch this one too: switch off what fires on it, so that
    # only the model can flag it.
    for hit in engine_for_current_rules().screen(only_learned.message):
        rule = Rule.objects.get(slug=hit.rule)
        rule_set_enabled(rule_id=rule.pk, actor=secretariat_user, enabled=False)
    comments_screen(comment_ids=[only_learned.pk])
    flags = list(Flag.objects.filter(comment=only_learned))
    assert [f.rule.kind for f in flags] == ["learned"]
    assert not Decision.objects.filter(comment=only_learned).exists()

    queue = client.get(reverse("moderation:queue"), {"source": "learned", "sort": "-score"})
    html = queue.content.decode()
    assert "学習モデル" in html and "learned-score" in html
    assert reverse("moderation:item", args=[only_learned.pk]) in html
    assert reverse("moderation:item", args=[innocent.pk]) not in html
    shown = [row["score"] for row in queue.context["rows"]]
    assert shown == [row["comment"].score for row in queue.context["rows"]]
    assert len(shown) >= 2 and shown == sorted(shown, reverse=True)
    assert all(score >= model.threshold for score in shown)
    item = client.get(reverse("moderation:item", args=[only_learned.pk])).content.decode()
    assert 'id="learned-why"' in item and "無能" in item.split('id="learned-why"')[1]
    report = client.get(reverse("moderation:rule_report")).content.decode()
    assert 'data-rule="learned-scorer"' in report


def test_new_version_replaces_and_rollback_restores_the_previous(decided_pages, secretariat_user):
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=secretariat_user)
    second = scorer_train(actor=None, trigger="command")
    assert second.version == first.version + 1
    scorer_transition(model_id=second.pk, action=Action.ACCEPT, actor=secretariat_user)
    first.refresh_from_db()
    assert first.status == "retired"
    scorer_transition(model_id=second.pk, action=Action.ROLLBACK, actor=secretariat_user)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("active", "retired")
    kinds = list(ScorerEvent.objects.order_by("id").values_list("model__version", "kind"))
    assert kinds[-2:] == [(second.version, "rolled_back"), (first.version, "reactivated")]
    # Rolling back the only model leaves the rules alone on duty.
    scorer_transition(model_id=first.pk, action=Action.ROLLBACK, actor=secretariat_user)
    assert not ScorerModel.objects.filter(status="active").exists()


def test_weekly_retrain_accepts_a_model_at_least_as_good(decided_pages):
    model = scorer_retrain_weekly()
    assert model is not None and model.status == "active" and model.trigger == "schedule"


def test_threshold_preview_then_save(client, decided_pages, secretariat_user):
    model = scorer_train(actor=None, trigger="command")
    client.force_login(secretariat_user)
    point = model.curve[-1]
    url = reverse("scoring:model_threshold", args=[model.version])
    preview = client.get(url, {"share": repr(point["share"])})
    html = preview.content.decode()
    assert 'id="threshold-preview"' in html
    model.refresh_from_db()
    assert model.share != point["share"]  # nothing saved by the preview
    assert client.post(url, {"share": repr(point["share"])}).status_code == 302
    model.refresh_from_db()
    assert (model.share, model.threshold, model.recall) == (
        point["share"],
        point["threshold"],
        point["recall"],
    )
    assert client.get(url, {"share": "0.4242"}).status_code == 400


def test_check_comments_writes_a_score_for_every_row_when_a_model_is_active(decided_pages):
    lines = "\n".join(
        [
            json.dumps({"id": "1", "message": HARMFUL}, ensure_ascii=False),
            "not json",
            json.dumps({"id": "3", "message": INNOCENT}, ensure_ascii=False),
        ]
    )
    out = io.StringIO()
    call_command("check_comments", stdin=io.StringIO(lines), stdout=out, stderr=io.StringIO())
    assert all("score" not in json.loads(row) for row in out.getvalue().splitlines())
    model = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=None)
    out = io.StringIO()
    call_command("check_comments", stdin=io.StringIO(lines), stdout=out, stderr=io.StringIO())
    rows = [json.loads(row) for row in out.getvalue().splitlines()]
    assert [row["id"] for row in rows] == ["1", None, "3"]
    assert all("score" in row for row in rows)
    assert rows[0]["score"] > rows[2]["score"] and rows[1]["score"] is None
    assert any(f["rule"] == "learned-scorer" for f in rows[0]["flags"])


def test_texts_scorer_binds_the_model_active_when_a_run_starts(decided_pages):
    """check_comments' scoring looked up once per run gives what the per-batch lookup
    gives, and keeps its model when another is accepted meanwhile."""
    from scoring.hooks import score_texts, texts_scorer

    assert texts_scorer() is None and score_texts([HARMFUL]) is None
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=None)
    run = texts_scorer()
    messages = [HARMFUL, None, INNOCENT]
    rows = run(messages)
    assert rows == score_texts(messages)
    (harmful, flag), missing, (innocent, no_flag) = rows
    assert missing == (None, None) and no_flag is None and harmful > innocent
    assert flag["rule"] == "learned-scorer" and flag["score"] == harmful
    assert flag["category"] == "defamation" and flag["spans"] == []
    # A second model that learned the innocent text as harmful.
    labels = [json.dumps({"message": f"{INNOCENT}{i}", "harmful": True}) for i in range(30)]
    training_examples_import(lines=labels, source_name="test")
    second = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=second.pk, action=Action.ACCEPT, actor=None)
    assert run(messages) == rows  # the run goes on with its model
    assert texts_scorer()(messages)[2][0] == score_texts(messages)[2][0] > innocent


def test_training_with_too_few_examples_says_so_in_japanese(db):
    from django.core.management.base import CommandError
    from django.utils import translation

    with translation.override("ja"), pytest.raises(CommandError, match="学習"):
        call_command("train_scorer")


def test_a_model_of_an_older_feature_format_is_refused_with_a_request_to_retrain(
    decided_pages, resident_comment
):
    """A stored model whose features this version computes differently is never used to
    score: check_comments stops with the message, the worker scores nothing (and logs it); a retrained model works again."""
    from hashlib import sha256

    from django.core.management.base import CommandError
    from django.utils import translation

    from scoring.learn import Scorer

    model = scorer_train(actor=None, trigger="command")
    scorer = Scorer.from_bytes(bytes(model.artefact), expected_sha256=model.artefact_sha256)
    scorer.vectoriser.format = 1  # as stored by the first release
    blob = scorer.to_bytes()
    ScorerModel.objects.filter(pk=model.pk).update(
        artefact=blob, artefact_sha256=sha256(blob).hexdigest(), artefact_size=len(blob)
    )
    scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=None)
    line = json.dumps({"id": "1", "message": HARMFUL}, ensure_ascii=False)
    with translation.override("ja"), pytest.raises(CommandError, match="再学習|新しいモデルを学習"):
        call_command("check_comments", stdin=io.StringIO(line), stdout=io.StringIO())

    comment = resident_comment(decided_pages[0], HARMFUL)  # screened: the rules still run
    assert not CommentScore.objects.exists()

    retrained = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=retrained.pk, action=Action.ACCEPT, actor=None)
    out = io.StringIO()
    call_command("check_comments", stdin=io.StringIO(line), stdout=out)
    assert "score" in json.loads(out.getvalue().splitlines()[0])
    comments_screen(comment_ids=[comment.pk])
    assert CommentScore.objects.filter(comment=comment, model=retrained).exists()
