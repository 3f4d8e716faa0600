"""Screening ingested comments: a ``Flag`` per rule hit under the rule's version, and the
automatic hide an auto-hide rule, or crisis mode on the comment's page, turns new flags into.

Running it again on the same text adds nothing (a unique constraint).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from guidelines.clauses import Clause
from pages.models import CLOSED_STATUSES, OfficialPage

from .. import scorer_hook
from ..engine import RepetitionState
from ..engine.analysed import matching_text
from ..engine.dictionary import analyser_version
from ..engine.repetition import repetition_remember
from ..models import BulkDecision, Decision, Flag, ModerationAction, Rule
from ..selectors import crisis_mode_batches, engine_for_current_rules
from .flagged import comment_mark_flagged
from .recording import _decision_write, _pending_kind

SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2, "critical": 3}


@dataclass
class ScreenResult:
    screened: int = 0
    flags: int = 0
    auto_hidden: list[int] = field(default_factory=list)


def comments_screen(*, comment_ids: list[int], now: datetime | None = None) -> ScreenResult:
    """Screen stored comments with the enabled rules and record a flag per hit.

    Called by the ingestion (through ``comments_screen_task``) for new and re-worded
    comments. Idempotent: a flag is unique per comment, rule, rule version and text, so a
    repeated run adds nothing and triggers no second automatic hide. New flags from an
    auto-hide rule, and every new flag on a page in crisis mode, produce an automatic hide
    decision (no actor) and an outbox action. Repetition is judged against the author's
    earlier stored comments on the same page.
    """
    now = now or timezone.now()
    result = ScreenResult()
    engine = engine_for_current_rules()
    rules = {rule.slug: rule for rule in Rule.objects.filter(enabled=True)}
    comments = list(
        Comment.objects.filter(pk__in=comment_ids, is_deleted=False)
        .exclude(message="")
        .select_related("page")
        .order_by("created_time", "pk")
    )
    if not comments:
        return result
    states = _repetition_states(engine, comments)
    crisis = crisis_mode_batches(page_ids={c.page_id for c in comments})
    analyser = analyser_version()
    for comment in comments:
        hits = engine.screen(
            comment.message,
            author_id=comment.author_id or None,
            created_time=comment.created_time,
            repetition=states.get(comment.page_id),
        )
        result.screened += 1
        if not hits:
            continue
        with transaction.atomic():
            # Under the page's row lock: a page withdrawn meanwhile gets no new flag, so the
            # withdrawal's bulk close stays final (the withdrawal holds the same lock).
            status = (
                OfficialPage.objects.select_for_update(of=("self",))
                .filter(pk=comment.page_id)
                .values_list("status", flat=True)
                .first()
            )
            if status in CLOSED_STATUSES:
                continue
            new = []
            for hit in hits:
                rule = rules.get(hit.rule)
                if rule is None:
                    continue
                flag, created = Flag.objects.get_or_create(
                    comment=comment,
                    rule=rule,
                    rule_version=rule.version,
                    message_screened=comment.message,
                    defaults={
                        "clause": hit.category,
                        "severity": hit.severity,
                        "spans": [list(span) for span in hit.spans],
                        "analyser": analyser,
                        "created_at": now,
                    },
                )
                if created:
                    new.append((flag, rule))
            if new:
                comment_mark_flagged(comment=comment)
            result.flags += len(new)
            if new and _auto_hide(
                comment,
                new,
                crisis=comment.page_id in crisis,
                crisis_batch=crisis.get(comment.page_id),
                now=now,
            ):
                result.auto_hidden.append(comment.pk)
    # The learned scorer, when one is configured, scores the same comments (its own flags).
    scorer_hook.after_screen(comments=comments, now=now)
    return result


def _repetition_states(engine, comments: list[Comment]) -> dict[int, RepetitionState]:
    """Per page, a repetition state primed with the authors' earlier stored comments."""
    window = engine.repetition_window
    if not window:
        return {}
    states: dict[int, RepetitionState] = {}
    ids = [c.pk for c in comments]
    by_page: dict[int, list[Comment]] = {}
    for comment in comments:
        by_page.setdefault(comment.page_id, []).append(comment)
    for page_id, batch in by_page.items():
        state = states.setdefault(page_id, RepetitionState())
        authors = {c.author_id for c in batch if c.author_id}
        times = [c.created_time for c in batch if c.created_time]
        if not authors or not times:
            continue
        earlier = (
            Comment.objects.filter(
                page_id=page_id,
                author_id__in=authors,
                created_time__gte=min(times) - timedelta(seconds=window),
                created_time__lte=max(times),
            )
            .exclude(pk__in=ids)
            .order_by("created_time")
            .values_list("author_id", "message", "created_time")[:5000]
        )
        for author_id, message, created in earlier:
            repetition_remember(
                state,
                author=author_id,
                normalized_text=matching_text(message),
                created_time=created,
            )
    return states


def _auto_hide(comment: Comment, new: list, *, crisis: bool, now: datetime,
               crisis_batch: int | None = None) -> bool:  # fmt: skip
    auto = [(flag, rule) for flag, rule in new if rule.action == Rule.Action.AUTO_HIDE]
    if not (auto or crisis):
        return False
    if comment.is_hidden or not comment.can_hide:
        return False
    if _pending_kind(comment.pk) in (ModerationAction.Kind.HIDE, ModerationAction.Kind.DELETE):
        return False
    flag, rule = max(auto or new, key=lambda pair: SEVERITY_ORDER.get(pair[0].severity, 0))
    values = {"rule": rule.name, "clause": Clause(flag.clause).label}
    if auto:
        reason = _("Hidden automatically: the rule “%(rule)s” matched (clause: %(clause)s).")
    else:
        reason = _(
            "Hidden automatically while crisis mode is on for this page, pending review: the "
            "rule “%(rule)s” matched (clause: %(clause)s)."
        )
    # A crisis-mode hide joins the crisis's bulk decision, so switching crisis mode off can
    # offer to unhide exactly what it hid; it keeps its own audit entry (it happened later).
    _decision_write(
        comment=comment,
        action=Decision.Action.HIDE,
        clause=flag.clause,
        reason=reason % values,
        actor=None,
        now=now,
        batch=BulkDecision(pk=crisis_batch) if (crisis_batch and not auto) else None,
    )
    return True
