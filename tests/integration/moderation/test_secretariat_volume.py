"""The secretariat at volume: bulk decisions as one audit row, keep without a clause, every
comment matching a filter (count + confirmation), next within the filter, the normalised
search, crisis mode over existing flags and back, audit search and the Japan-time CSV,
reason templates, card masking, and the public verify form with its rate limit."""

from __future__ import annotations

import csv
import io
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.urls import reverse

from comments.models import Comment
from comments.search import search_form
from moderation.models import AuditEntry, BulkDecision, Decision, ModerationAction, ReasonTemplate
from moderation.services import crisis_mode_set, decisions_record_bulk

pytestmark = pytest.mark.django_db


def test_search_form_folds_width_kana_case_and_spaces():
    assert search_form("バカ") == search_form("ﾊﾞｶ") == search_form("ば か") == search_form("ばか")
    assert search_form("ＡＢＣ") == "abc"


def test_bulk_decision_is_one_audit_row_with_its_items(
    connected_pages, resident_comment, secretariat_user
):
    comments = [
        resident_comment(connected_pages[0], f"お前はバカだ {i}", author=str(i)) for i in range(3)
    ]
    result = decisions_record_bulk(
        comment_ids=[c.pk for c in comments],
        actor=secretariat_user,
        action="hide",
        clause="defamation",
        reason="侮辱",
    )
    assert len(result.decided) == 3
    rows = AuditEntry.objects.filter(event__in=["decision", "bulk_decision"])
    assert rows.count() == 1
    entry = rows.get()
    assert entry.batch == result.batch and entry.detail["count"] == 3
    assert Decision.objects.filter(batch=result.batch).count() == 3
    assert ModerationAction.objects.filter(decision__batch=result.batch, kind="hide").count() == 3


def test_keep_needs_no_clause(client, connected_pages, resident_comment, secretariat_user):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]), {"action": "keep", "reason": "誤検知"}
    )
    assert response.status_code == 302
    assert Decision.objects.get(comment=comment).clause == ""
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]), {"action": "delete", "reason": "x"}
    )
    assert response.status_code == 400
    assert "運用方針の条項を選んでください" in response.content.decode() or "条項" in (
        response.content.decode()
    )


def test_every_comment_matching_filter_asks_confirmation_with_the_count(
    client, connected_pages, resident_comment, secretariat_user
):
    for i in range(3):
        resident_comment(connected_pages[0], f"お前はバカだ {i}", author=str(i))
    other = resident_comment(connected_pages[1], "このクズが", author="99")
    client.force_login(secretariat_user)
    query = urlencode({"page": connected_pages[0].pk})
    data = {
        "scope": "filter",
        "filter_query": query,
        "expected": "3",
        "action": "hide",
        "clause": "defamation",
        "reason": "炎上対応",
    }
    response = client.post(reverse("moderation:bulk_decide"), data)
    assert response.status_code == 200 and not Decision.objects.exists()
    assert "3" in response.content.decode()
    response = client.post(reverse("moderation:bulk_decide"), {**data, "confirm": "1"})
    assert response.status_code == 302
    batch = BulkDecision.objects.get()
    assert batch.source == "filter" and batch.decisions.count() == 3
    assert not Decision.objects.filter(comment=other).exists()


def test_reason_template_fills_the_reason(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    response = client.post(
        reverse("moderation:reason_templates"),
        {"clause": "defamation", "title": "侮辱", "text": "個人への侮辱表現のため"},
    )
    assert response.status_code == 302
    template = ReasonTemplate.objects.get()
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "hide", "template": str(template.pk)},
    )
    assert response.status_code == 302
    decision = Decision.objects.get(comment=comment)
    assert decision.reason == "個人への侮辱表現のため" and decision.clause == "defamation"


def test_search_finds_width_and_kana_variants(
    client, connected_pages, resident_comment, secretariat_user
):
    page = connected_pages[0]
    variants = [
        resident_comment(page, "おまえ バカ だな", author="1"),
        resident_comment(page, "ﾊﾞｶじゃないの", author="2"),
        resident_comment(page, "お前は ば か だ", author="3"),
    ]
    assert all(Comment.objects.get(pk=c.pk).search_text for c in variants)
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:queue"), {"q": "ばか", "status": "all"}).content.decode()
    for comment in variants:
        assert reverse("moderation:item", args=[comment.pk]) in html
    assert 'class="search-hit"' in html


def test_next_follows_the_filter_and_sort(
    client, connected_pages, resident_comment, secretariat_user
):
    a = resident_comment(connected_pages[0], "お前はバカだ", author="1")
    b = resident_comment(connected_pages[0], "このクズが", author="2")
    resident_comment(connected_pages[1], "お前はバカだ", author="3")
    client.force_login(secretariat_user)
    query = urlencode({"page": connected_pages[0].pk, "sort": "posted"})
    response = client.post(
        reverse("moderation:decide", args=[a.pk]),
        {"action": "keep", "reason": "誤検知", "then": "next", "from": query, "pos": "0"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("moderation:item", args=[b.pk]))
    assert "from=" in response["Location"]


def test_crisis_mode_hides_existing_flags_and_unhides_when_off(
    connected_pages, resident_comment, secretariat_user
):
    page = connected_pages[0]
    flagged = [resident_comment(page, f"お前はバカだ {i}", author=str(i)) for i in range(2)]
    change = crisis_mode_set(
        page_id=page.pk, actor=secretariat_user, enabled=True, reason="炎上", hide_existing=True
    )
    assert change.batch.decisions.count() == 2
    assert AuditEntry.objects.filter(event="bulk_decision", batch=change.batch).count() == 1
    # The flags stay open for review.
    assert all(c.flags.filter(decision__isnull=True).exists() for c in flagged)
    from moderation.selectors import crisis_mode_state

    assert crisis_mode_state()[0]["page_name"] == page.name
    off = crisis_mode_set(page_id=page.pk, actor=secretariat_user, enabled=False, unhide=True)
    assert off.batch.decisions.filter(action="unhide").count() == 2
    assert crisis_mode_state() == []


def test_crisis_mode_needs_a_reason(connected_pages, secretariat_user):
    from ishinomaki_sns.common.errors import DomainError

    with pytest.raises(DomainError):
        crisis_mode_set(page_id=connected_pages[0].pk, actor=secretariat_user, enabled=True)


def test_audit_search_and_japan_time_csv(
    client, connected_pages, resident_comment, secretariat_user, ict_user
):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="1")
    second = resident_comment(connected_pages[1], "このクズが", author="2")
    decisions_record_bulk(comment_ids=[first.pk], actor=secretariat_user, action="keep",
                          clause="", reason="=cmd|' /C calc'!A0")  # fmt: skip
    decisions_record_bulk(comment_ids=[second.pk], actor=ict_user, action="hide",
                          clause="defamation", reason="侮辱")  # fmt: skip
    client.force_login(secretariat_user)
    url = reverse("moderation:audit")
    html = client.get(url, {"actor": ict_user.pk}).content.decode()
    assert "侮辱" in html and "calc" not in html
    html = client.get(url, {"page": connected_pages[0].pk}).content.decode()
    assert "calc" in html and "侮辱" not in html
    assert client.get(url, {"date_from": "not-a-date"}).status_code == 200
    html = client.get(url, {"comment": second.pk}).content.decode()
    assert "侮辱" in html
    body = b"".join(
        client.get(reverse("moderation:audit_export", args=["csv"])).streaming_content
    ).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:4] == ["番号", "日時（日本時間）", "出来事", "出来事コード"]
    assert all(row[1].endswith("+09:00") for row in rows[1:])
    reasons = [row[16] for row in rows[1:]]
    assert "'=cmd|' /C calc'!A0" in reasons


def test_queue_masks_card_numbers_but_the_item_shows_them(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "カード 4111 1111 1111 1111 お前はバカだ")
    client.force_login(secretariat_user)
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert "4111 1111 1111 1111" not in queue and "＊＊＊＊ ＊＊＊＊ ＊＊＊＊ 1111" in queue
    item = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()
    assert "4111 1111 1111 1111" in item


def test_verify_form_answers_and_rate_limits(client, connected_pages, settings):
    cache.clear()
    page = connected_pages[0]
    url = reverse("pages:registry_check")
    html = client.get(url, {"url": f"https://www.facebook.com/{page.facebook_page_id}"})
    assert "公式ページです" in html.content.decode()
    html = client.get(url, {"url": "https://www.facebook.com/not.the.city.999"}).content.decode()
    assert "市の公式ページではありません" in html
    assert client.get(url, {"url": "not a url at all"}).status_code == 400
    settings.REGISTRY_VERIFY_RATE_LIMIT = 3
    response = client.get(url, {"url": "https://www.facebook.com/x"})
    assert response.status_code == 429
    assert "3" in response.content.decode()


def test_crisis_mode_started_from_an_incident_links_back(
    client, connected_pages, secretariat_user, ict_user
):
    from incidents.services import incident_open

    page = connected_pages[0]
    incident = incident_open(actor=ict_user, kind="flaming", title="投稿への批判殺到", page=page)
    client.force_login(secretariat_user)
    detail = client.get(reverse("incidents:detail", args=[incident.pk])).content.decode()
    start = reverse("moderation:crisis_mode", args=[page.pk]) + f"?incident={incident.pk}"
    assert start.replace("&", "&amp;") in detail or start in detail
    assert f'name="incident" value="{incident.pk}"' in client.get(start).content.decode()
    response = client.post(
        reverse("moderation:crisis_mode", args=[page.pk]),
        {"enabled": "1", "reason": "炎上", "incident": incident.pk, "confirm": "1"},
    )
    assert response["Location"] == reverse("incidents:detail", args=[incident.pk])
    change = page.crisis_mode_changes.get()
    assert change.incident == incident
    detail = client.get(reverse("incidents:detail", args=[incident.pk])).content.decode()
    assert "緊急モード中" in detail
    # The header of any staff page says so, with the page.
    home = client.get("/").content.decode()
    assert 'id="crisis-banner"' in home and page.name in home


def test_an_invalid_filter_never_widens_a_bulk_decision(
    client, connected_pages, resident_comment, secretariat_user
):
    resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    data = {"scope": "filter", "filter_query": "page=not-a-page", "expected": "1",
            "action": "hide", "clause": "defamation", "reason": "x", "confirm": "1"}  # fmt: skip
    response = client.post(reverse("moderation:bulk_decide"), data)
    assert response.status_code == 302 and not Decision.objects.exists()


def test_a_comment_in_romaji_sentences_is_found_by_its_kana_and_refilled(
    client, connected_pages, resident_comment, secretariat_user
):
    import importlib

    from django.apps import apps

    from comments.search import search_backfill

    page = connected_pages[0]
    romaji = resident_comment(page, "kami wo shinjiru mono wa sukuwareru", author="1")
    plain = resident_comment(page, "ばかじゃないの", author="2")
    assert Comment.objects.get(pk=romaji.pk).search_text.startswith("かみをしんじる")
    client.force_login(secretariat_user)
    for query in ("しんじる", "kami wo shinjiru"):
        html = client.get(reverse("moderation:queue"), {"q": query, "status": "all"}).content
        assert reverse("moderation:item", args=[romaji.pk]) in html.decode(), query
    # The migration's refill reads only messages with three Latin words in a row (the
    # regular expression runs in PostgreSQL).
    Comment.objects.update(search_text="stale")
    regex = importlib.import_module(
        "comments.migrations.0005_search_text_romaji_sentences"
    )._THREE_LATIN_WORDS
    assert list(search_backfill(apps.get_model("comments", "Comment"), message_regex=regex,
                                refill=True)) == [1]  # fmt: skip
    assert Comment.objects.get(pk=romaji.pk).search_text.startswith("かみをしんじる")
    assert Comment.objects.get(pk=plain.pk).search_text == "stale"
