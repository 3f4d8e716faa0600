"""Withdrawing a page asks Facebook to stop its webhooks (`DELETE /{page-id}/subscribed_apps`)
through the worker, after commit; a dead token or an error from Facebook never undoes the
withdrawal and is recorded on the page's timeline in Japanese. Against the simulator over
real HTTP, with a real Celery worker where the path through the queue matters."""

from __future__ import annotations

import time

import pytest
from django.utils import translation

from ishinomaki_sns.graph.errors import TokenInvalidGraphError
from pages.models import PageEvent, PageStatus, PageWebhookSubscription
from pages.services import page_complete_withdrawal, page_decide_withdrawal, page_transition
from pages.services.webhooks import page_webhooks_sync
from pages.transitions import Action

Sub = PageWebhookSubscription


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


def _wait_until_subscribed(pages, timeout: float = 60.0) -> None:
    """The worker subscribes each connected page first; wait for that before faults are set."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = Sub.objects.filter(page__in=pages).values_list("state", flat=True)
        if len(states) == len(pages) and all(s == Sub.State.DONE for s in states):
            return
        time.sleep(0.2)
    raise AssertionError("the worker did not subscribe the connected pages")


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
    _wait_until_subscribed(connected_pages)  # connecting subscribed them (the worker did)
    assert _subscribed(graph_simulator, page.facebook_page_id)
    withdrawn = _withdraw(page, ict_actor)
    # The web request returns with the token discarded; the worker does the call after commit.
    assert withdrawn.status == PageStatus.WITHDRAWN and not withdrawn.has_token
    event = _wait_for_event(page)
    assert event.action == "webhooks_unsubscribed" and event.actor is None
    assert event.comment == "このページのFacebook通知（Webhook）を停止しました。"
    assert not _subscribed(graph_simulator, page.facebook_page_id)
    sub = Sub.objects.get(page=page)
    assert (sub.target, sub.state, sub.sealed_token) == ("unsubscribed", "done", "")
    assert sub.unsubscribed_at is not None
    # A second page, not withdrawn, keeps its subscription.
    other = connected_pages[1]
    assert _subscribed(graph_simulator, other.facebook_page_id)
    assert not PageEvent.objects.filter(page=other, action__startswith="webhooks_unsub").exists()


@pytest.mark.django_db(transaction=True)
def test_a_dead_token_does_not_undo_the_withdrawal_and_is_recorded_in_japanese(
    connected_pages, ict_actor, graph_simulator, celery_worker_for_sim
):
    page = connected_pages[0]
    _wait_until_subscribed(connected_pages)
    graph_simulator.set_fault("dead_token", page_id=page.facebook_page_id)
    withdrawn = _withdraw(page, ict_actor)
    assert withdrawn.status == PageStatus.WITHDRAWN
    event = _wait_for_event(page)
    assert event.action == "webhooks_unsubscribe_failed"
    assert "トークンは既に無効" in event.comment and "Facebook" in event.comment
    page.refresh_from_db()
    assert page.status == PageStatus.WITHDRAWN and not page.has_token


@pytest.fixture
def withdrawn_page(connected_pages, ict_actor, settings):
    """A withdrawn page whose unsubscribe is pending (on_commit never fires here: no task
    is queued; the test runs the worker's service itself)."""
    settings.PAGES_WEBHOOKS_BACKOFF_SECONDS = 0  # a retry is due at once
    page = connected_pages[0]
    token = page.page_access_token()
    _withdraw(page, ict_actor)
    page.refresh_from_db()
    assert not page.has_token
    sub = Sub.objects.get(page=page)
    assert (sub.target, sub.state, sub.token()) == ("unsubscribed", "pending", token)
    return page


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
    withdrawn_page, graph_simulator, settings, fault, expected
):
    page = withdrawn_page
    settings.PAGES_WEBHOOKS_MAX_ATTEMPTS = 1  # a temporary error is final at once
    graph_simulator.set_fault(fault.pop("kind"), page_id=page.facebook_page_id, **fault)
    with translation.override("en"):  # the worker's locale does not matter
        outcome = page_webhooks_sync(page_id=page.pk)
    assert outcome == "failed"
    event = PageEvent.objects.get(page=page, action="webhooks_unsubscribe_failed")
    assert expected in event.comment and "Facebook" in event.comment
    assert "error" not in event.comment.lower()  # not Facebook's raw English
    sub = Sub.objects.get(page=page)
    assert sub.state == "failed" and sub.sealed_token == ""  # the token is not kept


@pytest.mark.django_db
def test_a_temporary_error_is_retried_before_it_is_recorded(withdrawn_page, graph_simulator):
    page = withdrawn_page
    graph_simulator.set_fault("transient", page_id=page.facebook_page_id, count=1)
    assert page_webhooks_sync(page_id=page.pk) == "retry"
    assert not PageEvent.objects.filter(page=page, action__startswith="webhooks_").exists()
    sub = Sub.objects.get(page=page)
    assert (sub.state, sub.last_error, sub.attempts) == ("pending", "transient", 1)
    assert page_webhooks_sync(page_id=page.pk) == "done"
    # A duplicate delivery of the task changes nothing.
    assert page_webhooks_sync(page_id=page.pk) == "skipped"
    assert PageEvent.objects.filter(page=page, action__startswith="webhooks_").count() == 1
    assert not _subscribed(graph_simulator, page.facebook_page_id)


@pytest.mark.django_db
def test_unsubscribing_a_page_not_subscribed_is_a_success(withdrawn_page, graph_simulator):
    page = withdrawn_page
    assert not _subscribed(graph_simulator, page.facebook_page_id)  # never subscribed here
    assert page_webhooks_sync(page_id=page.pk) == "done"
    assert Sub.objects.get(page=page).state == "done"


@pytest.mark.django_db
def test_a_page_deleted_on_facebook_has_nothing_left_to_stop(withdrawn_page, graph_simulator):
    from pages.models import OfficialPage

    page = withdrawn_page
    # The department deleted the page on Facebook: its ID answers 100/33 ("does not exist").
    OfficialPage.objects.filter(pk=page.pk).update(facebook_page_id="999000111222")
    assert page_webhooks_sync(page_id=page.pk) == "done"
    event = PageEvent.objects.get(page=page, action__startswith="webhooks_")
    assert event.action == "webhooks_unsubscribed"


@pytest.mark.django_db
def test_no_stored_token_is_recorded_without_calling_facebook(withdrawn_page, graph_simulator):
    page = withdrawn_page
    # A row whose token is gone (written before tokens were kept for the unsubscribe).
    Sub.objects.filter(page=page).update(sealed_token="")
    graph_simulator.set_fault("http_500", page_id=page.facebook_page_id)  # would fail if called
    assert page_webhooks_sync(page_id=page.pk) == "failed"
    event = PageEvent.objects.get(page=page, action="webhooks_unsubscribe_failed")
    assert "トークンが保存されていない" in event.comment


@pytest.mark.django_db
def test_the_token_kept_for_the_unsubscribe_is_encrypted_at_rest(withdrawn_page):
    from django.db import connection

    page = withdrawn_page
    token = Sub.objects.get(page=page).token()
    assert token
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sealed_token FROM pages_pagewebhooksubscription WHERE page_id = %s",
            [page.pk],
        )
        (raw,) = cursor.fetchone()
    assert raw and token not in raw


@pytest.mark.django_db
def test_an_unsubscribe_queued_by_the_previous_release_is_carried_out(withdrawn_page):
    from ishinomaki_sns.common.crypto import encrypt_text
    from pages.tasks import page_webhooks_unsubscribe_task

    page = withdrawn_page
    sealed = encrypt_text(Sub.objects.get(page=page).token())
    Sub.objects.filter(page=page).delete()  # as before this release: no row, the token sealed
    assert page_webhooks_unsubscribe_task(page.pk, page.facebook_page_id, sealed) == "done"
    assert PageEvent.objects.filter(page=page, action="webhooks_unsubscribed").count() == 1
    # A duplicate message changes nothing.
    assert page_webhooks_unsubscribe_task(page.pk, page.facebook_page_id, sealed) == "skipped"
    assert PageEvent.objects.filter(page=page, action__startswith="webhooks_").count() == 1
