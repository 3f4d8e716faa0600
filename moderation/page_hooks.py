"""Called by the pages app (found by `app_modules("page_hooks")`): what a page's
lifecycle means for moderation."""

from __future__ import annotations


def page_withdrawn(*, page, actor, now) -> dict:
    """The page is being withdrawn (inside its transaction, under its row lock)."""
    from .services.withdrawal import moderation_page_withdrawn

    return moderation_page_withdrawn(page=page, actor=actor, now=now)


def page_withdrawal_preview(*, page) -> dict:
    """Counts for the confirmation: open flags and outbox actions that would be closed."""
    from .services.withdrawal import moderation_page_withdrawal_preview

    return moderation_page_withdrawal_preview(page=page)
