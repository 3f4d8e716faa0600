"""What a first-time operator and approver meet on the publishing screens (a walk through
them as new users): each test here failed before its fix."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing.services import correction_request, post_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(publishing_world):
    world = publishing_world
    post = world.approved("公開済みの投稿です。", seconds=-1)
    post_publish(post_id=post.pk)
    post.refresh_from_db()
    return post


def test_approver_finds_a_deletion_waiting_for_them_on_home_and_the_post_list(
    client, publishing_world, published
):
    world = publishing_world
    correction_request(
        actor=world.operator, post_id=published.pk, kind="delete", reason="日付の誤り"
    )
    client.force_login(world.approver)
    home = client.get("/").content.decode()
    assert "承認待ちの訂正・削除" in home
    listing = client.get(reverse("publishing:list")).content.decode()
    assert "訂正・削除の承認待ち" in listing
    assert reverse("publishing:detail", args=[published.pk]) in listing
    assert "日付の誤り" in listing


def test_who_asked_for_the_correction_is_not_asked_to_approve_it(
    client, publishing_world, published
):
    world = publishing_world
    correction_request(
        actor=world.approver, post_id=published.pk, kind="delete", reason="日付の誤り"
    )
    client.force_login(world.approver)
    assert "承認待ちの訂正・削除" not in client.get("/").content.decode()
    assert "訂正・削除の承認待ち" not in client.get(reverse("publishing:list")).content.decode()


def test_an_empty_text_is_one_error_and_blanks_say_write_the_text(client, publishing_world):
    world = publishing_world
    client.force_login(world.operator)
    url = reverse("publishing:create", args=[world.page.pk])
    form = client.post(url, {"text": "", "target_at": "2099-01-01T10:00"}).context["form"]
    assert len(form.errors["text"]) == 1
    form = client.post(url, {"text": "   ", "target_at": "2099-01-01T10:00"}).context["form"]
    assert form.errors["text"] == ["投稿の本文を書いてください。"]


def test_approving_says_the_text_goes_out_on_facebook_by_itself_and_when(client, publishing_world):
    from publishing.models import Post
    from publishing.services import post_transition
    from publishing.transitions import Action

    world = publishing_world
    post = world.write("週末のマルシェのお知らせです。", minutes=120)
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    client.force_login(world.approver)
    url = reverse("publishing:action", args=[post.pk, "approve"])
    page = client.get(url).content.decode()
    when = timezone.localtime(post.target_at).strftime("%Y-%m-%d %H:%M")
    assert (
        f"{when} に、この本文が表示どおりにFacebookページ「{world.page.name}」へ自動で公開" in page
    )
    Post.objects.filter(pk=post.pk).update(target_at=timezone.now() - timedelta(minutes=1))
    page = client.get(url).content.decode()
    assert "公開日時を過ぎているため、確定するとすぐに" in page


def test_returning_asks_for_a_reason_on_the_field_itself(client, publishing_world):
    from publishing.services import post_transition
    from publishing.transitions import Action

    world = publishing_world
    post = world.write("週末のマルシェのお知らせです。")
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    client.force_login(world.approver)
    url = reverse("publishing:action", args=[post.pk, "return"])
    form = client.get(url).context["form"]
    assert form["comment"].label == "理由" and form.fields["comment"].required
    response = client.post(url, {"comment": ""})
    assert response.status_code == 400
    assert response.context["form"].errors["comment"] == ["理由を記入してください。"]
    post.refresh_from_db()
    assert post.status == "pending"


def test_an_operator_without_an_operating_page_is_told_why_there_is_nothing_to_post(
    client, make_user, fisheries
):
    from accounts.roles import Role

    operator = make_user(Role.DEPARTMENT_OPERATOR, fisheries, username="suisan-writer")
    client.force_login(operator)
    html = client.get(reverse("publishing:list")).content.decode()
    assert "まだ運用中の公式ページがないため、投稿先がありません" in html


def test_an_operator_with_an_operating_page_is_not_told_there_is_none(client, publishing_world):
    client.force_login(publishing_world.operator)
    html = client.get(reverse("publishing:list")).content.decode()
    assert "まだ運用中の公式ページがないため" not in html
    assert reverse("publishing:create", args=[publishing_world.page.pk]) in html


def test_the_approval_step_shows_the_images_that_go_out_with_the_text(client, publishing_world):
    from publishing.services import (
        ImageChanges,
        ImageUpload,
        PostData,
        post_transition,
        post_update,
    )
    from publishing.transitions import Action

    world = publishing_world
    post = world.write("港まつりの写真です。")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    post_update(
        actor=world.operator,
        post_id=post.pk,
        data=PostData(text=post.text, link="", target_at=post.target_at),
        images=ImageChanges(add=[ImageUpload("port.png", png, "港に並ぶ漁船の写真")]),
    )
    post_transition(post_id=post.pk, action=Action.SUBMIT, actor=world.operator)
    client.force_login(world.approver)
    html = client.get(reverse("publishing:action", args=[post.pk, "approve"])).content.decode()
    image = post.images.get()
    assert reverse("publishing:image", args=[image.pk]) in html
    assert 'alt="港に並ぶ漁船の写真"' in html


def test_the_calendar_switch_says_which_view_it_opens(client, publishing_world):
    client.force_login(publishing_world.operator)
    week = client.get(reverse("publishing:calendar")).content.decode()
    assert ">月表示</a>" in week
    month = client.get(reverse("publishing:calendar") + "?view=month").content.decode()
    assert ">週表示</a>" in month
