"""The search form of a comment: the screening's matching form (evasions undone; width,
kana, case, spaces and symbols between letters), so that a search for ばか finds バカ, ﾊﾞｶ and
ば か.

Stored on ``Comment.search_text`` at ingestion and matched with ``contains`` (a trigram GIN
index on PostgreSQL; a plain LIKE on the demo's SQLite). The rule backtest reads it too:
only a comment whose form holds one of a rule's keys can match the rule. So it must be
exactly the engine's form; when that changes, a migration fills it again
(``search_backfill``).
"""

from __future__ import annotations

from collections.abc import Iterator

# The engine's text code is pure Python with no Django import: the ingestion uses exactly
# what the screening uses, so what a rule matches and what a search finds agree.
from moderation.engine.analysed import Analysis, matching_form


def search_form(text: str) -> str:
    """``text`` in the matching form (empty for an empty text)."""
    return matching_form(text or "")


def search_needle(query: str) -> str:
    """What a search for ``query`` looks for in the stored forms: its matching form, read
    once (a query in romaji sentences looks for their kana, which every form holds first)."""
    return search_form(query).partition("\n")[0]


def search_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the normalised ``query`` occurs in ``text``, as code-point spans of the original
    text (for highlighting a search result)."""
    needle = search_needle(query)
    if not needle or not text:
        return []
    normalized = Analysis(text).normalized
    spans: list[tuple[int, int]] = []
    start = normalized.text.find(needle)
    while start != -1 and len(spans) < 50:
        spans.append(normalized.to_original(start, start + len(needle)))
        start = normalized.text.find(needle, start + len(needle))
    return spans


def search_backfill(
    comment_model, *, batch: int = 2000, refill: bool = False, message_regex: str = ""
) -> Iterator[int]:
    """Fill ``search_text`` for stored comments whose form is missing (all of them with
    ``refill``, after the form changed; those whose message matches ``message_regex``, when
    the change touches only such messages): a migration and the ``comments_search_backfill``
    command; yields the running count after each batch."""
    done = 0
    last = 0
    while True:
        rows = comment_model.objects.filter(pk__gt=last)
        if not refill:
            rows = rows.filter(search_text="")
        if message_regex:
            rows = rows.filter(message__regex=message_regex)
        rows = list(rows.exclude(message="").order_by("pk").only("pk", "message")[:batch])
        if not rows:
            return
        for row in rows:
            row.search_text = search_form(row.message)
        comment_model.objects.bulk_update(rows, ["search_text"], batch_size=batch)
        last = rows[-1].pk
        done += len(rows)
        yield done
