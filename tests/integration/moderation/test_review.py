"""The review: screening on ingestion, the queue, decisions reaching the simulated Facebook,
the audit log, escaping, bulk decisions, crisis mode, auto-hide, department read-only."""

from __future__ import annotations

import json

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from comments.exports import csv_lines, export_rows, jsonl_lines
from comments.models import Comment
from moderation.models import AuditEntry, Decision, Flag, ModerationAction
from moderation.services import (
    comments_screen,
    decision_record,
    moderation_action_execute,
)
from pages.services import page_connection_store
from tests.fixtures_moderation import HOSTILE
from tests.fixtures_pages import verified

pytestmark = pytest.mark.django_db


def carry_out(comment):
    """Run the comment's pending outbox actions as the worker would."""
    for action in ModerationAction.objects.filter(comment=comment, status="pending"):
        moderation_action_execute(action_id=action.pk)


def test_screening_records_flags_once_per_rule_version(connected_pages, resident_comment):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    flag = Flag.objects.get(comment=comment)
    assert flag.clause == "defamation" and flag.rule.slug == "defamation-insults-ja"
    assert flag.rule_version == flag.rule.version and flag.message_screened == comment.message
    assert comments_screen(comment_ids=[comment.pk]).flags == 0
    assert Flag.objects.filter(comment=comment).count() == 1
    assert not Decision.objects.filter(comment=comment).exists()


def test_secretariat_hides_flagged_comment_and_simulator_confirms(
    client, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], HOSTILE)
    client.force_login(secretariat_user)
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert reverse("moderation:item", args=[comment.pk]) in queue
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "hide", "clause": "defamation", "reason": "侮辱表現のため"},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert not comment.is_hidden  # not before Facebook confirms
    action = ModerationAction.objects.get(comment=comment)
    assert action.kind == "hide" and action.status == "pending"
    carry_out(comment)
    assert graph_simulator.world.comment_state(comment.facebook_id)["is_hidden"] is True
    comment.refresh_from_db()
    action.refresh_from_db()
    assert comment.is_hidden and action.status == "done" and action.done_at
    assert not Flag.objects.filter(comment=comment, decision__isnull=True).exists()
    events = list(AuditEntry.objects.filter(comment=comment).values_list("event", flat=True))
    assert sorted(events) == ["action_done", "decision"]
    log = client.get(reverse("moderation:audit")).content.decode()
    assert "侮辱表現のため" in log
    assert comment.message == HOSTILE  # the text stays stored after hiding


def test_hostile_text_is_escaped_in_queue_item_and_exports(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], HOSTILE)
    client.force_login(secretariat_user)
    for url in (reverse("moderation:queue"), reverse("moderation:item", args=[comment.pk])):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<b onmouseover" not in html
        assert "&lt;script&gt;alert" in html
        assert "<mark" in html and "バカ</mark>" in html
    rows = list(export_rows(Comment.objects.filter(pk=comment.pk).select_related("page", "post")))
    assert rows[0]["flags"] == ["defamation"] and rows[0]["latest_decision"] is None
    assert json.loads("".join(jsonl_lines(rows)))["message"] == HOSTILE


def test_export_fills_flags_and_latest_decision_and_neutralises_formulas(
    connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], '=HYPERLINK("x") バカ')
    decision_record(
        comment_id=comment.pk, actor=secretariat_user, action="keep", clause="defamation",
        reason="=cmd|' /C calc'!A0",
    )  # fmt: skip
    rows = list(export_rows(Comment.objects.filter(pk=comment.pk).select_related("page", "post")))
    latest = rows[0]["latest_decision"]
    assert latest["action"] == "keep" and latest["decided_by"] == "secretariat"
    text = "".join(csv_lines(rows))
    assert "'=HYPERLINK" in text and ',"=' not in text


def test_threat_is_hidden_automatically_and_urgent(
    client, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "市役所に行って殺すぞ")
    decision = Decision.objects.get(comment=comment)
    assert decision.actor is None and decision.action == "hide" and decision.clause == "threat"
    assert "threat-violence" not in decision.reason and decision.reason
    carry_out(comment)
    assert graph_simulator.world.comment_state(comment.facebook_id)["is_hidden"] is True
    # Still open for the secretariat: the automatic hide waits for review.
    assert Flag.objects.get(comment=comment).decision is None
    client.force_login(secretariat_user)
    home = client.get(reverse("home")).content.decode()
    assert "?clause=threat" in home and "todo--urgent" in home
    queue = client.get(reverse("moderation:queue")).content.decode()
    assert "status--error" in queue


def test_privacy_is_hidden_automatically(connected_pages, resident_comment):
    comment = resident_comment(connected_pages[0], "担当者の電話は090-1234-5678です")
    assert Decision.objects.get(comment=comment).clause == "privacy"
    assert ModerationAction.objects.get(comment=comment).kind == "hide"


def test_crisis_mode_hides_every_newly_flagged_comment(
    client, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    page = connected_pages[0]
    client.force_login(secretariat_user)
    url = reverse("moderation:crisis_mode", args=[page.pk])
    # First the confirmation says what will happen; nothing is switched yet.
    response = client.post(url, {"enabled": "1", "reason": "炎上"})
    assert response.status_code == 200 and not AuditEntry.objects.filter(event="crisis_on")
    response = client.post(url, {"enabled": "1", "reason": "炎上", "confirm": "1"})
    assert response.status_code == 302
    comment = resident_comment(page, "お前はバカだ")
    decision = Decision.objects.get(comment=comment)
    assert decision.actor is None and decision.action == "hide"
    entry = AuditEntry.objects.get(event="crisis_on")
    assert entry.actor == secretariat_user and entry.page == page
    client.post(url, {"enabled": "0", "confirm": "1"})
    other = resident_comment(page, "このクズが", author="9002")
    assert not Decision.objects.filter(comment=other).exists()


def test_bulk_keep_decides_selection_and_skips_what_state_forbids(
    client, connected_pages, resident_comment, secretariat_user
):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="1")
    second = resident_comment(connected_pages[1], "このクズが", author="2")
    client.force_login(secretariat_user)
    response = client.post(
        reverse("moderation:bulk_decide"),
        {
            "selected": [first.pk, second.pk],
            "action": "unhide",
            "clause": "defamation",
            "reason": "x",
        },
    )
    assert response.status_code == 302 and not Decision.objects.exists()
    response = client.post(
        reverse("moderation:bulk_decide"),
        {
            "selected": [first.pk, second.pk],
            "action": "keep",
            "clause": "defamation",
            "reason": "誤検知",
        },
    )
    assert response.status_code == 302
    assert Decision.objects.filter(action="keep").count() == 2
    assert not Flag.objects.filter(decision__isnull=True).exists()


def test_decision_needs_reason_and_clause_with_japanese_messages(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    response = client.post(reverse("moderation:decide", args=[comment.pk]), {"action": "hide"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "判断の理由を入力してください" in html and "運用方針の条項を選んでください" in html
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "escalate", "clause": "threat", "reason": "犯罪予告"},
    )
    assert response.status_code == 400 and "警察署" in response.content.decode()
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "block", "clause": "defamation", "reason": "繰り返し"},
    )
    assert response.status_code == 400 and not Decision.objects.exists()


def test_escalation_records_police_contact(
    client, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    response = client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {
            "action": "escalate", "clause": "threat", "reason": "犯罪予告の疑い",
            "police_station": "石巻警察署", "police_officer": "生活安全課 佐藤",
            "police_reference": "R-123", "police_contacted_at": "2026-01-05T10:30",
        },
    )  # fmt: skip
    assert response.status_code == 302
    decision = Decision.objects.get(comment=comment)
    assert decision.police_station == "石巻警察署" and decision.police_reference == "R-123"
    assert (
        AuditEntry.objects.get(decision=decision).detail["police"]["officer"] == "生活安全課 佐藤"
    )


def test_block_asks_facebook_and_warns(
    client, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ", author="777")
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()
    assert "元に戻せない" in html
    client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {"action": "block", "clause": "defamation", "reason": "繰り返し", "confirm_block": "on"},
    )
    assert not Decision.objects.filter(comment=comment).exists()  # asked to confirm first
    client.post(
        reverse("moderation:decide", args=[comment.pk]),
        {
            "action": "block", "clause": "defamation", "reason": "繰り返し",
            "confirm_block": "on", "confirmed": "1",
        },
    )  # fmt: skip
    carry_out(comment)
    assert ModerationAction.objects.get(comment=comment, kind="block").status == "done"
    assert "777" in graph_simulator.world.blocked.get(connected_pages[0].facebook_page_id, set())


def test_permission_error_fails_the_action_and_staff_can_retry(
    client, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    decision_record(comment_id=comment.pk, actor=secretariat_user, action="delete",
                    clause="defamation", reason="削除")  # fmt: skip
    graph_simulator.set_fault("permission", page_id=connected_pages[0].facebook_page_id, code=200)
    carry_out(comment)
    action = ModerationAction.objects.get(comment=comment)
    assert action.status == "failed" and action.attempts == 1 and "Permission" in action.last_error
    comment.refresh_from_db()
    assert not comment.is_deleted
    assert AuditEntry.objects.filter(event="action_failed", action=action).exists()
    graph_simulator.clear_faults()
    client.force_login(secretariat_user)
    outbox = reverse("moderation:outbox") + "?status=failed"
    body = client.get(outbox, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    # A missing permission: explained in Japanese, and no retry until the page is reconnected.
    assert "削除" in body and "再接続" in body and "outbox_retry" not in body
    assert f"/moderation/outbox/{action.pk}/retry/" not in body
    client.post(reverse("moderation:outbox_retry", args=[action.pk]))
    action.refresh_from_db()
    assert action.status == "failed"
    page = connected_pages[0]
    sim_page = graph_simulator.page(0)
    page_connection_store(
        page_id=page.pk,
        actor=page.created_by,
        verified=verified(page_id=sim_page.id, token=sim_page.token),
    )
    body = client.get(outbox).content.decode()
    assert f"/moderation/outbox/{action.pk}/retry/" in body
    assert client.post(reverse("moderation:outbox_retry", args=[action.pk])).status_code == 302
    action.refresh_from_db()
    assert action.status == "pending"
    carry_out(comment)
    comment.refresh_from_db()
    assert comment.is_deleted
    assert graph_simulator.world.comment_state(comment.facebook_id)["is_deleted"] is True


def test_deleting_a_comment_already_gone_counts_as_done(
    graph_simulator, connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    graph_simulator.delete_comment(comment.facebook_id)
    decision_record(comment_id=comment.pk, actor=secretariat_user, action="hide",
                    clause="defamation", reason="非表示")  # fmt: skip
    carry_out(comment)
    assert ModerationAction.objects.get(comment=comment).status == "done"
    comment.refresh_from_db()
    assert comment.is_deleted


def test_audit_log_and_decisions_cannot_be_changed(
    connected_pages, resident_comment, secretariat_user
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    decision = decision_record(comment_id=comment.pk, actor=secretariat_user, action="keep",
                               clause="defamation", reason="誤検知")  # fmt: skip
    entry = AuditEntry.objects.get(decision=decision)
    for statement in (
        lambda: AuditEntry.objects.filter(pk=entry.pk).update(detail={}),
        lambda: AuditEntry.objects.filter(pk=entry.pk).delete(),
        lambda: Decision.objects.filter(pk=decision.pk).update(reason="改ざん"),
    ):
        with pytest.raises(Exception, match="cannot be changed"), transaction.atomic():
            statement()
    assert IntegrityError  # imported for readers: the guard is a database error


def test_audit_export_csv_and_jsonl(client, connected_pages, resident_comment, secretariat_user):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    decision_record(comment_id=comment.pk, actor=secretariat_user, action="keep",
                    clause="defamation", reason="=1+1")  # fmt: skip
    client.force_login(secretariat_user)
    body = b"".join(client.get(reverse("moderation:audit_export", args=["csv"])).streaming_content)
    text = body.decode("utf-8-sig")
    assert "decision" in text and "'=" not in text.split("\n")[0]
    lines = (
        b"".join(client.get(reverse("moderation:audit_export", args=["jsonl"])).streaming_content)
        .decode()
        .splitlines()
    )
    assert json.loads(lines[0])["detail"]["reason"] == "=1+1"


def test_department_admin_sees_own_flags_read_only(
    client, connected_pages, resident_comment, make_user
):
    from accounts.roles import Role

    own, other = connected_pages[0], connected_pages[1]
    mine = resident_comment(own, "お前はバカだ", author="1")
    theirs = resident_comment(other, "このクズが", author="2")
    admin = make_user(Role.DEPARTMENT_ADMIN, own.department, username="own-admin")
    client.force_login(admin)
    html = client.get(reverse("moderation:queue")).content.decode()
    assert reverse("moderation:item", args=[mine.pk]) in html
    assert reverse("moderation:item", args=[theirs.pk]) not in html
    assert 'name="selected"' not in html
    item = client.get(reverse("moderation:item", args=[mine.pk]))
    assert item.status_code == 200 and "decision-form" not in item.content.decode()
    assert client.get(reverse("moderation:item", args=[theirs.pk])).status_code == 404
    response = client.post(
        reverse("moderation:decide", args=[mine.pk]),
        {"action": "keep", "clause": "defamation", "reason": "x"},
    )
    assert response.status_code == 403 and not Decision.objects.exists()


def test_queue_filters_and_counts(client, connected_pages, resident_comment, secretariat_user):
    a = resident_comment(connected_pages[0], "お前はバカだ", author="1", name="山田")
    b = resident_comment(
        connected_pages[1], "担当者の電話は090-1234-5678です", author="2", name="佐藤"
    )
    client.force_login(secretariat_user)
    url = reverse("moderation:queue")

    def listed(query):
        html = client.get(url, query).content.decode()
        return {pk for pk in (a.pk, b.pk) if reverse("moderation:item", args=[pk]) in html}

    assert listed({}) == {a.pk, b.pk}
    assert listed({"clause": "privacy"}) == {b.pk}
    assert listed({"page": connected_pages[0].pk}) == {a.pk}
    assert listed({"author": "山田"}) == {a.pk}
    assert listed({"q": "電話"}) == {b.pk}
    assert listed({"status": "decided"}) == set()
    assert listed({"sort": "-severity"}) == {a.pk, b.pk}
    html = client.get(url).content.decode()
    assert 'data-clause-count="privacy">1<' in html
    assert client.get(url, {"clause": "nonsense", "flagged_from": "bad"}).status_code == 200
