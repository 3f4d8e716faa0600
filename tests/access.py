"""The permission matrix: every view is tried by every kind of actor.

A view test declares who may use it; `assert_access` checks that exactly those actors get
in, that an anonymous visitor is sent to the login page (for staff views), and that everyone
else gets the declared refusal (404 for an object whose existence must not leak, else 403).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from accounts.roles import Role

ACTORS = (
    "anonymous",
    "no_role",
    "ict",
    "secretariat",
    "auditor",
    "tourism_admin",
    "tourism_operator",
    "fisheries_admin",
)


@dataclass(frozen=True)
class Access:
    url: str | Callable[[dict], str]
    allowed: frozenset[str]
    method: str = "get"
    data: dict = field(default_factory=dict)
    public: bool = False
    ok_status: tuple[int, ...] = (200,)
    denied_status: int = 403

    def resolve(self, context: dict) -> str:
        return self.url(context) if callable(self.url) else self.url


@pytest.fixture
def actors(make_user, tourism, fisheries) -> dict:
    return {
        "anonymous": None,
        "no_role": make_user(username="no-role"),
        "ict": make_user(Role.ICT_OFFICE, username="ict"),
        "secretariat": make_user(Role.SECRETARIAT, username="secretariat"),
        "auditor": make_user(Role.AUDITOR, username="auditor"),
        "tourism_admin": make_user(Role.DEPARTMENT_ADMIN, tourism, username="tourism-admin"),
        "tourism_operator": make_user(
            Role.DEPARTMENT_OPERATOR, tourism, username="tourism-operator"
        ),
        "fisheries_admin": make_user(Role.DEPARTMENT_ADMIN, fisheries, username="fisheries-admin"),
    }


def assert_access(client, actors: dict, access: Access, context: dict | None = None) -> None:
    context = {**(context or {}), "actors": actors}
    url = access.resolve(context)
    for name in ACTORS:
        user = actors[name]
        client.logout()
        if user is not None:
            client.force_login(user)
        response = getattr(client, access.method)(url, access.data)
        if name in access.allowed:
            assert response.status_code in access.ok_status, (
                f"{name} should reach {url}, got {response.status_code}"
            )
        elif name == "anonymous" and not access.public:
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], (
                f"anonymous at {url}: {response.status_code}"
            )
        else:
            assert response.status_code == access.denied_status, (
                f"{name} should be refused at {url} with {access.denied_status}, got {response.status_code}"
            )
