"""``manage.py retention_report [--execute]``: what the retention job will do (and do it)."""

from django.core.management.base import BaseCommand

from records.services import retention_run


class Command(BaseCommand):
    help = "Report the records past their retention; with --execute, anonymise or delete them."

    def add_arguments(self, parser):
        parser.add_argument("--execute", action="store_true", help="Carry out the report.")

    def handle(self, *args, **options):
        run = retention_run(dry_run=not options["execute"])
        for row in run.report:
            self.stdout.write(
                f"{row['kind']:<20} {row['retention']:>9}  {row['action']:<9} "
                f"expired={row['expired']} held={row['held']} to_process={row['to_process']} "
                f"done={row['done']}"
            )
