"""What a first-time operator and approver meet on the publishing screens (a walk through
them as new users): each test here failed before its fix."""

from __future__ import annotations

import pytest
from django.urls import reverse

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
