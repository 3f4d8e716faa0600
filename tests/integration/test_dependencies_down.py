"""A service that is down: one line saying which, where and what to do, a non-zero exit for
commands, and a web action that keeps its outbox row and tells the person."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from moderation.models import ModerationAction

ROOT = Path(__file__).resolve().parents[2]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_command(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line(result: subprocess.CompletedProcess, *expected: str) -> str:
    assert result.returncode == 3, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


@pytest.mark.django_db(transaction=True)
def test_sync_comments_with_redis_stopped_says_so_in_one_line(
    graph_simulator, connected_pages, worker_env
):
    port = closed_port()
    dead = f"redis://:hunter2-redis-password@127.0.0.1:{port}/0"
    env = {**worker_env, **graph_simulator.env(), "REDIS_URL": dead, "CELERY_BROKER_URL": dead}
    line = assert_one_line(
        run_command(["sync_comments", "--all"], env), "Redis", f"redis://127.0.0.1:{port}/0"
    )
    assert "hunter2" not in line
    assert "REDIS_URL" in line  # what to do


def test_a_command_with_postgresql_stopped_says_so_in_one_line(worker_env):
    port = closed_port()
    env = {**worker_env, "DATABASE_URL": f"postgres://portal:db-pass-xyz@127.0.0.1:{port}/portal"}
    line = assert_one_line(
        run_command(["sync_comments", "--all"], env),
        "PostgreSQL",
        f"postgres://127.0.0.1:{port}/portal",
        "DATABASE_URL",
    )
    assert "db-pass-xyz" not in line


@pytest.mark.django_db
def test_sync_comments_with_the_graph_api_unreachable_says_so_once(connected_pages, settings):
    settings.FACEBOOK_GRAPH_URL = f"http://127.0.0.1:{closed_port()}"
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("sync_comments", "--all", stdout=io.StringIO(), stderr=err)
    assert raised.value.returncode == 3
    assert "Graph API" in str(raised.value) and settings.FACEBOOK_GRAPH_URL in str(raised.value)
    # Not one failure per page: the command stops at the first page with the one line.
    assert all(page.name not in err.getvalue() for page in connected_pages)


# The web process is a real Django process whose Redis is stopped (Celery reads its broker
# once, so this test's own process cannot lose it): it posts the decision through the test
# client against this test's committed database.
WEB_ACTION = """
import django, json
django.setup()
from django.test import Client
from accounts.models import User
client = Client()
client.force_login(User.objects.get(username="secretariat-q"))
response = client.post(
    "/moderation/items/%(comment)d/decide/",
    {"action": "hide", "clause": "defamation", "reason": "侮辱"},
    follow=True,
)
print(json.dumps({"status": response.status_code, "html": response.content.decode()}))
"""


@pytest.mark.django_db(transaction=True)
def test_a_decision_with_redis_down_keeps_its_outbox_row_and_says_so(
    graph_simulator, connected_pages, resident_comment, make_user, worker_env
):
    import json

    from accounts.roles import Role

    make_user(Role.SECRETARIAT, username="secretariat-q")
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    dead = f"redis://127.0.0.1:{closed_port()}/0"
    result = subprocess.run(
        [sys.executable, "-c", WEB_ACTION % {"comment": comment.pk}],
        cwd=ROOT,
        env={**worker_env, **graph_simulator.env(), "REDIS_URL": dead, "CELERY_BROKER_URL": dead},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200
    assert "ワーカーの復旧後に送信されます" in answer["html"]
    action = ModerationAction.objects.get(comment=comment)
    assert action.status == ModerationAction.Status.PENDING  # the sweep will queue it again
