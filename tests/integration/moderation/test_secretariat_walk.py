"""What a first walk through the secretariat's screens found (each test failed before its
fix): the reason a decision needs is marked 必須 where it is asked for, on the item page and
in the queue's bulk bar, and a missing one is said on the field."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moderation.models import Decision

pytestmark = pytest.mark.django_db


def label_of(html: str, field_id: str) -> str:
    return re.search(rf'<label for="{field_id}">(.*?)</label>', html, re.S).group(1)


def test_the_reason_is_marked_required_on_the_item_and_in_the_bulk_bar(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    item = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()
    assert "必須" in label_of(item, "id_reason")
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert "必須" in label_of(queue, "bulk_reason")


def test_keeping_without_a_reason_is_answered_on_the_field(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    response = client.post(reverse("moderation:decide", args=[comment.pk]), {"action": "keep"})
    assert response.status_code == 400 and not Decision.objects.exists()
    html = response.content.decode()
    assert "判断の理由を入力してください。" in html
    assert 'id="id_reason_error1"' in html
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "keep", "reason": "引用のため問題なし"},
    )
    assert response.status_code == 302
    assert Decision.objects.get(comment=comment).action == Decision.Action.KEEP


def test_a_rule_leads_to_the_comments_it_holds_open_in_the_queue(
    client, connected_pages, resident_comment, secretariat_user
):
    page = connected_pages[0]
    insult = resident_comment(page, "お前はバカだ", author="21")
    threat = resident_comment(page, "殺すぞ", author="22")
    insult_rule = insult.flags.exclude(rule__kind="learned").first().rule
    client.force_login(secretariat_user)
    queue = reverse("moderation:queue")
    html = client.get(queue, {"rule": insult_rule.slug}).content.decode()
    assert reverse("moderation:item", args=[insult.pk]) in html
    assert reverse("moderation:item", args=[threat.pk]) not in html
    # The folded filter says which rule, by its name.
    assert f"ルール：{insult_rule.name}" in html
    # The rule report's open count links there.
    report = client.get(reverse("moderation:rule_report")).content.decode()
    assert f'href="{queue}?rule={insult_rule.slug}"' in report
    # Once decided, the comment is no longer held open by the rule.
    client.post(
        reverse("moderation:decide", args=[insult.pk]),
        {"action": "hide", "clause": "defamation", "reason": "侮辱"},
    )
    html = client.get(queue, {"rule": insult_rule.slug}).content.decode()
    assert reverse("moderation:item", args=[insult.pk]) not in html
    # An unknown rule is a filter error, not a 500.
    assert client.get(queue, {"rule": "no-such-rule"}).status_code == 200


def test_a_disabled_rule_whose_comments_stay_flagged_leads_to_exactly_them(
    client, connected_pages, resident_comment, secretariat_user
):
    from moderation.services import rule_set_enabled

    comment = resident_comment(connected_pages[0], "市長は無能。さっさと辞めろ", author="31")
    rules = list(comment.flags.exclude(rule__kind="learned").values_list("rule__slug", flat=True))
    assert len(set(rules)) >= 2  # two rules flag it: switching one off leaves it in the queue
    rule = comment.flags.get(rule__slug=rules[0]).rule
    rule_set_enabled(rule_id=rule.pk, actor=secretariat_user, enabled=False)
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_detail", args=[rule.slug])).content.decode()
    link = f'href="{reverse("moderation:queue")}?rule={rule.slug}"'
    assert link in html and "このルールの未判断のコメントをコメント確認で開く" in html
    queue = client.get(reverse("moderation:queue"), {"rule": rule.slug}).content.decode()
    assert reverse("moderation:item", args=[comment.pk]) in queue


def test_rule_screens_and_incident_owner_speak_japanese_not_codes(
    client, connected_pages, resident_comment, secretariat_user
):
    from incidents.services import incident_open

    client.force_login(secretariat_user)
    rules = client.get(reverse("moderation:rule_list")).content.decode()
    assert '<span class="badge">defamation</span>' not in rules
    detail = client.get(
        reverse("moderation:rule_detail", args=["defamation-insults-ja"])
    ).content.decode()
    assert "個人・団体への誹謗中傷" in detail and "(defamation)" not in detail
    report = client.get(reverse("moderation:rule_report")).content.decode()
    assert "維持（誤検知）" in report and "問題なし" not in report
    incident = incident_open(actor=secretariat_user, kind="flaming", title="炎上")
    html = client.get(reverse("incidents:detail", args=[incident.pk])).content.decode()
    assert "---------" not in html and '<option value="" selected>（なし）</option>' in html


def test_the_rule_report_is_reached_from_the_rules(client, secretariat_user):
    client.force_login(secretariat_user)
    rules = client.get(reverse("moderation:rule_list")).content.decode()
    assert f'href="{reverse("moderation:rule_report")}"' in rules
    assert "ルール別の検知状況" in rules


def test_a_hidden_comment_says_that_keeping_leaves_it_hidden(
    client, connected_pages, resident_comment, secretariat_user
):
    from moderation.services import decision_record
    from tests.browser.test_review_journey import run_outbox

    comment = resident_comment(connected_pages[0], "お前はバカだ", author="41")
    client.force_login(secretariat_user)
    url = reverse("moderation:item", args=[comment.pk])
    assert 'id="keep-hidden-hint"' not in client.get(url).content.decode()
    decision_record(
        comment_id=comment.pk,
        actor=secretariat_user,
        action="hide",
        clause="defamation",
        reason="侮辱",
    )
    run_outbox()
    html = client.get(url).content.decode()
    assert 'id="keep-hidden-hint"' in html
    assert "非表示のままです。表示に戻すには「再表示」を選んでください。" in html
