"""The review-date rule is enforced by the services themselves, not only by the form: a
caller that skips the form gets the project's DomainError with a Japanese message."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone, translation

from ishinomaki_sns.common.errors import DomainError
from pages.services import (
    activity_policy_revision_start,
    activity_policy_update,
    page_application_update,
)
from tests.fixtures_pages import policy_data

pytestmark = pytest.mark.django_db


def _days(n: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=n)


@pytest.mark.parametrize(
    ("days", "message"),
    [
        (0, "見直し日には今日より後の日付を入力してください。"),
        (-30, "見直し日には今日より後の日付を入力してください。"),
        (366, "見直し日は365日以内"),
    ],
)
def test_an_application_with_a_bad_review_date_is_refused(make_application, days, message):
    with translation.override("ja"), pytest.raises(DomainError) as caught:
        make_application(review_date=_days(days))
    assert message in caught.value.message


def test_editing_an_application_checks_the_review_date(make_application, tourism_admin):
    from pages.services import ApplicationData

    page = make_application()
    data = ApplicationData(
        name=page.name,
        purpose="観光",
        responsible_person=tourism_admin,
        policy=policy_data(review_date=_days(-1)),
    )
    with translation.override("ja"), pytest.raises(DomainError) as caught:
        page_application_update(page_id=page.pk, actor=tourism_admin, data=data)
    assert "今日より後" in caught.value.message
    page.refresh_from_db()
    assert page.activity_policies.get(version=1).review_date == _days(200)  # unchanged


def test_a_revision_checks_the_review_date(active_page, tourism_admin):
    revision = activity_policy_revision_start(page_id=active_page.pk, actor=tourism_admin)
    with translation.override("ja"), pytest.raises(DomainError) as caught:
        activity_policy_update(
            policy_id=revision.pk,
            actor=tourism_admin,
            data=policy_data(review_date=_days(400), change_note="見直し"),
        )
    assert "365日以内" in caught.value.message
    activity_policy_update(
        policy_id=revision.pk,
        actor=tourism_admin,
        data=policy_data(review_date=_days(365), change_note="見直し"),
    )
    revision.refresh_from_db()
    assert revision.review_date == _days(365)


def test_a_revision_of_a_policy_whose_review_date_has_come_proposes_the_next_one(
    active_page, tourism_admin
):
    # The version in force names a date that has now passed (which is why it is reviewed).
    active_page.activity_policies.filter(version=1).update(review_date=_days(-10))
    revision = activity_policy_revision_start(page_id=active_page.pk, actor=tourism_admin)
    assert revision.version == 2
    assert revision.review_date == _days(365)


def test_the_revise_form_proposes_the_next_date_when_the_date_in_force_has_come(
    client, active_page, tourism_admin
):
    active_page.activity_policies.filter(version=1).update(review_date=_days(-1))
    client.force_login(tourism_admin)
    body = client.get(f"/pages/{active_page.pk}/policies/revise/").content.decode()
    assert f'value="{_days(365).isoformat()}"' in body
    assert f'value="{_days(-1).isoformat()}"' not in body
