"""Fixtures for insights, page health and incidents: plain rows of posts, comments, flags
and decisions on an active page (plain rows, not lifecycle states: factories are fine)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from comments.models import Comment, Post
from moderation.models import Decision, Flag, Rule
from moderation.services.flagged import comment_mark_flagged

_ids = itertools.count(1)


@pytest.fixture
def rule(db) -> Rule:
    return Rule.objects.create(
        slug="test-defamation", name="誹謗中傷", clause="defamation", kind="terms"
    )


@pytest.fixture
def make_post():
    def make(page, created: dt.datetime | None = None, **extra) -> Post:
        n = next(_ids)
        return Post.objects.create(
            page=page,
            facebook_id=f"{page.facebook_page_id}_{n}",
            message=extra.pop("message", f"投稿 {n}"),
            created_time=created or timezone.now(),
            **extra,
        )

    return make


@pytest.fixture
def make_comments():
    """make_comments(post, times) -> comments created at those times (bulk)."""

    def make(post, times, message: str = "コメント") -> list[Comment]:
        rows = []
        for when in times:
            n = next(_ids)
            rows.append(
                Comment(
                    page_id=post.page_id,
                    post=post,
                    facebook_id=f"{post.facebook_id}_{n}",
                    parent_facebook_id=post.facebook_id,
                    author_id=str(1000 + n),
                    author_name=f"住民{n}",
                    message=message,
                    created_time=when,
                )
            )
        return Comment.objects.bulk_create(rows)

    return make


@pytest.fixture
def flag():
    def make(comment, rule, at: dt.datetime | None = None) -> Flag:
        # As the screening service does when it raises a comment's first flag.
        comment_mark_flagged(comment=comment)
        return Flag.objects.create(
            comment=comment,
            rule=rule,
            rule_version=rule.version,
            clause=rule.clause,
            severity=rule.severity,
            message_screened=comment.message,
            created_at=at or comment.created_time or timezone.now(),
        )

    return make


@pytest.fixture
def decide():
    def make(comment, actor=None, at: dt.datetime | None = None, action="hide") -> Decision:
        decision = Decision.objects.create(
            comment=comment,
            action=action,
            clause="defamation",
            reason="誹謗中傷",
            actor=actor,
            created_at=at or timezone.now(),
        )
        # As flag_decide does: the decision closes the comment's open flags.
        Flag.objects.filter(comment=comment, decision__isnull=True).update(decision=decision)
        return decision

    return make


@pytest.fixture
def matrix_page(actors, tourism):
    """An active tourism page built by the permission matrix's own actors (tests/access.py)."""
    from guidelines.services import training_attendance_set, training_session_save
    from pages.services import (
        ApplicationData,
        page_application_create,
        page_connection_store,
        page_decide_application,
        page_submit,
    )
    from pages.transitions import Action
    from tests.fixtures_pages import policy_data, verified

    admin, ict = actors["tourism_admin"], actors["ict"]
    session = training_session_save(actor=ict, title="講座", held_on="2016-10-28")
    training_attendance_set(actor=ict, session_id=session.pk, users=[admin])
    page = page_application_create(
        actor=admin,
        department=tourism,
        data=ApplicationData(
            name="観光", purpose="p", responsible_person=admin, policy=policy_data()
        ),
    )
    page_submit(page_id=page.pk, actor=admin)
    page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict)
    return page_connection_store(page_id=page.pk, actor=admin, verified=verified())
