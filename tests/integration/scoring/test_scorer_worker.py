"""A real Celery worker scores new comments with the active model, and follows a new
acceptance (its per-process model cache is keyed by the model)."""

from __future__ import annotations

import time

import pytest

from comments.models import Comment
from comments.tasks import comments_sync_page_task
from moderation.models import Flag
from scoring.models import CommentScore
from scoring.services import scorer_train, scorer_transition, training_examples_import
from scoring.transitions import Action
from tests.integration.scoring.test_labels_and_access import _labels

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def wait_for(predicate, timeout=90.0, interval=0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def _scored(facebook_id: str) -> CommentScore | None:
    return CommentScore.objects.filter(comment__facebook_id=facebook_id).first()


def test_worker_scores_new_comments_with_the_active_model(
    graph_simulator_factory, connect_sim_page, celery_worker_factory, default_rules
):
    sim = graph_simulator_factory(pages=1, posts=2, comments=3, seed=5)
    page = connect_sim_page(sim, 0)
    training_examples_import(lines=_labels(20), source_name="test")
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=None)
    celery_worker_factory(sim.env())
    post = sim.posts(page.facebook_page_id)[0]
    harmful = sim.add_comment(
        post.id, "市長は無能、辞めろ！", from_id="7001", from_name="石巻 一郎"
    )
    clean = sim.add_comment(
        post.id, "いつもありがとうございます", from_id="7002", from_name="石巻 二郎"
    )
    comments_sync_page_task.delay(page.pk)
    assert wait_for(lambda: _scored(harmful) is not None and _scored(clean) is not None)
    assert _scored(harmful).model_id == first.pk
    assert _scored(harmful).score >= first.threshold > _scored(clean).score
    learned = Flag.objects.get(comment__facebook_id=harmful, rule__kind="learned")
    assert learned.clause == "defamation"
    assert not Comment.objects.get(facebook_id=harmful).decisions.exists()

    # A newly accepted model takes over in the running worker.
    training_examples_import(lines=_labels(25), source_name="more")
    second = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=second.pk, action=Action.ACCEPT, actor=None)
    later = sim.add_comment(post.id, "職員をぶっ殺す", from_id="7003", from_name="石巻 三郎")
    comments_sync_page_task.delay(page.pk)
    assert wait_for(lambda: _scored(later) is not None)
    assert _scored(later).model_id == second.pk
