"""The model's page as the secretariat reads it: training sources by their Japanese names,
and the threshold form starting on the share in force (not on its first choice)."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from scoring.demo import demo_labels
from scoring.learn import point_for_share
from scoring.models import ScorerModel
from scoring.services import scorer_train, training_examples_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def model(secretariat_user):
    # The demo's labels: not separable by one threshold, so the curve has several points.
    lines = [
        json.dumps({"message": text, "harmful": harmful, "clause": clause}, ensure_ascii=False)
        for text, harmful, clause in demo_labels()
    ]
    training_examples_import(lines=lines, source_name="labels.jsonl")
    return scorer_train(actor=secretariat_user, trigger="screen")


def test_sources_are_named_in_japanese(client, secretariat_user, model):
    client.force_login(secretariat_user)
    html = client.get(reverse("scoring:model_detail", args=[model.version])).content.decode()
    # One source a row: its name, then its count in the next cell.
    count = model.sources["files_harmful"]
    assert f'<th scope="row">ラベル付きファイル（有害）</th><td class="num">{count}</td>' in html
    for key in ("decisions_harmful", "files_harmful", "files_clean", "unflagged_sample"):
        assert key not in html


def test_threshold_form_starts_on_the_share_in_force(client, secretariat_user, model):
    shares = [point["share"] for point in model.curve]
    assert len(shares) >= 2, shares
    # The curve keeps one point per distinct threshold, so a stored share can fall between
    # two offered ones (the demo's 5 % sits on 3 %): the form shows the point in force.
    between = (shares[1] + (shares[2] if len(shares) > 2 else shares[1] * 2)) / 2
    ScorerModel.objects.filter(pk=model.pk).update(share=between)
    in_force = point_for_share(model.curve, between)["share"]
    assert in_force == shares[1]

    client.force_login(secretariat_user)
    html = client.get(reverse("scoring:model_detail", args=[model.version])).content.decode()
    select = html.split('name="share"')[1].split("</select>")[0]
    selected = re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', select)
    assert selected == [repr(in_force)], select


def test_history_says_the_model_was_trained_not_that_someone_took_a_course(
    client, secretariat_user, model
):
    client.force_login(secretariat_user)
    for url in (
        reverse("scoring:model_list"),
        reverse("scoring:model_detail", args=[model.version]),
    ):
        html = client.get(url).content.decode()
        assert "受講済み" not in html, url  # the SNS course's word, not the model's
        assert re.search(r"\d\d:\d\d (v\d+ )?学習\s*(\(|<)", html), url


def test_threshold_page_reads_choose_then_figures_then_save(client, secretariat_user, model):
    client.force_login(secretariat_user)
    share = repr(model.curve[-1]["share"])
    url = reverse("scoring:model_threshold", args=[model.version])
    html = client.get(url, {"share": share}).content.decode()
    choose = html.index('id="threshold-choose"')
    figures = html.index('id="threshold-preview"')
    save = html.index('id="threshold-save"')
    assert choose < figures < save


def test_training_time_is_given_in_japanese_seconds(client, secretariat_user, model):
    """「0.2 s」: an English unit on a Japanese screen."""
    client.force_login(secretariat_user)
    html = client.get(reverse("scoring:model_detail", args=[model.version])).content.decode()
    shown = re.search(r'<dd id="training-time">([^<]*)</dd>', html).group(1)
    assert re.fullmatch(r"\d+\.\d 秒", shown), shown


def test_per_clause_figures_say_what_they_are_and_what_a_dash_means(
    client, secretariat_user, model
):
    """The demo model never assigns some clauses: their precision is 「—」, unexplained."""
    assert any(row["precision"] is None for row in model.per_clause.values())
    client.force_login(secretariat_user)
    html = client.get(reverse("scoring:model_detail", args=[model.version])).content.decode()
    hint = re.search(r'<p class="hint" id="clause-hint">(.*?)</p>', html, re.S).group(1)
    assert "再現率：" in hint and "適合率：" in hint and "「—」：計算できない" in hint


def test_history_shows_what_a_threshold_change_changed(client, secretariat_user, model):
    """「しきい値の変更」 alone left the secretariat to guess from what to what."""
    from scoring.services import scorer_threshold_set

    lowest = model.curve[0]
    before = model.share_in_effect  # the limit the pages stated (one definition)
    scorer_threshold_set(model_id=model.pk, actor=secretariat_user, share=lowest["share"])
    client.force_login(secretariat_user)
    expected = (
        f"（誤検知として許容する割合 {before * 100:g} % → {lowest['share'] * 100:g} %、"
        f"しきい値 {model.threshold:.3f} → {lowest['threshold']:.3f}）"
    )
    for url in (
        reverse("scoring:model_list"),
        reverse("scoring:model_detail", args=[model.version]),
    ):
        html = client.get(url).content.decode()
        assert expected in html, url


def test_model_figures_explain_brier_score_and_cross_validation(client, secretariat_user, model):
    """The ICT office reads the figures without a statistics course: each term is kept and
    said in plain Japanese."""
    client.force_login(secretariat_user)
    html = client.get(reverse("scoring:model_detail", args=[model.version])).content.decode()
    folds = model.folds
    assert "ブライアスコア（スコアの外れ具合。低いほど良い）" in html
    assert "差を二乗して平均した値です" in html and "0 はすべてのスコアが正解どおり" in html
    assert f"これらの数値の測り方（{folds} 分割交差検証）：学習用の例を {folds} 組に分け" in html
    assert "モデルが学習に使っていない例で測ったもの" in html
