"""Memory of an engine compiled from the shipped default rules (prints figures).

    .venv/bin/python benchmarks/engine_memory.py

No database is needed. The rules are read back from JSON first, as a worker reads the
stored copies (so nothing is shared with the ``defaults`` module), then compiled with
``Engine.from_rules``; the analyser's dictionary is loaded beforehand so that it is not
counted. Prints the Python memory the rules and the engine hold and the peak while
compiling (tracemalloc), the resident memory the compiled engine adds (each in a fresh
child process, so one measurement cannot reuse another's freed pages), and the same
without each exception rule, which is that rule's share.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_CHILD = """
import gc, json, sys, tracemalloc
sys.path.insert(0, {root!r})
from moderation.engine import Engine
from moderation.engine.analysis import analyse
from moderation.engine.defaults import DEFAULT_RULES

def rss():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0

analyse("準備")
text = json.dumps([r for r in DEFAULT_RULES if r["slug"] != {without!r}])
del DEFAULT_RULES
gc.collect()
before = rss()
if {traced!r}:
    tracemalloc.start()
engine = Engine.from_rules(json.loads(text))
gc.collect()
held, peak = tracemalloc.get_traced_memory() if {traced!r} else (0, 0)
print(json.dumps({{"rss": rss() - before, "held": held / 2**20, "peak": peak / 2**20,
                  "config": len(text.encode()) / 2**20}}))
"""


def measure(*, without: str = "", traced: bool) -> dict:
    code = _CHILD.format(root=str(ROOT), without=without, traced=traced)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    from moderation.engine.defaults import DEFAULT_RULES

    exceptions = [rule["slug"] for rule in DEFAULT_RULES if rule["kind"] == "exception"]
    whole = measure(traced=True) | {"rss": measure(traced=False)["rss"]}
    print(
        f"Engine from DEFAULT_RULES ({len(DEFAULT_RULES)} rules, {whole['config']:.2f} MB of JSON):"
    )
    print(f"  rules + engine, Python memory held {whole['held']:.1f} MB, "
          f"peak while compiling {whole['peak']:.1f} MB (tracemalloc)")  # fmt: skip
    print(f"  resident memory added by Engine.from_rules: {whole['rss']:.1f} MB")
    for slug in exceptions:
        rest = measure(without=slug, traced=True) | {
            "rss": measure(without=slug, traced=False)["rss"]
        }
        print(f"  share of {slug}: held {whole['held'] - rest['held']:.1f} MB, "
              f"resident {whole['rss'] - rest['rss']:.1f} MB, "
              f"JSON {whole['config'] - rest['config']:.2f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
