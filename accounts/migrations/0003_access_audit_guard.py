"""A database-level guard: the access audit log cannot be updated or deleted.

PostgreSQL only (the demo's SQLite relies on the code having no such path), as in
moderation 0005. TRUNCATE (the test database flush) is not a row event and stays possible.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION accounts_refuse_audit_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access audit entries cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    schema_editor.execute(
        "CREATE TRIGGER accounts_accessauditentry_append_only BEFORE UPDATE OR DELETE "
        "ON accounts_accessauditentry FOR EACH ROW EXECUTE FUNCTION accounts_refuse_audit_change();"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "DROP TRIGGER IF EXISTS accounts_accessauditentry_append_only ON accounts_accessauditentry;"
    )
    schema_editor.execute("DROP FUNCTION IF EXISTS accounts_refuse_audit_change();")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_people_and_role_requests")]

    operations = [migrations.RunPython(forwards, backwards)]
