"""Ingestion benchmark: the Graph API simulator over real HTTP into a real PostgreSQL.

    python tools/testenv.py -- .venv/bin/python benchmarks/ingest.py [--pages 50 --posts 200 --comments 50]

Prints comments ingested per second end to end (no simulated latency), Graph calls per 100
comments next to the minimum possible for the data (an expanded feed read of 25 posts per
call, plus one call per further 100 comments of a post), and peak memory after a fifth of
the pages and after all of them (flat = streaming, not loading everything).
Targets (issue 4): >= 2,000 comments/s, <= 1.2 x the minimum calls, memory flat.
"""

from __future__ import annotations

import argparse
import math
import os
import socket
import subprocess
import sys
import time

from _common import ROOT, connected_pages, peak_rss_mb, use_fresh_database

APP_SECRET = "bench-app-secret"  # noqa: S105 - the simulator's fake app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--comments", type=int, default=50)
    args = parser.parse_args()
    os.environ["FACEBOOK_APP_SECRET"] = APP_SECRET
    port = free_port()
    os.environ["FACEBOOK_GRAPH_URL"] = f"http://127.0.0.1:{port}"

    simulator = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "run_graph_simulator",
            "--port",
            str(port),
            "--pages",
            str(args.pages),
            "--posts",
            str(args.posts),
            "--comments",
            str(args.comments),
            "--seed",
            "1",
            "--app-secret",
            APP_SECRET,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "ishinomaki_sns.settings.test"},
    )
    try:
        use_fresh_database("bench_ingest")
        from django.conf import settings

        from comments.models import Comment
        from comments.services.sync import page_sync
        from ishinomaki_sns.graph.client import GraphClient
        from ishinomaki_sns.graph.simulator import World

        world = World(
            pages=args.pages,
            posts=args.posts,
            comments=args.comments,
            seed=1,
            app_id=settings.FACEBOOK_APP_ID,
            app_secret=APP_SECRET,
        )
        pages = connected_pages(world.pages)

        client = GraphClient.from_settings()
        deadline = time.monotonic() + 30
        while True:  # wait for the simulator to listen
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("simulator did not start")
                time.sleep(0.2)

        rss_start = peak_rss_mb()
        started = time.perf_counter()
        rss_at_fifth = None
        for index, page in enumerate(pages, start=1):
            page_sync(page_id=page.pk, client=client)
            if index == max(1, len(pages) // 5):
                rss_at_fifth = peak_rss_mb()
        elapsed = time.perf_counter() - started
        stored = Comment.objects.count()
        expected = args.pages * args.posts * args.comments

        # The fewest calls that can read this data: one expanded feed call per 25 posts, plus a
        # continuation per further 100 comments of a post (GRAPH_API.md: keep the outer limit ~25).
        minimum = args.pages * (
            math.ceil(args.posts / 25) + args.posts * max(0, math.ceil(args.comments / 100) - 1)
        )
        print(
            f"data: {args.pages} pages x {args.posts} posts x {args.comments} comments = {expected:,} comments (stored {stored:,})"
        )
        print(
            f"throughput: {stored / elapsed:,.0f} comments/s end to end ({elapsed:.1f} s)  [target >= 2,000]"
        )
        print(
            f"graph calls: {client.calls} = {client.calls / stored * 100:.3f} per 100 comments; minimum {minimum} = {minimum / expected * 100:.3f} per 100; ratio {client.calls / minimum:.2f}  [target <= 1.2]"
        )
        print(
            f"peak RSS: {rss_start:.0f} MB before, {rss_at_fifth:.0f} MB after {len(pages) // 5} pages, {peak_rss_mb():.0f} MB after {len(pages)} pages  [flat]"
        )
        second_started = time.perf_counter()
        calls_before = client.calls
        new = sum(page_sync(page_id=page.pk, client=client).new for page in pages)
        print(
            f"second (ordinary) sync of every page: {new} new, {client.calls - calls_before} calls, {time.perf_counter() - second_started:.1f} s"
        )
        if stored != expected:
            sys.exit(f"MISMATCH: stored {stored} != expected {expected}")
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)


if __name__ == "__main__":
    main()
