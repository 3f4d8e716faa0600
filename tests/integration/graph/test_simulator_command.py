"""`manage.py run_graph_simulator` starts a server and prints its URL and demo pages."""

import re
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[3]


def test_command_serves_and_prints_pages_but_not_the_secret(worker_env):
    env = {**worker_env, "FACEBOOK_APP_SECRET": "do-not-print-me"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "run_graph_simulator",
            "--port",
            "0",
            "--pages",
            "2",
            "--posts",
            "3",
            "--comments",
            "2",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(4)]
        url = re.search(r"http://127\.0\.0\.1:\d+", lines[0]).group(0)
        assert url.startswith("http://127.0.0.1:")
        deadline = time.time() + 10
        while True:
            try:
                world = requests.get(f"{url}/_sim/world", timeout=2).json()
                break
            except requests.ConnectionError:
                assert time.time() < deadline
                time.sleep(0.1)
        assert len(world["pages"]) == 2
        assert world["pages"][0]["id"] in lines[2]
        assert all("do-not-print-me" not in line for line in lines)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
