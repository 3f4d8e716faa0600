"""Fixtures for official pages: trained people, applications and pages in each state,
all built through the services (never by setting `status`)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from guidelines.services import training_attendance_set, training_session_save
from pages.models import OfficialPage
from pages.services import (
    ApplicationData,
    VerifiedConnection,
    page_application_create,
    page_complete_withdrawal,
    page_connection_store,
    page_decide_application,
    page_decide_withdrawal,
    page_submit,
    page_transition,
)
from pages.transitions import Action

_page_ids = itertools.count(100000000000001)


def policy_data(**overrides) -> dict:
    """A complete activity policy (活用方針) as a department would write it."""
    data = {
        "purpose": "石巻の観光情報を国内外に発信し、来訪者を増やす。",
        "target_audience": "県外の観光客、若い世代",
        "content_themes": "イベント、観光地、季節の話題",
        "posting_frequency": "週2回程度",
        "posting_hours": "平日 8:30〜17:15",
        "posters": "観光課の運用者",
        "post_approver": "観光課長",
        "comment_handling": "原則として返信しない。",
        "inquiries_to": "観光課（電話 0225-95-1111）",
        "engagement_rules": "公的機関のみいいね・シェア・フォローする。",
        "deletion_standard": "運用方針の禁止事項に該当するものは削除する。",
        "deletion_clauses": ["defamation", "privacy", "commercial"],
        # Ahead and within the review interval, as the services require (today's date).
        "review_date": timezone.localdate() + dt.timedelta(days=200),
        "change_note": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def ict_actor(make_user):
    """A second ICT office member (the first one may be the applicant)."""
    from accounts.roles import Role

    return make_user(Role.ICT_OFFICE, username="ict-2")


@pytest.fixture
def trained(ict_user):
    """Record that people attended the SNS course: trained(user, ...)."""
    state = {"session": None}

    def mark(*users):
        if state["session"] is None:
            state["session"] = training_session_save(
                actor=ict_user, title="SNS活用講座", held_on=dt.date(2016, 10, 28)
            )
        current = list(state["session"].attendees.all())
        training_attendance_set(
            actor=ict_user, session_id=state["session"].pk, users=current + list(users)
        )
        return state["session"]

    return mark


@pytest.fixture
def make_application(tourism, tourism_admin):
    def make(actor=None, department=None, responsible=None, name="石巻市観光課", **policy):
        actor = actor or tourism_admin
        return page_application_create(
            actor=actor,
            department=department or tourism,
            data=ApplicationData(
                name=name,
                purpose="観光情報の発信",
                responsible_person=responsible or actor,
                policy=policy_data(**policy),
            ),
        )

    return make


def verified(page_id: str | None = None, token: str = "EAAB-test-page-token") -> VerifiedConnection:  # noqa: S107
    page_id = page_id or str(next(_page_ids))
    return VerifiedConnection(
        facebook_page_id=page_id,
        facebook_url=f"https://www.facebook.com/{page_id}",
        username=f"ishinomaki.test{page_id[-4:]}",
        name="石巻市観光課",
        access_token=token,
        scopes=("pages_show_list", "pages_read_engagement"),
    )


@pytest.fixture
def submitted_page(make_application, trained, tourism_admin) -> OfficialPage:
    page = make_application()
    trained(tourism_admin)
    return page_submit(page_id=page.pk, actor=tourism_admin)


@pytest.fixture
def approved_page(submitted_page, ict_user) -> OfficialPage:
    return page_decide_application(page_id=submitted_page.pk, action=Action.APPROVE, actor=ict_user)


@pytest.fixture
def active_page(approved_page, tourism_admin) -> OfficialPage:
    return page_connection_store(page_id=approved_page.pk, actor=tourism_admin, verified=verified())


def withdraw(page: OfficialPage, *, admin, ict) -> None:
    """Take an active page through the whole withdrawal: requested by its department,
    approved by the ICT office, completed with every closing step done."""
    page_transition(page_id=page.pk, action=Action.REQUEST_WITHDRAWAL, actor=admin, comment="終了")
    page_decide_withdrawal(page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict)
    page_complete_withdrawal(
        page_id=page.pk,
        actor=admin,
        closure_announced=True,
        token_revoked=True,
        records_kept=True,
    )
