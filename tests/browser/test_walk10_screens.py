"""A secretariat clerk's working day in Chromium, at a desk (1280 px) and on a phone (390 px):
the queue, a comment and its decision; the rule list, a rule's edit form, a backtest and the
save; a learned model's page, its acceptance and the rollback confirmation (each page swept
by axe-core at both widths by the ``page`` fixture). Screenshots go to WALK_SHOTS.

What the walk fixed, each checked by what the clerk sees:

* The rule form explains its notation (lemma:…/…, +語, -語, substr:…, fuck*) and reads
  each notation line of a box out in Japanese under it; a line the engine refuses is told
  at its own box, with its line number, never under another box and never as a 500.
* The rule list reads rule names; the identifier is small print at a desk, absent on a
  phone; a new rule's backtest samples carry the typed name, not the identifier.
* A learned model's 出どころ別の例の数 is a table, one source a row.
* Highlights that touch (包丁 + を持って, where a second rule's span starts) are one mark,
  in the comment's page and in the queue excerpt: no gap between them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from moderation.models import Decision, Rule
from moderation.services import rule_create
from scoring.models import ScorerModel
from scoring.services import scorer_train, training_examples_import
from tests.browser.conftest import PHONE, check_page, shoot
from tests.browser.test_review_journey import row_for, sign_in
from tests.integration.scoring.test_labels_and_access import _labels

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]

SHOT_DIR = Path(os.environ.get("WALK_SHOTS", "/tmp/walk10"))
DESK = {"width": 1280, "height": 900}
THREAT = "市長さん、夜道には気をつけた方がいいですよ。包丁を持って市役所に行くから覚悟しておいて🔪"


def _touching_marks(container) -> list[str]:
    """Pairs of marks with nothing between them (two boxes where the text is one match)."""
    return container.evaluate(
        """el => Array.from(el.querySelectorAll('mark')).filter(m => {
             const next = m.nextSibling;
             return next && next.nodeName === 'MARK'; }).map(m => m.textContent)"""
    )


def _gaps_inside_marks(container) -> list[float]:
    """Horizontal gaps between consecutive pieces of one mark on the same line (0 when the
    highlight reads as one)."""
    return container.evaluate(
        """el => {
             const gaps = [];
             for (const mark of el.querySelectorAll('mark')) {
               const rects = Array.from(mark.getClientRects());
               for (let i = 1; i < rects.length; i++) {
                 if (Math.abs(rects[i].top - rects[i - 1].top) < 2)
                   gaps.push(rects[i].left - rects[i - 1].right);
               }
             }
             return gaps; }"""
    )


def test_touching_highlights_read_as_one_in_the_item_and_the_queue(
    page, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], THREAT)
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/")
    excerpt = row_for(page, comment).locator("a.review-excerpt")
    assert excerpt.locator("mark").count() >= 1
    assert _touching_marks(excerpt) == []
    shoot(page, SHOT_DIR, "01-queue")

    excerpt.click()
    page.wait_for_url(re.compile(rf"/moderation/items/{comment.pk}/$"))
    text = page.locator("#comment-text")
    assert _touching_marks(text) == []
    # 包丁 (one rule) and を持って (two rules) touch: one mark covers both, each piece still
    # naming its own rules when pointed at.
    marks = text.locator("mark").all_inner_texts()
    assert any("包丁を持って" in mark for mark in marks), marks
    pieces = text.locator("mark .mark-piece")
    assert pieces.count() >= 2
    assert all(pieces.nth(i).get_attribute("title") for i in range(pieces.count()))
    for size in (DESK, PHONE):
        page.set_viewport_size(size)
        assert all(abs(gap) < 1 for gap in _gaps_inside_marks(text)), size
    page.set_viewport_size(DESK)
    shoot(page, SHOT_DIR, "02-item")

    # The decision, as the clerk records it: the threat was hidden on arrival; deleting it
    # cannot be undone, so a confirmation comes first.
    page.locator("input[name=action][value=delete]").check()
    page.select_option("select[name=clause]", "threat")
    page.fill("textarea[name=reason]", "脅迫のため削除し、警察に相談します。")
    page.get_by_role("button", name="判断を記録", exact=True).click()
    confirm = page.get_by_role("button", name="はい、削除")
    confirm.wait_for()
    # (the rule's own hiding on arrival is a decision already: count the clerk's only)
    assert not Decision.objects.filter(comment=comment, action="delete").exists()
    check_page(page, label="decision confirmation")
    shoot(page, SHOT_DIR, "03-decision-confirm")
    confirm.click()
    page.wait_for_url(re.compile(rf"/moderation/items/{comment.pk}/$"))
    assert Decision.objects.filter(
        comment=comment, action="delete", actor=secretariat_user
    ).exists()
    shoot(page, SHOT_DIR, "03-item-decided")


def test_clerk_reads_what_each_rule_line_means_and_is_told_which_line_is_wrong(
    page, connected_pages, resident_comment, secretariat_user
):
    rule = rule_create(
        actor=secretariat_user,
        slug="walk10-knives",
        name="刃物の予告（歩き方10）",
        clause="threat",
        kind="pattern",
        config={"predicate": ["lemma:刺す/終止形,意志推量形,+やる,-れる", "持って行くぞ"],
                "target": ["包丁", "ナイフ"]},
    )  # fmt: skip
    resident_comment(connected_pages[0], "包丁で刺すぞ", author="31")
    resident_comment(connected_pages[0], "包丁を研いだら刺身がきれいに切れた", author="32")
    page.set_default_timeout(90000)  # the save rebuilds the engine of every shipped rule
    sign_in(page, secretariat_user.username)

    page.goto("/moderation/rules/")
    link = page.get_by_role("link", name=rule.name, exact=True)
    cell = link.locator("xpath=..")
    # At a desk the identifier is small print under the name; on a phone the name alone.
    slug = cell.locator(".rule-slug")
    assert slug.is_visible() and slug.inner_text() == "識別子 walk10-knives"
    assert float(slug.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) < float(
        link.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    )
    page.set_viewport_size(PHONE)
    assert not slug.is_visible() and "walk10-knives" not in cell.inner_text()
    assert link.is_visible()
    # The counts per clause stay a table of three columns on a phone (18 cards ran to
    # 2 300 px before the first rule).
    counts = page.locator("#counts-heading + .table-wrap table")
    assert counts.evaluate("t => t.getBoundingClientRect().height") < 1200
    assert counts.locator("thead").is_visible()
    page.set_viewport_size(DESK)
    shoot(page, SHOT_DIR, "04-rules")

    link.click()
    page.get_by_role("link", name="編集").click()
    page.wait_for_url(f"**/moderation/rules/{rule.slug}/edit/")
    # The notation, explained once above the first list, folded until asked for.
    guide = page.locator("#notation-guide")
    assert not guide.locator("dl").is_visible()
    guide.locator("summary").click()
    assert "語句の書き方" in guide.locator("summary").inner_text()
    for words in ("lemma:", "すべての活用形", "+", "後にその語が続くとき", "substr:", "例："):
        assert words in guide.inner_text(), words
    # Each notation line of a box read out under it, the plain words left as they are.
    meaning = page.locator("#id_predicate_meaning")
    assert "記法を使った行 1 行" in meaning.locator("summary").inner_text()
    meaning.locator("summary").click()
    assert "1 行目" in meaning.locator("dt").first.inner_text()
    assert meaning.locator("dd").first.inner_text() == (
        "「刺す」のすべての活用形。終止形・意志推量形で終わる、または後に「やる」が続くときだけ。"
        "「れる」を含むときは除く。"
    )
    assert page.locator("#id_target_meaning").count() == 0  # 包丁 and ナイフ need no reading
    shoot(page, SHOT_DIR, "05-rule-edit")

    # A condition the engine refuses, in the targets: said at the targets, with its line.
    page.fill("textarea[name=target]", "包丁\nlemma:刺す/命令")
    page.get_by_role("button", name="保存前に事前検証").click()
    target_box = page.locator(".field", has=page.locator("textarea[name=target]"))
    error = target_box.locator(".field__error")
    error.wait_for()
    assert error.inner_text().startswith("2 行目（lemma:刺す/命令）：「命令」は"), (
        error.inner_text()
    )
    predicate_box = page.locator(".field", has=page.locator("textarea[name=predicate]"))
    assert predicate_box.locator(".field__error").count() == 0
    # The reading of the box as typed opens by itself and says the same.
    problem = page.locator("#id_target_meaning")
    assert problem.get_attribute("open") is not None
    assert "この行は保存できません" in problem.locator("dd.notation-problem").inner_text()
    assert page.locator("#backtest").count() == 0
    assert Rule.objects.get(pk=rule.pk).config["target"] == ["包丁", "ナイフ"]
    check_page(page, label="rule edit with an error at the targets")
    shoot(page, SHOT_DIR, "06-rule-edit-error")

    # Corrected: the backtest runs, and the new line is read out.
    page.fill("textarea[name=target]", "包丁\nlemma:刺す/命令形")
    page.get_by_role("button", name="保存前に事前検証").click()
    page.locator("#backtest").wait_for()
    meaning = page.locator("#id_target_meaning")
    meaning.locator("summary").click()
    assert "命令形で終わるときだけ" in meaning.inner_text()
    check_page(page, label="rule edit with its backtest")
    shoot(page, SHOT_DIR, "07-rule-backtest")
    page.get_by_role("button", name="保存", exact=True).click()
    page.wait_for_url(f"**/moderation/rules/{rule.slug}/")
    assert Rule.objects.get(pk=rule.pk).config["target"] == ["包丁", "lemma:刺す/命令形"]
    shoot(page, SHOT_DIR, "08-rule-saved")


def test_a_new_rule_is_told_its_bad_line_and_its_samples_carry_its_name(
    page, connected_pages, resident_comment, secretariat_user
):
    resident_comment(connected_pages[0], "アルパカ牧場に行きました", author="41")
    sign_in(page, secretariat_user.username)
    page.goto("/moderation/rules/new/terms/")
    page.fill("input[name=slug]", "walk10-alpaca")
    page.fill("input[name=name]", "アルパカの語")
    page.select_option("select[name=clause]", "defamation")
    page.fill("textarea[name=terms]", "アルパカ\nlemma:\n")
    page.get_by_role("button", name="保存前に事前検証").click()
    error = page.locator(".field", has=page.locator("textarea[name=terms]")).locator(
        ".field__error"
    )
    error.wait_for()
    assert error.inner_text().startswith("2 行目（lemma:）："), error.inner_text()
    assert not Rule.objects.filter(slug="walk10-alpaca").exists()
    check_page(page, label="new rule with a bad line")

    page.fill("textarea[name=terms]", "アルパカ")
    page.get_by_role("button", name="保存前に事前検証").click()
    sample = page.locator("#backtest li.untrusted").first
    sample.wait_for()
    # The match is marked under the name typed in the form, not the identifier.
    assert sample.locator("mark").first.get_attribute("title") == "アルパカの語"
    assert "walk10-alpaca" not in page.locator("#backtest").inner_html()


def test_scorer_sources_are_a_table_and_the_model_is_accepted(page, secretariat_user, db):
    training_examples_import(lines=_labels(20), source_name="labels.jsonl")
    model = scorer_train(actor=None, trigger="command")
    sign_in(page, secretariat_user.username)
    page.goto("/scoring/models/")
    shoot(page, SHOT_DIR, "09-scorer-list")
    page.click(f"#scorer-models tr[data-version='{model.version}'] a")
    table = page.locator("#model-sources")
    rows = table.locator("tbody tr")
    assert rows.count() == len(model.sources)
    shown = dict(
        zip(rows.locator("th").all_inner_texts(), rows.locator("td").all_inner_texts(), strict=True)
    )
    assert shown["ラベル付きファイル（有害）"] == str(model.sources["files_harmful"])
    assert shown["ラベル付きファイル（問題なし）"] == str(model.sources["files_clean"])
    # Harmful before clean, decisions before files (not the database's order of keys).
    assert list(shown)[:4] == [
        "判断（有害）",
        "判断（問題なし）",
        "ラベル付きファイル（有害）",
        "ラベル付きファイル（問題なし）",
    ]
    assert ", " not in table.inner_text()
    # On a phone each source keeps its count on its own line, inside the card.
    page.set_viewport_size(PHONE)
    tops = rows.evaluate_all(
        "trs => trs.map(tr => [tr.cells[0].getBoundingClientRect().top,"
        " tr.cells[1].getBoundingClientRect().top])"
    )
    assert all(abs(name - count) < 4 for name, count in tops), tops
    page.set_viewport_size(DESK)
    shoot(page, SHOT_DIR, "10-scorer-model")

    page.click("text=採用して有効にする")
    shoot(page, SHOT_DIR, "11-scorer-accept-confirm")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/scoring/models/{model.version}/")
    assert ScorerModel.objects.get(pk=model.pk).status == "active"
    page.click("[data-action=rollback]")
    assert "取り消せません" in page.inner_text("#cannot-undo")
    shoot(page, SHOT_DIR, "12-scorer-rollback-confirm")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/scoring/models/{model.version}/")
    assert ScorerModel.objects.get(pk=model.pk).status != "active"
    shoot(page, SHOT_DIR, "13-scorer-rolled-back")
