"""Pausing and correcting in Chromium: crisis mode holds a scheduled post (listed for the
approver), resuming is refused while crisis mode is on and accepted post by post after it;
a published post's correction form. Screens at 1280 and 390 px into /tmp/shots-publishing/."""

from __future__ import annotations

import re

import pytest

from moderation.services import crisis_mode_set
from publishing.models import Post, PostStatus
from publishing.services import post_publish, posts_sweep
from tests.browser.conftest import shoot
from tests.browser.test_publishing_journey import SHOTS, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_crisis_mode_holds_a_post_and_resume_is_post_by_post(
    page, live_server, publishing_world, secretariat_user
):
    world = publishing_world
    held = world.approved("【停止テスト】週末のイベント情報です。", minutes=30)
    crisis_mode_set(page_id=world.page.pk, actor=secretariat_user, enabled=True, reason="炎上")
    posts_sweep()
    assert Post.objects.get(pk=held.pk).status == PostStatus.PAUSED

    sign_in(page, world.approver.username)
    page.goto("/posts/")
    assert page.get_by_text("停止中・保留中の投稿").is_visible()
    assert page.locator(f"a[href='/posts/{held.pk}/']").count() >= 1
    shoot(page, SHOTS, "10-held-list", fits=True)
    page.goto(f"/posts/{held.pk}/")
    assert "炎上対応モード中" in page.inner_text("main")
    page.get_by_role("link", name="再開する").click()
    page.locator("main form button[type=submit]").click()
    assert "炎上対応モード中です。先に解除してください。" in page.inner_text("main")
    shoot(page, SHOTS, "11-resume-refused", fits=True)
    assert Post.objects.get(pk=held.pk).status == PostStatus.PAUSED

    crisis_mode_set(page_id=world.page.pk, actor=secretariat_user, enabled=False)
    page.goto(f"/posts/{held.pk}/")
    page.get_by_role("link", name="再開する").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/posts/{held.pk}/$"))
    assert Post.objects.get(pk=held.pk).status == PostStatus.SCHEDULED


def test_published_post_correction_form(page, live_server, publishing_world):
    world = publishing_world
    post = world.approved("【訂正テスト】説明会は10日です。", seconds=-1)
    assert post_publish(post_id=post.pk) == "published"
    sign_in(page, world.operator.username)
    page.goto(f"/posts/{post.pk}/")
    page.get_by_role("link", name="投稿を訂正・削除する").click()
    page.fill("textarea[name=new_text]", "【訂正】説明会は11日です。")
    page.fill("textarea[name=reason]", "日付の誤り")
    shoot(page, SHOTS, "12-correction-form", fits=True)
    page.get_by_role("button", name="訂正を登録する").click()
    page.wait_for_url(re.compile(rf"/posts/{post.pk}/$"))
    assert "訂正を依頼" in page.inner_text("main")
    shoot(page, SHOTS, "13-correction-pending", fits=True)
