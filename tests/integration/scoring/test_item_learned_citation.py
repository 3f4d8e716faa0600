"""The item page cites a learned flag as 「学習モデル」 with its score, without the learned
rule's own version: 「学習モデル v1」 stood next to なぜ's 「モデル v2 は…」, and a newcomer
read it as the model that flagged."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moderation.models import Flag
from scoring.services import scorer_train, scorer_transition
from scoring.transitions import Action
from tests.integration.scoring.test_scorer_lifecycle import HARMFUL

pytestmark = pytest.mark.django_db


def test_learned_flag_row_names_no_version_that_contradicts_the_model(
    client, decided_pages, resident_comment, secretariat_user
):
    for _ in range(2):
        model = scorer_train(actor=None, trigger="command")
        scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=secretariat_user)
    assert model.version == 2
    comment = resident_comment(decided_pages[0], HARMFUL + "！", author="9200")
    flag = Flag.objects.get(comment=comment, rule__kind="learned")
    assert flag.rule_version == 1
    client.force_login(secretariat_user)

    html = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()
    row = next(r for r in re.findall(r"<tr>.*?</tr>", html, re.S) if flag.rule.name in r)
    assert f">{flag.rule.name}</a> <span" in row and "スコア" in row
    assert not re.search(r">v\d+<", row) and "版）" not in row
    assert "モデル v2 はこのコメントにスコア" in html
