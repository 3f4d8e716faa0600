"""Fixtures for publishing: an official page connected to a simulator page with the
publishing permission, its responsible person (the approver the activity policy names), an
operator who writes posts, and posts in each state, all built through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import Department, User
from accounts.roles import Role
from guidelines.services import training_attendance_set, training_session_save
from ishinomaki_sns.graph.simulator.state import PAGE_SCOPES
from pages.models import OfficialPage
from pages.services import (
    ApplicationData,
    VerifiedConnection,
    page_application_create,
    page_connection_store,
    page_decide_application,
    page_submit,
)
from pages.transitions import Action as PageAction
from publishing.services import PostData, post_approve, post_create, post_transition
from publishing.transitions import Action
from tests.fixtures_pages import policy_data


@dataclass
class PublishingWorld:
    page: OfficialPage
    department: Department
    approver: User  # the page's responsible person, named by the activity policy
    operator: User  # writes posts
    second_operator: User
    ict: User
    sim: object

    def write(
        self, text="明日10時から市民センターで講座を開きます。", *, minutes=60, link="", author=None
    ):
        return post_create(
            actor=author or self.operator,
            page_id=self.page.pk,
            data=PostData(
                text=text, link=link, target_at=timezone.now() + timedelta(minutes=minutes)
            ),
        )

    def approved(
        self, text="明日10時から市民センターで講座を開きます。", *, minutes=60, seconds=None
    ):
        post = self.write(text, minutes=minutes if seconds is None else 1)
        post_transition(post_id=post.pk, action=Action.SUBMIT, actor=self.operator)
        post = post_approve(post_id=post.pk, actor=self.approver)
        if seconds is not None:  # move the target close (the form refuses past times)
            from publishing.models import Post

            Post.objects.filter(pk=post.pk).update(
                target_at=timezone.now() + timedelta(seconds=seconds)
            )
            post.refresh_from_db()
        return post


def connect_publishing_page(
    *, sim, index: int, department: Department, admin: User, ict: User, scopes=PAGE_SCOPES
) -> OfficialPage:
    session = training_session_save(actor=ict, title="SNS活用講座", held_on="2016-10-28")
    training_attendance_set(actor=ict, session_id=session.pk, users=[admin])
    sim_page = sim.page(index)
    page = page_application_create(
        actor=admin,
        department=department,
        data=ApplicationData(
            name=sim_page.name,
            purpose="市政情報の発信",
            responsible_person=admin,
            policy=policy_data(post_approver="課長（運用管理責任者）"),
        ),
    )
    page_submit(page_id=page.pk, actor=admin)
    page_decide_application(page_id=page.pk, action=PageAction.APPROVE, actor=ict)
    return page_connection_store(
        page_id=page.pk,
        actor=admin,
        verified=VerifiedConnection(
            facebook_page_id=sim_page.id,
            facebook_url=f"https://www.facebook.com/{sim_page.id}",
            username="",
            name=sim_page.name,
            access_token=sim_page.token,
            scopes=tuple(scopes),
        ),
    )


@pytest.fixture
def publishing_world(graph_simulator, tourism, make_user, default_rules) -> PublishingWorld:
    approver = make_user(Role.DEPARTMENT_ADMIN, tourism, username="kanko-kacho")
    operator = make_user(Role.DEPARTMENT_OPERATOR, tourism, username="kanko-writer")
    second = make_user(Role.DEPARTMENT_OPERATOR, tourism, username="kanko-writer-2")
    ict = make_user(Role.ICT_OFFICE, username="ict-pub")
    page = connect_publishing_page(
        sim=graph_simulator, index=0, department=tourism, admin=approver, ict=ict
    )
    return PublishingWorld(page, tourism, approver, operator, second, ict, graph_simulator)
