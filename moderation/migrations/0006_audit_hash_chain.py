"""The audit log becomes a hash chain: two columns, backfilled in id order.

The append-only trigger (0005) refuses UPDATE, so it is switched off for the backfill only,
inside this migration's transaction. The hash function is copied here (not imported) so the
migration keeps computing what it computed today even if the module changes.
"""

import hashlib
import json
from datetime import UTC

from django.db import migrations, models

GENESIS = "0" * 64
FIELDS = ("event", "created_at", "actor_id", "page_id", "comment_id", "decision_id",
          "action_id", "detail")  # fmt: skip


def _hash(prev, row):
    content = dict(zip(FIELDS, row, strict=True))
    content["created_at"] = content["created_at"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + canonical).encode()).hexdigest()


def backfill(apps, schema_editor):
    AuditEntry = apps.get_model("moderation", "AuditEntry")
    postgres = schema_editor.connection.vendor == "postgresql"
    if postgres:
        # ALTER TABLE refuses while deferred constraint checks are pending in the transaction.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        schema_editor.execute(
            "ALTER TABLE moderation_auditentry DISABLE TRIGGER moderation_auditentry_append_only"
        )
    prev, batch = GENESIS, []
    rows = AuditEntry.objects.order_by("id").values_list("id", *FIELDS)
    for pk, *values in rows.iterator(chunk_size=2000):
        row_hash = _hash(prev, values)
        batch.append(AuditEntry(pk=pk, prev_hash=prev, row_hash=row_hash))
        prev = row_hash
        if len(batch) >= 2000:
            AuditEntry.objects.bulk_update(batch, ["prev_hash", "row_hash"])
            batch = []
    if batch:
        AuditEntry.objects.bulk_update(batch, ["prev_hash", "row_hash"])
    if postgres:
        schema_editor.execute(
            "ALTER TABLE moderation_auditentry ENABLE TRIGGER moderation_auditentry_append_only"
        )


class Migration(migrations.Migration):
    dependencies = [("moderation", "0005_audit_guard")]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="prev_hash",
            field=models.CharField(
                default="", editable=False, max_length=64, verbose_name="previous row's hash"
            ),  # fmt: skip
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditentry",
            name="row_hash",
            field=models.CharField(default="", editable=False, max_length=64, verbose_name="hash"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="event",
            field=models.CharField(
                choices=[
                    ("decision", "Decision"),
                    ("action_done", "Done on Facebook"),
                    ("action_failed", "Facebook action failed"),
                    ("action_retried", "Facebook action retried"),
                    ("crisis_on", "Crisis mode switched on"),
                    ("crisis_off", "Crisis mode switched off"),
                    ("text_purged", "Comment text purged after the retention period"),
                    ("retention_run", "Retention run"),
                    ("disclosure_released", "Disclosure export released"),
                    ("chain_anchor", "Daily audit chain anchor"),
                ],
                max_length=20,
                verbose_name="event",
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=False),
    ]
