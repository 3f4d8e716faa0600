"""Connecting a page subscribes our app to its `feed` webhooks (`POST /{page-id}/subscribed_apps`)
through the worker; errors are recorded for the ICT office, who may retry; work lost with the
broker is finished by a sweep (queued when the worker starts, and by beat). Against the Graph API simulator over real HTTP, with a
real Celery worker where the path through the queue matters."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.urls import reverse

from pages.models import ConnectionState, PageEvent, PageStatus, PageWebhookSubscription
from pages.services import page_decide_withdrawal, page_transition
from pages.services.webhooks import page_webhooks_sweep, page_webhooks_sync
from pages.transitions import Action

Sub = PageWebhookSubscription
ROOT = Path(__file__).resolve().parents[3]


def _app_subscription(sim, page_id: str) -> list[dict]:
    """What Facebook (the simulator) answers to `GET /{page-id}/subscribed_apps`."""
    client = sim.client(meter=None)
    return client.get(f"{page_id}/subscribed_apps", None, sim.page_token(page_id))["data"]


def _wait_for(predicate, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.django_db(transaction=True)
def test_connecting_a_page_subscribes_our_app_through_the_worker(
    client, approved_page, tourism_admin, graph_simulator, celery_worker_for_sim
):
    sim_page = graph_simulator.page(0)
    assert _app_subscription(graph_simulator, sim_page.id) == []
    client.force_login(tourism_admin)
    response = client.post(
        f"/pages/{approved_page.pk}/connect/",
        {"facebook_page_id": sim_page.id, "facebook_url": "", "access_token": sim_page.token},
    )
    assert response.status_code == 302
    sub = _wait_for(
        lambda: Sub.objects.filter(page=approved_page, state=Sub.State.DONE).first(),
        "the subscription",
    )
    assert sub.target == "subscribed" and sub.subscribed_at and sub.attempts == 1
    (app,) = _app_subscription(graph_simulator, sim_page.id)
    assert app["id"] == django_settings.FACEBOOK_APP_ID
    assert app["subscribed_fields"] == ["feed"]
    event = PageEvent.objects.get(page=approved_page, action="webhooks_subscribed")
    assert event.actor is None and "ポータルに届く" in event.comment
    body = client.get(f"/pages/{approved_page.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "受信中" in body and sim_page.token not in body
    assert sim_page.token not in celery_worker_for_sim.output()


@pytest.fixture
def connected(connected_pages, settings):
    """A connected page whose subscription is pending (on_commit never fires here: the test
    runs the worker's service itself)."""
    settings.PAGES_WEBHOOKS_BACKOFF_SECONDS = 0  # a retry is due at once
    page = connected_pages[0]
    assert Sub.objects.get(page=page).state == Sub.State.PENDING
    return page


@pytest.mark.django_db
def test_a_missing_permission_is_shown_to_the_ict_office_who_can_retry(
    client, connected, graph_simulator, ict_user, make_user
):
    from accounts.roles import Role

    page = connected
    graph_simulator.set_fault("permission", page_id=page.facebook_page_id, code=200)
    assert page_webhooks_sync(page_id=page.pk) == "failed"
    sub = Sub.objects.get(page=page)
    assert (sub.state, sub.last_error) == ("failed", "permission")
    event = PageEvent.objects.get(page=page, action="webhooks_subscribe_failed")
    assert "pages_manage_metadata" in event.comment and "登録できませんでした" in event.comment
    assert not graph_simulator.world.subscriptions.get(page.facebook_page_id)

    client.force_login(ict_user)
    body = client.get(f"/pages/{page.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "登録できませんでした" in body and "pages_manage_metadata権限がありません" in body
    assert f"/pages/{page.pk}/webhooks/retry/" in body and "再試行" in body
    # The health dashboard lists it among the things needing attention.
    health = client.get(reverse("insights:health"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "Facebook通知を登録できず" in health
    # The department sees the state but has no retry; posting it anyway is refused.
    admin = page.responsible_person
    client.force_login(admin)
    body = client.get(f"/pages/{page.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "登録できませんでした" in body and "webhooks/retry" not in body
    assert client.post(f"/pages/{page.pk}/webhooks/retry/").status_code == 403
    client.force_login(make_user(Role.DEPARTMENT_ADMIN, page.department, username="x-admin"))
    assert client.post(f"/pages/{page.pk}/webhooks/retry/").status_code == 403

    graph_simulator.clear_faults()  # the department granted the permission
    client.force_login(ict_user)
    response = client.post(
        f"/pages/{page.pk}/webhooks/retry/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    assert response.status_code == 200 and "再度依頼しました" in response.content.decode()
    sub.refresh_from_db()
    assert (sub.state, sub.generation, sub.attempts, sub.last_error) == ("pending", 2, 0, "")
    assert page_webhooks_sync(page_id=page.pk) == "done"
    assert _app_subscription(graph_simulator, page.facebook_page_id)[0]["subscribed_fields"] == [
        "feed"
    ]
    # Nothing left to retry: a clear message, not a 500.
    response = client.post(
        f"/pages/{page.pk}/webhooks/retry/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    assert "再試行できる失敗した通知登録はありません" in response.content.decode()


@pytest.mark.django_db
def test_replacing_the_token_subscribes_again_without_the_ict_office(connected, graph_simulator):
    """The department reconnects the page granting the missing permission: the failed
    subscription is asked for again with the new token, no 再試行 needed."""
    from pages.services import page_connection_store
    from tests.fixtures_pages import verified

    page = connected
    graph_simulator.set_fault("permission", page_id=page.facebook_page_id, code=200)
    assert page_webhooks_sync(page_id=page.pk) == "failed"
    graph_simulator.clear_faults()
    page_connection_store(
        page_id=page.pk,
        actor=page.responsible_person,
        verified=verified(page_id=page.facebook_page_id, token=page.page_access_token()),
    )
    sub = Sub.objects.get(page=page)
    assert (sub.target, sub.state, sub.generation, sub.last_error) == (
        "subscribed",
        "pending",
        2,
        "",
    )
    assert page_webhooks_sync(page_id=page.pk) == "done"
    assert graph_simulator.world.subscriptions[page.facebook_page_id] == ["feed"]


@pytest.mark.django_db
def test_a_page_of_another_department_cannot_be_retried_nor_seen(
    client, connected, make_department, make_user
):
    from accounts.roles import Role

    other = make_department("suisan2", "水産課2", "Fisheries 2")
    client.force_login(make_user(Role.DEPARTMENT_ADMIN, other, username="other-admin"))
    assert client.post(f"/pages/{connected.pk}/webhooks/retry/").status_code == 404
    assert client.get(f"/pages/{connected.pk}/webhooks/retry/").status_code == 405


@pytest.mark.django_db
def test_temporary_errors_back_off_then_succeed(connected, graph_simulator):
    page = connected
    graph_simulator.set_fault("transient", page_id=page.facebook_page_id, count=2)
    assert page_webhooks_sync(page_id=page.pk) == "retry"
    assert page_webhooks_sync(page_id=page.pk) == "retry"
    assert not PageEvent.objects.filter(page=page, action__startswith="webhooks_").exists()
    assert page_webhooks_sync(page_id=page.pk) == "done"
    sub = Sub.objects.get(page=page)
    assert (sub.state, sub.attempts, sub.last_error) == ("done", 3, "")


@pytest.mark.django_db
def test_the_backoff_delays_the_next_attempt(connected, graph_simulator, settings):
    settings.PAGES_WEBHOOKS_BACKOFF_SECONDS = 60
    page = connected
    graph_simulator.set_fault("transient", page_id=page.facebook_page_id, count=1)
    assert page_webhooks_sync(page_id=page.pk) == "retry"
    sub = Sub.objects.get(page=page)
    assert 50 < (sub.next_attempt_at - sub.last_attempt_at).total_seconds() <= 61
    # Not due yet: neither a duplicate task nor the sweep runs it early.
    assert page_webhooks_sync(page_id=page.pk) == "skipped"
    Sub.objects.exclude(page=page).update(state=Sub.State.DONE)  # the other pages: nothing due
    assert page_webhooks_sweep() == 0


@pytest.mark.django_db
def test_temporary_errors_give_up_after_the_maximum(connected, graph_simulator, settings):
    settings.PAGES_WEBHOOKS_MAX_ATTEMPTS = 2
    page = connected
    graph_simulator.set_fault("transient", page_id=page.facebook_page_id)
    assert page_webhooks_sync(page_id=page.pk) == "retry"
    assert page_webhooks_sync(page_id=page.pk) == "failed"
    sub = Sub.objects.get(page=page)
    assert (sub.state, sub.last_error) == ("failed", "facebook")


@pytest.mark.django_db
def test_a_dead_token_marks_the_connection_broken(connected, graph_simulator):
    page = connected
    graph_simulator.set_fault("dead_token", page_id=page.facebook_page_id)
    assert page_webhooks_sync(page_id=page.pk) == "failed"
    page.refresh_from_db()
    assert page.connection_state == ConnectionState.BROKEN
    assert Sub.objects.get(page=page).last_error == "token"


@pytest.mark.django_db
def test_work_asked_for_during_an_attempt_wins(connected, graph_simulator, ict_actor):
    """A withdrawal while a subscribe is in flight: the subscribe's outcome is dropped and
    the unsubscribe runs next."""
    from pages.services import page_complete_withdrawal
    from pages.services.webhooks import _claim, _finish

    page = connected
    stale = _claim(page.pk)  # the subscribe attempt starts (holds the lease)
    admin = page.created_by
    page_transition(page_id=page.pk, action=Action.REQUEST_WITHDRAWAL, actor=admin, comment="終了")
    page_decide_withdrawal(page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict_actor)
    page_complete_withdrawal(
        page_id=page.pk, actor=admin, closure_announced=True, token_revoked=True, records_kept=True
    )
    assert page_webhooks_sync(page_id=page.pk) == "skipped"  # leased by the stale attempt
    assert _finish(stale) == "skipped"  # its success is not recorded over the new request
    assert page_webhooks_sync(page_id=page.pk) == "done"
    sub = Sub.objects.get(page=page)
    assert (sub.target, sub.state, sub.subscribed_at) == ("unsubscribed", "done", None)


@pytest.mark.django_db
def test_the_sweep_queues_only_due_work(connected_pages, settings):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    due, later, leased = connected_pages
    Sub.objects.filter(page=later).update(next_attempt_at=now + timedelta(hours=1))
    Sub.objects.filter(page=leased).update(leased_until=now + timedelta(minutes=2))
    assert page_webhooks_sweep() == 1
    Sub.objects.filter(page=due).update(state=Sub.State.DONE)
    assert page_webhooks_sweep() == 0


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The web process whose Redis is stopped is a real Django process (Celery reads its broker
# once, so this test's own process cannot lose it): it completes the withdrawal checklist
# against this test's committed database.
WITHDRAW = """
import django, json
django.setup()
from accounts.models import User
from pages.services import page_complete_withdrawal
page = page_complete_withdrawal(
    page_id=%(page)d, actor=User.objects.get(pk=%(actor)d),
    closure_announced=True, token_revoked=True, records_kept=True,
)
print(json.dumps({"status": page.status}))
"""


@pytest.mark.django_db(transaction=True)
def test_broker_down_at_withdrawal_the_start_up_sweep_finishes_the_unsubscribe(
    connected_pages, ict_actor, graph_simulator, worker_env, celery_worker_factory
):
    from ishinomaki_sns.celery import app

    page = connected_pages[0]
    token = page.page_access_token()
    assert page_webhooks_sync(page_id=page.pk) == "done"  # connected and subscribed
    assert _app_subscription(graph_simulator, page.facebook_page_id)
    admin = page.created_by
    page_transition(page_id=page.pk, action=Action.REQUEST_WITHDRAWAL, actor=admin, comment="終了")
    page_decide_withdrawal(page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict_actor)
    dead = f"redis://127.0.0.1:{_closed_port()}/0"
    result = subprocess.run(
        [sys.executable, "-c", WITHDRAW % {"page": page.pk, "actor": admin.pk}],
        cwd=ROOT,
        env={**worker_env, **graph_simulator.env(), "REDIS_URL": dead, "CELERY_BROKER_URL": dead},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["status"] == PageStatus.WITHDRAWN
    assert token not in result.stdout + result.stderr
    # The unsubscribe was not queued, but it is recorded, with the token encrypted at rest.
    sub = Sub.objects.get(page=page)
    assert (sub.target, sub.state, sub.attempts) == ("unsubscribed", "pending", 0)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sealed_token FROM pages_pagewebhooksubscription WHERE id = %s", [sub.pk]
        )
        assert token not in cursor.fetchone()[0]
    assert _app_subscription(graph_simulator, page.facebook_page_id)  # still subscribed

    # Whatever the connections queued earlier is dropped: only a sweep can do the work, and
    # the worker queues the sweeps when it starts (nothing else is queued here).
    app.control.purge()
    worker = celery_worker_factory(graph_simulator.env())
    _wait_for(
        lambda: PageEvent.objects.filter(page=page, action="webhooks_unsubscribed").exists(),
        "the unsubscribe",
    )
    sub.refresh_from_db()
    assert (sub.state, sub.sealed_token) == ("done", "")
    assert _app_subscription(graph_simulator, page.facebook_page_id) == []
    # The other pages (still connected) were subscribed by the same sweep.
    _wait_for(
        lambda: Sub.objects.filter(page__in=connected_pages[1:], state="done").count() == 2,
        "the other pages' subscriptions",
    )
    assert token not in worker.output()


def test_the_sweep_is_on_the_beat_schedule():
    from ishinomaki_sns.celery import app
    from pages.tasks import page_webhooks_sweep_task

    entry = django_settings.CELERY_BEAT_SCHEDULE["pages-webhooks-sweep"]
    assert entry["task"] == page_webhooks_sweep_task.name == "pages.webhooks_sweep"
    assert entry["schedule"] <= 15 * 60  # lost work is picked up within minutes
    assert entry["task"] in app.tasks
