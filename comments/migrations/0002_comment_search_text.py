"""The comment's search form (the screening's normalised text) with a trigram index.

pg_trgm and the GIN index exist on PostgreSQL only; the demo's SQLite searches with LIKE.
The data step fills the column for comments already stored (``comments_search_backfill``
does the same for a large table outside the migration).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


def backfill(apps, schema_editor):
    from comments.search import search_backfill

    for _count in search_backfill(apps.get_model("comments", "Comment")):
        pass


def index_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS comment_search_trgm ON comments_comment "
        "USING gin (search_text gin_trgm_ops)"
    )


def index_drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS comment_search_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddField(
            model_name="comment",
            name="search_text",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="search form"
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.RunPython(index_create, index_drop),
    ]
