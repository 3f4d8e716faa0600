"""Export stored comments: `export_comments --format jsonl|csv [--page ID] [--since DATE]`."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from comments import exports
from comments.models import Comment
from comments.selectors import comments_for_export
from ishinomaki_sns.common.dependencies import DependencyCommand


class Command(DependencyCommand):
    help = "Write one row per stored comment to standard output (CSV or JSON lines), streaming."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--page", metavar="FACEBOOK_PAGE_ID", help="Only this page.")
        parser.add_argument(
            "--since",
            metavar="YYYY-MM-DD",
            help="Only comments created on or after this date (Japan time).",
        )

    def handle(self, *args, format: str, page: str | None, since: str | None, **options):
        since_at = None
        if since:
            try:
                since_at = timezone.make_aware(
                    dt.datetime.combine(dt.date.fromisoformat(since.strip()), dt.time.min)
                )
            except ValueError as exc:
                raise CommandError(_("--since must be a date like 2016-10-17.")) from exc
        queryset = comments_for_export(
            queryset=Comment.objects.all(), page_facebook_id=page, since=since_at
        )
        if (
            page
            and not queryset.exists()
            and not Comment.objects.filter(page__facebook_page_id=page).exists()
        ):
            from pages.models import OfficialPage

            if not OfficialPage.objects.filter(facebook_page_id=page).exists():
                raise CommandError(
                    _("No page with Facebook page id %(id)s is registered.") % {"id": page}
                )
        lines = (
            exports.csv_lines(exports.export_rows(queryset))
            if format == "csv"
            else exports.jsonl_lines(exports.export_rows(queryset))
        )
        out = self.stdout._out
        for line in lines:
            if format == "csv" and line == "\ufeff":
                continue  # the BOM is for downloads opened in Excel, not for pipes
            out.write(line)
