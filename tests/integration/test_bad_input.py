"""Nonsense in query strings and forms gets a page or a clear message, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

GARBAGE = [
    "",
    "abc",
    "-1",
    "99999999999999999999",
    "%00",
    "<script>",
    "2026-13-45",
    "'; DROP TABLE x;--",
    "\u202e",
    "ｘ" * 500,
]

LIST_VIEWS = [
    "/moderation/",
    "/moderation/outbox/",
    "/moderation/audit/",
    "/moderation/rules/",
    "/moderation/rules/report/",
    "/health/",
    "/insights/",
    "/incidents/",
    "/pages/",
    "/accounts/access-review/",
    "/training/",
]
PARAMS = [
    "page",
    "status",
    "clause",
    "date_from",
    "date_to",
    "author",
    "q",
    "sort",
    "department",
    "flagged",
    "kind",
    "weeks",
]


@pytest.mark.parametrize("url", LIST_VIEWS)
def test_list_views_survive_garbage_parameters(client, ict_user, secretariat_user, url):
    for user in (ict_user, secretariat_user):
        client.force_login(user)
        for value in GARBAGE:
            response = client.get(url, dict.fromkeys(PARAMS, value))
            assert response.status_code in (200, 302, 400, 403, 404), (
                url,
                value,
                response.status_code,
            )


@pytest.mark.parametrize(
    "value",
    GARBAGE + ["https://www.facebook.com/", "http://[::1", "facebook.com/profile.php?id=abc"],
)
def test_registry_verify_survives_garbage(client, value):
    response = client.get("/registry/verify", {"url": value})
    assert response.status_code in (200, 400)
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    "url",
    [
        "/moderation/items/999999/",
        "/insights/pages/999999/",
        "/incidents/999999/",
        "/pages/999999/",
        "/training/999999/",
        "/moderation/rules/no-such-rule/",
    ],
)
def test_unknown_objects_are_404(client, ict_user, url):
    client.force_login(ict_user)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/moderation/bulk/", "/incidents/new/", "/pages/apply/", "/moderation/rules/sandbox/"]
)
def test_empty_and_garbage_posts_get_a_page_not_a_500(
    client, ict_user, secretariat_user, tourism_admin, url
):
    for user in (ict_user, secretariat_user, tourism_admin):
        client.force_login(user)
        for data in (
            {},
            {
                "action": "<script>",
                "clause": "nope",
                "reason": "",
                "comments": ["x", "-1"],
                "text": "\x00",
            },
        ):
            response = client.post(url, data)
            assert response.status_code in (200, 302, 400, 403, 404), (
                url,
                data,
                response.status_code,
            )
