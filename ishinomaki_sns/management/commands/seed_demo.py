"""Create demo data for `make run` and staff training. Idempotent.

Each app contributes a `demo.py` with `seed(password=..., stdout=...)`; they run in the
order of INSTALLED_APPS, so pages can rely on the departments and users made before.
"""

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from ishinomaki_sns.common.dependencies import DependencyCommand
from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.common.queue import deferred_to_sweeps


class Command(DependencyCommand):
    help = "Create demo departments, users, pages, policies and comments (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--password", required=True, help="Password for every demo user.")
        parser.add_argument(
            "--force", action="store_true", help="Run even when DJANGO_DEBUG is off."
        )

    def handle(self, *args, password: str, force: bool, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "seed_demo refuses to run when DJANGO_DEBUG is off (production). Use --force to run it anyway."
                )
            )
        if len(password) < 4:
            raise CommandError(_("The demo password must have at least 4 characters."))
        # `make run` seeds before it starts Redis: the work the demo queues (webhook
        # subscriptions) stays pending for the worker's start-up sweep.
        with deferred_to_sweeps() as deferred:
            for module in app_modules("demo"):
                self.stdout.write(f"{module.__name__}:")
                module.seed(password=password, stdout=self.stdout)
        if deferred:
            self.stdout.write(
                _("%(count)d background task(s) will run when the worker starts.")
                % {"count": len(deferred)}
            )
        self.stdout.write(self.style.SUCCESS(_("Demo data is ready.")))
