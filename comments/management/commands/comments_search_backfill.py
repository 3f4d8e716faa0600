"""Fill the search form of stored comments (after an upgrade, or when the normaliser changed:
``--all`` recomputes every row)."""

from django.core.management.base import BaseCommand

from comments.models import Comment
from comments.search import search_backfill


class Command(BaseCommand):
    help = "Fill Comment.search_text (the normalised form the search matches on)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Recompute every comment.")

    def handle(self, *args, **options):
        total = 0
        for total in search_backfill(Comment, refill=options["all"]):
            self.stdout.write(f"{total}", ending="\r")
        self.stdout.write(f"{total} comments")
