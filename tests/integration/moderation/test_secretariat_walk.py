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
