"""The generated permission matrix: every URL pattern of the project (walked from the
resolver) × every actor (anonymous, no role, each role, and a department admin and operator
of another department) × GET and POST, against objects of the tourism department.

Every cell's expected answer is in ONE table, tests/permission_matrix.py. A URL without an
entry fails the suite with a message saying what to add. Run with MATRIX_DISCOVER=1 to
print what each cell answers today (to write a new entry; then check it is what you mean).
"""

from __future__ import annotations

import logging
import os
import time

import pytest
from django.db import transaction

from tests.fixtures_matrix import (  # noqa: F401
    MATRIX_ACTORS,
    matrix_actors,
    matrix_objects,
    url_kwargs,
)
from tests.permission_matrix import EXPECTED, METHODS, expected_for, observed_outcome
from tests.url_inventory import all_routes, build_url

pytestmark = pytest.mark.django_db


class _Rollback(Exception):
    pass


def test_every_url_pattern_has_an_entry():
    routes = all_routes()
    missing = sorted({r.key for r in routes if expected_for(r) is None})
    assert not missing, (
        "These URL patterns have no entry in tests/permission_matrix.py (EXPECTED); add one "
        "saying who may GET and POST each (run the matrix with MATRIX_DISCOVER=1 to see what "
        "they answer today):\n  " + "\n  ".join(missing)
    )
    stale = sorted(set(EXPECTED) - {r.key for r in routes} - {"admin:*"})
    assert not stale, f"Entries for URLs that no longer exist: {stale}"


# The Django admin site has ~170 patterns that all answer by one staff check: they are tried
# by the anonymous visitor and by the strongest role (nobody of the portal is staff).
ADMIN_ACTORS = ("anonymous", "ict")


def test_permission_matrix(matrix_actors, matrix_objects, capsys):  # noqa: F811
    from django.test import Client

    routes = all_routes()
    discover = bool(os.environ.get("MATRIX_DISCOVER"))
    clients = {}
    for actor in MATRIX_ACTORS:
        clients[actor] = Client()
        if matrix_actors[actor] is not None:
            clients[actor].force_login(matrix_actors[actor])
    failures: list[str] = []
    discovered: dict[str, dict[str, dict[str, object]]] = {}
    cells = 0
    started = time.monotonic()
    request_logger = logging.getLogger("django.request")
    level = request_logger.level
    request_logger.setLevel(logging.ERROR)  # 403/404/405 warnings by the thousand: noise
    try:
        for route in routes:
            expected = expected_for(route)
            if expected is None and not discover:
                continue  # reported by test_every_url_pattern_has_an_entry
            url = build_url(route, url_kwargs(matrix_objects, route))
            methods = ("GET",) if route.is_admin else METHODS
            actors = ADMIN_ACTORS if route.is_admin else MATRIX_ACTORS
            for method in methods:
                for actor in actors:
                    # Each cell on the same data: whatever a POST changed is rolled back.
                    try:
                        with transaction.atomic():
                            response = getattr(clients[actor], method.lower())(url, {})
                            raise _Rollback
                    except _Rollback:
                        pass
                    cells += 1
                    if matrix_actors[actor] is not None and "sessionid" in response.cookies:
                        clients[actor].force_login(matrix_actors[actor])  # after a logout
                    outcome = observed_outcome(response)
                    discovered.setdefault(route.key, {}).setdefault(method, {})[actor] = outcome
                    want = expected[method][actor] if expected else None
                    if outcome != want and not discover:
                        failures.append(
                            f"{method} {url} ({route.key}) as {actor}: expected {want}, "
                            f"got {outcome}"
                        )
    finally:
        request_logger.setLevel(level)
    admin = sum(1 for r in routes if r.is_admin)
    with capsys.disabled():
        print(
            f"\npermission matrix: {len(routes) - admin} portal URL patterns × "
            f"{len(MATRIX_ACTORS)} actors × GET/POST + {admin} admin patterns × "
            f"{len(ADMIN_ACTORS)} actors = {cells} cells in {time.monotonic() - started:.1f} s"
        )
        if discover:
            for key, by_method in discovered.items():
                if not key.startswith("admin"):
                    print("DISCOVERED", key, by_method)
    assert not failures, f"{len(failures)} cells differ:\n" + "\n".join(failures)
