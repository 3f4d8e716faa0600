"""Which service is down, where it was expected, and what to do: one line, no traceback.

`dependency_down(exc)` recognises an unreachable Redis (cache or task queue), PostgreSQL
(or the configured database) and Graph API anywhere in an exception's chain.
`DependencyCommand` is the base of every management command: such a failure becomes that
one line on standard error and exit status 3, instead of a Kombu or psycopg2 traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

EXIT_DEPENDENCY_DOWN = 3


@dataclass(frozen=True)
class DependencyDown:
    """A service the portal needs did not answer."""

    which: str  # "Redis", "PostgreSQL", "Graph API"
    where: str  # its URL, without credentials
    todo: str  # what the operator should do

    def line(self) -> str:
        return _("%(which)s is unreachable at %(where)s: %(todo)s") % {
            "which": self.which,
            "where": self.where,
            "todo": self.todo,
        }


def url_without_credentials(url: str) -> str:
    """`redis://:pw@host:6379/0` -> `redis://host:6379/0` (user and password dropped)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    host = parts.hostname or ""
    if ":" in host:  # IPv6
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _database_where() -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{db['NAME']}"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def dependency_down(exc: BaseException) -> DependencyDown | None:
    """The unreachable service behind this exception, or None if it is something else."""
    import django.db
    import kombu.exceptions
    import redis.exceptions

    from ishinomaki_sns.graph.errors import GraphUnreachableError

    for error in _chain(exc):
        if isinstance(error, kombu.exceptions.OperationalError):
            return DependencyDown(
                "Redis",
                url_without_credentials(settings.CELERY_BROKER_URL),
                _("start Redis (the task queue) or set CELERY_BROKER_URL, then run this again."),
            )
        if isinstance(error, redis.exceptions.ConnectionError | redis.exceptions.TimeoutError):
            return DependencyDown(
                "Redis",
                url_without_credentials(settings.CACHES["default"]["LOCATION"]),
                _("start Redis (the cache and locks) or set REDIS_URL, then run this again."),
            )
        if isinstance(error, django.db.OperationalError | django.db.InterfaceError) and any(
            hint in str(error).lower() for hint in ("connect", "server closed", "unable to open")
        ):
            return DependencyDown(
                "PostgreSQL",
                _database_where(),
                _("start the database or set DATABASE_URL, then run this again."),
            )
        if isinstance(error, GraphUnreachableError):
            return DependencyDown(
                "Graph API",
                url_without_credentials(settings.FACEBOOK_GRAPH_URL),
                _("check the network or proxy to Facebook, or FACEBOOK_GRAPH_URL."),
            )
    return None


class DependencyCommand(BaseCommand):
    """Base of the portal's commands: a service that is down ends the command with one line
    saying which, where and what to do, and a non-zero exit (3)."""

    def execute(self, *args, **options):
        try:
            return super().execute(*args, **options)
        except CommandError:
            raise
        except Exception as exc:
            down = dependency_down(exc)
            if down is None:
                raise
            raise CommandError(down.line(), returncode=EXIT_DEPENDENCY_DOWN) from None
