"""The audit log's hash chain: each row carries SHA-256(previous row's hash + its content).

``audit_write`` is the only writer of ``AuditEntry`` rows. On PostgreSQL it takes a
transaction-level advisory lock before reading the chain head, so concurrent writers queue
up and keep one chain (the lock is released when the writer's transaction commits, by which
time its row is visible to the next writer). SQLite (the demo) serialises writers anyway.

The hash covers the row's content but not its id: the chain itself (``prev_hash``) fixes the
order, so an edited row breaks its own hash and a deleted row breaks its successor's link.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from django.db import connection, transaction

from .models import AuditEntry

# An arbitrary constant naming "the audit chain" among PostgreSQL advisory locks.
ADVISORY_LOCK_KEY = 0x1A0D17C4A1
GENESIS = "0" * 64
CONTENT_FIELDS = (
    "event",
    "created_at",
    "actor_id",
    "page_id",
    "comment_id",
    "decision_id",
    "action_id",
    "detail",
    "batch_id",
)


def _stamp(value: datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def audit_row_hash(prev_hash: str, values: dict) -> str:
    """SHA-256 over the previous hash and a canonical JSON of the row's content fields."""
    content = {name: values.get(name) for name in CONTENT_FIELDS}
    # Rows written before bulk decisions existed have no batch: leaving an empty batch out
    # keeps their hashes (computed without the field) valid.
    if content["batch_id"] is None:
        del content["batch_id"]
    content["created_at"] = _stamp(content["created_at"])
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def audit_chain_lock() -> None:
    """Serialise chain writers until the current transaction ends (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])


def audit_chain_head() -> tuple[int | None, str]:
    """(id, hash) of the newest row, or (None, GENESIS) for an empty log."""
    head = AuditEntry.objects.order_by("-id").values_list("id", "row_hash").first()
    return head if head else (None, GENESIS)


def audit_write(*, event: str, created_at: datetime, actor=None, page=None, comment=None,
                decision=None, action=None, batch=None,
                detail: dict | None = None) -> AuditEntry:  # fmt: skip
    """Append one row to the audit log, chained to the current head, in the caller's
    transaction (or its own). Every audit row in the portal is written here."""
    entry = AuditEntry(
        event=event,
        created_at=created_at,
        actor=actor,
        page=page,
        comment=comment,
        decision=decision,
        action=action,
        batch=batch,
        detail=detail or {},
    )
    with transaction.atomic():
        audit_chain_lock()
        _head_id, prev = audit_chain_head()
        # Round-trip the detail through JSON so the hash sees what the database will return.
        entry.detail = json.loads(json.dumps(entry.detail, ensure_ascii=False, default=str))
        entry.prev_hash = prev
        entry.row_hash = audit_row_hash(
            prev,
            {
                "event": entry.event,
                "created_at": entry.created_at,
                "actor_id": entry.actor_id,
                "page_id": entry.page_id,
                "comment_id": entry.comment_id,
                "decision_id": entry.decision_id,
                "action_id": entry.action_id,
                "detail": entry.detail,
                "batch_id": entry.batch_id,
            },
        )
        entry.save(force_insert=True)
    return entry
