"""The search form becomes the screening's exact matching form (evasions undone as well),
which the rule backtest reads: every stored comment's form is computed again.

Rows are rewritten in batches in key order, so a large table is not held in memory;
``manage.py comments_search_backfill --all`` does the same outside a migration.
"""

from django.db import migrations


def refill(apps, schema_editor):
    from comments.search import search_backfill

    for _count in search_backfill(apps.get_model("comments", "Comment"), refill=True):
        pass


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_comment_has_flags"),
    ]

    operations = [
        migrations.RunPython(refill, migrations.RunPython.noop),
    ]
