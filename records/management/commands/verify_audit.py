"""``manage.py verify_audit [--anchors LOGFILE]``: check the audit log's hash chain."""

from django.core.management.base import BaseCommand, CommandError

from records.verify import anchors_from_log, audit_verify


class Command(BaseCommand):
    help = "Check the audit log's hash chain and daily anchors; name the first broken row."

    def add_arguments(self, parser):
        parser.add_argument(
            "--anchors",
            help="A log file holding 'audit anchor day=... id=... hash=...' lines to check too.",
        )

    def handle(self, *args, **options):
        extra = {}
        if options.get("anchors"):
            try:
                with open(options["anchors"], encoding="utf-8", errors="replace") as handle:
                    extra = anchors_from_log(handle)
            except OSError as error:
                raise CommandError(f"cannot read {options['anchors']}: {error}") from error
        result = audit_verify(extra_anchors=extra)
        if not result.ok:
            raise CommandError(
                f"audit log BROKEN at row {result.first_broken_id}: {result.reason} "
                f"({result.checked} rows checked)"
            )
        self.stdout.write(
            f"audit log OK: {result.checked} rows, head row {result.head_id} {result.head_hash}"
        )
