"""The false-positive loop as the secretariat reads it on day one: the flag on a comment
leads to its rule; rules are named, never shown by identifier (backtest samples, audit
log); library names are folded away for the ICT office; an exception list's offer to close
flags speaks of what the exception words clear, since the list itself flags nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import Rule
from moderation.services import flags_close_stale, rule_create, rule_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpaca(secretariat_user):
    return rule_create(actor=secretariat_user, slug="alpaca-walk", name="アルパカの語",
                       clause="defamation", kind="terms", config={"terms": ["アルパカ"]})  # fmt: skip


def _exceptions() -> Rule:
    return Rule.objects.get(slug="exceptions-innocent-words")


def test_flag_on_a_comment_links_to_its_rule(client, secretariat_user, alpaca, connected_pages,
                                             resident_comment):  # fmt: skip
    comment = resident_comment(connected_pages[0], "アルパカ牧場に行きました", author="1")
    client.force_login(secretariat_user)

    html = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()

    rule_url = reverse("moderation:rule_detail", args=[alpaca.slug])
    assert f'<a href="{rule_url}" data-testid="flag-rule-link">アルパカの語</a>' in html
    assert "（第1版）" in html
    # The analyser's library names are folded for the ICT office, not in the row's text.
    folded = html.split('<details class="hint tech-detail">')[1].split("</details>")[0]
    assert "sudachipy" in folded and "技術的な詳細（ICT担当向け）" in folded
    assert html.count("sudachipy") == 1


def test_exception_backtest_samples_name_the_rules(client, secretariat_user, alpaca,
                                                   connected_pages, resident_comment):  # fmt: skip
    resident_comment(connected_pages[0], "アルパカ牧場に行きました", author="1")
    exceptions = _exceptions()
    client.force_login(secretariat_user)
    terms = "\n".join([*exceptions.config["terms"], "アルパカ牧場"])
    data = {"name": exceptions.name, "clause": exceptions.clause,
            "severity": exceptions.severity, "action": exceptions.action, "enabled": "on",
            "description": exceptions.description, "terms": terms, "backtest": "1"}  # fmt: skip

    html = client.post(
        reverse("moderation:rule_update", args=[exceptions.slug]), data
    ).content.decode()

    assert 'data-testid="bt-stopped">1件<' in html
    samples = html.split("検知されなくなるコメントの例")[1].split("</ul>")[0]
    assert '<span class="hint">（アルパカの語）</span>' in samples
    assert '<mark title="アルパカの語">アルパカ</mark>' in samples
    assert "alpaca-walk" not in samples


def test_exception_change_offers_to_close_what_the_words_clear(
    client, secretariat_user, alpaca, connected_pages, resident_comment
):
    farm = resident_comment(connected_pages[0], "アルパカ牧場に行きました", author="1")
    exceptions = _exceptions()
    rule_update(rule_id=exceptions.pk, actor=secretariat_user,
                config={**exceptions.config, "terms": [*exceptions.config["terms"], "アルパカ牧場"]})  # fmt: skip
    client.force_login(secretariat_user)

    detail = client.get(reverse("moderation:rule_detail", args=[exceptions.slug])).content
    card = detail.decode().split('data-testid="stale-flags"')[1].split("</section>")[0]
    assert "この例外語で検知されなくなった未判断のコメント" in card
    assert (
        "現在の例外語では、未判断のコメントのうち1件がどのルールにも検知されなくなりました" in card
    )
    assert "このルールの検知" not in card  # an exception list raises no flag of its own

    confirm = client.get(reverse("moderation:rule_close_stale", args=[exceptions.slug]))
    text = confirm.content.decode()
    assert "「例外語（無害な語）」の現在の例外語では、未判断のコメント1件がどのルールにも" in text
    assert "に該当しなくなりました" not in text.split("stale-list")[0]
    assert farm.pk  # still open until the secretariat confirms


def test_audit_log_names_the_rule_of_a_bulk_close(client, secretariat_user, alpaca,
                                                  connected_pages, resident_comment):  # fmt: skip
    resident_comment(connected_pages[0], "アルパカです", author="2")
    rule_update(rule_id=alpaca.pk, actor=secretariat_user, config={"terms": ["リャマ"]})
    flags_close_stale(rule_id=alpaca.pk, actor=secretariat_user)
    client.force_login(secretariat_user)

    html = client.get(reverse("moderation:audit")).content.decode()

    detail = html.split('class="audit-detail"')[1].split("</dl>")[0]
    assert '<dd class="untrusted">アルパカの語</dd>' in detail
    assert "alpaca-walk" not in detail


def test_repetition_rule_explains_its_numbers(client, secretariat_user, default_rules):
    rule = Rule.objects.get(kind=Rule.Kind.REPETITION, slug="spam-repetition")
    client.force_login(secretariat_user)
    url = reverse("moderation:rule_update", args=[rule.slug])

    html = client.get(url).content.decode()
    assert "同じ人がほぼ同じ内容をこの回数以上投稿したときに検知します。" in html
    assert "3600秒 = 1時間" in html
    assert "1.0 はまったく同じ文だけ、0.85 はおよそ85%が同じ文です。" in html

    data = {"name": rule.name, "clause": rule.clause, "severity": rule.severity,
            "action": rule.action, "enabled": "on", "description": rule.description,
            "threshold": "5", "window_seconds": "3600", "similarity": "0.85",
            "min_length": "6", "backtest": "1"}  # fmt: skip
    backtest = client.post(url, data).content.decode().split('id="backtest"')[1]
    assert "ページごとに投稿された順に" in backtest
    assert "ワーカー" not in backtest  # the reviewer does not know the portal's processes


def test_exception_list_is_not_asked_for_a_clause_severity_or_action(
    client, secretariat_user, default_rules
):
    exceptions = _exceptions()
    client.force_login(secretariat_user)
    url = reverse("moderation:rule_update", args=[exceptions.slug])

    html = client.get(url).content.decode()
    assert '<label for="id_severity">' not in html and '<label for="id_action">' not in html
    assert '<label for="id_clause">' not in html
    assert 'type="hidden" name="severity" value="low"' in html

    # Saving without them (an older page, a hand-made request) keeps what was stored.
    data = {"name": exceptions.name, "enabled": "on", "description": exceptions.description,
            "terms": "\n".join(exceptions.config["terms"]),
            "reported_by": "\n".join(exceptions.config.get("reported_by", []))}  # fmt: skip
    response = client.post(url, data)
    assert response.status_code == 302
    exceptions.refresh_from_db()
    assert (exceptions.clause, exceptions.severity, exceptions.action) == ("other", "low", "flag")
    detail = client.get(reverse("moderation:rule_detail", args=[exceptions.slug])).content
    assert "重大度" not in detail.decode().split("<dl")[1].split("</dl>")[0]
