import pytest

from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401 - actors is a fixture

pytestmark = pytest.mark.django_db

EVERY_STAFF = frozenset(set(ACTORS) - {"anonymous"})


@pytest.mark.parametrize(
    "access",
    [
        Access("/", allowed=EVERY_STAFF),
        Access("/accounts/password_change/", allowed=EVERY_STAFF),
        Access("/healthz", allowed=frozenset(ACTORS), public=True),
        Access(
            "/accounts/login/", allowed=frozenset({"anonymous"}), public=True, denied_status=302
        ),
    ],
    ids=lambda a: a.url,
)
def test_foundation_views_permission_matrix(client, actors, access):  # noqa: F811
    assert_access(client, actors, access)


def test_only_staff_flag_reaches_django_admin(client, actors):  # noqa: F811
    for name in ACTORS[1:]:
        client.force_login(actors[name])
        assert client.get("/admin/").status_code == 302
    ict = actors["ict"]
    ict.is_staff = True
    ict.save(update_fields=["is_staff"])
    client.force_login(ict)
    response = client.get("/admin/accounts/department/")
    assert response.status_code == 200
    assert "課" in response.content.decode()
