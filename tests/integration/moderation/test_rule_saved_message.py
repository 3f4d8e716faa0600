"""Saving, creating or switching a rule says when the change takes effect: each worker
rebuilds its engine on its next check (a dozen seconds or so), and flags already raised
stay as they are."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.services import rule_create

pytestmark = pytest.mark.django_db

SOON = "これから検査するコメントから変更が使われます"


@pytest.fixture
def rule(secretariat_user):
    return rule_create(actor=secretariat_user, slug="walk8-words", name="地域の語",
                       clause="defamation", kind="terms", config={"terms": ["ぼんくら"]})  # fmt: skip


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_secretariat_is_told_when_a_saved_rule_takes_effect(client, secretariat_user, rule):
    client.force_login(secretariat_user)
    url = reverse("moderation:rule_update", args=[rule.slug])
    form = client.get(url).content.decode()
    assert "保存すると、ルールの準備のため次の画面の表示に十数秒かかることがあります。" in form

    data = {"name": rule.name, "clause": rule.clause, "severity": rule.severity,
            "action": rule.action, "enabled": "on", "terms": "ぼんくら\nとんま", "exceptions": ""}  # fmt: skip
    response = client.post(url, data, follow=True)

    assert response.redirect_chain[-1][0] == reverse("moderation:rule_detail", args=[rule.slug])
    (message,) = _messages(response)
    assert message.startswith("ルールを保存しました。" + SOON)
    assert "十数秒" in message and "すでに出ている検知はそのまま残ります。" in message


def test_secretariat_is_told_when_switching_a_rule_off_takes_effect(client, secretariat_user, rule):
    client.force_login(secretariat_user)
    response = client.post(
        reverse("moderation:rule_toggle", args=[rule.slug]), {"enabled": "0"}, follow=True
    )
    (message,) = _messages(response)
    assert message.startswith("ルールを無効にしました。" + SOON)
