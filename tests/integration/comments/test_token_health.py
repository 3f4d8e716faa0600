"""The daily token check with /debug_token."""

import pytest
from django.core import mail

from comments.services import page_token_check
from pages.models import ConnectionState

pytestmark = pytest.mark.django_db


def test_a_healthy_token_passes(graph_simulator, connected_pages):
    assert page_token_check(page_id=connected_pages[0].pk) is True
    connected_pages[0].refresh_from_db()
    assert connected_pages[0].connection_state == ConnectionState.OK


def test_a_dead_token_marks_the_connection_broken(
    graph_simulator, connected_pages, django_capture_on_commit_callbacks
):
    page = connected_pages[0]
    graph_simulator.set_fault("dead_token", rate=1.0, page_id=page.facebook_page_id)
    with django_capture_on_commit_callbacks(execute=True):
        assert page_token_check(page_id=page.pk) is False
    page.refresh_from_db()
    assert page.connection_state == ConnectionState.BROKEN
    assert mail.outbox
