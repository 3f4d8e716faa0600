"""Every URL pattern of the project, found by walking the resolver (never a hand list), and
one object of each kind to fill their arguments. Used by the permission matrix and the fuzz
test (tests/integration/test_permission_matrix.py, tests/integration/test_fuzz.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Route:
    key: str  # the URL name ("pages:detail"), or the route for an unnamed pattern
    route: str  # the full route, for messages
    params: tuple[str, ...]  # the arguments the pattern captures
    pattern: URLPattern

    @property
    def is_admin(self) -> bool:
        return self.key.startswith("admin:") or self.route.startswith("admin/")


def _params(route: str) -> tuple[str, ...]:
    names = re.findall(r"<(?:\w+:)?(\w+)>", route) + re.findall(r"\(\?P<(\w+)>", route)
    return tuple(dict.fromkeys(names))


def _walk(patterns, prefix: str = "", namespace: str | None = None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            space = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), space)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            if pattern.name:
                key = f"{namespace}:{pattern.name}" if namespace else pattern.name
            else:
                key = route
            yield Route(key=key, route=route, params=_params(route), pattern=pattern)


def all_routes() -> list[Route]:
    """Every pattern of ROOT_URLCONF, recursively through include() and the admin site."""
    return list(_walk(get_resolver().url_patterns))


def build_url(route: Route, kwargs: dict) -> str:
    """The path for a route with its captured arguments (regex routes included)."""
    path = route.route
    for name in route.params:
        value = str(kwargs[name])
        path = re.sub(rf"\(\?P<{name}>[^)]*\)", value, path)  # regex groups first
        path = re.sub(rf"<(?:\w+:)?{name}>", value, path)
    path = path.replace("^", "").replace("$", "").replace("\\.", ".")
    return "/" + path
