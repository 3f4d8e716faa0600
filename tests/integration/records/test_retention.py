"""Retention: the job anonymises or deletes exactly the expired rows, never what a legal hold
covers, says so in its report (the dry run changes nothing), and audits every run."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from comments.models import Comment, CommentRevision, Post, SyncRun, WebhookDelivery
from moderation.models import AuditEntry
from records.models import LegalHold, RetentionRun
from records.services import legal_hold_lift, legal_hold_place, retention_class_set, retention_run
from records.verify import audit_verify

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2032, 6, 1, 12, 0, tzinfo=dt.UTC)


def ago(**kwargs) -> dt.datetime:
    return NOW - dt.timedelta(**kwargs)


@pytest.fixture
def records(active_page, make_application, fisheries, fisheries_admin):
    """Comments and other rows of two pages, some past retention, some not."""
    other = make_application(actor=fisheries_admin, department=fisheries, name="石巻市水産課")
    rows: dict[str, object] = {}

    def comment(page, key, created, *, revision_at=None):
        post, _ = Post.objects.get_or_create(page=page, facebook_id=f"{page.pk}_post",
                                             defaults={"created_time": created})  # fmt: skip
        c = Comment.objects.create(page=page, post=post, facebook_id=f"{page.pk}_{key}",
                                   author_id=f"id-{key}", author_name=f"住民 {key}",
                                   message=f"コメント {key}", created_time=created)  # fmt: skip
        if revision_at:
            CommentRevision.objects.create(comment=c, message="前の文", replaced_at=revision_at,
                                           source="sync")  # fmt: skip
        rows[key] = c
        return c

    comment(active_page, "old", ago(days=6 * 365), revision_at=ago(days=6 * 365))
    comment(active_page, "young", ago(days=4 * 365), revision_at=ago(days=30))
    comment(other, "old_held_page", ago(days=6 * 365), revision_at=ago(days=3 * 365))
    comment(active_page, "old_held_range", dt.datetime(2025, 3, 10, tzinfo=dt.UTC),
            revision_at=dt.datetime(2025, 3, 10, tzinfo=dt.UTC))  # fmt: skip
    for key, when in (("old", ago(days=800)), ("young", ago(days=10))):
        rows[f"hook_{key}"] = WebhookDelivery.objects.create(
            body_sha256=key * 8,
            body={},
        )
        WebhookDelivery.objects.filter(pk=rows[f"hook_{key}"].pk).update(received_at=when)
        rows[f"sync_{key}"] = SyncRun.objects.create(
            page=active_page, kind="ordinary", started_at=when
        )
    rows["other"] = other
    return rows


def test_retention_touches_exactly_the_expired_rows_not_held_ones(records, active_page, ict_user):
    legal_hold_place(actor=ict_user, page_id=records["other"].pk, starts_on=None, ends_on=None,
                     reason="訴訟のため保全")  # fmt: skip
    legal_hold_place(actor=ict_user, page_id=None, starts_on=dt.date(2025, 3, 1),
                     ends_on=dt.date(2025, 3, 31), reason="情報公開審査会")  # fmt: skip
    retention_class_set(actor=ict_user, kind="comments", retention_value="5")
    with time_machine.travel(NOW, tick=False):
        report = retention_run(actor=ict_user, dry_run=True)
    by_kind = {row["kind"]: row for row in report.report}
    # comments: "old", "old_held_page" and "old_held_range" are past 5 years; two are held.
    assert (by_kind["comments"]["expired"], by_kind["comments"]["held"]) == (3, 2)
    assert by_kind["comments"]["to_process"] == 1 and by_kind["comments"]["done"] == 0
    # revisions (1 year): old, old_held_page (3 y), old_held_range expired; two held.
    assert (by_kind["comment_revisions"]["expired"], by_kind["comment_revisions"]["held"]) == (3, 2)
    assert (by_kind["webhook_deliveries"]["expired"], by_kind["sync_runs"]["expired"]) == (1, 1)
    assert by_kind["decisions"]["action"] == "none" and by_kind["posts"]["action"] == "none"
    # The report changed nothing.
    assert Comment.objects.filter(author_name="").count() == 0
    assert CommentRevision.objects.count() == 4

    with time_machine.travel(NOW, tick=False):
        run = retention_run(dry_run=False)
    done = {row["kind"]: row["done"] for row in run.report}
    assert done["comments"] == 1 and done["comment_revisions"] == 1
    assert done["webhook_deliveries"] == 1 and done["sync_runs"] == 1
    anonymised = Comment.objects.get(pk=records["old"].pk)
    assert (anonymised.message, anonymised.author_name, anonymised.author_id) == ("", "", "")
    for key in ("young", "old_held_page", "old_held_range"):
        kept = Comment.objects.get(pk=records[key].pk)
        assert kept.message == f"コメント {key}" and kept.author_name == f"住民 {key}"
    assert set(CommentRevision.objects.values_list("comment_id", flat=True)) == {
        records["young"].pk,
        records["old_held_page"].pk,
        records["old_held_range"].pk,
    }
    assert list(WebhookDelivery.objects.values_list("pk", flat=True)) == [records["hook_young"].pk]
    assert list(SyncRun.objects.values_list("pk", flat=True)) == [records["sync_young"].pk]

    # Both runs are audited with their counts; the chain still verifies.
    entries = AuditEntry.objects.filter(event=AuditEntry.Event.RETENTION_RUN).order_by("id")
    assert [e.detail["dry_run"] for e in entries] == [True, False]
    assert entries[1].detail["counts"]["comments"] == {"expired": 3, "held": 2, "done": 1}
    assert audit_verify().ok

    # A second run finds nothing new; lifting the page hold releases its rows.
    with time_machine.travel(NOW, tick=False):
        assert {r["kind"]: r["done"] for r in retention_run(dry_run=False).report}["comments"] == 0
    legal_hold_lift(actor=ict_user, hold_id=LegalHold.objects.get(page=records["other"]).pk)
    with time_machine.travel(NOW, tick=False):
        final = retention_run(dry_run=False)
    assert {r["kind"]: r["done"] for r in final.report}["comments"] == 1
    assert Comment.objects.get(pk=records["old_held_page"].pk).author_name == ""
    assert Comment.objects.get(pk=records["old_held_range"].pk).author_name == "住民 old_held_range"
    assert RetentionRun.objects.count() == 4


def test_moderated_text_goes_through_the_moderation_purge_and_respects_holds(
    graph_simulator, connected_pages, resident_comment, secretariat_user, ict_user
):
    from moderation.models import ModerationAction
    from moderation.services import decision_record, moderation_action_execute

    page_a, page_b = connected_pages[0], connected_pages[1]
    hidden = []
    for page, author in ((page_a, "1"), (page_b, "2")):
        comment = resident_comment(page, "お前はバカだ", author=author)
        decision_record(comment_id=comment.pk, actor=secretariat_user, action="hide",
                        clause="defamation", reason="誹謗中傷")  # fmt: skip
        for pk in ModerationAction.objects.filter(comment=comment, status="pending").values_list(
            "pk", flat=True
        ):
            moderation_action_execute(action_id=pk)
        hidden.append(comment)
    legal_hold_place(actor=ict_user, page_id=page_b.pk, starts_on=None, ends_on=None, reason="保全")
    retention_class_set(actor=ict_user, kind="moderated_text", retention_value="1")
    with time_machine.travel(timezone.now() + dt.timedelta(days=400), tick=False):
        run = retention_run(dry_run=False)
    row = {r["kind"]: r for r in run.report}["moderated_text"]
    assert (row["expired"], row["held"], row["done"]) == (2, 1, 1)
    assert Comment.objects.get(pk=hidden[0].pk).message == ""
    assert Comment.objects.get(pk=hidden[1].pk).message == "お前はバカだ"
    assert AuditEntry.objects.filter(event="text_purged", comment=hidden[0]).exists()


def test_beat_runs_retention_and_the_anchor_and_no_separate_text_purge(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"records.retention_run", "records.audit_anchor"} <= tasks
    # The text purge is one kind of the retention run, which respects legal holds.
    assert "moderation.text_purge" not in tasks
