"""What the moderation app adds to comment exports: flag clause codes and the latest
decision (called by ``comments.exports`` per chunk of comments)."""

from __future__ import annotations

from .models import Decision, Flag


def annotate_export(comment_ids: list[int]) -> dict[int, dict]:
    """{comment_id: {"flags": [clause codes], "latest_decision": {...} | None}}."""
    result: dict[int, dict] = {}
    rows = (
        Flag.objects.filter(comment_id__in=comment_ids)
        .order_by("comment_id", "clause")
        .values_list("comment_id", "clause")
        .distinct()
    )
    for comment_id, clause in rows:
        result.setdefault(comment_id, {"flags": [], "latest_decision": None})["flags"].append(
            clause
        )
    decisions = (
        Decision.objects.filter(comment_id__in=comment_ids)
        .order_by("comment_id", "-created_at", "-id")
        .select_related("actor")
    )
    for decision in decisions:  # newest first per comment (portable: no DISTINCT ON)
        entry = result.setdefault(decision.comment_id, {"flags": [], "latest_decision": None})
        if entry["latest_decision"] is not None:
            continue
        entry["latest_decision"] = {
            "action": decision.action,
            "clause": decision.clause,
            "reason": decision.reason,
            "decided_at": decision.created_at.isoformat(),
            "decided_by": decision.actor.get_username() if decision.actor else None,
            "automatic": decision.actor_id is None,
        }
    return result
