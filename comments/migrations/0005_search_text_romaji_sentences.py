"""A sentence written in romaji is now read as kana by the screening (kami wo shinjiru as
かみをしんじる), and its matching form holds both readings: the stored form of every comment
with three Latin words in a row is computed again (the others are unchanged).
"""

from django.db import migrations

_THREE_LATIN_WORDS = "[A-Za-zＡ-Ｚａ-ｚ]+[ 　,、，]+[A-Za-zＡ-Ｚａ-ｚ]+[ 　,、，]+[A-Za-zＡ-Ｚａ-ｚ]+"


def refill(apps, schema_editor):
    from comments.search import search_backfill

    comment = apps.get_model("comments", "Comment")
    for _count in search_backfill(comment, refill=True, message_regex=_THREE_LATIN_WORDS):
        pass


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0004_search_text_matching_form"),
    ]

    operations = [
        migrations.RunPython(refill, migrations.RunPython.noop),
    ]
