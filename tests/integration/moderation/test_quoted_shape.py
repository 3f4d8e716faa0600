"""Ways of reporting abuse (``reported_by`` of an exception rule): validated with Japanese
messages, edited in the rule form, backtested and honoured by the stale-flag check like any
exception."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ishinomaki_sns.common.errors import DomainError
from moderation.backtest import rule_backtest
from moderation.engine import RuleSpec
from moderation.models import Flag, Rule
from moderation.selectors import flags_stale_after_rule_change
from moderation.services import rule_config_validate, rule_create, rule_update

pytestmark = pytest.mark.django_db

NEW_WAY = "とニックネームをつけられ"  # not among the shipped ways of reporting


@pytest.mark.parametrize(
    ("reported_by", "message"),
    [
        (["と"], "短すぎます"),
        (["substr:と言われ"], "lemma: や substr: を付けず"),
        (["と言われ。"], "文の終わり"),
        (["…言われ"], "助詞の後に使えます"),
        (["と言ってやる"], "書き手自身が言う形"),
        ([], "例外語か引用・報告の言い方を1つ以上"),
    ],
)
def test_bad_ways_of_reporting_are_refused_in_japanese(ict_user, reported_by, message):
    with pytest.raises(DomainError) as error:
        rule_create(
            actor=ict_user,
            slug="quoted-bad",
            name="引用",
            clause="other",
            kind="exception",
            config={"terms": [], "reported_by": reported_by},
        )
    assert message in error.value.message
    assert not Rule.objects.filter(slug="quoted-bad").exists()


def test_ways_of_reporting_are_cleaned():
    config = rule_config_validate(
        kind="exception",
        config={"terms": "", "reported_by": "と...言われ\n\n呼ばわり\n呼ばわり\n」と…言っ"},
    )
    assert config == {"terms": [], "reported_by": ["と…言われ", "呼ばわり", "」と…言っ"]}
    # A word list alone stays as it was (no empty reported_by stored).
    assert rule_config_validate(kind="exception", config={"terms": ["ばかり"]}) == {
        "terms": ["ばかり"]
    }


def test_rule_form_edits_ways_of_reporting_and_shows_errors_beside_them(client, ict_user):
    rule = Rule.objects.get(slug="exceptions-quoted-abuse")
    client.force_login(ict_user)
    url = reverse("moderation:rule_update", args=[rule.slug])
    page = client.get(url).content.decode()
    assert 'name="reported_by"' in page and "と…言われ" in page
    data = {
        "name": rule.name, "clause": rule.clause, "severity": rule.severity,
        "action": rule.action, "enabled": "on", "terms": "",
        "reported_by": "\n".join([*rule.config["reported_by"], "と言ってやる"]),
    }  # fmt: skip
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 400
    # The message sits under the field it is about (not under the word list).
    assert 'id="id_reported_by_error1"' in html
    error = html.split('id="id_reported_by_error1">')[1].split("</p>")[0]
    assert "書き手自身が言う形" in error and "と言ってやる" in error
    assert 'id="id_terms_error1"' not in html

    data["reported_by"] = "\n".join([*rule.config["reported_by"], NEW_WAY])
    response = client.post(url, data)
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.config["reported_by"][-1] == NEW_WAY and rule.config["terms"] == []


@pytest.fixture
def alpaca(secretariat_user):
    return rule_create(actor=secretariat_user, slug="alpaca", name="アルパカ",
                       clause="defamation", kind="terms", config={"terms": ["アルパカ"]})  # fmt: skip


def test_shipped_shape_screens_and_a_new_way_is_backtested(
    secretariat_user, alpaca, connected_pages, resident_comment
):
    said = resident_comment(connected_pages[0], "娘がアルパカと言われて泣いています", author="1")
    nicknamed = resident_comment(
        connected_pages[0], "アルパカとニックネームをつけられた", author="2"
    )
    plain = resident_comment(connected_pages[0], "あのアルパカめ", author="3")
    flagged = set(Flag.objects.filter(rule=alpaca).values_list("comment_id", flat=True))
    # The shipped shape excuses a word it has never listed.
    assert flagged == {nicknamed.pk, plain.pk} and said.pk not in flagged

    rule = Rule.objects.get(slug="exceptions-quoted-abuse")
    candidate = RuleSpec(
        slug=rule.slug, clause=rule.clause, kind=rule.kind, severity=rule.severity,
        config={**rule.config, "reported_by": [*rule.config["reported_by"], NEW_WAY]},
    )  # fmt: skip
    result = rule_backtest(user=secretariat_user, rule=rule, candidate=candidate)

    assert result.kind == "exception"
    assert [s.comment_id for s in result.stopped_samples] == [nicknamed.pk]
    assert result.stopped_samples[0].rules == ("アルパカ",)  # named, as the secretariat reads it
    assert result.no_longer_flagged == 1 and result.newly_flagged == 0
    # Only comments holding the way of reporting that changed were screened again.
    assert result.affected == 1 and result.scanned >= 3

    # Taking a shipped way away would flag the comment it excused.
    fewer = RuleSpec(
        slug=rule.slug, clause=rule.clause, kind=rule.kind, severity=rule.severity,
        config={
            **rule.config,
            "reported_by": [w for w in rule.config["reported_by"] if w != "と…言われ"],
        },
    )  # fmt: skip
    result = rule_backtest(user=secretariat_user, rule=rule, candidate=fewer)
    assert [s.comment_id for s in result.newly_samples] == [said.pk]


def test_a_new_way_of_reporting_makes_the_flags_it_excuses_stale(
    secretariat_user, alpaca, connected_pages, resident_comment
):
    nicknamed = resident_comment(
        connected_pages[0], "アルパカとニックネームをつけられた", author="2"
    )
    resident_comment(connected_pages[0], "あのアルパカめ", author="3")
    rule = Rule.objects.get(slug="exceptions-quoted-abuse")
    rule_update(
        rule_id=rule.pk,
        actor=secretariat_user,
        config={**rule.config, "reported_by": [*rule.config["reported_by"], NEW_WAY]},
    )
    stale = flags_stale_after_rule_change(rule=Rule.objects.get(pk=rule.pk))
    assert stale.comment_ids == [nicknamed.pk]
