"""Withdrawing a page asks Facebook to stop its webhooks (`DELETE /{page-id}/subscribed_apps`)
through the worker, after commit; a dead token or an error from Facebook never undoes the
withdrawal and is recorded on the page's timeline in Japanese. Against the simulator over
real HTTP, with a real Celery worker where the path through the queue matters."""

from __future__ import annotations

import time

import pytest
from django.utils import translation

from ishinomaki_sns.common.crypto import encrypt_text
from ishinomaki_sns.graph.errors import TokenInvalidGraphError
from pages.models import PageEvent, PageStatus
from pages.services import page_complete_withdrawal, page_decide_withdrawal, page_transition
from pages.services.webhooks import page_webhooks_unsubscribe
from pages.transitions import Action


def _withdraw(page, ict):
    admin = page.created_by
    page_transition(
        page_id=page.pk, action=Action.REQUEST_WITHDRAWAL, actor=admin, comment="事業終了"
    )
    page_decide_withdrawal(page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict)
    return page_complete_withdrawal(
        page_id=page.pk,
        actor=admin,
        closure_announced=True,
        token_revoked=True,
        records_kept=True,
    )


def _wait_for_event(page, timeout: float = 30.0) -> PageEvent:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        event = PageEvent.objects.filter(
            page=page, action__in=["webhooks_unsubscribed", "webhooks_unsubscribe_failed"]
        ).first()
        if event is not None:
            return event
        time.sleep(0.2)
    raise AssertionError("the worker recorded no outcome of the unsubscribe")


def _subscribed(sim, page_id: str) -> bool:
    return bool(sim.world.subscriptions.get(page_id))


@pytest.mark.django_db
def test_the_client_unsubscribes_the_app_over_http(graph_simulator):
    page = graph_simulator.page(0)
    client = graph_simulator.client(meter=None)
    assert client.subscribe_app(page.id, page.token) is True
    assert _subscribed(graph_simulator, page.id)
    assert client.unsubscribe_app(page.id, page.token) is True
    assert not _subscribed(graph_simulator, page.id)
    assert client.get(f"{page.id}/subscribed_apps", None, page.token) == {"data": []}
    with pytest.raises(TokenInvalidGraphError):
        client.unsubscribe_app(page.id, "EAAB-not-a-token")


@pytest.mark.django_db(transaction=True)
def test_withdrawal_stops_the_webhooks_through_the_worker(
    connected_pages, ict_actor, graph_simulator, celery_worker_for_sim
):
    page = connected_pages[0]
    graph_simulator.client(meter=None).subscribe_app(
        page.facebook_page_id, graph_simulator.page_token(page.facebook_page_id)
    )
    assert _subscribed(graph_simulator, page.facebook_page_id)
    withdrawn = _withdraw(page, ict_actor)
    # The web request returns with the token discarded; the worker does the call after commit.
    assert withdrawn.status == PageStatus.WITHDRAWN and not withdrawn.has_token
    event = _wait_for_event(page)
    assert event.action == "webhooks_unsubscribed" and event.actor is None
    assert event.comment == "このページのFacebook通知（Webhook）を停止しました。"
    assert not _subscribed(graph_simulator, page.facebook_page_id)
    # A second page, not withdrawn, keeps its subscription.
    other = connected_pages[1]
    assert PageEvent.objects.filter(page=other, action__startswith="webhooks_").count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_dead_token_does_not_undo_the_withdrawal_and_is_recorded_in_japanese(
    connected_pages, ict_actor, graph_simulator, celery_worker_for_sim
):
    page = connected_pages[0]
    graph_simulator.set_fault("dead_token", page_id=page.facebook_page_id)
    withdrawn = _withdraw(page, ict_actor)
    assert withdrawn.status == PageStatus.WITHDRAWN
    event = _wait_for_event(page)
    assert event.action == "webhooks_unsubscribe_failed"
    assert "トークンは既に無効" in event.comment and "Facebook" in event.comment
    page.refresh_from_db()
    assert page.status == PageStatus.WITHDRAWN and not page.has_token


@pytest.fixture
def withdrawn_page(connected_pages, ict_actor):
    page = connected_pages[0]
    token = graph_simulator_token = page.page_access_token()
    assert graph_simulator_token
    _withdraw(page, ict_actor)  # on_commit never fires here: the task is not queued
    return page, encrypt_text(token)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ({"kind": "permission", "code": 200}, "pages_manage_metadata"),
        ({"kind": "policy"}, "エラー"),
        ({"kind": "transient"}, "エラー"),
    ],
)
def test_an_error_from_facebook_is_recorded_in_japanese(
    withdrawn_page, graph_simulator, fault, expected
):
    page, sealed = withdrawn_page
    graph_simulator.set_fault(fault.pop("kind"), page_id=page.facebook_page_id, **fault)
    with translation.override("en"):  # the worker's locale does not matter
        outcome = page_webhooks_unsubscribe(
            page_id=page.pk, facebook_page_id=page.facebook_page_id, sealed_token=sealed
        )
    assert outcome == "failed"
    event = PageEvent.objects.get(page=page, action="webhooks_unsubscribe_failed")
    assert expected in event.comment and "Facebook" in event.comment
    assert "error" not in event.comment.lower()  # not Facebook's raw English


@pytest.mark.django_db
def test_a_temporary_error_is_retried_before_it_is_recorded(withdrawn_page, graph_simulator):
    page, sealed = withdrawn_page
    graph_simulator.set_fault("transient", page_id=page.facebook_page_id, count=1)
    args = {"page_id": page.pk, "facebook_page_id": page.facebook_page_id, "sealed_token": sealed}
    assert page_webhooks_unsubscribe(**args, final=False) == "retry"
    assert not PageEvent.objects.filter(page=page, action__startswith="webhooks_").exists()
    assert page_webhooks_unsubscribe(**args, final=False) == "done"
    # A duplicate delivery of the task changes nothing.
    assert page_webhooks_unsubscribe(**args) == "skipped"
    assert PageEvent.objects.filter(page=page, action__startswith="webhooks_").count() == 1


@pytest.mark.django_db
def test_no_stored_token_is_recorded_without_calling_facebook(withdrawn_page, graph_simulator):
    page, _sealed = withdrawn_page
    graph_simulator.set_fault("http_500", page_id=page.facebook_page_id)  # would fail if called
    outcome = page_webhooks_unsubscribe(
        page_id=page.pk, facebook_page_id=page.facebook_page_id, sealed_token=""
    )
    assert outcome == "failed"
    event = PageEvent.objects.get(page=page, action="webhooks_unsubscribe_failed")
    assert "トークンが保存されていない" in event.comment


@pytest.mark.django_db
def test_a_page_not_withdrawn_is_left_alone(connected_pages, graph_simulator):
    page = connected_pages[0]
    sealed = encrypt_text(page.page_access_token())
    outcome = page_webhooks_unsubscribe(
        page_id=page.pk, facebook_page_id=page.facebook_page_id, sealed_token=sealed
    )
    assert outcome == "skipped"
    assert not PageEvent.objects.filter(page=page, action__startswith="webhooks_").exists()
