"""Public records benchmark: a disclosure export of 1,000,000 comments and verify_audit over
1,000,000 audit rows, in a real PostgreSQL.

    python tools/testenv.py -- .venv/bin/python benchmarks/records.py [--comments 1000000 --audit 1000000]

Seeds its own database (`bench_records`): pages through the lifecycle services, then posts
and comments (one in ten with a phone number, 5,000 commenters) with PostgreSQL COPY, and
an audit log whose hash chain is computed while it is COPYed. Prints the time to build the
export (redaction, CSV and JSON into the ZIP) and to verify the chain, each with the largest
resident memory seen while it ran (sampled every 0.2 s) next to the memory before it: both
should finish in minutes with flat memory.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import threading
import time
from datetime import UTC, timedelta

from _common import use_fresh_database
from dashboard import copy_rows, seed_pages


class RssSampler:
    """The process's resident memory (from /proc), sampled in a thread while a block runs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()

    @staticmethod
    def current_mb() -> float:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.current_mb())
            time.sleep(0.2)

    def __enter__(self):
        self.before = self.current_mb()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.thread.join()
        self.peak = max(self.peak, self.current_mb())


def seed_comments(pages, total: int, now) -> None:
    from django.db import connection

    rng = random.Random(16)  # noqa: S311 - benchmark data
    with connection.cursor() as django_cursor:
        cursor = django_cursor.cursor
        posts = [(page.pk, f"{page.facebook_page_id}_{n}") for page in pages for n in range(100)]
        copy_rows(
            cursor,
            "comments_post",
            [
                "page_id",
                "facebook_id",
                "message",
                "created_time",
                "permalink_url",
                "is_published",
                "raw",
                "first_seen_at",
            ],  # fmt: skip
            [
                (p, f, "お知らせです", now.isoformat(), "", "t", "{}", now.isoformat())
                for p, f in posts
            ],
        )
        cursor.execute("SELECT id, page_id FROM comments_post")
        post_ids = cursor.fetchall()

        def rows():
            for serial in range(total):
                post_id, page_id = post_ids[serial % len(post_ids)]
                created = now - timedelta(seconds=rng.randint(0, 300 * 24 * 3600))
                author = serial % 5000
                message = (
                    f"防潮堤について意見です。連絡は090-{author:04d}-{serial % 10000:04d}まで"
                    if serial % 10 == 0
                    else f"イベント楽しみにしています {serial}"
                )
                yield (page_id, post_id, f"c{serial}", "", f"9{author:05d}", f"住民 {author:04d}",
                       message, created.isoformat(), "", "f", "f", "t", "t", "{}", now.isoformat(),
                       "")  # fmt: skip

        copy_rows(
            cursor,
            "comments_comment",
            [
                "page_id",
                "post_id",
                "facebook_id",
                "parent_facebook_id",
                "author_id",
                "author_name",
                "message",
                "created_time",
                "permalink_url",
                "is_hidden",
                "is_deleted",
                "can_hide",
                "can_remove",
                "raw",
                "first_seen_at",
                "search_text",
            ],  # fmt: skip
            rows(),
        )
        cursor.execute("ANALYZE")


def seed_audit(total: int, now) -> None:
    from django.db import connection

    from moderation.audit_chain import GENESIS, audit_row_hash

    def rows():
        prev = GENESIS
        for n in range(total):
            created = now - timedelta(seconds=total - n)
            detail = {"action": "hide", "clause": "defamation", "reason": f"bench {n}"}
            values = {"event": "decision", "created_at": created, "actor_id": None, "page_id": None,
                      "comment_id": None, "decision_id": None, "action_id": None, "detail": detail}  # fmt: skip
            row_hash = audit_row_hash(prev, values)
            yield (
                "decision",
                created.isoformat(),
                json.dumps(detail, ensure_ascii=False),
                prev,
                row_hash,
            )
            prev = row_hash

    with connection.cursor() as django_cursor:
        copy_rows(django_cursor.cursor, "moderation_auditentry",
                  ["event", "created_at", "detail", "prev_hash", "row_hash"], rows())  # fmt: skip
        django_cursor.execute("ANALYZE moderation_auditentry")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--audit", type=int, default=1_000_000)
    args = parser.parse_args()
    use_fresh_database("bench_records")
    from django.conf import settings
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    setup_test_environment()
    settings.RECORDS_EXPORT_DIR = tempfile.mkdtemp(prefix="bench-records-")
    now = timezone.now().astimezone(UTC)
    started = time.perf_counter()
    ict, secretariat, pages = seed_pages(args.pages)
    seed_comments(pages, args.comments, now)
    print(
        f"seeded {args.comments:,} comments on {len(pages)} pages in {time.perf_counter() - started:.0f} s"
    )

    from records.models import DisclosureRequest
    from records.services import disclosure_build, disclosure_request_create
    from records.verify import audit_verify

    today = timezone.localdate()
    request = disclosure_request_create(
        actor=secretariat, reference="bench", page_ids=[p.pk for p in pages],
        date_from=today - timedelta(days=366), date_to=today, contents=["posts", "comments"],
    )  # fmt: skip
    with RssSampler() as memory:
        started = time.perf_counter()
        built = disclosure_build(request_id=request.pk)
        elapsed = time.perf_counter() - started
    assert built.status == DisclosureRequest.Status.READY, built.error
    print(
        f"disclosure export: {built.progress_done:,} rows in {elapsed:.0f} s "
        f"({built.progress_done / elapsed:,.0f} rows/s), ZIP {built.file_size / 2**20:.0f} MB, "
        f"phones masked {built.preview['masks']['phone']:,}, pseudonyms {built.preview['pseudonyms']:,}; "
        f"RSS {memory.before:.0f} MB before, peak {memory.peak:.0f} MB during"
    )

    started = time.perf_counter()
    seed_audit(args.audit, now)
    print(f"seeded {args.audit:,} chained audit rows in {time.perf_counter() - started:.0f} s")
    with RssSampler() as memory:
        started = time.perf_counter()
        result = audit_verify()
        elapsed = time.perf_counter() - started
    assert result.ok, result.reason
    print(
        f"verify_audit: {result.checked:,} rows in {elapsed:.0f} s ({result.checked / elapsed:,.0f} rows/s); "
        f"RSS {memory.before:.0f} MB before, peak {memory.peak:.0f} MB during"
    )


if __name__ == "__main__":
    main()
