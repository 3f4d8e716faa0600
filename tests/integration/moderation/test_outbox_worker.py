"""The outbox on a real Celery worker: transient faults are retried with backoff until
Facebook confirms; a permission error fails at once without retries."""

from __future__ import annotations

import pytest

from moderation.models import ModerationAction
from moderation.services import decision_record
from tests.integration.comments.test_worker_sync import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def outbox_worker(celery_worker_factory, graph_simulator):
    return celery_worker_factory(
        {**graph_simulator.env(), "MODERATION_OUTBOX_BACKOFF_SECONDS": "0.2"}
    )


def test_worker_retries_transient_faults_until_facebook_confirms(
    graph_simulator, connected_pages, resident_comment, secretariat_user, outbox_worker
):
    page = connected_pages[0]
    comment = resident_comment(page, "お前はバカだ")
    graph_simulator.set_fault("transient", page_id=page.facebook_page_id, count=2)
    decision_record(comment_id=comment.pk, actor=secretariat_user, action="hide",
                    clause="defamation", reason="侮辱")  # fmt: skip
    action = ModerationAction.objects.get(comment=comment)
    assert wait_for(lambda: ModerationAction.objects.get(pk=action.pk).status == "done", 60)
    action.refresh_from_db()
    assert action.attempts >= 2  # at least one failed attempt before the confirmation
    assert graph_simulator.world.comment_state(comment.facebook_id)["is_hidden"] is True
    comment.refresh_from_db()
    assert comment.is_hidden


def test_worker_fails_permission_errors_without_retry(
    graph_simulator, connected_pages, resident_comment, secretariat_user, outbox_worker
):
    page = connected_pages[0]
    comment = resident_comment(page, "お前はバカだ")
    graph_simulator.set_fault("permission", page_id=page.facebook_page_id, code=10)
    decision_record(comment_id=comment.pk, actor=secretariat_user, action="delete",
                    clause="defamation", reason="削除")  # fmt: skip
    action = ModerationAction.objects.get(comment=comment)
    assert wait_for(lambda: ModerationAction.objects.get(pk=action.pk).status == "failed", 60)
    action.refresh_from_db()
    assert action.attempts == 1
    assert graph_simulator.world.comment_state(comment.facebook_id)["is_deleted"] is False
