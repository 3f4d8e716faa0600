"""Closing the open flags that a rule change has made stale, as one audited step.

When the secretariat narrows a rule, adds an exception or switches a rule off, the flags
it raised before stay open in the queue. Rather than keeping them one by one, the rule's
page offers to close them all as kept (false flag): each comment gets its own ``keep``
decision (decisions are per comment, and a later one can still supersede it), and the
step as a whole is one audit entry naming the rule, its version and every comment.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.models import Comment
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from ..models import AuditEntry, Decision, Flag, Rule
from ..selectors import flags_stale_after_rule_change
from .recording import _audit, _decision_write


def flags_close_stale(*, rule_id: int, actor, now: datetime | None = None) -> list[int]:
    """Close as kept (false flag) every comment whose open flags ``rule``'s change made stale.

    Who: holders of ``moderation.decide_flag``. What is stale is computed again inside the
    transaction (the queue may have moved since the page was shown); comments are locked
    in id order so a concurrent decision cannot interleave. Returns the closed comments'
    ids; none at all is a domain error, so a second click says so instead of doing nothing.
    """
    if not user_can(actor, "moderation.decide_flag"):
        raise PermissionDeniedError(_("You may not decide on flagged comments."))
    now = now or timezone.now()
    with transaction.atomic():
        rule = Rule.objects.filter(pk=rule_id).first()
        if rule is None:
            raise DomainError(_("The rule does not exist."))
        stale = flags_stale_after_rule_change(rule=rule)
        if not stale.comment_ids:
            raise DomainError(_("No open flag is left that this rule no longer matches."))
        reason = _(
            "Closed as a false flag: after the change of the rule “%(rule)s” (version "
            "%(version)s) the rules no longer match this comment."
        ) % {"rule": rule.name, "version": rule.version}
        comments = Comment.objects.select_for_update(of=("self",)).filter(pk__in=stale.comment_ids)
        closed = []
        decisions = []
        for comment in comments.select_related("page").order_by("pk"):
            flag = Flag.objects.filter(comment=comment, decision__isnull=True).first()
            if flag is None:  # decided by someone else since the page was shown
                continue
            decision = _decision_write(
                comment=comment,
                action=Decision.Action.KEEP,
                clause=flag.clause,
                reason=reason,
                actor=actor,
                now=now,
                audit=False,
            )
            Flag.objects.filter(comment=comment, decision__isnull=True).update(decision=decision)
            closed.append(comment.pk)
            decisions.append(decision.pk)
        _audit(
            AuditEntry.Event.STALE_FLAGS_CLOSED,
            actor=actor,
            detail={
                "rule": rule.slug,
                "rule_version": rule.version,
                "action": Decision.Action.KEEP,
                "reason": reason,
                "count": len(closed),
                "comments": closed,
                "decisions": decisions,
            },
            now=now,
        )
    return closed
