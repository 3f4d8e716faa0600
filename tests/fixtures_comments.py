"""Fixtures for ingestion: official pages connected to the Graph API simulator's pages,
built through the lifecycle services, and a Celery worker pointed at the simulator."""

from __future__ import annotations

import pytest

from accounts.models import Department
from accounts.roles import Role
from guidelines.services import training_attendance_set, training_session_save
from pages.models import OfficialPage
from pages.services import (
    ApplicationData,
    page_application_create,
    page_connection_store,
    page_decide_application,
    page_submit,
)
from pages.transitions import Action
from tests.fixtures_pages import policy_data, verified


def connect_page(*, admin, ict, department, sim_page) -> OfficialPage:
    """Apply, train, submit, approve and connect a page to a simulator page, via services."""
    session = training_session_save(actor=ict, title="SNS活用講座", held_on="2016-10-28")
    training_attendance_set(actor=ict, session_id=session.pk, users=[admin])
    page = page_application_create(
        actor=admin,
        department=department,
        data=ApplicationData(
            name=sim_page.name,
            purpose="市政情報の発信",
            responsible_person=admin,
            policy=policy_data(),
        ),
    )
    page_submit(page_id=page.pk, actor=admin)
    page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict)
    return page_connection_store(
        page_id=page.pk, actor=admin, verified=verified(page_id=sim_page.id, token=sim_page.token)
    )


DEPARTMENTS = [
    ("kanko", "観光課", "Tourism Division"),
    ("suisan", "水産課", "Fisheries Division"),
    ("kosodate", "子育て支援課", "Child-rearing Support Division"),
]


@pytest.fixture
def connect_sim_page(make_department, make_user):
    """connect_sim_page(sim, index) -> an active OfficialPage reading that simulator page."""

    def connect(sim, index: int) -> OfficialPage:
        code, name_ja, name_en = DEPARTMENTS[index % len(DEPARTMENTS)]
        department = Department.objects.filter(code=code).first() or make_department(
            code, name_ja, name_en
        )
        admin = make_user(Role.DEPARTMENT_ADMIN, department, username=f"{code}-sim-admin")
        ict = make_user(Role.ICT_OFFICE, username=f"ict-sim-{index}")
        return connect_page(admin=admin, ict=ict, department=department, sim_page=sim.page(index))

    return connect


@pytest.fixture
def connected_pages(graph_simulator, connect_sim_page) -> list[OfficialPage]:
    return [connect_sim_page(graph_simulator, index) for index in range(len(graph_simulator.pages))]


@pytest.fixture
def celery_worker_for_sim(celery_worker_factory, graph_simulator):
    """A real worker that talks to this test's simulator, with a short sync lock TTL so a
    killed worker's lock expires quickly."""
    return celery_worker_factory({**graph_simulator.env(), "COMMENTS_SYNC_LOCK_TTL_SECONDS": "3"})
