"""The rule form's notation read out while typing (moderation:rule_notation, asked by
static/js/rule_form.js): the same readings as the form draws after 事前検証, only for whoever
may fill in the form, and a Japanese message (never a 500) for what it cannot read."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = reverse("moderation:rule_notation")


def test_secretariat_reads_a_box_as_typed(client, secretariat_user):
    client.force_login(secretariat_user)
    text = "包丁\nlemma:刺す/命令形\nsubstr:殺\nlemma:刺す/命令"
    answer = client.post(URL, {"field": "target", "text": text}).json()
    assert answer["total"] == 3
    assert answer["summary"] == "各行の意味（記法を使った行 3 行）"
    assert [reading["label"] for reading in answer["readings"]] == ["2 行目", "3 行目", "4 行目"]
    assert answer["readings"][0]["line"] == "lemma:刺す/命令形"
    assert "命令形で終わるときだけ" in answer["readings"][0]["meaning"]
    assert answer["readings"][2]["problem"] is True and answer["problems"] is True
    assert "この行は保存できません" in answer["readings"][2]["meaning"]
    assert answer["more"] == ""


def test_plain_words_need_no_reading(client, secretariat_user):
    client.force_login(secretariat_user)
    answer = client.post(URL, {"field": "terms", "text": "ばか\nあほ"}).json()
    assert answer == {**answer, "total": 0, "readings": [], "problems": False}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"field": "name", "text": "substr:x"}, "この欄は記法の読み上げの対象ではありません。"),
        ({"text": "substr:x"}, "この欄は記法の読み上げの対象ではありません。"),
        ({"field": "terms", "text": "substr:x\n" * 30_000}, "この欄は長すぎるため"),
    ],
)
def test_what_it_cannot_read_is_told_in_japanese(client, secretariat_user, data, message):
    client.force_login(secretariat_user)
    response = client.post(URL, data)
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)


def test_auditor_cannot_use_it(client, auditor_user):
    client.force_login(auditor_user)
    response = client.post(URL, {"field": "terms", "text": "substr:x"})
    assert response.status_code == 403
    assert response.json()["error"] == "検出ルールを編集する権限がありません。"


def test_signed_out_cannot_use_it(client):
    response = client.post(URL, {"field": "terms", "text": "substr:x"})
    assert response.status_code == 403
    assert "readings" not in response.json()


def test_it_needs_the_forms_csrf_token(secretariat_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(secretariat_user)
    assert client.post(URL, {"field": "terms", "text": "substr:x"}).status_code == 403


def test_reading_only_answers_post(client, secretariat_user):
    client.force_login(secretariat_user)
    assert client.get(URL).status_code == 405
