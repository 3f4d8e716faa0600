"""The role-aware home page is assembled from every app's `home.py`.

An app contributes `todo_items(user) -> list[TodoItem]`: what this person must do today
(applications to decide, flags to review, overdue reviews, ...). Keeping the producers in
their apps lets each app own its queries and its wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from .common.discovery import app_modules


@dataclass(frozen=True)
class TodoItem:
    title: str
    url: str
    count: int | None = None
    urgency: str = "normal"  # "urgent" | "attention" | "normal"
    detail: str = ""

    @property
    def sort_key(self) -> tuple[int, str]:
        return ({"urgent": 0, "attention": 1}.get(self.urgency, 2), self.title)


def todo_items_for(user) -> list[TodoItem]:
    items: list[TodoItem] = []
    for module in app_modules("home"):
        producer = getattr(module, "todo_items", None)
        if producer is not None:
            items.extend(producer(user))
    return sorted(items, key=lambda item: item.sort_key)
