"""Fixtures for the review: default rules, and comments written on the simulator by residents,
ingested through the real sync and screened by the real service."""

from __future__ import annotations

import pytest

from comments.models import Comment
from comments.services import page_sync
from moderation.services import comments_screen, rules_install_defaults

HOSTILE = '<script>alert("x")</script><b onmouseover=alert(1)>お前はバカだ</b>'


@pytest.fixture(autouse=True)
def _crisis_state_fresh():
    """The crisis-mode header state is cached in Redis for a minute: no test may see another
    test's pages in crisis."""
    from django.core.cache import cache

    from moderation.selectors import CRISIS_CACHE_KEY

    cache.delete(CRISIS_CACHE_KEY)
    yield


@pytest.fixture
def default_rules(db):
    rules_install_defaults()
    _learned_rule_reinstall()


def _learned_rule_reinstall() -> None:
    """The learned scorer's rule comes from a data migration; a transactional test's flush
    erases it, so put it back as the migration does (a no-op when it is there)."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("scoring.migrations.0002_learned_scorer_rule")
    migration.install(apps, None)


@pytest.fixture
def resident_comment(graph_simulator, default_rules):
    """resident_comment(page, message, author=...) -> the stored, screened Comment."""

    def make(page, message: str, *, author: str = "9001", name: str = "石巻 太郎") -> Comment:
        post = graph_simulator.posts(page.facebook_page_id)[0]
        facebook_id = graph_simulator.add_comment(post.id, message, from_id=author, from_name=name)
        page_sync(page_id=page.pk)
        comment = Comment.objects.get(page=page, facebook_id=facebook_id)
        comments_screen(comment_ids=[comment.pk])
        return comment

    return make
