"""Retention: the text of comments hidden or deleted longer than MODERATION_RETENTION_DAYS is
erased; younger ones and visible ones keep it; flags, decisions and the audit log stay."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from comments.models import Comment, CommentRevision
from comments.services import page_sync
from moderation.models import AuditEntry, Decision, Flag, ModerationAction
from moderation.services import decision_record, moderation_action_execute, moderation_text_purge

pytestmark = pytest.mark.django_db

RETENTION = 30


def decide_and_carry_out(comment, actor, action):
    decision_record(comment_id=comment.pk, actor=actor, action=action, clause="defamation",
                    reason="誹謗中傷のため")  # fmt: skip
    for pk in ModerationAction.objects.filter(comment=comment, status="pending").values_list(
        "pk", flat=True
    ):
        moderation_action_execute(action_id=pk)
    comment.refresh_from_db()
    return comment


def test_purge_erases_only_text_hidden_or_deleted_past_retention(
    settings, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    settings.MODERATION_RETENTION_DAYS = RETENTION
    page = connected_pages[0]
    start = timezone.now()
    hidden = decide_and_carry_out(
        resident_comment(page, "お前はバカだ", author="1"), secretariat_user, "hide"
    )
    deleted = decide_and_carry_out(
        resident_comment(page, "このクズが", author="2"), secretariat_user, "delete"
    )
    kept = decide_and_carry_out(
        resident_comment(page, "お前はクズだ", author="3"), secretariat_user, "keep"
    )
    assert hidden.is_hidden and deleted.is_deleted and not kept.is_hidden
    with time_machine.travel(start + timedelta(days=20), tick=False):
        younger = decide_and_carry_out(
            resident_comment(page, "バカな職員", author="4"), secretariat_user, "hide"
        )
    flags, decisions = Flag.objects.count(), Decision.objects.count()
    audit = set(AuditEntry.objects.values_list("pk", flat=True))

    with time_machine.travel(start + timedelta(days=RETENTION - 1), tick=False):
        assert moderation_text_purge() == 0
    with time_machine.travel(start + timedelta(days=RETENTION + 1), tick=False):
        assert moderation_text_purge() == 2
        assert moderation_text_purge() == 0  # idempotent

    for comment in (hidden, deleted):
        comment.refresh_from_db()
        assert comment.message == "" and "message" not in comment.raw
        assert not CommentRevision.objects.filter(comment=comment).exclude(message="").exists()
        assert all(
            f.message_screened.startswith("purged:") for f in Flag.objects.filter(comment=comment)
        )
        assert AuditEntry.objects.filter(comment=comment, event="text_purged").count() == 1
    for comment, text in ((kept, "お前はクズだ"), (younger, "バカな職員")):
        comment.refresh_from_db()
        assert comment.message == text
        assert not AuditEntry.objects.filter(comment=comment, event="text_purged").exists()
    # Flags, decisions and every earlier audit entry stay.
    assert Flag.objects.count() == flags and Decision.objects.count() == decisions
    assert audit <= set(AuditEntry.objects.values_list("pk", flat=True))
    assert Decision.objects.get(comment=hidden).reason == "誹謗中傷のため"

    # Facebook still returns the hidden comment: the next sync does not bring its text back.
    page_sync(page_id=page.pk, full=True)
    hidden.refresh_from_db()
    assert hidden.message == "" and hidden.is_hidden

    with time_machine.travel(start + timedelta(days=20 + RETENTION + 1), tick=False):
        assert moderation_text_purge() == 1
    younger.refresh_from_db()
    assert younger.message == ""


def test_retention_runs_from_the_deletion_not_an_older_decision(
    settings, graph_simulator, connected_pages, resident_comment, secretariat_user
):
    settings.MODERATION_RETENTION_DAYS = RETENTION
    page = connected_pages[0]
    start = timezone.now()
    comment = decide_and_carry_out(
        resident_comment(page, "お前はバカだ", author="5"), secretariat_user, "keep"
    )
    # The author deletes it on Facebook long after the secretariat kept it.
    with time_machine.travel(start + timedelta(days=RETENTION + 5), tick=False):
        graph_simulator.delete_comment(comment.facebook_id)
        page_sync(page_id=page.pk, full=True)
    comment.refresh_from_db()
    assert comment.is_deleted
    with time_machine.travel(start + timedelta(days=RETENTION + 6), tick=False):
        assert moderation_text_purge() == 0
    with time_machine.travel(start + timedelta(days=2 * RETENTION + 6), tick=False):
        assert moderation_text_purge() == 1
    assert Comment.objects.get(pk=comment.pk).message == ""
