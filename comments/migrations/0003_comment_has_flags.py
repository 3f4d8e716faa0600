"""Comments with a flag are marked, and a partial covering index holds their search form.

The review queue searches flagged comments only. A needle of one or two characters (ばか)
has no trigram, so the trigram index cannot serve it and PostgreSQL read every comment; the
partial index `comment_flagged_search` holds only the flagged ones (a few percent) with their
page and search form, so such a search reads the index alone. PostgreSQL only (INCLUDE); the
demo's SQLite has few rows. The moderation migration 0018 marks the comments already flagged.
A database default (FALSE) keeps bulk loads that name no column for it (COPY) working.
"""

from django.db import migrations, models


def index_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS comment_flagged_search ON comments_comment (id) "
        "INCLUDE (page_id, search_text) WHERE has_flags"
    )


def index_drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS comment_flagged_search")


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0002_comment_search_text"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="has_flags",
            field=models.BooleanField(
                default=False, db_default=False, editable=False, verbose_name="flagged"
            ),
        ),
        migrations.RunPython(index_create, index_drop),
    ]
