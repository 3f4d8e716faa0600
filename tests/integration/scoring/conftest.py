"""Fixtures for the learned scorer: a simulated world whose comments the secretariat has
decided (harmful ones hidden with their clause, ordinary ones kept as false flags)."""

from __future__ import annotations

import pytest

from comments.models import Comment
from comments.services import page_sync
from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError
from moderation.services import comments_screen, decision_record


@pytest.fixture
def graph_simulator(graph_simulator_factory):
    """One page x 12 posts x 30 comments: enough decisions to train on, quick to sync."""
    return graph_simulator_factory(pages=1)


@pytest.fixture
def decided_pages(graph_simulator, connected_pages, default_rules, secretariat_user):
    """One page synced from the simulator, screened, and decided by the secretariat as the
    simulator's categories say (its prohibited comments carry clause codes)."""
    pages = connected_pages[:1]
    for page in pages:
        page_sync(page_id=page.pk)
    ids = list(Comment.objects.filter(page__in=pages).values_list("pk", flat=True))
    comments_screen(comment_ids=ids)
    kept = 0
    for comment in Comment.objects.filter(page__in=pages, can_hide=True).order_by("pk"):
        category = graph_simulator.world.comment_get(comment.facebook_id).category
        flag = comment.flags.first()
        if category in Clause.values:
            for action in ("hide", "delete"):  # already hidden by an auto-hide rule: delete
                try:
                    decision_record(comment_id=comment.pk, actor=secretariat_user, action=action,
                                    clause=category, reason="運用方針の禁止事項に該当")  # fmt: skip
                except DomainError:
                    continue
                break
        elif flag is not None or kept < 40:
            kept += 1
            decision_record(comment_id=comment.pk, actor=secretariat_user, action="keep",
                            clause=flag.clause if flag else "other", reason="誤検知")  # fmt: skip
    return pages
