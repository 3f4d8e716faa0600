"""Verifying the audit chain: every row's hash, every link, and the daily anchors.

Reads the log once in id order on a server-side cursor (flat memory). An edited row fails
its own hash; a deleted row breaks the next row's link; a tail rewritten consistently from
some day on no longer matches that day's anchor (kept in ``AuditAnchor`` and in the log
lines that ``audit_anchor_write`` writes, which an administrator may pass in).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from moderation.audit_chain import CONTENT_FIELDS, GENESIS, audit_row_hash
from moderation.models import AuditEntry

from .models import AuditAnchor

CHUNK = 10000
_ANCHOR_LINE = re.compile(
    r"audit anchor day=(?P<day>\S+) id=(?P<id>\d+) hash=(?P<hash>[0-9a-f]{64})"
)


@dataclass
class VerifyResult:
    checked: int
    first_broken_id: int | None = None
    reason: str = ""
    head_id: int | None = None
    head_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def anchors_from_log(lines: Iterable[str]) -> dict[int, tuple[str, str]]:
    """{row id: (day, hash)} from log lines written by ``audit_anchor_write``."""
    found = {}
    for line in lines:
        match = _ANCHOR_LINE.search(line)
        if match:
            found[int(match["id"])] = (match["day"], match["hash"])
    return found


def audit_verify(*, extra_anchors: dict[int, tuple[str, str]] | None = None) -> VerifyResult:
    """Check the whole chain; stop at the first broken row and name it."""
    anchors = {a.head_id: (a.day.isoformat(), a.head_hash) for a in AuditAnchor.objects.all()}
    anchors.update(extra_anchors or {})
    expected_prev = GENESIS
    result = VerifyResult(checked=0)
    rows = AuditEntry.objects.order_by("id").values_list(
        "id", "prev_hash", "row_hash", *CONTENT_FIELDS
    )
    for pk, prev_hash, row_hash, *content in rows.iterator(chunk_size=CHUNK):
        result.checked += 1
        if prev_hash != expected_prev:
            result.first_broken_id = pk
            result.reason = _(
                "the link to the previous row is broken (a row before it was deleted or changed)"
            )
            return result
        if audit_row_hash(prev_hash, dict(zip(CONTENT_FIELDS, content, strict=True))) != row_hash:
            result.first_broken_id = pk
            result.reason = _("the row's content does not match its hash (the row was changed)")
            return result
        anchor = anchors.pop(pk, None)
        if anchor is not None and anchor[1] != row_hash:
            result.first_broken_id = pk
            result.reason = _(
                "the row does not match the anchor of %(day)s (the log was rewritten up to here)"
            ) % {"day": anchor[0]}
            return result
        expected_prev = row_hash
        result.head_id, result.head_hash = pk, row_hash
    if anchors:
        missing = min(anchors)
        result.first_broken_id = missing
        result.reason = _("the row anchored on %(day)s is missing") % {"day": anchors[missing][0]}
    return result
