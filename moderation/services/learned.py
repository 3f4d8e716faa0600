"""Flags from the learned scorer (issue 11): the scorer decides *that* a comment looks
harmful; this writer records the flag the moderation way. Learned flags never hide a
comment by themselves (not even in crisis mode): a person decides."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction

from comments.models import Comment
from guidelines.clauses import Clause

from ..models import Flag, Rule
from .flagged import comment_mark_flagged


def learned_rule() -> Rule | None:
    """The one rule that learned flags cite (kind ``learned``), when it is enabled."""
    return Rule.objects.filter(kind=Rule.Kind.LEARNED, enabled=True).order_by("pk").first()


def flag_learned_record(
    *, comment: Comment, clause: str, score: float, now: datetime, rule: Rule | None = None
) -> Flag | None:
    """Record a learned flag on ``comment`` citing ``clause`` (``other`` when unknown) with
    the model's ``score``. Idempotent per comment, rule version and text; returns None when
    the learned rule is disabled or the flag already exists. Called by the scorer's worker
    hook; no permission check (the system flags, a person decides)."""
    rule = rule or learned_rule()
    if rule is None:
        return None
    if clause not in Clause.values:
        clause = Clause.OTHER
    try:
        with transaction.atomic():
            flag, created = Flag.objects.get_or_create(
                comment=comment,
                rule=rule,
                rule_version=rule.version,
                message_screened=comment.message,
                defaults={
                    "clause": clause,
                    "severity": rule.severity,
                    "spans": [],
                    "score": float(score),
                    "created_at": now,
                },
            )
            if created:
                comment_mark_flagged(comment=comment)
    except IntegrityError:  # a concurrent worker wrote it first
        return None
    return flag if created else None
