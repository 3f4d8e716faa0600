"""Ingestion against the Graph API simulator over real HTTP, on the real PostgreSQL."""

from __future__ import annotations

import contextlib
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from comments.models import Comment, CommentRevision, PageSyncState, Post
from comments.services import SyncSkipped, page_sync
from ishinomaki_sns.graph.errors import GraphError, ThrottledGraphError, TokenInvalidGraphError
from pages.models import ConnectionState

pytestmark = pytest.mark.django_db


def sim_comment_ids(sim, page_id: str) -> set[str]:
    return {c.id for post in sim.posts(page_id) for c in sim.comments(post.id)}


def stored_ids(page) -> set[str]:
    return set(
        Comment.objects.filter(page=page, is_deleted=False).values_list("facebook_id", flat=True)
    )


def test_comments_across_several_pages_are_ingested_exactly_once(graph_simulator, connected_pages):
    for page in connected_pages:
        page_sync(page_id=page.pk)
    for page in connected_pages:
        assert stored_ids(page) == sim_comment_ids(graph_simulator, page.facebook_page_id)
        assert Post.objects.filter(page=page).count() == len(
            graph_simulator.posts(page.facebook_page_id)
        )
    total = Comment.objects.count()
    assert total == sum(
        len(sim_comment_ids(graph_simulator, p.facebook_page_id)) for p in connected_pages
    )


def test_a_second_sync_adds_nothing(graph_simulator, connected_pages):
    page = connected_pages[0]
    first = page_sync(page_id=page.pk)
    assert first.new > 0
    rows = list(
        Comment.objects.filter(page=page).values_list("pk", "facebook_id", "message").order_by("pk")
    )
    second = page_sync(page_id=page.pk)
    assert (second.new, second.updated, second.deleted) == (0, 0, 0)
    assert (
        list(
            Comment.objects.filter(page=page)
            .values_list("pk", "facebook_id", "message")
            .order_by("pk")
        )
        == rows
    )


def test_parsed_fields_and_raw_json_are_kept(graph_simulator, connected_pages):
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    sim_comment = graph_simulator.comments(post.id)[0]
    stored = Comment.objects.get(page=page, facebook_id=sim_comment.id)
    assert stored.message == sim_comment.message
    assert stored.post.facebook_id == post.id
    assert stored.raw["id"] == sim_comment.id
    assert stored.author_name and stored.author_id
    assert stored.created_time is not None and stored.created_time.tzinfo is not None


def test_with_a_quarter_of_calls_failing_repeated_syncs_converge(graph_simulator, connected_pages):
    graph_simulator.set_fault("http_500", rate=0.25)
    graph_simulator.set_fault("truncated", rate=0.05)
    expected = {p.pk: sim_comment_ids(graph_simulator, p.facebook_page_id) for p in connected_pages}
    for _attempt in range(40):
        pending = [p for p in connected_pages if stored_ids(p) != expected[p.pk]]
        if not pending:
            break
        for page in pending:
            with contextlib.suppress(GraphError):
                page_sync(page_id=page.pk)
    graph_simulator.clear_faults()
    for page in connected_pages:
        assert stored_ids(page) == expected[page.pk]
    # No duplicates: the unique constraint and the counts agree.
    assert Comment.objects.count() == sum(len(ids) for ids in expected.values())


def test_new_comment_on_a_year_old_post_is_found_by_the_next_ordinary_sync(
    graph_simulator, connected_pages
):
    page = connected_pages[0]
    old_post = graph_simulator.add_post(
        page.facebook_page_id, "昨年の夏祭りのお知らせ", created=int(time.time()) - 370 * 86400
    )
    page_sync(page_id=page.pk)  # first sync reads everything
    new_id = graph_simulator.add_comment(old_post, "今年も開催されますか？", notify=False)
    result = page_sync(page_id=page.pk)
    assert result.kind == "ordinary"
    assert result.new == 1
    assert Comment.objects.get(page=page, facebook_id=new_id).post.facebook_id == old_post


def test_full_sync_records_edits_and_deletions_made_on_facebook(graph_simulator, connected_pages):
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    post = graph_simulator.posts(page.facebook_page_id)[1]
    edited, deleted = graph_simulator.comments(post.id)[:2]
    graph_simulator.world.comment_edit(edited.id, "訂正します：開始は10時です", notify=False)
    graph_simulator.world.comment_delete(deleted.id, notify=False)
    result = page_sync(page_id=page.pk, full=True)
    assert result.kind == "full"
    stored = Comment.objects.get(page=page, facebook_id=edited.id)
    assert stored.message == "訂正します：開始は10時です"
    assert list(stored.revisions.values_list("message", "source")) == [
        (edited.message, CommentRevision.Source.FULL)
    ]
    gone = Comment.objects.get(page=page, facebook_id=deleted.id)
    assert gone.is_deleted and gone.deleted_at is not None
    assert gone.message == deleted.message  # the record is kept


def test_throttling_80001_pauses_the_page(graph_simulator, connected_pages):
    page = connected_pages[0]
    graph_simulator.set_fault(
        "throttle", rate=1.0, page_id=page.facebook_page_id, code=80001, minutes=7
    )
    with pytest.raises(ThrottledGraphError):
        page_sync(page_id=page.pk)
    state = PageSyncState.objects.get(page=page)
    assert state.status == PageSyncState.Status.THROTTLED
    assert state.paused_until is not None
    assert (
        timezone.now() + timedelta(minutes=5)
        < state.paused_until
        <= timezone.now() + timedelta(minutes=8)
    )
    graph_simulator.clear_faults()
    with pytest.raises(SyncSkipped):
        page_sync(page_id=page.pk)


def test_dead_token_marks_the_connection_broken_and_notifies(
    graph_simulator, connected_pages, django_capture_on_commit_callbacks
):
    page = connected_pages[0]
    graph_simulator.set_fault("dead_token", rate=1.0, page_id=page.facebook_page_id)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(TokenInvalidGraphError):
        page_sync(page_id=page.pk)
    page.refresh_from_db()
    assert page.connection_state == ConnectionState.BROKEN
    assert PageSyncState.objects.get(page=page).status == PageSyncState.Status.BROKEN
    assert mail.outbox, "department admins and the ICT office are told"
    recipients = {address for message in mail.outbox for address in message.to}
    assert "kanko-sim-admin@example.jp" in recipients  # the department's admin
    assert "ict-sim-0@example.jp" in recipients  # and the ICT office
    assert all(page.page_access_token() not in message.body for message in mail.outbox)


def test_permission_error_is_recorded_without_retry(graph_simulator, connected_pages):
    page = connected_pages[0]
    graph_simulator.set_fault("permission", rate=1.0, page_id=page.facebook_page_id, code=10)
    with pytest.raises(GraphError):
        page_sync(page_id=page.pk)
    assert PageSyncState.objects.get(page=page).status == PageSyncState.Status.PERMISSION
