"""`manage.py run_graph_simulator`: the local Graph API simulator for the demo and training.

Point the portal at it with FACEBOOK_GRAPH_URL and FACEBOOK_DIALOG_URL (both the printed URL).
Only the simulator's own fake page tokens are printed, never the app secret.
"""

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from ishinomaki_sns.common.dependencies import DependencyCommand
from ishinomaki_sns.graph.simulator import FAULT_KINDS, SimulatorServer, World
from ishinomaki_sns.graph.simulator.state import DEMO_WORLD


class Command(DependencyCommand):
    help = "Run the local Facebook Graph API simulator (demo, staff training, tests)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--pages", type=int, default=DEMO_WORLD["pages"])
        parser.add_argument("--posts", type=int, default=DEMO_WORLD["posts"])
        parser.add_argument("--comments", type=int, default=DEMO_WORLD["comments"])
        parser.add_argument("--seed", type=int, default=DEMO_WORLD["seed"])
        parser.add_argument("--app-id", default=None, help="Defaults to FACEBOOK_APP_ID.")
        parser.add_argument("--app-secret", default=None, help="Defaults to FACEBOOK_APP_SECRET.")
        parser.add_argument("--webhook-url", default=None, help="Where to POST signed webhooks.")
        parser.add_argument("--webhook-shape", choices=["from", "sender"], default="from")
        parser.add_argument(
            "--subscribe-all",
            action="store_true",
            help="Treat every page as subscribed to webhooks from the start.",
        )
        parser.add_argument(
            "--fault",
            action="append",
            default=[],
            metavar="KIND:RATE",
            help=f"Inject a fault on every page, e.g. transient:0.1 ({', '.join(FAULT_KINDS)}).",
        )

    def handle(self, *args, **options):
        app_id = options["app_id"] or settings.FACEBOOK_APP_ID or "1234567890"
        app_secret = options["app_secret"] or settings.FACEBOOK_APP_SECRET
        if not app_secret:
            raise CommandError(
                _(
                    "Set FACEBOOK_APP_SECRET (or --app-secret): webhooks and proofs are signed with it."
                )
            )
        world = World(
            pages=options["pages"],
            posts=options["posts"],
            comments=options["comments"],
            seed=options["seed"],
            app_id=app_id,
            app_secret=app_secret,
        )
        try:
            server = SimulatorServer(
                world,
                host=options["host"],
                port=options["port"],
                webhook_url=options["webhook_url"],
                webhook_shape=options["webhook_shape"],
                version=settings.FACEBOOK_GRAPH_VERSION,
            )
        except OSError as exc:
            raise CommandError(_("Cannot listen on that port: %(error)s") % {"error": exc}) from exc
        for spec in options["fault"]:
            kind, _sep, rate = spec.partition(":")
            try:
                server.faults.add(kind, float(rate or 1))
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        if options["subscribe_all"]:
            for page in world.pages:
                world.subscriptions[page.id] = ["feed"]
        self.stdout.write(_("Graph API simulator at %(url)s") % {"url": server.url})
        self.stdout.write(
            _("Set FACEBOOK_GRAPH_URL=%(url)s and FACEBOOK_DIALOG_URL=%(url)s")
            % {"url": server.url}
        )
        for page in world.pages:
            self.stdout.write(f"  {page.id}  {page.name}  token={page.token}")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.httpd.server_close()
