"""Comment exports (CSV and JSON lines), streamed so memory stays flat.

Comment text is hostile: CSV cells that a spreadsheet would run as a formula are neutralised,
and nothing about tokens is ever part of a row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator

from ishinomaki_sns.common.discovery import app_modules
from ishinomaki_sns.common.spreadsheet import neutralise_cell

from .models import Comment

COLUMNS = [
    "page_id",
    "post_id",
    "comment_id",
    "parent_id",
    "author_id",
    "author_name",
    "message",
    "created_time",
    "is_hidden",
    "is_deleted",
    "flags",
    "latest_decision",
]
CHUNK = 2000


def _annotations(comment_ids: list[int]) -> dict[int, dict]:
    merged: dict[int, dict] = {}
    for module in app_modules("export_hooks"):
        for comment_id, extra in module.annotate_export(comment_ids).items():
            merged.setdefault(comment_id, {}).update(extra)
    return merged


def export_rows(queryset) -> Iterator[dict]:
    """One dict per comment, Facebook ids as Facebook gave them."""
    chunk: list[Comment] = []
    for comment in queryset.iterator(chunk_size=CHUNK):
        chunk.append(comment)
        if len(chunk) >= CHUNK:
            yield from _rows(chunk)
            chunk = []
    if chunk:
        yield from _rows(chunk)


def _rows(chunk: list[Comment]) -> Iterator[dict]:
    extra = _annotations([c.pk for c in chunk])
    for comment in chunk:
        more = extra.get(comment.pk, {})
        yield {
            "page_id": comment.page.facebook_page_id,
            "post_id": comment.post.facebook_id,
            "comment_id": comment.facebook_id,
            "parent_id": comment.parent_facebook_id,
            "author_id": comment.author_id,
            "author_name": comment.author_name,
            "message": comment.message,
            "created_time": comment.created_time.isoformat() if comment.created_time else None,
            "is_hidden": comment.is_hidden,
            "is_deleted": comment.is_deleted,
            "flags": more.get("flags", []),
            "latest_decision": more.get("latest_decision"),
        }


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # BOM: Excel in Japanese offices opens UTF-8 correctly only with it
    yield writer.writerow(COLUMNS)
    for row in rows:
        cells = []
        for column in COLUMNS:
            value = row[column]
            if isinstance(value, list):
                value = " ".join(value)
            elif isinstance(value, dict):
                value = json.dumps(value, ensure_ascii=False)
            elif value is None:
                value = ""
            elif isinstance(value, bool):
                value = "true" if value else "false"
            cells.append(neutralise_cell(str(value)))
        yield writer.writerow(cells)


def jsonl_lines(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"
