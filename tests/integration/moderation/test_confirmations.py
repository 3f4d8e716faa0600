"""Deleting a comment and blocking a person cannot be undone on Facebook: the decision asks
for confirmation (what, to whom, how many), and only the confirmed post records it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import Decision, ModerationAction

pytestmark = pytest.mark.django_db


def test_deleting_a_comment_asks_for_confirmation_first(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ", name="匿名 次郎")
    client.force_login(secretariat_user)
    url = reverse("moderation:decide", args=[comment.pk])
    data = {"action": "delete", "clause": "defamation", "reason": "誹謗中傷"}
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 200 and 'id="confirm"' in body
    assert "匿名 次郎" in body and connected_pages[0].name in body and "完全に削除" in body
    assert not Decision.objects.filter(comment=comment).exists()
    response = client.post(url, {**data, "confirmed": "1"})
    assert response.status_code == 302
    assert ModerationAction.objects.filter(comment=comment, kind="delete").exists()


def test_a_bulk_delete_says_how_many_before_it_happens(
    client, connected_pages, resident_comment, secretariat_user
):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="61")
    second = resident_comment(connected_pages[0], "バカじゃないの", author="62")
    client.force_login(secretariat_user)
    data = {
        "selected": [str(first.pk), str(second.pk)],
        "action": "delete",
        "clause": "defamation",
        "reason": "誹謗中傷",
    }
    response = client.post(reverse("moderation:bulk_decide"), data, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 200 and "2 件のコメント" in body
    assert not Decision.objects.filter(action="delete").exists()
    client.post(reverse("moderation:bulk_decide"), {**data, "confirmed": "1"})
    assert Decision.objects.filter(action="delete").count() == 2


def test_keep_and_hide_need_no_confirmation(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "keep", "clause": "defamation", "reason": "問題なし"},
    )
    assert response.status_code == 302 and Decision.objects.filter(comment=comment).exists()
