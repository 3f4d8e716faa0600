"""The review queue's filter and sort choices read as Japanese words: "すべて" for no filter
(not Django's "---------"), and every sort order says which way it runs."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moderation.models import Rule

pytestmark = pytest.mark.django_db


def _options(html: str, name: str) -> list[str]:
    select = html.split(f'name="{name}"')[1].split("</select>")[0]
    return [text.strip() for text in re.findall(r"<option[^>]*>([^<]*)</option>", select)]


def test_queue_filters_offer_all_and_directed_sort_orders(client, secretariat_user):
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:queue")).content.decode()
    for name in ("page", "department", "clause", "source"):
        options = _options(html, name)
        assert options[0] == "すべて", (name, options)
        assert "---------" not in options
    sort = _options(html, "sort")
    for label in ("検知日（古い順）", "検知日（新しい順）", "重大度（低い順）", "重大度（高い順）",
                  "投稿日（古い順）", "投稿日（新しい順）", "学習モデルのスコア（高い順）"):  # fmt: skip
        assert label in sort, sort
    # Each order has one name that says its direction.
    assert all("順" in label or label == "緊急のものを先頭に" for label in sort), sort


def test_decision_forms_and_audit_search_name_their_empty_choice(
    client, secretariat_user, connected_pages, resident_comment
):
    comment = resident_comment(connected_pages[0], "お前はバカだ", author="31")
    client.force_login(secretariat_user)
    queue = client.get(reverse("moderation:queue")).content.decode()
    bulk = queue.split('id="bulk-form"')[1]
    assert _options(bulk, "action")[0] == "選んでください"
    assert _options(bulk, "clause")[0] == "（なし）"
    item = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()
    assert _options(item, "clause")[0] == "（なし）"
    audit = client.get(reverse("moderation:audit")).content.decode()
    for name in ("actor", "department", "page", "event"):
        assert _options(audit, name)[0] == "すべて", name
    templates = client.get(reverse("moderation:reason_templates")).content.decode()
    assert "---------" not in queue + item + audit + templates


def test_source_filter_tells_what_the_learned_model_adds(
    client, secretariat_user, connected_pages, resident_comment, flag
):
    learned = Rule.objects.get(kind=Rule.Kind.LEARNED)
    both = resident_comment(connected_pages[0], "お前はバカだ", author="41")
    alone = resident_comment(connected_pages[0], "今日もいいお天気ですね", author="42")
    rules_only = resident_comment(connected_pages[0], "このバカ野郎", author="43")
    assert both.flags.exists() and rules_only.flags.exists() and not alone.flags.exists()
    flag(both, learned)
    flag(alone, learned)
    client.force_login(secretariat_user)

    def shown(source: str) -> set[int]:
        html = client.get(reverse("moderation:queue"), {"source": source}).content.decode()
        return {int(pk) for pk in re.findall(r'data-item-url="/moderation/items/(\d+)/"', html)}

    assert shown("learned") == {both.pk, alone.pk}
    assert shown("learned_alone") == {alone.pk}
    assert shown("rules") == {both.pk, rules_only.pk}
    html = client.get(reverse("moderation:queue")).content.decode()
    assert "学習モデルだけが検知（ルールは検知せず）" in _options(html, "source")
    assert "学習モデルのフラグのみ" not in html  # it listed comments the rules flagged too
