"""Spike detection: frozen time, a quiet baseline, then a synthetic burst."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from incidents.models import Incident, IncidentSource, IncidentStatus
from incidents.services import incident_transition
from incidents.spikes import spike_measures, spikes_detect
from incidents.transitions import Action

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 10, 14, 30, tzinfo=dt.UTC)


def _baseline(page, make_post, make_comments, per_day=24):
    """A quiet fortnight: about one comment an hour, spread evenly."""
    post = make_post(page, created=NOW - dt.timedelta(days=15))
    start = NOW - dt.timedelta(days=14, hours=1)
    times = [start + dt.timedelta(minutes=60 * 24 / per_day * i + 7) for i in range(14 * per_day)]
    make_comments(post, [t for t in times if t < NOW - dt.timedelta(hours=1)])
    return post


def test_burst_of_comments_opens_one_suspected_incident_and_emails(
    active_page, make_post, make_comments, ict_user, secretariat_user, tourism_admin
):
    post = _baseline(active_page, make_post, make_comments)
    make_comments(post, [NOW - dt.timedelta(minutes=m) for m in range(1, 59)], message="炎上")
    with time_machine.travel(NOW, tick=False):
        mail.outbox.clear()
        from django.test import TestCase

        with TestCase.captureOnCommitCallbacks(execute=True):
            opened = spikes_detect()
        assert len(opened) == 1
        incident = opened[0]
        assert incident.status == IncidentStatus.SUSPECTED
        assert incident.source == IncidentSource.SPIKE and incident.page == active_page
        assert incident.detection["volume_spike"] is True
        assert incident.detection["window_comments"] == 58
        assert incident.comments.count() == 58
        assert incident.events.get().action == "detect"
        # The secretariat and the ICT office (not the department) are told.
        assert len(mail.outbox) == 1
        assert set(mail.outbox[0].to) == {ict_user.email, secretariat_user.email}
        # Once, not every run.
        assert spikes_detect() == []
        assert Incident.objects.filter(page=active_page).count() == 1


def test_quiet_hour_opens_nothing(active_page, make_post, make_comments):
    post = _baseline(active_page, make_post, make_comments)
    make_comments(post, [NOW - dt.timedelta(minutes=m) for m in (5, 30)])
    with time_machine.travel(NOW, tick=False):
        assert spikes_detect() == []
        (measure,) = [m for m in spike_measures() if m.page_id == active_page.pk]
        assert measure.window_comments == 2
        assert 0.9 < measure.baseline_mean < 1.1


def test_a_quiet_page_needs_the_minimum_count(active_page, make_post, make_comments):
    """Ten comments on a page that usually gets none is above mean + 3σ but below the
    minimum of 20: no alarm for a handful of residents."""
    post = make_post(active_page, created=NOW - dt.timedelta(days=20))
    make_comments(post, [NOW - dt.timedelta(minutes=m) for m in range(1, 11)])
    with time_machine.travel(NOW, tick=False):
        assert spikes_detect() == []


def test_flag_rate_spike_opens_an_incident(active_page, make_post, make_comments, rule, flag):
    post = _baseline(active_page, make_post, make_comments)
    burst = make_comments(
        post, [NOW - dt.timedelta(minutes=m) for m in range(1, 13)], message="ばか"
    )
    for comment in burst[:8]:
        flag(comment, rule)
    with time_machine.travel(NOW, tick=False):
        (incident,) = spikes_detect()
    assert incident.detection["rate_spike"] is True
    assert incident.detection["volume_spike"] is False
    assert incident.detection["window_flagged"] == 8


def test_after_resolution_a_new_spike_opens_a_new_incident(
    active_page, make_post, make_comments, ict_user
):
    post = _baseline(active_page, make_post, make_comments)
    make_comments(post, [NOW - dt.timedelta(minutes=m) for m in range(1, 59)])
    with time_machine.travel(NOW, tick=False):
        (first,) = spikes_detect()
        incident_transition(
            incident_id=first.pk,
            action=Action.DISMISS,
            actor=ict_user,
            comment="イベント告知で増加",
        )
        (second,) = spikes_detect()
    assert second.pk != first.pk
    assert timezone.is_aware(second.opened_at)
