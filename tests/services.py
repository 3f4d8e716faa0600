"""pytest plugin loaded first (`-p tests.services`): real PostgreSQL and Redis for the run.

`make test` starts both with tools/testenv.py and exports their URLs. When pytest is run
directly without them, this plugin starts the same throwaway servers itself and stops them
when the run ends, so no test ever silently runs on SQLite or without a broker.
Celery reads its broker once, so the URLs must be in the environment before settings load.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

_stack = contextlib.ExitStack()

if not os.environ.get("DATABASE_URL", "").startswith("postgres") or not os.environ.get("REDIS_URL"):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import testenv

    os.environ["DATABASE_URL"] = _stack.enter_context(testenv.postgres())
    os.environ["REDIS_URL"] = os.environ["CELERY_BROKER_URL"] = _stack.enter_context(
        testenv.redis_server()
    )
os.environ.setdefault("CELERY_BROKER_URL", os.environ["REDIS_URL"])
os.environ["DJANGO_SETTINGS_MODULE"] = "ishinomaki_sns.settings.test"


def pytest_unconfigure(config) -> None:
    _stack.close()
