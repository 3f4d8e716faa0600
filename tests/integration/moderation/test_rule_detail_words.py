"""A rule's page speaks the secretariat's words: its configuration under the edit form's
Japanese labels (no config keys, codes or True/False), and a rule switched off whose comments
keep another flag says why they stay in the queue."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moderation.services import rule_create, rule_set_enabled, rule_update

pytestmark = pytest.mark.django_db


def _config_section(html: str) -> str:
    return html.split('id="config-heading"')[1].split("</section>")[0]


def _terms(section: str) -> list[str]:
    return re.findall(r"<dt>([^<]*)</dt>", section)


def test_pattern_rule_configuration_in_japanese(client, secretariat_user):
    rule = rule_create(
        actor=secretariat_user, slug="staff-quit", name="職員への辞職要求", clause="defamation",
        kind="pattern",
        config={"target": ["職員"], "predicate": ["辞めろ"], "scope": "message", "link": False},
    )  # fmt: skip
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_detail", args=[rule.slug])).content.decode()
    section = _config_section(html)
    labels = _terms(section)
    assert "対象" in "".join(labels) and "述語" in "".join(labels), labels
    for code in ("target", "predicate", "scope", "link", "exceptions"):
        assert code not in labels, labels
    assert "コメント内のどこでも" in section  # scope "message" by its name
    assert "いいえ" in section  # link False
    assert "False" not in section and ">message<" not in section


def test_link_and_pii_rules_show_choice_names_not_codes(client, secretariat_user):
    link = rule_create(
        actor=secretariat_user, slug="links-short", name="短縮URL", clause="harmful_link",
        kind="link", config={"match": ["shortener"], "use_default_allow": True},
    )  # fmt: skip
    pii = rule_create(
        actor=secretariat_user, slug="pii-mail", name="メール", clause="privacy",
        kind="pii", config={"detectors": ["email"]},
    )  # fmt: skip
    client.force_login(secretariat_user)
    link_html = _config_section(
        client.get(reverse("moderation:rule_detail", args=[link.slug])).content.decode()
    )
    assert "短縮URL" in link_html and "shortener" not in link_html
    assert "はい" in link_html and "True" not in link_html
    assert "use_default_allow" not in link_html
    pii_html = _config_section(
        client.get(reverse("moderation:rule_detail", args=[pii.slug])).content.decode()
    )
    assert "メールアドレス" in pii_html and "detectors" not in pii_html
    assert ">email<" not in pii_html


def test_disabled_rule_whose_comments_keep_another_flag_says_why_they_stay(
    client, secretariat_user, connected_pages, resident_comment
):
    alpaca = rule_create(actor=secretariat_user, slug="alpaca", name="アルパカ",
                         clause="defamation", kind="terms", config={"terms": ["アルパカ"]})  # fmt: skip
    rule_create(actor=secretariat_user, slug="farm", name="牧場", clause="commercial",
                kind="terms", config={"terms": ["牧場"]})  # fmt: skip
    resident_comment(connected_pages[0], "アルパカ牧場です", author="1")
    rule_set_enabled(rule_id=alpaca.pk, actor=secretariat_user, enabled=False)
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_detail", args=[alpaca.slug])).content.decode()
    card = html.split('data-testid="stale-flags"')[1].split("</section>")[0]
    assert "1件" in card and "ほかのルール" in card
    # Nothing to close in one step: no close button, a way to the queue instead.
    assert reverse("moderation:rule_close_stale", args=[alpaca.slug]) not in card
    assert reverse("moderation:queue") in card


def test_revision_history_says_what_changed_in_words(client, secretariat_user):
    rule = rule_create(actor=secretariat_user, slug="alpaca", name="アルパカ",
                       clause="defamation", kind="terms", config={"terms": ["アルパカ", "ラマ"]})  # fmt: skip
    rule_update(rule_id=rule.pk, actor=secretariat_user, severity="high",
                config={"terms": ["アルパカ", "ビクーニャ"]})  # fmt: skip
    rule_set_enabled(rule_id=rule.pk, actor=secretariat_user, enabled=False)
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_detail", args=[rule.slug])).content.decode()
    history = html.split('id="history-heading"')[1].split("</section>")[0]
    changes = history.split('class="props revision-changes"')
    assert len(changes) == 2  # the update says what changed; switching off needs no detail
    update = changes[1].split("</dl>")[0]
    assert "重大度" in update and "→ 高" in update, update
    assert "追加：ビクーニャ" in update and "削除：ラマ" in update
    assert "アルパカ" not in update  # unchanged terms are not repeated
    for raw in ("{'", "'config'", "severity", "terms"):
        assert raw not in history, raw


def test_sandbox_says_where_in_characters_not_python_offsets(
    client, secretariat_user, default_rules
):
    client.force_login(secretariat_user)
    body = client.post(reverse("moderation:rule_sandbox"), {"text": "090-1234-5678 に電話"})
    html = body.content.decode()
    assert "1〜13文字目" in html and "[0, 13]" not in html


def test_rule_report_gives_the_learned_model_no_single_clause(client, secretariat_user):
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_report")).content.decode()
    row = html.split('href="/moderation/rules/learned-scorer/"')[1].split("</tr>")[0]
    assert "コメントごとに予測した条項" in row and "その他" not in row


def test_sandbox_marks_name_the_rule_not_its_identifier(client, secretariat_user):
    rule_create(actor=secretariat_user, slug="walk8-words", name="地域の語",
                clause="defamation", kind="terms", config={"terms": ["ぼんくら"]})  # fmt: skip
    client.force_login(secretariat_user)
    html = client.post(
        reverse("moderation:rule_sandbox"), {"text": "このぼんくらめ"}
    ).content.decode()
    titles = re.findall(r'<mark title="([^"]*)">', html)
    assert len(titles) == 1 and "地域の語" in titles[0].split(", ")
    # No identifier (lower-case words joined by hyphens) in a tooltip, only names.
    assert not re.search(r"[a-z0-9]+-[a-z0-9]", titles[0]), titles


def test_repetition_form_says_a_row_of_symbols_counts_from_three(client, secretariat_user):
    from moderation.engine.repetition import SYMBOL_BURST, long_enough

    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_create", args=["repetition"])).content.decode()
    assert (
        f"記号や絵文字だけのコメント（👎👎👎 など）は、この値が大きくても {SYMBOL_BURST} 文字から数えます"
        in html
    )
    # What it says is what the engine does, at the form's default of 6.
    assert long_enough("👎👎👎", "", 6) and not long_enough("👎👎", "", 6)
