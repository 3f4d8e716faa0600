"""Shared set-up for the benchmarks: a fresh PostgreSQL database and connected pages.

Benchmarks run under tools/testenv.py (or `make bench`), which exports DATABASE_URL for a
throwaway cluster; each benchmark creates its own database in it so they never interfere.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def use_fresh_database(name: str, *, reuse: bool = False) -> bool:
    """Point DATABASE_URL at a new, empty database `name`, configure Django and migrate.

    With ``reuse``, an existing database of that name is kept (and migrated): returns True
    when it existed, so a benchmark can skip seeding while one iterates on the code."""
    import psycopg2

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit(
            "Run under tools/testenv.py (or `make bench`): a PostgreSQL DATABASE_URL is needed."
        )
    parsed = urlparse(url)
    admin = psycopg2.connect(
        host=parsed.hostname,
        port=parsed.port,
        user=parsed.username or "postgres",
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        existed = reuse and cursor.fetchone() is not None
        if not existed:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    os.environ["DATABASE_URL"] = parsed._replace(path=f"/{name}").geturl()
    os.environ["DJANGO_SETTINGS_MODULE"] = "ishinomaki_sns.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return existed


def connected_pages(sim_pages) -> list:
    """Active official pages (one department each) connected to the given simulator pages,
    built through the lifecycle services like a real department would."""
    from accounts.models import Division, User
    from accounts.roles import Role
    from accounts.services import department_create, role_grant
    from guidelines.services import training_attendance_set, training_session_save
    from pages.services import (
        ApplicationData,
        VerifiedConnection,
        page_application_create,
        page_connection_store,
        page_decide_application,
        page_submit,
    )
    from pages.transitions import Action
    from tests.fixtures_pages import policy_data

    division = Division.objects.create(code="bench", name_ja="ベンチ部", name_en="Bench")
    ict = User.objects.create_user(username="bench-ict", email="ict@example.jp")
    role_grant(actor=None, user=ict, role=Role.ICT_OFFICE)
    session = training_session_save(actor=ict, title="SNS活用講座", held_on="2016-10-28")
    pages = []
    for index, sim_page in enumerate(sim_pages):
        department = department_create(
            division=division,
            code=f"bench-{index}",
            name_ja=f"課{index}",
            name_en=f"Division {index}",
        )
        admin = User.objects.create_user(
            username=f"bench-admin-{index}", email=f"a{index}@example.jp"
        )
        role_grant(actor=None, user=admin, role=Role.DEPARTMENT_ADMIN, department=department)
        training_attendance_set(
            actor=ict, session_id=session.pk, users=[admin, *session.attendees.all()]
        )
        page = page_application_create(
            actor=admin,
            department=department,
            data=ApplicationData(
                name=sim_page.name, purpose="p", responsible_person=admin, policy=policy_data()
            ),
        )
        page_submit(page_id=page.pk, actor=admin)
        page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict)
        pages.append(
            page_connection_store(
                page_id=page.pk,
                actor=admin,
                verified=VerifiedConnection(
                    facebook_page_id=sim_page.id,
                    facebook_url=f"https://www.facebook.com/{sim_page.id}",
                    username="",
                    name=sim_page.name,
                    access_token=sim_page.token,
                ),
            )
        )
    return pages


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
