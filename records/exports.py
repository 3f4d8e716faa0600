"""The disclosure export: a ZIP of CSV (UTF-8 with BOM, Japanese headers, formula-safe) and
JSON, one pair per kind of record, with personal information redacted.

Memory stays flat whatever the size: rows are read with ``iterator(chunk_size=...)``, each
CSV is written straight into the ZIP entry's stream, and the JSON twin goes to a temporary
file on disk in the same pass (a ZIP can be written one entry at a time only) and is then
copied into the archive in blocks.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from comments.exports import neutralise_cell
from comments.models import Comment, Post
from guidelines.clauses import Clause
from guidelines.models import ActivityPolicy, OperatingPolicy
from moderation.models import AuditEntry, Decision
from pages.models import OfficialPage

from .redaction import Redactor

CHUNK = 2000
PREVIEW_ROWS = 30  # rows with a mask, for the reviewer
PREVIEW_PLAIN = 10  # and a few without, to see what passes unchanged


@dataclass(frozen=True)
class Table:
    """One kind of record in the export: its file name, columns and rows."""

    name: str
    columns: list[tuple[str, str]]  # (key, Japanese header)
    queryset: Callable[[], QuerySet]
    row: Callable[[Any, Redactor, dict], dict]


def _iso(value) -> str | None:
    return timezone.localtime(value).isoformat() if value else None


def _post_row(post: dict, r: Redactor, ctx: dict) -> dict:
    return {
        "post_id": post["facebook_id"],
        "page": ctx["pages"].get(post["page_id"], ""),
        "created_time": _iso(post["created_time"]),
        "message": r.text(post["message"]),
        "is_published": post["is_published"],
    }


def _comment_row(c: dict, r: Redactor, ctx: dict) -> dict:
    author_id = c["author_id"]
    # The page's own replies are the city speaking: named, not pseudonymised.
    official = ctx["official"].get(author_id) if author_id else None
    return {
        "comment_id": c["facebook_id"],
        "post_id": c["post__facebook_id"],
        "page": ctx["pages"].get(c["page_id"], ""),
        "author": official or r.pseudonym(author_id, c["author_name"]),
        "created_time": _iso(c["created_time"]),
        "message": r.text(c["message"]),
        "is_hidden": c["is_hidden"],
        "is_deleted": c["is_deleted"],
    }


_ACTIONS = dict(Decision.Action.choices)
_CLAUSES = dict(Clause.choices)
_EVENTS = dict(AuditEntry.Event.choices)


def _decision_row(d: dict, r: Redactor, ctx: dict) -> dict:
    return {
        "decision_id": d["pk"],
        "comment_id": d["comment__facebook_id"],
        "page": ctx["pages"].get(d["comment__page_id"], ""),
        "action": str(_ACTIONS.get(d["action"], d["action"])),
        "clause": str(_CLAUSES.get(d["clause"], d["clause"])),
        "reason": r.text(d["reason"]),
        "decided_by": d["actor__username"] or "自動（ルール）",
        "decided_at": _iso(d["created_at"]),
    }


def _policy_row(p, r: Redactor, ctx: dict | None = None) -> dict:
    if isinstance(p, OperatingPolicy):
        clauses = [c.text_ja for c in p.clauses.order_by("position")]
        content = {"title": p.title_ja, "preamble": p.preamble_ja, "clauses": clauses,
                   "response": p.response_ja, "ip": p.ip_ja, "disclaimer": p.disclaimer_ja}  # fmt: skip
        return {"kind": "運用方針", "page": "", "version": p.version,
                "status": "公開" if p.published_at else "下書き",
                "content": json.dumps(content, ensure_ascii=False),
                "date": _iso(p.published_at)}  # fmt: skip
    content = {field: str(getattr(p, field)) for field in ActivityPolicy.CONTENT_FIELDS}
    return {
        "kind": "活用方針",
        "page": p.page.name,
        "version": p.version,
        "status": p.get_status_display(),
        "content": r.text(json.dumps(content, ensure_ascii=False)),
        "date": _iso(p.decided_at),
    }


def _audit_row(a: dict, r: Redactor, ctx: dict) -> dict:
    return {
        "audit_id": a["pk"],
        "at": _iso(a["created_at"]),
        "event": str(_EVENTS.get(a["event"], a["event"])),
        "page": ctx["pages"].get(a["page_id"], ""),
        "comment_id": a["comment__facebook_id"] or "",
        "decision_id": a["decision_id"] or "",
        "detail": r.text(json.dumps(a["detail"], ensure_ascii=False)),
        "row_hash": a["row_hash"],
    }


def tables(request, start: dt.datetime, end: dt.datetime) -> dict[str, Table]:
    """The tables a request may ask for, scoped to its pages and dates."""
    page_ids = list(request.pages.values_list("pk", flat=True))

    def policies():
        # Operating policies have no page: every published version is included.
        return ActivityPolicy.objects.filter(page_id__in=page_ids).select_related("page")

    return {
        "posts": Table(
            "posts",
            [
                ("post_id", "投稿ID"),
                ("page", "ページ"),
                ("created_time", "投稿日時"),
                ("message", "本文"),
                ("is_published", "公開"),
            ],  # fmt: skip
            lambda: (
                Post.objects.filter(
                    page_id__in=page_ids, created_time__gte=start, created_time__lt=end
                )
                .values("facebook_id", "page_id", "created_time", "message", "is_published")
                .order_by("pk")
            ),
            _post_row,
        ),
        "comments": Table(
            "comments",
            [
                ("comment_id", "コメントID"),
                ("post_id", "投稿ID"),
                ("page", "ページ"),
                ("author", "投稿者（仮名）"),
                ("created_time", "投稿日時"),
                ("message", "本文"),
                ("is_hidden", "非表示"),
                ("is_deleted", "削除"),
            ],  # fmt: skip
            lambda: (
                Comment.objects.filter(
                    page_id__in=page_ids, created_time__gte=start, created_time__lt=end
                )
                .values(
                    "facebook_id",
                    "post__facebook_id",
                    "page_id",
                    "author_id",
                    "author_name",
                    "created_time",
                    "message",
                    "is_hidden",
                    "is_deleted",
                )
                .order_by("pk")
            ),
            _comment_row,
        ),
        "decisions": Table(
            "decisions",
            [
                ("decision_id", "判断ID"),
                ("comment_id", "コメントID"),
                ("page", "ページ"),
                ("action", "判断"),
                ("clause", "該当条項"),
                ("reason", "理由"),
                ("decided_by", "判断者"),
                ("decided_at", "判断日時"),
            ],  # fmt: skip
            lambda: (
                Decision.objects.filter(
                    comment__page_id__in=page_ids, created_at__gte=start, created_at__lt=end
                )
                .values(
                    "pk",
                    "comment__facebook_id",
                    "comment__page_id",
                    "action",
                    "clause",
                    "reason",
                    "actor__username",
                    "created_at",
                )
                .order_by("pk")
            ),
            _decision_row,
        ),
        "policies": Table(
            "policies",
            [
                ("kind", "種別"),
                ("page", "ページ"),
                ("version", "版"),
                ("status", "状態"),
                ("content", "内容"),
                ("date", "決定・公開日時"),
            ],  # fmt: skip
            policies,
            _policy_row,
        ),
        "audit": Table(
            "audit",
            [
                ("audit_id", "監査ログID"),
                ("at", "日時"),
                ("event", "事象"),
                ("page", "ページ"),
                ("comment_id", "コメントID"),
                ("decision_id", "判断ID"),
                ("detail", "詳細"),
                ("row_hash", "ハッシュ"),
            ],  # fmt: skip
            lambda: (
                AuditEntry.objects.filter(
                    page_id__in=page_ids, created_at__gte=start, created_at__lt=end
                )
                .values(
                    "pk",
                    "created_at",
                    "event",
                    "page_id",
                    "comment__facebook_id",
                    "decision_id",
                    "detail",
                    "row_hash",
                )
                .order_by("pk")
            ),
            _audit_row,
        ),
    }


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    return neutralise_cell(str(value))


def _rows(table: Table, redactor: Redactor, ctx: dict) -> Iterator[dict]:
    for obj in table.queryset().iterator(chunk_size=CHUNK):
        yield table.row(obj, redactor, ctx)


def _operating_policy_rows(redactor: Redactor) -> Iterator[dict]:
    published = OperatingPolicy.objects.filter(published_at__isnull=False).order_by("pk")
    for policy in published.iterator(chunk_size=CHUNK):
        yield _policy_row(policy, redactor)


def build_zip(*, path: str, request, redactor: Redactor, start: dt.datetime, end: dt.datetime,
              progress: Callable[[int], None]) -> tuple[dict, int]:  # fmt: skip
    """Write the ZIP at ``path``; returns (preview, rows written). ``progress(n)`` is called
    after each chunk with the rows written so far."""
    chosen = tables(request, start, end)
    # Page names once (never a page row per record: a page row decrypts its token).
    page_rows = OfficialPage.objects.filter(pk__in=request.pages.all()).values_list(
        "pk", "name", "facebook_page_id"
    )
    ctx = {
        "pages": {pk: name for pk, name, _fb in page_rows},
        "official": {fb: name for _pk, name, fb in page_rows if fb},
    }
    preview: dict = {"samples": {}, "rows": {}}
    written = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for key in request.contents:
            table = chosen[key]
            samples: list[dict] = []
            plain: list[dict] = []
            rows = _rows(table, redactor, ctx)
            if key == "policies":
                rows = _chain(rows, _operating_policy_rows(redactor))
            count = 0
            with tempfile.TemporaryFile("w+b") as json_tmp:
                json_out = io.TextIOWrapper(json_tmp, encoding="utf-8", write_through=False)
                json_out.write("[\n")
                with archive.open(f"{key}.csv", "w", force_zip64=True) as raw:
                    out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                    writer = csv.writer(out)
                    writer.writerow([header for _k, header in table.columns])
                    for row in rows:
                        writer.writerow([_cell(row[k]) for k, _h in table.columns])
                        json_out.write(
                            ("," if count else "") + json.dumps(row, ensure_ascii=False) + "\n"
                        )
                        # The reviewer sees the rows where something was masked first.
                        if len(samples) < PREVIEW_ROWS and "［" in json.dumps(
                            row, ensure_ascii=False
                        ):
                            samples.append(row)
                        elif len(plain) < PREVIEW_PLAIN:
                            plain.append(row)
                        count += 1
                        if count % CHUNK == 0:
                            progress(written + count)
                    out.flush()
                    out.detach()
                json_out.write("]\n")
                json_out.flush()
                json_tmp.seek(0)
                with archive.open(f"{key}.json", "w", force_zip64=True) as target:
                    shutil.copyfileobj(json_tmp, target, 1024 * 1024)
                json_out.detach()
            written += count
            progress(written)
            preview["samples"][key] = samples + plain
            preview["rows"][key] = count
    preview["masks"] = dict(redactor.counts)
    preview["pseudonyms"] = len(redactor.pseudonyms_made)
    return preview, written


def _chain(*iterators):
    for iterator in iterators:
        yield from iterator


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
