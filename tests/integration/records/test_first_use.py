"""The monthly report as a first-time reader meets it (a walk through the records screens):
each test here failed before its fix."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from moderation.services import crisis_mode_set

pytestmark = pytest.mark.django_db


def test_crisis_mode_in_the_monthly_report_reads_japanese_not_on_off(
    client, connected_pages, secretariat_user
):
    page = connected_pages[0]
    crisis_mode_set(page_id=page.pk, actor=secretariat_user, enabled=True, reason="炎上")
    crisis_mode_set(page_id=page.pk, actor=secretariat_user, enabled=False)
    client.force_login(secretariat_user)
    month = timezone.localdate().strftime("%Y-%m")
    html = client.get(f"/records/report/?month={month}").content.decode()
    lines = re.findall(rf"{re.escape(page.name)}：([^<]+)</li>", html)
    assert sorted(line.strip() for line in lines) == ["解除", "開始"]


def test_a_hold_on_every_page_without_dates_says_what_to_add(client, connected_pages, ict_user):
    client.force_login(ict_user)
    response = client.post(
        "/records/retention/holds/", {"page": "", "starts_on": "", "ends_on": "", "reason": "訴訟"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "「すべてのページ」を保全する場合は、開始日か終了日を指定してください" in html
    assert "訴訟" in html  # what was typed stays


def test_the_time_to_hide_columns_say_which_stage_their_percentile_is_for(
    client, connected_pages, secretariat_user
):
    client.force_login(secretariat_user)
    html = client.get("/records/report/").content.decode()
    assert ">p90<" not in html
    for stage in ("検知まで", "判断まで", "反映確認まで"):
        assert f"<th>{stage} 90パーセンタイル</th>" in html
