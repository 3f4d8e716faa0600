"""`sync_comments` and `export_comments`, and the staff download."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from comments.models import Comment
from comments.services import page_sync, posts_upsert
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_sync_comments_all_prints_a_summary(graph_simulator, connected_pages):
    out, _err = run("sync_comments", "--all")
    total = Comment.objects.count()
    assert total > 0
    assert f"新規コメント：{total}" in out
    assert "Graph API呼び出し" in out


def test_sync_comments_second_run_adds_nothing(graph_simulator, connected_pages):
    run("sync_comments", "--all")
    out, _err = run("sync_comments", "--page", connected_pages[0].facebook_page_id)
    assert "新規コメント：0" in out


def test_sync_comments_fails_with_a_clear_message_per_page(graph_simulator, connected_pages):
    graph_simulator.set_fault(
        "permission", rate=1.0, page_id=connected_pages[1].facebook_page_id, code=200
    )
    err = io.StringIO()
    with pytest.raises(CommandError, match="1件のページで失敗"):
        call_command("sync_comments", "--all", stdout=io.StringIO(), stderr=err)
    assert connected_pages[1].name in err.getvalue()
    assert Comment.objects.filter(page=connected_pages[0]).exists()


def test_sync_comments_unknown_page_is_a_clear_error(db):
    with pytest.raises(CommandError, match="登録されていません"):
        call_command("sync_comments", "--page", "999", stdout=io.StringIO(), stderr=io.StringIO())


def test_sync_comments_full_records_deletions(graph_simulator, connected_pages):
    page = connected_pages[0]
    run("sync_comments", "--page", page.facebook_page_id)
    post = graph_simulator.posts(page.facebook_page_id)[0]
    victim = graph_simulator.comments(post.id)[0]
    graph_simulator.world.comment_delete(victim.id, notify=False)
    out, _err = run("sync_comments", "--page", page.facebook_page_id, "--full")
    assert "削除：0" not in out  # the comment (and any replies Facebook removed with it)
    assert Comment.objects.get(facebook_id=victim.id).is_deleted


def hostile_comment(page, message='=HYPERLINK("http://evil")<script>alert(1)</script>'):
    from django.utils import timezone

    from comments.services import comments_upsert

    post = posts_upsert(
        page=page, items=[{"id": f"{page.facebook_page_id}_9"}], now=timezone.now()
    )[f"{page.facebook_page_id}_9"]
    comments_upsert(
        page=page,
        post=post,
        now=timezone.now(),
        source="sync",
        items=[
            {
                "id": "9_1",
                "message": message,
                "from": {"id": "42", "name": "@evil"},
                "created_time": "2026-11-20T01:02:03+0000",
            }
        ],
    )
    return Comment.objects.get(facebook_id="9_1")


def test_export_jsonl_has_every_column_with_facebook_ids(graph_simulator, connected_pages):
    page_sync(page_id=connected_pages[0].pk)
    out, _err = run(
        "export_comments", "--format", "jsonl", "--page", connected_pages[0].facebook_page_id
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == Comment.objects.filter(page=connected_pages[0]).count()
    assert set(rows[0]) == {
        "page_id",
        "post_id",
        "comment_id",
        "parent_id",
        "author_id",
        "author_name",
        "message",
        "created_time",
        "is_hidden",
        "is_deleted",
        "flags",
        "latest_decision",
    }
    assert rows[0]["page_id"] == connected_pages[0].facebook_page_id
    assert rows[0]["flags"] == [] or isinstance(rows[0]["flags"], list)


def test_export_csv_neutralises_formulas(connected_pages):
    hostile_comment(connected_pages[0])
    out, _err = run("export_comments", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    row = next(r for r in rows if r["comment_id"] == "9_1")
    assert row["message"].startswith("'=")
    assert row["author_name"] == "'@evil"


def test_export_since_filters_and_bad_date_is_a_clear_error(connected_pages):
    hostile_comment(connected_pages[0])
    out, _err = run("export_comments", "--since", "2026-11-21")
    assert out == ""
    with pytest.raises(CommandError, match="2016-10-17"):
        run("export_comments", "--since", "yesterday")


def test_staff_download_matrix(client, actors, graph_simulator, tourism):  # noqa: F811
    from tests.fixtures_comments import connect_page

    page = connect_page(
        admin=actors["tourism_admin"],
        ict=actors["ict"],
        department=tourism,
        sim_page=graph_simulator.page(0),
    )
    assert_access(
        client,
        actors,
        Access(
            f"/pages/{page.pk}/comments/export.csv",
            allowed=frozenset(
                {"ict", "secretariat", "auditor", "tourism_admin", "tourism_operator"}
            ),
            denied_status=404,
        ),
    )


def test_download_is_escaped_and_holds_no_token(client, ict_user, connected_pages):
    page = connected_pages[0]
    hostile_comment(page)
    client.force_login(ict_user)
    response = client.get(f"/pages/{page.pk}/comments/export.jsonl")
    body = b"".join(response.streaming_content).decode()
    assert response["Content-Disposition"].startswith("attachment;")
    assert page.page_access_token() not in body
    assert "<script>" in body  # JSON keeps the text as data; it is never rendered as HTML here
    assert response["Content-Type"].startswith("application/x-ndjson")


def test_page_detail_offers_the_comment_download(client, connected_pages):
    page = connected_pages[0]
    page_sync(page_id=page.pk)
    admin = page.department.role_assignments.get(role="department_admin").user
    client.force_login(admin)
    html = client.get(f"/pages/{page.pk}/").content.decode()
    assert f"/pages/{page.pk}/comments/export.csv" in html
    assert f"/insights/pages/{page.pk}/" in html
    assert "正常" in html  # the sync state
