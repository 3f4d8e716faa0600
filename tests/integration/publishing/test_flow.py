"""The post lifecycle through the services against the simulator over real HTTP: screening,
approval by the approver the activity policy names, publishing, lapse, pause and resume,
corrections, and a page connected without the publishing permission."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from moderation.services import crisis_mode_set
from publishing.models import Post, PostCorrection, PostEvent, PostStatus
from publishing.services import (
    PostData,
    correction_decide,
    correction_execute,
    correction_request,
    disaster_mode_set,
    post_acknowledge,
    post_approve,
    post_publish,
    post_transition,
    post_update,
    posts_sweep,
)
from publishing.transitions import Action
from tests.fixtures_publishing import connect_publishing_page

pytestmark = pytest.mark.django_db

PHONE_TEXT = "詳しくは担当の佐藤（090-1234-5678）までお電話ください。"


def _feed_messages(world):
    return [p.message for p in world.sim.posts(world.page.facebook_page_id)]


def test_operator_sees_a_phone_number_and_cannot_submit_until_it_is_acknowledged(publishing_world):
    world = publishing_world
    post = world.write(PHONE_TEXT)
    privacy = [f for f in post.findings if f["clause"] == "privacy"]
    assert privacy and "090-1234-5678" in privacy[0]["excerpt"]
    start, end = privacy[0]["spans"][0]
    assert "090-1234-5678" in PHONE_TEXT[start:end]
    with pytest.raises(DomainError):
        post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    for finding in post.findings:
        if finding["ack"]:
            post_acknowledge(actor=world.operator, post_id=post.pk, key=finding["key"])
    post = post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    assert post.status == PostStatus.PENDING
    assert PostEvent.objects.filter(post=post, action="acknowledge").count() == len(
        [f for f in post.findings if f["ack"]]
    )


def test_removing_the_number_clears_the_finding(publishing_world):
    world = publishing_world
    post = world.write(PHONE_TEXT)
    post = post_update(
        actor=world.operator,
        post_id=post.pk,
        data=PostData(
            text="詳しくは観光課までお問い合わせください。", link="", target_at=post.target_at
        ),
    )
    assert [f for f in post.findings if f["ack"]] == []
    post = post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    assert post.status == PostStatus.PENDING


def test_author_and_other_operators_cannot_approve_only_the_named_approver(publishing_world):
    world = publishing_world
    post = world.write()
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    with pytest.raises(PermissionDeniedError):
        post_approve(post_id=post.pk, actor=world.operator)
    with pytest.raises(PermissionDeniedError):
        post_approve(post_id=post.pk, actor=world.second_operator)
    with pytest.raises(PermissionDeniedError):
        post_approve(post_id=post.pk, actor=world.ict)
    post = post_approve(post_id=post.pk, actor=world.approver)
    assert post.status == PostStatus.SCHEDULED
    assert post.approved_by == world.approver
    assert post.approved_text == post.text
    assert post.approval_expires_at == post.approved_at + timedelta(days=7)


def test_responsible_person_as_author_is_approved_by_another_admin(publishing_world, make_user):
    from accounts.roles import Role

    world = publishing_world
    # The responsible person also holds the operator role and writes a post.
    from accounts.services import role_grant

    role_grant(
        actor=None, user=world.approver, role=Role.DEPARTMENT_OPERATOR, department=world.department
    )
    other_admin = make_user(Role.DEPARTMENT_ADMIN, world.department, username="kanko-admin-2")
    post = world.write(author=world.approver)
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.approver)
    with pytest.raises(PermissionDeniedError):
        post_approve(post_id=post.pk, actor=world.approver)
    assert post_approve(post_id=post.pk, actor=other_admin).status == PostStatus.SCHEDULED


def test_return_needs_a_reason_and_reject_is_final(publishing_world):
    world = publishing_world
    post = world.write()
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    with pytest.raises(DomainError):
        post_transition(post_id=post.pk, action=Action.RETURN, actor=world.approver)
    post = post_transition(
        post_id=post.pk, action=Action.RETURN, actor=world.approver, comment="日付を確認"
    )
    assert post.status == PostStatus.RETURNED and post.decision_comment == "日付を確認"
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    post = post_transition(
        post_id=post.pk, action=Action.REJECT, actor=world.approver, comment="不要"
    )
    assert post.status == PostStatus.REJECTED
    with pytest.raises(DomainError):
        post_update(
            actor=world.operator,
            post_id=post.pk,
            data=PostData(text="x", link="", target_at=post.target_at),
        )


def test_worker_publishes_the_exact_approved_text_once(publishing_world):
    world = publishing_world
    text = "本日は石巻川開き祭りです。\n交通規制にご注意ください。"
    post = world.approved(text, seconds=-1)
    assert post_publish(post_id=post.pk) == "published"
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert _feed_messages(world).count(text) == 1
    assert world.sim.posts(world.page.facebook_page_id)[0].id == post.facebook_post_id
    assert post_publish(post_id=post.pk) == "nothing"
    assert _feed_messages(world).count(text) == 1
    published = PostEvent.objects.get(post=post, action="published")
    assert published.text == text
    # Residents answered at once on the simulator.
    assert len(world.sim.comments(post.facebook_post_id)) >= 2


def test_not_due_is_not_published(publishing_world):
    world = publishing_world
    post = world.approved(minutes=30)
    assert post_publish(post_id=post.pk) == "not_due"
    assert post.text not in _feed_messages(world)


def test_editing_an_approved_post_withdraws_its_approval(publishing_world):
    world = publishing_world
    post = world.approved(seconds=-1)
    post = post_update(
        actor=world.operator,
        post_id=post.pk,
        data=PostData(
            text="差し替えた本文です。", link="", target_at=timezone.now() + timedelta(minutes=5)
        ),
    )
    assert post.status == PostStatus.DRAFT
    assert post.approved_at is None and post.approved_by is None and post.approved_text == ""
    assert PostEvent.objects.filter(post=post, action="edit").last().comment
    assert post_publish(post_id=post.pk) == "nothing"
    assert "差し替えた本文です。" not in _feed_messages(world)


def test_a_lapsed_approval_does_not_publish(publishing_world):
    world = publishing_world
    post = world.approved(minutes=60 * 24 * 8)
    with time_machine.travel(timezone.now() + timedelta(days=8, minutes=1), tick=True):
        assert post_publish(post_id=post.pk) == "lapsed"
    post.refresh_from_db()
    assert post.status == PostStatus.LAPSED and post.approved_text == ""
    assert post.text not in _feed_messages(world)


def test_the_sweep_lapses_old_approvals(publishing_world):
    world = publishing_world
    post = world.approved(minutes=60 * 24 * 9)
    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1), tick=True):
        posts_sweep()
    post.refresh_from_db()
    assert post.status == PostStatus.LAPSED


def test_crisis_mode_pauses_and_resume_publishes(publishing_world, secretariat_user):
    world = publishing_world
    post = world.approved(seconds=-1)
    crisis_mode_set(page_id=world.page.pk, actor=secretariat_user, enabled=True, reason="炎上")
    assert post_publish(post_id=post.pk) == "paused"
    post.refresh_from_db()
    assert post.status == PostStatus.PAUSED and post.pause_reason == "crisis"
    with pytest.raises(DomainError):
        post_transition(post_id=post.pk, action=Action.RESUME, actor=world.approver)
    crisis_mode_set(page_id=world.page.pk, actor=secretariat_user, enabled=False)
    # Switching crisis mode off resumes nothing by itself.
    assert post_publish(post_id=post.pk) == "nothing"
    post_transition(post_id=post.pk, action=Action.RESUME, actor=world.approver)
    assert post_publish(post_id=post.pk) == "published"
    assert post.text in _feed_messages(world)


def test_disaster_mode_pauses_every_page_at_once(publishing_world):
    world = publishing_world
    post = world.approved(minutes=30)
    with pytest.raises(PermissionDeniedError):
        disaster_mode_set(actor=world.approver, enabled=True)
    disaster_mode_set(actor=world.ict, enabled=True, reason="地震")
    post.refresh_from_db()
    assert post.status == PostStatus.PAUSED and post.pause_reason == "disaster"
    disaster_mode_set(actor=world.ict, enabled=False)
    post = post_transition(post_id=post.pk, action=Action.RESUME, actor=world.ict)
    assert post.status == PostStatus.SCHEDULED


def test_page_without_publishing_permission_refuses_to_schedule(
    graph_simulator, fisheries, fisheries_admin, make_user, default_rules
):
    from accounts.roles import Role

    ict = make_user(Role.ICT_OFFICE, username="ict-x")
    operator = make_user(Role.DEPARTMENT_OPERATOR, fisheries, username="suisan-writer")
    scopes = [
        s
        for s in graph_simulator.world.tokens[graph_simulator.page(1).token].scopes
        if s != "pages_manage_posts"
    ]
    page = connect_publishing_page(
        sim=graph_simulator,
        index=1,
        department=fisheries,
        admin=fisheries_admin,
        ict=ict,
        scopes=scopes,
    )
    from publishing.services import post_create

    post = post_create(
        actor=operator,
        page_id=page.pk,
        data=PostData(
            text="お知らせです。", link="", target_at=timezone.now() + timedelta(hours=1)
        ),
    )
    with pytest.raises(DomainError) as error:
        post_transition(post_id=post.pk, action=Action.SUBMIT, actor=operator)
    assert "pages_manage_posts" in error.value.message


def test_facebook_refusing_the_permission_fails_with_what_to_do(publishing_world):
    world = publishing_world
    post = world.approved(seconds=-1)
    world.sim.server.sim.world.tokens[world.sim.page(0).token].scopes.remove("pages_manage_posts")
    assert post_publish(post_id=post.pk) == "failed"
    post.refresh_from_db()
    assert post.status == PostStatus.FAILED
    assert "pages_manage_posts" in post.failure_message
    assert post.text not in _feed_messages(world)


def test_transient_failure_then_retry_publishes_once(publishing_world):
    from ishinomaki_sns.graph.errors import TransientGraphError

    world = publishing_world
    post = world.approved(seconds=-1)
    world.sim.set_fault("transient", path="/feed", count=1)
    with pytest.raises(TransientGraphError):
        post_publish(post_id=post.pk)
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHING
    assert post_publish(post_id=post.pk) == "published"
    assert _feed_messages(world).count(post.text) == 1


def test_lost_reply_is_recovered_from_the_feed(publishing_world):
    from ishinomaki_sns.graph.errors import TransientGraphError

    world = publishing_world
    post = world.approved(seconds=-1)
    # Facebook accepts the post but the answer never arrives (connection dropped late).
    world.sim.set_fault("slow_reply", path="/feed", count=1, delay=2.0)
    from django.conf import settings

    settings.FACEBOOK_GRAPH_READ_TIMEOUT = 0.5
    with pytest.raises(TransientGraphError):
        post_publish(post_id=post.pk)
    settings.FACEBOOK_GRAPH_READ_TIMEOUT = 30.0
    assert post_publish(post_id=post.pk) == "recovered"
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert _feed_messages(world).count(post.text) == 1


def test_correction_through_approval_and_urgent_delete(publishing_world):
    world = publishing_world
    post = world.approved(seconds=-1)
    post_publish(post_id=post.pk)
    correction = correction_request(
        actor=world.operator,
        post_id=post.pk,
        kind="edit",
        new_text="訂正後の本文",
        reason="日付の誤り",
    )
    assert correction.status == PostCorrection.Status.PENDING
    with pytest.raises(PermissionDeniedError):
        correction_request(
            actor=world.operator, post_id=post.pk, kind="delete", reason="x", urgent=True
        )
    with pytest.raises(PermissionDeniedError):
        correction_decide(actor=world.operator, correction_id=correction.pk, approve=True)
    correction_decide(actor=world.approver, correction_id=correction.pk, approve=True)
    assert correction_execute(correction_id=correction.pk) == "done"
    assert "訂正後の本文" in _feed_messages(world)
    urgent = correction_request(
        actor=world.approver, post_id=post.pk, kind="delete", reason="誤投稿", urgent=True
    )
    assert urgent.status == PostCorrection.Status.APPROVED
    assert correction_execute(correction_id=urgent.pk) == "done"
    post.refresh_from_db()
    assert post.status == PostStatus.DELETED
    assert post.facebook_post_id not in [p.id for p in world.sim.posts(world.page.facebook_page_id)]
    actions = list(PostEvent.objects.filter(post=post).values_list("action", flat=True))
    assert "correction_edit_requested" in actions and "correction_delete_urgent" in actions


def test_photos_are_uploaded_and_attached(publishing_world):
    from publishing.services import ImageChanges, ImageUpload

    world = publishing_world
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    post = world.write("写真付きのお知らせ")
    post = post_update(
        actor=world.operator,
        post_id=post.pk,
        data=PostData(text=post.text, link="", target_at=post.target_at),
        images=ImageChanges(add=[ImageUpload("a.png", png, "港に並ぶ漁船の写真")]),
    )
    with pytest.raises(DomainError):
        post_update(
            actor=world.operator,
            post_id=post.pk,
            data=PostData(text=post.text, link="", target_at=post.target_at),
            images=ImageChanges(add=[ImageUpload("b.png", png, "  ")]),
        )
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    post_approve(post_id=post.pk, actor=world.approver)
    Post.objects.filter(pk=post.pk).update(target_at=timezone.now() - timedelta(seconds=1))
    assert post_publish(post_id=post.pk) == "published"
    post.refresh_from_db()
    extra = world.sim.world.post_extra[world.sim.world.resolve(post.facebook_post_id)[1].serial]
    assert len(extra["photos"]) == 1
