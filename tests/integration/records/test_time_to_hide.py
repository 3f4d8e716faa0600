"""Time-to-hide from stored comments, flags, decisions and outbox confirmations (frozen time):
across the change of year, office hours or not; the target puts overdue flags first in the
queue and on the home page."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from comments.models import Comment
from moderation.models import ModerationAction
from moderation.services import decision_record, moderation_action_execute
from records.figures import summarise
from records.selectors import hide_times, office_hours_by_page
from records.services import service_target_set

pytestmark = pytest.mark.django_db
JST = ZoneInfo("Asia/Tokyo")


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=JST)


def timeline(page, resident_comment, actor, text, created, flagged, decided, confirmed, author):
    with time_machine.travel(flagged, tick=True):
        comment = resident_comment(page, text, author=author)
    Comment.objects.filter(pk=comment.pk).update(created_time=created)  # as Facebook dated it
    with time_machine.travel(decided, tick=False):
        decision_record(comment_id=comment.pk, actor=actor, action="hide", clause="defamation",
                        reason="誹謗中傷")  # fmt: skip
    with time_machine.travel(confirmed, tick=False):
        for pk in ModerationAction.objects.filter(comment=comment, status="pending").values_list(
            "pk", flat=True
        ):
            moderation_action_execute(action_id=pk)
    return comment


def test_time_to_hide_across_the_change_of_year(graph_simulator, connected_pages, resident_comment,
                                                 secretariat_user, client):  # fmt: skip
    page = connected_pages[0]
    timeline(page, resident_comment, secretariat_user, "お前はバカだ", at(2026, 12, 31, 23, 50),
             at(2026, 12, 31, 23, 52), at(2027, 1, 1, 0, 5), at(2027, 1, 1, 0, 6), "71")  # fmt: skip
    timeline(page, resident_comment, secretariat_user, "このクズが", at(2027, 1, 5, 10, 0),
             at(2027, 1, 5, 10, 1), at(2027, 1, 5, 10, 30), at(2027, 1, 5, 10, 31), "72")  # fmt: skip
    items = list(hide_times(page_ids=[page.pk], start=at(2026, 12, 1), end=at(2027, 2, 1)))
    assert len(items) == 2
    figures = summarise(items, office_hours_by_page(page_ids=[page.pk]))
    outside, office = figures.get("city", None, "outside"), figures.get("city", None, "office")
    assert outside.values["flag"] == [pytest.approx(2, abs=0.2)] and outside.values["decision"] == [
        pytest.approx(15)
    ]
    assert outside.values["confirmed"] == [pytest.approx(16)]
    assert office.values["confirmed"] == [pytest.approx(31)]
    assert figures.get("clause", "defamation", "all").median("decision") == pytest.approx(
        (15 + 30) / 2
    )

    client.force_login(secretariat_user)
    body = client.get("/records/report/", {"month": "2027-01"}).content.decode()
    # Durations read as people say them (31 minutes, not "31.0"), in the table and the chart.
    assert "非表示までの時間" in body and "31分" in body and "執務時間内" in body
    assert "31.0" not in body and "（中央値・時間）" in body
    csv = b"".join(
        client.get("/records/report.csv", {"month": "2026-12"}).streaming_content
    ).decode()
    assert csv.startswith("\ufeff") and "執務時間外" in csv and "16.0" in csv


def test_overdue_flags_come_first_in_the_queue_and_count_on_home(graph_simulator, connected_pages,
                                                                 resident_comment, secretariat_user, client):  # fmt: skip
    page = connected_pages[0]
    now = dt.datetime.now(tz=JST)
    with time_machine.travel(now - dt.timedelta(hours=3), tick=True):
        old = resident_comment(page, "お前はバカだ", author="81")
    newer = resident_comment(page, "殺すぞ", author="82")  # a threat: urgent, but not overdue
    service_target_set(actor=secretariat_user, minutes=120)
    client.force_login(secretariat_user)
    body = client.get("/moderation/").content.decode()
    assert body.index(f"/moderation/items/{old.pk}/") < body.index(f"/moderation/items/{newer.pk}/")
    home = client.get("/").content.decode()
    assert "非表示までの目標時間を過ぎた検知" in home
    service_target_set(actor=secretariat_user, minutes=600)
    body = client.get("/moderation/").content.decode()
    assert body.index(f"/moderation/items/{newer.pk}/") < body.index(f"/moderation/items/{old.pk}/")
    assert "非表示までの目標時間を過ぎた検知" not in client.get("/").content.decode()
