"""Mark the comments flagged before `Comment.has_flags` existed (the services mark new ones)."""

from django.db import migrations

MARK = """
UPDATE comments_comment SET has_flags = TRUE
WHERE NOT has_flags AND id IN (SELECT comment_id FROM moderation_flag)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_comment_has_flags"),
        ("moderation", "0017_merge_outbox_sent_at"),
    ]

    operations = [migrations.RunSQL(MARK, migrations.RunSQL.noop)]
