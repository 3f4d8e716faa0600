"""Hostile input to every form and query parameter of the portal, as every actor: no 500.

Forms are found by GETting each URL (every pattern from the resolver, with objects of the
tourism department) and reading its <form>, <input>, <select> and <textarea> names; query
parameters are those forms' GET fields plus the ones views read directly (KNOWN_QUERY).
Hypothesis draws the values: random Unicode, null bytes, very long strings, negative and
huge numbers, malformed dates, and several values where one is expected. Every request runs
in a rolled-back savepoint, so each starts from the same data. The run is bounded
(derandomized, a fixed number of examples) and prints its counts.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.fixtures_matrix import (  # noqa: F401
    MATRIX_ACTORS,
    matrix_actors,
    matrix_objects,
    url_kwargs,
)
from tests.permission_matrix import expected_for
from tests.url_inventory import all_routes, build_url

pytestmark = pytest.mark.django_db

# Query parameters that views and filters read without a GET form on the page.
KNOWN_QUERY = (
    "q", "page", "p", "status", "clause", "department", "author", "sort", "flagged",
    "flagged_from", "flagged_to", "url", "lang", "next", "state", "term", "year", "month",
    "week", "day", "enabled", "error", "code", "username", "kind", "from", "to", "format",
)  # fmt: skip
# Routes that must not be fuzzed here: signing out ends the actor's session.
SKIP = {"logout", "set_language"}
FUZZ_EXAMPLES = 200
# The random phase stops sending after this many seconds even if examples remain, so the
# suite's time stays bounded on a slow machine; the counts printed say how many were sent.
FUZZ_SECONDS = 40

MALFORMED = [
    "", " ", "-1", "0", "-99999999999999999999", "99999999999999999999999999999", "1e309",
    "NaN", "inf", "2016-13-45", "2016-02-30", "0000-00-00", "9999-12-31T25:61", "yesterday",
    "１２３", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "\x00",
    "a\x00b", "\ud7ff\ufffe", "=cmd|' /C calc'!A0", "http://evil.example/", "//evil.example",
]  # fmt: skip

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40
)  # any Unicode a browser can send (lone surrogates cannot be encoded)
SCALAR = st.one_of(
    _text,
    st.sampled_from(MALFORMED),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    _text.map(lambda s: s + "\x00" + s),
    st.integers(min_value=1_000, max_value=20_000).map(lambda n: "長" * n),
)
VALUE = st.one_of(SCALAR, st.lists(SCALAR, min_size=2, max_size=3))  # arrays for strings


class _Forms(HTMLParser):
    """<form method action> with the names of its fields."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._current: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self._current = {
                "method": (attributes.get("method") or "get").lower(),
                "action": attributes.get("action") or "",
                "fields": set(),
            }
            self.forms.append(self._current)
        elif tag in ("input", "select", "textarea", "button") and attributes.get("name"):
            if attributes.get("type") == "file":
                return
            target = self._current if self._current is not None else None
            if target is not None:
                target["fields"].add(attributes["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def _permitted(route, method: str) -> list[str]:
    """Actors the permission matrix serves on this route (so the input reaches the form)."""
    expected = expected_for(route) or {}
    return [a for a, outcome in expected.get(method, {}).items() if outcome == "ok"]


def _discover(clients: dict, objects: dict) -> list[dict]:
    """Every form target and GET URL: [{"url", "method", "fields", "actors"}]. Each page
    is read once, as an actor the permission matrix serves it to."""
    targets: dict[tuple[str, str], dict] = {}

    def add(url: str, method: str, fields, actors) -> None:
        entry = targets.setdefault((url, method), {"fields": set(), "actors": set()})
        entry["fields"].update(fields)
        entry["actors"].update(actors)

    for route in all_routes():
        if route.is_admin or route.key in SKIP:
            continue
        url = build_url(route, url_kwargs(objects, route))
        readers = [a for a in _permitted(route, "GET") if a != "anonymous"] or ["anonymous"]
        add(url, "get", KNOWN_QUERY, _permitted(route, "GET") or ["ict"])
        add(url, "post", (), _permitted(route, "POST") or ["ict"])
        response = clients[readers[0]].get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode("utf-8", errors="replace"))
        for form in parser.forms:
            action = form["action"].split("#")[0] or url
            if not action.startswith("/"):
                continue  # another site: not ours to fuzz
            add(action.split("?")[0], form["method"], form["fields"], [readers[0]])
    return [
        {
            "url": url,
            "method": method,
            "fields": sorted(entry["fields"] - {"csrfmiddlewaretoken"}),
            "actors": sorted(entry["actors"]),
        }
        for (url, method), entry in sorted(targets.items())
    ]


def test_no_input_makes_a_500(matrix_actors, matrix_objects, capsys):  # noqa: F811
    clients = {}
    for actor in MATRIX_ACTORS:
        clients[actor] = Client(raise_request_exception=False)
        if matrix_actors[actor] is not None:
            clients[actor].force_login(matrix_actors[actor])
    started = time.monotonic()
    request_logger = logging.getLogger("django.request")
    level = request_logger.level
    request_logger.setLevel(logging.CRITICAL)  # hundreds of 4xx lines; 500s are collected
    targets = _discover(clients, matrix_objects)
    statuses: Counter = Counter()
    errors: list[str] = []

    def send(target: dict, actor: str, data: dict, deadline: float | None = None) -> None:
        if deadline is not None and time.monotonic() > deadline:
            return  # the run's time budget is spent (a loaded CI machine): stop sending
        client = clients[actor]
        try:
            with transaction.atomic():
                response = getattr(client, target["method"])(target["url"], data)
                transaction.set_rollback(True)
        finally:
            if matrix_actors[actor] is not None and "sessionid" in getattr(
                locals().get("response"), "cookies", {}
            ):
                client.force_login(matrix_actors[actor])
        statuses[response.status_code] += 1
        if response.status_code >= 500:
            shown = {k: (v[:40] if isinstance(v, str) else v) for k, v in data.items()}
            errors.append(f"{target['method'].upper()} {target['url']} as {actor}: {shown}")

    try:
        # 1. Every target once, as an actor it serves, every field malformed.
        for target in targets:
            payload = {
                field: MALFORMED[(n + len(target["url"])) % len(MALFORMED)]
                for n, field in enumerate(target["fields"])
            }
            send(target, target["actors"][0], payload)
        sweep = sum(statuses.values())
        fuzz_deadline = time.monotonic() + FUZZ_SECONDS

        # 2. Hypothesis: random targets, actors and hostile values per field.
        @settings(
            max_examples=FUZZ_EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            phases=(Phase.explicit, Phase.generate),
            suppress_health_check=list(HealthCheck),
        )
        @given(st.data())
        def fuzz(data):
            target = data.draw(st.sampled_from(targets), label="target")
            # Mostly an actor the target serves (so the input reaches the form), sometimes anyone.
            actor = data.draw(
                st.one_of(st.sampled_from(target["actors"]), st.sampled_from(MATRIX_ACTORS)),
                label="actor",
            )
            fields = target["fields"] or ["x"]
            chosen = data.draw(st.lists(st.sampled_from(fields), max_size=6, unique=True))
            values = {field: data.draw(VALUE, label=field) for field in chosen}
            send(target, actor, values, deadline=fuzz_deadline)

        fuzz()
    finally:
        request_logger.setLevel(level)
    with capsys.disabled():
        print(
            f"\nfuzz: {len(targets)} targets (URL × method, "
            f"{sum(len(t['fields']) for t in targets)} fields), {len(MATRIX_ACTORS)} actors; "
            f"{sweep} sweep requests + {sum(statuses.values()) - sweep} hypothesis requests "
            f"in {time.monotonic() - started:.1f} s; statuses {dict(sorted(statuses.items()))}; "
            f"500s: {len(errors)}"
        )
    assert not errors, "Server errors:\n" + "\n".join(errors[:50])
