"""A database-level guard: the audit log and decisions cannot be updated or deleted.

PostgreSQL only (the demo's SQLite relies on the code having no such path). TRUNCATE, which
the test database flush uses, is not a row-level event and stays possible for the owner.
"""

from django.db import migrations

TABLES = ("moderation_auditentry", "moderation_decision")

FUNCTION = """
CREATE OR REPLACE FUNCTION moderation_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'moderation audit records cannot be changed or deleted (%%)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION moderation_refuse_change();"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};")
    schema_editor.execute("DROP FUNCTION IF EXISTS moderation_refuse_change();")


class Migration(migrations.Migration):
    dependencies = [("moderation", "0004_review_queue")]

    operations = [migrations.RunPython(forwards, backwards)]
