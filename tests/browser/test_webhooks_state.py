"""The ICT office sees a page's Facebook notifications (webhooks) state on its detail screen
and retries a subscription that failed, in headless Chromium (axe-core and the 390 px check
on every page visited, by the `page` fixture). The worker's part is run in-process against
the Graph API simulator over HTTP."""

import pytest
from django.utils import timezone

from pages.models import PageWebhookSubscription
from pages.services.webhooks import page_webhooks_sync
from tests.browser.conftest import PHONE, SCREENSHOTS, check_page
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, username, password=PASSWORD):
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_ict_office_sees_a_failed_subscription_and_retries_it(
    page, connected_pages, graph_simulator, ict_user, screenshot
):
    official = connected_pages[0]
    detail = f"/pages/{official.pk}/"
    # The worker tried: the token lacked pages_manage_metadata.
    graph_simulator.set_fault("permission", page_id=official.facebook_page_id, code=200)
    assert page_webhooks_sync(page_id=official.pk) == "failed"
    graph_simulator.clear_faults()

    # The department sees the state, without the retry.
    sign_in(page, official.responsible_person.username)
    page.goto(detail)
    card = page.locator("#webhooks-card")
    assert "登録できませんでした" in card.inner_text()
    assert page.locator("#webhooks-retry").count() == 0

    sign_in(page, "ict")
    page.goto(detail)
    card = page.locator("#webhooks-card")
    assert "Facebook通知（Webhook）" in card.inner_text()
    assert page.locator("#webhooks-state").inner_text() == "登録できませんでした"
    assert "pages_manage_metadata権限がありません" in page.locator("#webhooks-error").inner_text()
    card.scroll_into_view_if_needed()
    screenshot("webhooks-failed-1280")
    page.set_viewport_size(PHONE)
    card.scroll_into_view_if_needed()
    screenshot("webhooks-failed-390")
    card.screenshot(path=str(SCREENSHOTS / "webhooks-failed-390-card.png"))
    page.set_viewport_size({"width": 1280, "height": 900})

    page.click("#webhooks-retry")
    page.wait_for_url(f"**{detail}")
    assert "再度依頼しました" in page.locator("main").inner_text()
    assert page.locator("#webhooks-state").inner_text() == "登録待ち"
    assert page.locator("#webhooks-retry").count() == 0
    check_page(page, label="after the retry")

    # The worker subscribes the page; the screen says so.
    assert page_webhooks_sync(page_id=official.pk) == "done"
    assert graph_simulator.world.subscriptions[official.facebook_page_id] == ["feed"]
    page.goto(detail)
    assert page.locator("#webhooks-state").inner_text() == "受信中"
    sub = PageWebhookSubscription.objects.get(page=official)
    when = timezone.localtime(sub.subscribed_at).strftime("%Y-%m-%d %H:%M")
    assert when in page.locator("#webhooks-card").inner_text()
    page.set_viewport_size(PHONE)
    page.locator("#webhooks-card").scroll_into_view_if_needed()
    screenshot("webhooks-receiving-390")
    page.locator("#webhooks-card").screenshot(
        path=str(SCREENSHOTS / "webhooks-receiving-390-card.png")
    )
