"""Withdrawing a page cleans up after it: its open flags leave the queue as one audited
bulk close, its outbox is cancelled, sync and webhooks stop, its token is discarded, the
registry shows it withdrawn with the date. A second withdrawal changes nothing, and a sync
or screening that races the withdrawal cannot re-open anything."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone, translation

from comments.models import Comment
from comments.services import SyncSkipped, page_sync, webhook_process, webhook_receive
from ishinomaki_sns.common.errors import InvalidTransitionError
from moderation.models import AuditEntry, Decision, Flag, ModerationAction
from moderation.services import comments_screen, decision_record, moderation_action_execute
from pages.models import ConnectionState, OfficialPage, PageStatus
from pages.services import page_complete_withdrawal, page_decide_withdrawal, page_transition
from pages.transitions import Action

pytestmark = pytest.mark.django_db


def _approve_withdrawal(page, ict):
    admin = page.created_by
    page_transition(
        page_id=page.pk, action=Action.REQUEST_WITHDRAWAL, actor=admin, comment="事業終了"
    )
    page_decide_withdrawal(page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict)
    return admin


def _complete(page, admin):
    return page_complete_withdrawal(
        page_id=page.pk,
        actor=admin,
        closure_announced=True,
        token_revoked=True,
        records_kept=True,
    )


@pytest.fixture
def flagged_page(connected_pages, resident_comment, secretariat_user):
    """A page with two flagged comments (open), one decided, and a pending outbox action."""
    page = connected_pages[0]
    open_1 = resident_comment(page, "お前はバカだ")
    open_2 = resident_comment(page, "090-1234-5678 に電話して")
    decided = resident_comment(page, "バカ野郎", author="9002")
    decision_record(comment_id=decided.pk, actor=secretariat_user, action="delete",
                    clause="defamation", reason="削除")  # fmt: skip
    return page, [open_1, open_2], decided


def test_withdrawal_closes_open_flags_as_one_audited_bulk_close(
    flagged_page, ict_actor, graph_simulator
):
    page, open_comments, decided = flagged_page
    open_flags = Flag.objects.filter(comment__page=page, decision__isnull=True).count()
    open_on = Flag.objects.filter(comment__page=page, decision__isnull=True)
    open_comment_count = open_on.values("comment").distinct().count()
    assert open_flags >= 2 and open_comment_count >= 2
    pending = ModerationAction.objects.get(comment=decided, status="pending", kind="delete")
    outbox = ModerationAction.objects.filter(comment__page=page, status="pending").count()
    admin = _approve_withdrawal(page, ict_actor)
    _complete(page, admin)

    assert not Flag.objects.filter(comment__page=page, decision__isnull=True).exists()
    closing = Decision.objects.filter(comment__page=page, action="page_withdrawn")
    assert closing.count() == open_comment_count and all(d.actor == admin for d in closing)
    assert ModerationAction.objects.get(comment=decided, kind="delete").status == "cancelled"
    assert not ModerationAction.objects.filter(comment__page=page, status="pending").exists()
    entry = AuditEntry.objects.get(event="page_withdrawn", page=page)
    assert entry.detail == {
        "flags": open_flags,
        "comments": open_comment_count,
        "actions_cancelled": outbox,
    }
    assert entry.actor == admin
    # The cancelled action never reaches Facebook, even if its task runs now.
    assert moderation_action_execute(action_id=pending.pk).status == "skipped"
    assert graph_simulator.world.comment_state(decided.facebook_id)["is_deleted"] is False

    page.refresh_from_db()
    assert page.status == PageStatus.WITHDRAWN and page.withdrawn_on == timezone.localdate()
    assert not page.has_token and page.token_scopes == []
    assert page.connection_state == ConnectionState.NONE


def test_a_second_withdrawal_is_refused_and_changes_nothing(client, flagged_page, ict_actor):
    page, _open, _decided = flagged_page
    admin = _approve_withdrawal(page, ict_actor)
    _complete(page, admin)
    decisions = Decision.objects.count()
    audits = AuditEntry.objects.count()
    with pytest.raises(InvalidTransitionError):
        _complete(page, admin)
    assert Decision.objects.count() == decisions and AuditEntry.objects.count() == audits
    # Through the view: a clear message, nothing changed.
    client.force_login(admin)
    response = client.post(
        reverse("pages:complete_withdrawal", args=[page.pk]),
        {"closure_announced": "on", "token_revoked": "on", "records_kept": "on", "confirmed": "1"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert "既に撤退済み" in response.content.decode()
    assert AuditEntry.objects.count() == audits


def test_sync_and_webhooks_stop_for_a_withdrawn_page(
    flagged_page, ict_actor, graph_simulator, settings
):
    page, _open, _decided = flagged_page
    admin = _approve_withdrawal(page, ict_actor)
    _complete(page, admin)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    fb_comment = graph_simulator.add_comment(post.id, "撤退後のコメント", from_id="5")
    with pytest.raises(SyncSkipped):
        page_sync(page_id=page.pk)
    assert not Comment.objects.filter(facebook_id=fb_comment).exists()
    body = json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": page.facebook_page_id,
                    "time": 1,
                    "changes": [
                        {
                            "field": "feed",
                            "value": {
                                "item": "comment",
                                "verb": "add",
                                "comment_id": fb_comment,
                                "post_id": post.id,
                                "from": {"id": "5", "name": "x"},
                                "created_time": 1,
                                "message": "webhook",
                            },
                        }
                    ],
                }
            ],
        }
    ).encode()
    signature = (
        "sha256="
        + hmac.new(settings.FACEBOOK_APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
    )
    delivery = webhook_receive(raw_body=body, signature=signature)
    assert delivery is not None
    assert webhook_process(delivery_id=delivery.pk) == 0
    assert not Comment.objects.filter(facebook_id=fb_comment).exists()


@pytest.mark.django_db(transaction=True)
def test_a_screening_racing_the_withdrawal_cannot_reopen_a_flag(
    connected_pages, resident_comment, ict_actor, graph_simulator
):
    """The screening locks the page row before writing flags: run it while the withdrawal
    holds the lock; it waits, then sees the page withdrawn and writes nothing."""
    page = connected_pages[0]
    comment = resident_comment(page, "普通のコメントです")
    Comment.objects.filter(pk=comment.pk).update(message="お前はバカだ")  # screened later
    admin = _approve_withdrawal(page, ict_actor)
    started = threading.Event()
    result = {}

    def screen():
        started.wait(10)
        try:
            result["screen"] = comments_screen(comment_ids=[comment.pk])
        finally:
            connection.close()

    worker = threading.Thread(target=screen)
    worker.start()
    with transaction.atomic():
        OfficialPage.objects.select_for_update().get(pk=page.pk)  # the withdrawal's lock
        started.set()
        worker.join(0.5)
        assert worker.is_alive()  # the screening waits for the lock
        _complete(page, admin)
    worker.join(10)
    assert result["screen"].flags == 0
    assert not Flag.objects.filter(comment=comment).exists()


@pytest.mark.django_db(transaction=True)
def test_a_sync_racing_the_withdrawal_stores_nothing_after_it(
    connected_pages, ict_actor, graph_simulator, default_rules
):
    """The sync checks the page under its row lock before each batch commits."""
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    fb_comment = graph_simulator.add_comment(post.id, "お前はバカだ", from_id="77")
    admin = _approve_withdrawal(page, ict_actor)
    # (an approved withdrawal is still read until completed: the lock decides the race)
    started = threading.Event()
    result = {}

    def sync():
        started.wait(10)
        try:
            page_sync(page_id=page.pk, full=True)
        except SyncSkipped as exc:
            result["skipped"] = str(exc)
        finally:
            connection.close()

    worker = threading.Thread(target=sync)
    worker.start()
    with transaction.atomic():
        OfficialPage.objects.select_for_update().get(pk=page.pk)
        started.set()
        worker.join(1.0)
        _complete(page, admin)
    worker.join(20)
    assert "skipped" in result
    assert not Comment.objects.filter(facebook_id=fb_comment).exists()
    assert not Flag.objects.filter(comment__page=page, decision__isnull=True).exists()


def test_the_outbox_explains_and_offers_no_retry_for_a_withdrawn_page(
    client, flagged_page, ict_actor, secretariat_user
):
    page, _open, decided = flagged_page
    admin = _approve_withdrawal(page, ict_actor)
    _complete(page, admin)
    action = ModerationAction.objects.get(comment=decided, kind="delete")
    client.force_login(secretariat_user)
    body = client.get(reverse("moderation:outbox"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "ページが撤退したため" in body
    assert f"/moderation/outbox/{action.pk}/retry/" not in body
    client.post(reverse("moderation:outbox_retry", args=[action.pk]))
    action.refresh_from_db()
    assert action.status == "cancelled"
    # The audit log says it in Japanese: the event, and what was closed.
    client.force_login(ict_actor)
    audit = client.get(reverse("moderation:audit"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "ページ廃止（未対応のフラグを一括終了）" in audit and "一括終了したフラグ" in audit
    client.force_login(secretariat_user)
    queue = client.get(reverse("moderation:queue"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert page.name not in queue or "お前はバカだ" not in queue


def test_withdrawal_asks_for_confirmation_with_counts(client, flagged_page, ict_actor):
    page, _open, _decided = flagged_page
    admin = _approve_withdrawal(page, ict_actor)
    client.force_login(admin)
    url = reverse("pages:complete_withdrawal", args=[page.pk])
    checklist = {"closure_announced": "on", "token_revoked": "on", "records_kept": "on"}
    response = client.post(url, checklist, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert response.status_code == 200 and 'id="confirm"' in body
    open_flags = Flag.objects.filter(comment__page=page, decision__isnull=True).count()
    assert f"{open_flags} 件" in body and "取り消せません" in body
    page.refresh_from_db()
    assert page.status == PageStatus.WITHDRAWAL_APPROVED  # nothing happened yet
    response = client.post(url, {**checklist, "confirmed": "1"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.status == PageStatus.WITHDRAWN
    detail = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "を撤退させました" in detail


def test_withdrawal_names_the_queue_as_the_nav_does(client, flagged_page, ict_actor):
    """The queue is 「コメント確認」 in the navigation: the withdrawal says so too."""
    page, _open, _decided = flagged_page
    admin = _approve_withdrawal(page, ict_actor)
    client.force_login(admin)
    url = reverse("pages:complete_withdrawal", args=[page.pk])
    checklist = {"closure_announced": "on", "token_revoked": "on", "records_kept": "on"}

    confirm = client.post(url, checklist, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "コメント確認から外れる未判断の検知" in confirm
    done = client.post(url, {**checklist, "confirmed": "1"}, follow=True, HTTP_ACCEPT_LANGUAGE="ja")
    html = done.content.decode()
    assert "未判断の検知はコメント確認から外れ" in html
    with translation.override("ja"):
        assert translation.gettext("Review queue") == "コメント確認"  # the nav's name
    for text in (confirm, html):
        assert "審査キュー" not in text
