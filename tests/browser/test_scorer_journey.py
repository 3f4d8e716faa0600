"""The secretariat accepts a learned model in Chromium (figures first, then a confirmation)
and sees scores and なぜ in the review queue; the screens fit a 390 px phone."""

from __future__ import annotations

import pytest

from moderation.models import Flag
from scoring.models import ScorerModel
from scoring.services import scorer_train, training_examples_import
from tests.browser.test_review_journey import row_for, sign_in
from tests.integration.scoring.test_labels_and_access import _labels

# Training, a sync and a browser on a shared two-core machine can pass the default 300 s.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]


def test_secretariat_accepts_a_model_and_sees_scores_and_why(
    page, screenshot, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    training_examples_import(lines=_labels(20), source_name="labels.jsonl")
    model = scorer_train(actor=None, trigger="command")

    sign_in(page, secretariat_user.username)
    page.goto("/scoring/models/")
    assert page.inner_text("h1") == "学習モデル"
    assert "有効なモデルはありません" in page.inner_text("#active-model")
    page.click(f"#scorer-models tr[data-version='{model.version}'] a")
    assert page.inner_text("#model-status") == "候補"
    page.click("text=採用して有効にする")
    # The confirmation shows the model's figures before anything changes.
    assert page.locator("[data-figure=recall]").inner_text().endswith("%")
    assert ScorerModel.objects.get(pk=model.pk).status == "candidate"
    screenshot("scorer-accept-confirm")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/scoring/models/{model.version}/")
    assert page.inner_text("#model-status") == "運用中"

    comment = resident_comment(connected_pages[0], "市長は無能、辞めろ！", author="801")
    assert Flag.objects.filter(comment=comment, rule__kind="learned").exists()
    page.goto("/moderation/?source=learned&sort=-score")
    row = row_for(page, comment)
    assert "学習モデル" in row.inner_text()
    assert row.locator(".learned-score").inner_text().startswith("スコア 0.")
    row.locator("a.review-link").click()
    why = page.locator("#learned-why")
    assert "このスコアの理由" in why.inner_text()
    assert why.locator(".learned-features li").count() > 0
    assert "無能" in why.inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    # The なぜ section's own content wraps inside its card (the item page's grid column is
    # sized by the page's other tables, which is the review layout's business).
    inner = page.evaluate(
        "(() => { const e = document.getElementById('learned-why');"
        " return e.scrollWidth - e.clientWidth; })()"
    )
    assert inner <= 0
    for url in (f"/scoring/models/{model.version}/", "/scoring/models/"):
        page.goto(url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (url, overflow)
    screenshot("scorer-why-phone")
    # The model's figures say their terms in plain Japanese, at a desk and on a phone.
    page.goto(f"/scoring/models/{model.version}/")
    main = page.inner_text("main")
    assert "ブライアスコア（スコアの外れ具合。低いほど良い）" in main
    assert "ブライアスコア：各例のスコア（0〜1）と正解" in main
    assert "分割交差検証）：学習用の例を" in main
    screenshot("scorer-model-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot("scorer-model-desk")
    page.set_viewport_size({"width": 390, "height": 844})
    # Rolling back is one click away, and its confirmation says there is no way back (the
    # end-of-test sweep checks this page at 1280 and 390 px too).
    page.goto(f"/scoring/models/{model.version}/rollback/")
    assert "取り消せません" in page.inner_text("#cannot-undo")
    assert ScorerModel.objects.get(pk=model.pk).status == "active"
    assert not errors
