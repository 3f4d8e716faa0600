"""The audit log's hash chain: verify_audit passes on a clean log and names the first broken
row after an UPDATE, a DELETE, and a consistently rewritten tail (via the daily anchor)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.utils import timezone

from moderation.audit_chain import GENESIS, audit_row_hash, audit_write
from moderation.models import AuditEntry
from moderation.services import crisis_mode_set
from records.models import AuditAnchor
from records.services import audit_anchor_write
from records.verify import audit_verify

pytestmark = pytest.mark.django_db


def write_rows(n: int, *, start: dt.datetime | None = None, page=None) -> list[AuditEntry]:
    start = start or timezone.now()
    return [
        audit_write(
            event=AuditEntry.Event.DECISION,
            created_at=start + dt.timedelta(minutes=i),
            page=page,
            detail={"reason": f"理由 {i}", "n": i},
        )  # fmt: skip
        for i in range(n)
    ]


def raw_sql(sql: str, params=()) -> None:
    """What someone with database access could do: go around the append-only trigger."""
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")  # triggers off (superuser)
        cursor.execute(sql, params)
        cursor.execute("SET session_replication_role = DEFAULT")


def verify(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("verify_audit", *args, stdout=out)
    return out.getvalue()


def test_clean_log_verifies_including_rows_from_a_real_service(active_page, secretariat_user):
    write_rows(3)
    crisis_mode_set(page_id=active_page.pk, actor=secretariat_user, enabled=True, reason="炎上")
    rows = list(AuditEntry.objects.order_by("id"))
    assert rows[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.row_hash for a, b in zip(rows, rows[1:], strict=False))
    assert "audit log OK: 4 rows" in verify()


def test_an_updated_row_is_named(active_page):
    rows = write_rows(5)
    raw_sql("UPDATE moderation_auditentry SET detail = %s WHERE id = %s",
            ['{"reason": "書き換え", "n": 2}', rows[2].pk])  # fmt: skip
    with pytest.raises(CommandError, match=rf"BROKEN at row {rows[2].pk}: .*変更されました"):
        verify()


def test_a_deleted_row_is_found_at_the_next_row():
    rows = write_rows(5)
    raw_sql("DELETE FROM moderation_auditentry WHERE id = %s", [rows[1].pk])
    with pytest.raises(CommandError, match=rf"BROKEN at row {rows[2].pk}: .*つながり"):
        verify()


def test_deleting_the_last_rows_is_found_by_the_anchor():
    rows = write_rows(4)
    anchor = audit_anchor_write()
    assert anchor is not None and anchor.head_id == rows[-1].pk
    assert audit_anchor_write() is None  # once a day
    raw_sql("DELETE FROM moderation_auditentry WHERE id >= %s", [rows[-1].pk])
    result = audit_verify()
    assert not result.ok and result.first_broken_id == rows[-1].pk


def test_a_rewritten_tail_is_found_by_the_anchor_in_the_database_and_in_the_log(tmp_path, caplog):
    day1 = timezone.now() - dt.timedelta(days=2)
    rows = write_rows(3, start=day1)
    with caplog.at_level("WARNING", logger="records.services"):
        anchor = audit_anchor_write(now=day1 + dt.timedelta(hours=1))
    log_line = next(r.getMessage() for r in caplog.records if "audit anchor" in r.getMessage())
    rows += write_rows(3)
    # Rewrite from row 1 on, recomputing every hash so that the chain itself is consistent.
    tail = list(AuditEntry.objects.filter(pk__gte=rows[1].pk).order_by("id"))
    prev = AuditEntry.objects.get(pk=rows[0].pk).row_hash
    for entry in tail:
        detail = {**entry.detail, "reason": "改ざん"} if entry.pk == rows[1].pk else entry.detail
        values = {"event": entry.event, "created_at": entry.created_at, "actor_id": entry.actor_id,
                  "page_id": entry.page_id, "comment_id": entry.comment_id,
                  "decision_id": entry.decision_id, "action_id": entry.action_id, "detail": detail}  # fmt: skip
        new_hash = audit_row_hash(prev, values)
        if entry.event == AuditEntry.Event.CHAIN_ANCHOR:
            pass  # the forger cannot change the log line; the anchor row's hash moves anyway
        import json

        raw_sql("UPDATE moderation_auditentry SET detail=%s, prev_hash=%s, row_hash=%s WHERE id=%s",
                [json.dumps(detail, ensure_ascii=False), prev, new_hash, entry.pk])  # fmt: skip
        prev = new_hash
    # The chain alone no longer shows anything ...
    AuditAnchor.objects.all().delete()
    assert audit_verify().ok
    # ... but the anchor in the log names the anchored row.
    logfile = tmp_path / "portal.log"
    logfile.write_text(f"2026-12-04 23:59:00 WARNING {log_line}\n")
    with pytest.raises(CommandError, match=rf"BROKEN at row {anchor.head_id}: .*アンカー"):
        verify("--anchors", str(logfile))


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_keep_one_chain():
    errors = []

    def writer(n):
        try:
            for i in range(10):
                with transaction.atomic():
                    audit_write(event=AuditEntry.Event.DECISION, created_at=timezone.now(),
                                detail={"writer": n, "i": i})  # fmt: skip
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    result = audit_verify()
    assert result.ok and result.checked == 40


def test_the_migration_backfills_existing_rows_into_a_chain_that_verifies():
    import importlib

    from django.apps import apps

    write_rows(4)
    raw_sql("UPDATE moderation_auditentry SET prev_hash = '', row_hash = ''")
    assert not audit_verify().ok
    migration = importlib.import_module("moderation.migrations.0006_audit_hash_chain")
    with connection.schema_editor() as editor:
        migration.backfill(apps, editor)
    result = audit_verify()
    assert result.ok and result.checked == 4
    # The trigger is back on afterwards.
    with pytest.raises(Exception, match="cannot be changed"), transaction.atomic():
        AuditEntry.objects.filter(pk=result.head_id).update(detail={})
