"""The rule report's row for the learned model: its open count leads to the queue's
learned flags, sorted by score, as every other rule's count leads to its own (it was plain
text, so the secretariat had to find the filter to judge the model)."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from django.urls import reverse

from scoring.services import scorer_train, scorer_transition
from scoring.transitions import Action
from tests.integration.scoring.test_scorer_lifecycle import HARMFUL

pytestmark = pytest.mark.django_db


def test_learned_rows_open_count_opens_the_learned_flags(
    client, decided_pages, resident_comment, secretariat_user
):
    model = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=secretariat_user)
    comment = resident_comment(decided_pages[0], HARMFUL + "！", author="9300")
    client.force_login(secretariat_user)

    report = client.get(reverse("moderation:rule_report")).content.decode()
    row = re.search(r'<tr data-rule="learned-scorer">.*?</tr>', report, re.S).group(0)
    link = re.search(r'data-label="未判断"><a href="([^"]+)">(\d+)</a>', row)
    assert link is not None, row
    url, count = htmllib.unescape(link.group(1)), int(link.group(2))
    assert url == reverse("moderation:queue") + "?source=learned&sort=-score"
    assert count >= 1
    queue = client.get(url)
    assert queue.status_code == 200
    assert reverse("moderation:item", args=[comment.pk]) in queue.content.decode()


def test_queue_says_what_the_score_means_when_it_shows_one(
    client, decided_pages, resident_comment, secretariat_user
):
    """「スコア 0.92」 alone: a newcomer could not tell a probability from a count."""
    client.force_login(secretariat_user)
    resident_comment(decided_pages[0], HARMFUL + "！", author="9301")
    before = client.get(reverse("moderation:queue")).content.decode()
    assert 'id="score-hint"' not in before  # no model: no scores, no explanation

    model = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=secretariat_user)
    resident_comment(decided_pages[0], HARMFUL + "!!", author="9302")
    html = client.get(reverse("moderation:queue"), {"sort": "-score"}).content.decode()
    assert "learned-score" in html
    hint = re.search(r'<p class="hint" id="score-hint">(.*?)</p>', html, re.S)
    assert hint is not None
    assert "0〜1" in hint.group(1) and "しきい値以上でフラグ" in hint.group(1)
