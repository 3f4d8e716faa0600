"""The false-positive loop: every rule kind is backtested with samples, and a rule change
offers to close the open flags it no longer raises as one audited step."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from moderation.backtest import rule_backtest
from moderation.engine import RuleSpec
from moderation.models import AuditEntry, Decision, Flag, Rule
from moderation.selectors import flags_stale_after_rule_change
from moderation.services import flags_close_stale, rule_create, rule_set_enabled, rule_update
from tests.access import Access, actors, assert_access  # noqa: F401 - actors is a fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpaca(secretariat_user):
    """A rule of our own, on a word no shipped rule cares about."""
    return rule_create(actor=secretariat_user, slug="alpaca", name="アルパカ",
                       clause="defamation", kind="terms", config={"terms": ["アルパカ"]})  # fmt: skip


def _spec(rule: Rule, **changes) -> RuleSpec:
    values = {
        "slug": rule.slug, "clause": rule.clause, "kind": rule.kind,
        "severity": rule.severity, "action": rule.action, "config": rule.config,
    }  # fmt: skip
    values.update(changes)
    return RuleSpec(**values)


def _exception_rule(actor) -> Rule:
    return Rule.objects.filter(kind=Rule.Kind.EXCEPTION, enabled=True).first() or rule_create(
        actor=actor, slug="innocent", name="例外語", clause="other", kind="exception",
        config={"terms": ["ばかり"]},
    )  # fmt: skip


def test_exception_list_backtest_counts_what_every_rule_stops_flagging(
    secretariat_user, alpaca, connected_pages, resident_comment
):
    farm = resident_comment(connected_pages[0], "アルパカ牧場に行きました", author="1")
    plain = resident_comment(connected_pages[0], "あのアルパカめ", author="2")
    exceptions = _exception_rule(secretariat_user)
    candidate = _spec(exceptions, config={"terms": [*exceptions.config["terms"], "アルパカ牧場"]})

    result = rule_backtest(user=secretariat_user, rule=exceptions, candidate=candidate)

    assert result.kind == "exception"
    assert result.no_longer_flagged == 1
    assert [s.comment_id for s in result.stopped_samples] == [farm.pk]
    # The sample names the rule whose flag goes away, and marks where it matched.
    assert result.stopped_samples[0].rules == ("アルパカ",)  # its name, not its identifier
    assert any(seg.marked and "アルパカ" in seg.text for seg in result.stopped_samples[0].segments)
    assert result.newly_flagged == 0
    # Only the comment containing the new exception word had to be screened again.
    assert result.affected == 1 and result.still_flagged == 0
    assert result.scanned > result.affected
    assert plain.pk not in [s.comment_id for s in result.stopped_samples]

    # Taking the exception away again would flag the farm comment anew.
    rule_update(rule_id=exceptions.pk, actor=secretariat_user, config=dict(candidate.config))
    exceptions.refresh_from_db()
    undo = _spec(
        exceptions, config={"terms": [t for t in candidate.config["terms"] if t != "アルパカ牧場"]}
    )
    result = rule_backtest(user=secretariat_user, rule=exceptions, candidate=undo)
    assert [s.comment_id for s in result.newly_samples] == [farm.pk]


def test_repetition_backtest_replays_the_stream_in_order(
    secretariat_user, connected_pages, resident_comment
):
    rule = rule_create(actor=secretariat_user, slug="repeat-3", name="連投", clause="spam",
                       kind="repetition",
                       config={"threshold": 3, "window_seconds": 3600, "similarity": 0.85,
                               "min_length": 6})  # fmt: skip
    text = "キャンペーン実施中です詳しくはプロフィールを見てください"
    first = [resident_comment(connected_pages[0], text, author="77") for _ in range(3)]
    second = [resident_comment(connected_pages[0], text, author="88") for _ in range(2)]
    resident_comment(connected_pages[0], "今日は良い天気ですね、散歩に行きます", author="77")

    result = rule_backtest(
        user=secretariat_user,
        rule=rule,
        candidate=_spec(rule, config={**rule.config, "threshold": 2}),
    )

    assert result.kind == "repetition"
    # Threshold 3 flags the third of author 77's repeats; threshold 2 also flags each
    # author's second one.
    assert result.still_flagged == 1
    assert sorted(s.comment_id for s in result.newly_samples) == sorted([first[1].pk, second[1].pk])
    assert result.newly_flagged == 2
    assert result.no_longer_flagged == 0


def test_backtest_of_every_kind_through_the_form(client, secretariat_user, alpaca, connected_pages,
                                                 resident_comment):  # fmt: skip
    resident_comment(connected_pages[0], "アルパカ牧場に行きました", author="1")
    exceptions = _exception_rule(secretariat_user)
    client.force_login(secretariat_user)
    data = {
        "name": exceptions.name, "clause": exceptions.clause, "severity": exceptions.severity,
        "action": exceptions.action, "enabled": "on",
        "terms": "\n".join([*exceptions.config["terms"], "アルパカ牧場"]), "backtest": "1",
    }  # fmt: skip
    response = client.post(reverse("moderation:rule_update", args=[exceptions.slug]), data)
    html = response.content.decode()
    assert response.status_code == 200, html
    assert 'data-testid="bt-stopped">1件<' in html
    section = html.split('id="backtest"')[1].split("</section>")[0]
    assert '<mark title="アルパカ">' in section and "alpaca" not in section  # named, not the id
    exceptions.refresh_from_db()
    assert "アルパカ牧場" not in exceptions.config["terms"]  # nothing saved


@pytest.fixture
def stale_setup(secretariat_user, alpaca, connected_pages, resident_comment):
    farm_rule = rule_create(actor=secretariat_user, slug="farm", name="牧場", clause="commercial",
                            kind="terms", config={"terms": ["牧場"]})  # fmt: skip
    both = resident_comment(connected_pages[0], "アルパカ牧場です", author="1")
    only = resident_comment(connected_pages[0], "アルパカです", author="2")
    hostile = resident_comment(connected_pages[0], "<script>x()</script>アルパカ", author="3")
    assert Flag.objects.filter(rule=alpaca, decision__isnull=True).count() == 3
    return {"farm_rule": farm_rule, "both": both, "only": only, "hostile": hostile}


def test_rule_change_offers_to_close_stale_flags_as_one_audited_step(
    client, secretariat_user, alpaca, stale_setup
):
    rule_update(rule_id=alpaca.pk, actor=secretariat_user, config={"terms": ["リャマ"]})
    client.force_login(secretariat_user)

    detail = client.get(reverse("moderation:rule_detail", args=[alpaca.slug])).content.decode()
    card = detail.split('data-testid="stale-flags"')[1].split("</section>")[0]
    assert "2" in card and "1" in card  # two to close, one keeps the farm flag

    confirm = client.get(reverse("moderation:rule_close_stale", args=[alpaca.slug]))
    html = confirm.content.decode()
    assert confirm.status_code == 200
    listing = html.split('data-testid="stale-list"')[1].split("</ul>")[0]
    assert "&lt;script&gt;" in listing and "<script>" not in listing
    assert Decision.objects.count() == 0  # showing the confirmation changes nothing

    audit_before = AuditEntry.objects.count()
    response = client.post(reverse("moderation:rule_close_stale", args=[alpaca.slug]), follow=True)
    assert response.status_code == 200

    closed = {stale_setup["only"].pk, stale_setup["hostile"].pk}
    decisions = Decision.objects.filter(comment_id__in=closed)
    assert {d.action for d in decisions} == {Decision.Action.KEEP}
    assert decisions.count() == 2
    assert not Flag.objects.filter(comment_id__in=closed, decision__isnull=True).exists()
    # The comment with a farm flag still stands in the queue with both its flags open.
    assert Flag.objects.filter(comment=stale_setup["both"], decision__isnull=True).count() == 2
    # One audit entry for the whole step, naming every comment and decision.
    new_audit = AuditEntry.objects.order_by("-id")[: AuditEntry.objects.count() - audit_before]
    assert [entry.event for entry in new_audit] == [AuditEntry.Event.STALE_FLAGS_CLOSED]
    detail = new_audit[0].detail
    assert detail["count"] == 2 and sorted(detail["comments"]) == sorted(closed)
    assert sorted(detail["decisions"]) == sorted(d.pk for d in decisions)
    assert detail["rule"] == "alpaca" and detail["rule_version"] == 2

    # A second click closes nothing and says so.
    response = client.post(reverse("moderation:rule_close_stale", args=[alpaca.slug]), follow=True)
    assert "このルールに該当しなくなった未判断の検知は残っていません" in response.content.decode()
    assert Decision.objects.count() == 2


def test_disabling_a_rule_makes_all_its_open_flags_stale(secretariat_user, alpaca, stale_setup):
    assert len(flags_stale_after_rule_change(rule=alpaca)) == 0
    rule_set_enabled(rule_id=alpaca.pk, actor=secretariat_user, enabled=False)
    stale = flags_stale_after_rule_change(rule=alpaca)
    assert sorted(stale.comment_ids) == sorted([stale_setup["only"].pk, stale_setup["hostile"].pk])
    assert stale.partly == 1
    assert flags_close_stale(rule_id=alpaca.pk, actor=secretariat_user) == stale.comment_ids


def test_exception_change_closes_flags_of_other_rules(secretariat_user, alpaca, stale_setup):
    exceptions = _exception_rule(secretariat_user)
    rule_update(rule_id=exceptions.pk, actor=secretariat_user,
                config={"terms": [*exceptions.config["terms"], "アルパカです"]})  # fmt: skip
    stale = flags_stale_after_rule_change(rule=exceptions)
    assert stale.comment_ids == [stale_setup["only"].pk]


def test_flags_record_the_analyser(alpaca, stale_setup):
    analysers = set(Flag.objects.filter(rule=alpaca).values_list("analyser", flat=True))
    assert len(analysers) == 1
    (analyser,) = analysers
    assert analyser.startswith("sudachipy ") and "sudachidict-core" in analyser


def test_only_deciders_may_close_stale_flags(client, actors, connected_pages,  # noqa: F811
                                             resident_comment):  # fmt: skip
    rule = rule_create(actor=actors["secretariat"], slug="alpaca", name="アルパカ",
                       clause="defamation", kind="terms", config={"terms": ["アルパカ"]})  # fmt: skip
    resident_comment(connected_pages[0], "アルパカです")
    rule_set_enabled(rule_id=rule.pk, actor=actors["secretariat"], enabled=False)
    url = reverse("moderation:rule_close_stale", args=[rule.slug])
    assert_access(client, actors, Access(url, allowed=frozenset({"ict", "secretariat"})))
    for name in ("auditor", "tourism_admin", "tourism_operator", "no_role"):
        client.force_login(actors[name])
        assert client.post(url).status_code == 403, name
    client.logout()
    assert client.post(url).status_code == 302  # to the sign-in page
    assert not Decision.objects.exists()


def test_regex_rule_backtest_beside_the_exception_lists(
    secretariat_user, connected_pages, resident_comment
):
    target = resident_comment(connected_pages[0], "イベントの整理番号はAB-1234です", author="31")
    rule = rule_create(actor=secretariat_user, slug="ticket-no", name="整理番号", clause="other",
                       kind="regex", config={"pattern": r"[A-Z]{2}-\d{4}"})  # fmt: skip
    result = rule_backtest(
        user=secretariat_user,
        rule=rule,
        candidate=_spec(rule, config={"pattern": r"[A-Z]{3}-\d{4}"}),
    )
    assert result.kind == "regex"
    assert [s.comment_id for s in result.stopped_samples] == [target.pk]
    assert result.newly_flagged == 0


def test_audit_log_lists_the_comments_a_stale_close_closed(
    client, secretariat_user, alpaca, stale_setup
):
    rule_update(rule_id=alpaca.pk, actor=secretariat_user, config={"terms": ["リャマ"]})
    flags_close_stale(rule_id=alpaca.pk, actor=secretariat_user)
    client.force_login(secretariat_user)

    html = client.get(reverse("moderation:audit")).content.decode()
    row = html.split('data-event="stale_flags_closed"')[1].split("</tr>")[0]
    listing = row.split('class="batch-items"')[1]
    assert "2件のコメントを表示" in listing
    for comment in (stale_setup["only"], stale_setup["hostile"]):
        link = reverse("moderation:item", args=[comment.pk])
        assert f'href="{link}"' in listing
        # two comments by one person read alike without their time
        assert dateformat.format(timezone.localtime(comment.created_time), "m-d H:i") in listing
    assert reverse("moderation:item", args=[stale_setup["both"].pk]) + '"' not in listing
    assert listing.count("維持") == 2  # each closed comment with its decision
