"""Publishing as a first-time ICT office user and approver meet it in Chromium (a walk through
it): the two one-click actions with effects on Facebook that cannot be taken back ask first.
Each test here failed before its fix."""

from __future__ import annotations

import pytest

from publishing.models import PostCorrection
from publishing.selectors import disaster_mode_on
from publishing.services import correction_request, post_publish
from tests.browser.conftest import login
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _answer_next_dialog(page, *, accept: bool) -> list[str]:
    seen: list[str] = []

    def answer(dialog) -> None:
        seen.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", answer)
    return seen


def test_disaster_mode_asks_before_it_pauses_every_page(page, publishing_world):
    world = publishing_world
    login(page, world.ict.username, PASSWORD)
    page.goto("/posts/")
    button = page.get_by_role("button", name="すべての予約投稿を停止（災害時モードをオン）")
    seen = _answer_next_dialog(page, accept=False)
    button.click()
    page.wait_for_timeout(300)
    assert seen and "1件ずつ再開" in seen[0]
    assert not disaster_mode_on()
    _answer_next_dialog(page, accept=True)
    button.click()
    page.wait_for_selector("text=災害時モードをオンにしました")
    assert disaster_mode_on()


def test_approving_a_deletion_says_it_cannot_be_undone_first(page, publishing_world):
    world = publishing_world
    post = world.approved("公開済みの投稿です。", seconds=-1)
    post_publish(post_id=post.pk)
    correction = correction_request(
        actor=world.operator, post_id=post.pk, kind="delete", reason="日付の誤り"
    )
    login(page, world.approver.username, PASSWORD)
    page.goto(f"/posts/{post.pk}/")
    button = page.get_by_role("button", name="訂正を承認する")
    seen = _answer_next_dialog(page, accept=False)
    button.click()
    page.wait_for_timeout(300)
    assert seen and "元に戻せません" in seen[0]
    correction.refresh_from_db()
    assert correction.status == PostCorrection.Status.PENDING
    _answer_next_dialog(page, accept=True)
    button.click()
    page.wait_for_selector("text=訂正について判断しました")
    correction.refresh_from_db()
    assert correction.status != PostCorrection.Status.PENDING


def test_the_responsible_person_is_asked_before_an_urgent_deletion_goes_out(page, publishing_world):
    world = publishing_world
    post = world.approved("公開済みの投稿です。", seconds=-1)
    post_publish(post_id=post.pk)
    login(page, world.approver.username, PASSWORD)  # the page's responsible person
    page.goto(f"/posts/{post.pk}/correct/")
    page.check("input[name=kind][value=delete]")
    page.fill("textarea[name=reason]", "誤った日付を掲載したため")
    page.check("input[name=urgent]")
    seen = _answer_next_dialog(page, accept=False)
    page.get_by_role("button", name="訂正を登録する").click()
    page.wait_for_timeout(300)
    assert seen and "元に戻せません" in seen[0]
    assert not PostCorrection.objects.filter(post=post).exists()
    _answer_next_dialog(page, accept=True)
    page.get_by_role("button", name="訂正を登録する").click()
    page.wait_for_selector("text=訂正を登録しました")
    assert PostCorrection.objects.filter(post=post, urgent=True).exists()
