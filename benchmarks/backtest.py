"""Rule backtest over stored comments in PostgreSQL (issue 5: 1,000,000 comments in under a minute).

    python tools/testenv.py -- .venv/bin/python benchmarks/backtest.py [--comments 1000000]

Loads generated mixed Japanese/English comments with COPY, then times `rule_backtest` (the
function behind the rule form's "Backtest before saving" button) for a term rule change and a
regex rule change: rows streamed from the database, each comment normalised and screened once.
Prints seconds, comments/s and peak memory.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from datetime import timedelta

from _common import connected_pages, peak_rss_mb, use_fresh_database
from rules import make_comments


def load_comments(page, count: int) -> None:
    """COPY `count` comments onto one post of `page` (fast; the benchmark is about reading)."""
    from django.db import connection
    from django.utils import timezone

    from comments.models import Post

    post = Post.objects.create(
        page=page, facebook_id=f"{page.facebook_page_id}_1", message="お知らせ"
    )
    from comments.search import search_form

    base = make_comments(100_000)
    forms = [search_form(message) for message in base]  # stored at ingestion, as the worker does
    rng = random.Random(3)  # noqa: S311 - benchmark data
    now = timezone.now()
    # One comment every three seconds, the oldest first (about 35 days for a million):
    # stored comments were written over time, which the repetition backtest replays.
    start_time = now - timedelta(seconds=3 * count)
    now = now.isoformat()
    columns = "page_id,post_id,facebook_id,parent_facebook_id,author_id,author_name,message,created_time,permalink_url,is_hidden,is_deleted,can_hide,can_remove,raw,first_seen_at,search_text"
    batch = 200_000
    with connection.cursor() as cursor:
        for start in range(0, count, batch):
            buffer = io.StringIO()
            for index in range(start, min(start + batch, count)):
                message = base[index % len(base)]
                form = forms[index % len(base)]
                if rng.random() < 0.3:
                    message = f"{message} {index}"
                    form = search_form(message)
                message = message.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
                form = form.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
                buffer.write(
                    f"{page.pk}\t{post.pk}\t1_{index}\t{post.facebook_id}\t{index % 5000}\t住民{index % 5000}\t{message}\t{(start_time + timedelta(seconds=3 * index)).isoformat()}\t\tf\tf\tt\tt\t{{}}\t{now}\t{form}\n"
                )
            buffer.seek(0)
            cursor.copy_expert(f"COPY comments_comment ({columns}) FROM STDIN", buffer)
    connection.commit() if not connection.get_autocommit() else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument(
        "--kinds", default="terms,regex,pii,exception,repetition", help="rule kinds to backtest"
    )
    args = parser.parse_args()
    use_fresh_database("bench_backtest")
    from accounts.models import User
    from comments.models import Comment
    from ishinomaki_sns.graph.simulator import World
    from moderation.backtest import rule_backtest
    from moderation.engine import RuleSpec
    from moderation.models import Rule

    page = connected_pages(World(pages=1, seed=1).pages)[0]
    started = time.perf_counter()
    load_comments(page, args.comments)
    print(f"loaded {Comment.objects.count():,} comments in {time.perf_counter() - started:.1f} s")
    ict = User.objects.get(username="bench-ict")

    from moderation.services import rule_create

    if not Rule.objects.filter(kind="repetition", enabled=True).exists():
        rule_create(actor=ict, slug="bench-repetition", name="連投", clause="spam",
                    kind="repetition", config={"threshold": 3, "window_seconds": 3600})  # fmt: skip

    def more_terms(config):
        return {**config, "terms": [*config["terms"], "役立たず", "反対"]}

    def more_exceptions(config):
        return {**config, "terms": [*config["terms"], "反対意見"]}

    def stricter(config):
        return {**config, "threshold": max(2, int(config.get("threshold", 3)) - 1)}

    # One rule of each kind the shipped set has; an unchanged one prices a pure re-check.
    for kind, change in [
        ("terms", more_terms),
        ("regex", lambda config: config),
        ("pii", lambda config: config),
        ("exception", more_exceptions),
        ("repetition", stricter),
    ]:
        if kind not in args.kinds.split(","):
            continue
        rule = Rule.objects.filter(kind=kind, enabled=True).order_by("slug").first()
        if rule is None:
            print(f"backtest {kind}: no enabled rule of this kind")
            continue
        candidate = RuleSpec(
            slug=rule.slug,
            clause=rule.clause,
            kind=rule.kind,
            severity=rule.severity,
            action=rule.action,
            config=change(dict(rule.config)),
        )
        started = time.perf_counter()
        result = rule_backtest(user=ict, rule=rule, candidate=candidate)
        elapsed = time.perf_counter() - started
        print(
            f"backtest {rule.slug} ({rule.kind}): {result.scanned:,} comments in {elapsed:.1f} s = {result.scanned / elapsed:,.0f}/s; "
            f"newly flagged {result.newly_flagged:,}, no longer {result.no_longer_flagged:,}, still {result.still_flagged:,}  [target < 60 s]"
        )
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
