"""A first walk through the secretariat's screens, in Chromium (each page swept by axe-core at
1280 and 390 px by the `page` fixture):

* on a phone, the tables of the rule report, the rules, the Facebook actions, the learned
  models and the incidents become cards in which every value says what it is (a bare
  「387」「386」「1」 meant nothing);
* keeping a comment asks for the reason on a field marked 必須, and a keep with a reason goes
  through to the next step.
"""

from __future__ import annotations

import pytest

from incidents.services import incident_open
from moderation.models import Decision
from moderation.services import decision_record
from scoring.services import scorer_train, training_examples_import
from tests.browser.conftest import PHONE
from tests.browser.test_review_journey import run_outbox, sign_in
from tests.integration.scoring.test_labels_and_access import _labels

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.timeout(900),
]

# Cells of stacked tables (every row but its first cell, which is the card's title) that
# show something and do not say what it is.
UNLABELLED = """() => Array.from(document.querySelectorAll("table.data tbody tr"))
  .flatMap(tr => Array.from(tr.querySelectorAll("td")).slice(tr.querySelector("th") ? 0 : 1))
  .filter(td => td.offsetParent !== null && td.innerText.trim() !== "" && td.colSpan <= 1)
  // A small table that stays a table on a phone says what each value is in its header row.
  .filter(td => { const head = td.closest("table").tHead;
                  return !(head && head.getBoundingClientRect().height > 1); })
  .filter(td => !(td.children.length === 1 && td.children[0].tagName === "FORM"))
  .filter(td => { const c = getComputedStyle(td, "::before").content;
                  return !c || c === "none" || c === "normal" || c === '""'; })
  .map(td => td.closest("table").id + ": " + td.innerText.trim().slice(0, 30))"""


def test_phone_tables_say_what_each_value_is(
    page, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ", author="601")
    decision_record(
        comment_id=comment.pk,
        actor=secretariat_user,
        action="hide",
        clause="defamation",
        reason="誹謗中傷",
    )
    run_outbox()
    training_examples_import(lines=_labels(20), source_name="labels.jsonl")
    model = scorer_train(actor=None, trigger="command")
    incident_open(actor=secretariat_user, kind="flaming", title="観光ページで炎上")

    sign_in(page, secretariat_user.username)
    page.set_viewport_size(PHONE)
    for url in (
        "/moderation/rules/report/",
        "/moderation/rules/",
        "/moderation/outbox/",
        "/scoring/models/",
        f"/scoring/models/{model.version}/",
        "/incidents/",
    ):
        page.goto(url)
        assert page.locator("table.data tbody td").count() > 0, url
        assert page.evaluate(UNLABELLED) == [], url
    page.goto("/moderation/rules/report/")
    row = page.locator("#rule-report tr[data-rule='defamation-insults-ja']")
    decided = row.locator("td[data-label='判断済み']")
    assert decided.inner_text() == "1"


def test_keeping_asks_for_the_reason_on_a_field_marked_required(
    page, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="611")
    resident_comment(connected_pages[0], "このバカ市役所", author="612")
    sign_in(page, secretariat_user.username)
    page.goto(f"/moderation/items/{first.pk}/")
    assert "必須" in page.locator("label[for=id_reason]").inner_text()
    page.locator("label.decision-choice--keep").click()
    page.get_by_role("button", name="判断を記録", exact=True).click()
    assert "判断の理由を入力してください。" in page.inner_text("#decision-form")
    assert not Decision.objects.exists()
    page.fill("textarea[name=reason]", "引用であり問題なし")
    page.get_by_role("button", name="判断を記録", exact=True).click()
    page.wait_for_url(f"**/moderation/items/{first.pk}/")
    assert "判断を記録しました。" in page.inner_text("main")
    assert Decision.objects.get(comment=first).action == Decision.Action.KEEP
