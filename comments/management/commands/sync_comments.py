"""Sync comments now, in this process: `sync_comments --all` or `--page FACEBOOK_PAGE_ID`."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from comments.services.sync import SyncSkipped, page_sync
from ishinomaki_sns.common.dependencies import DependencyCommand
from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.errors import GraphError, GraphUnreachableError
from pages.models import OfficialPage
from pages.selectors import pages_for_sync


class Command(DependencyCommand):
    help = "Read new comments from Facebook now (the same sync the worker runs), with a summary."

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--all", action="store_true", help="Every connected page.")
        target.add_argument(
            "--page", metavar="FACEBOOK_PAGE_ID", help="One page, by its Facebook page id."
        )
        parser.add_argument(
            "--full",
            action="store_true",
            help="Re-read every comment in the window: record edits and deletions.",
        )

    def handle(self, *args, all: bool, page: str | None, full: bool, **options):
        if page is not None:
            pages = list(OfficialPage.objects.filter(facebook_page_id=page.strip()))
            if not pages:
                raise CommandError(
                    _("No page with Facebook page id %(id)s is registered.") % {"id": page}
                )
        else:
            pages = list(pages_for_sync())
            if not pages:
                self.stdout.write(_("No connected page to sync."))
                return
        client = GraphClient.from_settings()
        totals = {"posts": 0, "new": 0, "updated": 0, "deleted": 0}
        failures = []
        progress = tqdm(
            pages,
            desc=_("Syncing"),
            unit=_("page"),
            # No progress bar in logs and cron mail: only on a terminal.
            disable=options.get("verbosity", 1) == 0 or not self.stderr.isatty(),
            file=self.stderr._out,
        )
        for official in progress:
            progress.set_postfix_str(official.facebook_page_id)
            try:
                result = page_sync(page_id=official.pk, full=full, client=client)
            except GraphUnreachableError:
                raise  # Facebook is down for every page: one line, not one failure per page
            except (GraphError, SyncSkipped) as exc:
                failures.append((official, exc))
                continue
            for key in totals:
                totals[key] += getattr(result, key)
        self.stdout.write(
            _(
                "Pages: %(pages)d, posts: %(posts)d, new comments: %(new)d, updated: %(updated)d, deleted: %(deleted)d, Graph calls: %(calls)d"
            )
            % {"pages": len(pages), **totals, "calls": client.calls}
        )
        for official, exc in failures:
            self.stderr.write(
                self.style.ERROR(
                    _("%(page)s (%(id)s) failed: %(error)s")
                    % {"page": official.name, "id": official.facebook_page_id, "error": exc}
                )
            )
        if failures:
            raise CommandError(_("%(count)d page(s) failed.") % {"count": len(failures)})
