"""The review queue's filter and sort choices read as Japanese words: "すべて" for no filter
(not Django's "---------"), and every sort order says which way it runs."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

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
