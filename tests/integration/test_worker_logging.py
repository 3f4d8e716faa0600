"""A real worker logs through the same redaction as the web: with DEBUG logging of every
Graph request on, a sync with a stored token writes neither the token nor the app secret."""

from __future__ import annotations

import pytest
from django.conf import settings

from comments.models import Comment
from comments.tasks import comments_sync_page_task
from tests.integration.comments.test_worker_sync import expected_ids, stored, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_worker_output_holds_no_token_and_no_app_secret(
    graph_simulator, connect_sim_page, celery_worker_factory
):
    page = connect_sim_page(graph_simulator, 0)
    token = graph_simulator.page_token(page.facebook_page_id)
    assert page.page_access_token() == token  # stored encrypted, the real token
    worker = celery_worker_factory({**graph_simulator.env(), "LOG_LEVEL": "DEBUG"}, "DEBUG")
    comments_sync_page_task.delay(page.pk)
    assert wait_for(lambda: stored(page) == expected_ids(graph_simulator, page), timeout=60)
    assert Comment.objects.filter(page=page).exists()
    worker.stop()
    output = worker.output()
    # The requests were logged (urllib3 at DEBUG), with their query strings, redacted.
    assert f"/{page.facebook_page_id}/" in output
    assert "access_token=[REDACTED]" in output
    assert token not in output
    assert settings.FACEBOOK_APP_SECRET not in output
